/**
 * The speakers' folded names and name lookups as the index file saves them (persist.ts): strings joined a line each,
 * read back with a check that they fit the extraction (a damaged file fails at the restart, not at a question).
 */
import type { SpeakerForms } from './speakerForms.js';
import type { SpeakerNames } from './speakerNames.js';

/** The speakers' folded names as one string: a line per speaker, its forms, then its name words (speakers.ts). */
export function packForms(forms: SpeakerForms[]): string {
  return forms.map((f) => `${f.forms.join('\t')}\u0001${f.tokens.map((t) => t.join(' ')).join('\t')}`).join('\n');
}

/** How many lines `text` holds, as unpackForms splits it (none when empty). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

export function unpackForms(text: string, count: number): SpeakerForms[] {
  const split = (s: string, by: string): string[] => (s === '' ? [] : s.split(by));
  const lines = count === 0 ? [] : text.split('\n');
  if (lines.length !== count) throw new Error('saved index does not match the extraction');
  return lines.map((line) => {
    const [forms = '', tokens = ''] = line.split('\u0001');
    return { forms: split(forms, '\t'), tokens: split(tokens, '\t').map((t) => t.split(' ')) };
  });
}

/** Strings without a line break, as one string (and back: `count` of them). */
export const joinLines = (lines: string[]): string => lines.join('\n');

function splitLines(text: string, count: number): string[] {
  const lines = count === 0 ? [] : text.split('\n');
  if (lines.length !== count) throw new Error('saved index does not match the extraction');
  return lines;
}

/** SpeakerNames as saved: its two lists of strings as one string each. */
export interface SavedNames {
  tokens: string;
  tokenCount: number;
  start: Int32Array;
  owners: Int32Array;
  exact: string;
  exactOwner: Int32Array;
}

export function unpackNames(saved: SavedNames, speakers: number): SpeakerNames {
  const names: SpeakerNames = {
    tokens: splitLines(saved.tokens, saved.tokenCount), start: saved.start, owners: saved.owners,
    exact: splitLines(saved.exact, saved.exactOwner.length), exactOwner: saved.exactOwner,
  };
  const { start, owners, exactOwner } = names;
  // A damaged file fails here rather than at a question.
  let bad = start.length !== names.tokens.length + 1 || start[0] !== 0 || start[start.length - 1] !== owners.length
    || owners.some((i) => i < 0 || i >= speakers) || exactOwner.some((i) => i < 0 || i >= speakers);
  for (let k = 1; k < start.length; k++) bad ||= start[k]! < start[k - 1]!;
  if (bad) throw new Error('saved index does not match the extraction');
  return names;
}
