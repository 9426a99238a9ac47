/**
 * Where a name stands in its sentence, which decides whether later words can refer back to it: opening the sentence
 * as its subject (opensSentence), a character an actor plays (isCharacter), inside brackets that name someone's
 * relative or client (insideBrackets). context.ts reads a sentence's mentions through them.
 */
import type { Mention } from './mentions.js';

// A sentence's subject opens it: a name within its first few words ("However, Anna Berg …", "Trong khi đó, ông X …",
// "Speaking on the radio today, minister X …"), with no quotation before it.
const SUBJECT_WORDS = 6;

/** Whether a name at `start` opens `text` as its subject; with no text, whether it is within its first 30 characters. */
export function opensSentence(start: number, text: string | undefined): boolean {
  if (text === undefined) return start <= 30;
  const before = text.slice(0, start);
  return !before.includes('§') && (before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= SUBJECT_WORDS;
}

// "X vào vai ca sĩ Y", "đóng vai bà Z", "trong vai W": a part in a film or a play, a character who says nothing here.
const PART_BEFORE = /(?:^|[^\p{L}\p{M}])vai(?:\s+[\p{Ll}\p{M}]+){0,4}\s*$/u;
const PART_INSIDE = /(?:^|\s)vai(?:\s|$)/u;

/** Whether a person's mention names a character an actor plays, not someone of the article. */
export function isCharacter(m: Extract<Mention, { type: 'person' }>, text: string | undefined): boolean {
  if (m.role && PART_INSIDE.test(m.role)) return true;
  return text !== undefined && PART_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** Whether `at` is inside a bracket opened earlier in the sentence and not yet closed. */
export function insideBrackets(at: number, text: string | undefined): boolean {
  if (text === undefined) return false;
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
