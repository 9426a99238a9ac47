/**
 * A body's full name followed by its acronym in brackets: "Trung tâm Nghiên cứu và Phòng chống Bão Nhật Bản (JTC)",
 * "Hiệp hội Gốm sứ Việt Nam (VCA)". The bracket closes one name, so a "và" inside it joins fields of that name, not
 * two bodies; and the acronym, Vietnamese or foreign, stands for that body wherever the article writes it alone.
 */
import { foldText } from '../core/text.js';
import type { Token } from './tokens.js';
import type { RawQuote } from './reading.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';
import { HONORIFIC_SET, isWord, matchSeq, ORG_SEQ, ROLE_SEQ, VERB_SEQ } from './nameRuns.js';
import { ACRONYM_LETTERS, entryName } from './nameForms.js';

// An acronym in brackets (nameForms.ts ACRONYM_LETTERS).
const ACRONYM = new RegExp(`^${ACRONYM_LETTERS}$`, 'u');
const ACRONYM_AFTER = new RegExp(String.raw`^\s*\((${ACRONYM_LETTERS})\)`, 'u');
// The words after "và" up to the bracket: a field's few words, not a clause.
const MAX_JOINED = 8;

/**
 * At a "và" (`j`) inside a body's name, the tokens up to the bracket that holds the name's acronym when they are one
 * name with it: a capitalised field opens them, no other body, title, person or verb is among them, and the acronym is
 * not spelled by them alone ("Cục Thuế và Kho bạc Nhà nước (KBNN)" names two bodies). Else 0.
 */
export function joinedBeforeAcronymLength(tokens: Token[], j: number): number {
  if (tokens[j]?.lower !== 'và' || !tokens[j + 1]?.cap) return 0;
  let k = j + 1;
  while (k < j + 1 + MAX_JOINED && isWord(tokens[k])) {
    const at = tokens[k]!;
    // Another body opens with its kind and a capitalised name ("và Tổ chức Y tế …"); "Phòng ngừa" is a field.
    const head = matchSeq(tokens, k, ORG_SEQ, true);
    if ((head && tokens[k + head]?.cap) || matchSeq(tokens, k, ROLE_SEQ) || matchSeq(tokens, k, VERB_SEQ) || HONORIFIC_SET.has(at.lower)) return 0;
    k++;
  }
  if (k === j + 1 || tokens[k]?.text !== '(' || !ACRONYM.test(tokens[k + 1]?.text ?? '') || tokens[k + 2]?.text !== ')') return 0;
  const letters = foldText(tokens[k + 1]!.text).replace(/[&-]/gu, '');
  const initials = tokens.slice(j + 1, k).map((t) => foldText(t.text)[0]).join('');
  return initials === letters ? 0 : k - j;
}

/**
 * "X (ACR)": the acronym in brackets right after a body's name, which `name` ends at text offset `end`; null when no
 * bracket follows it at once.
 */
export function acronymAfter(text: string, end: number): string | null {
  const m = ACRONYM_AFTER.exec(text.slice(end));
  return m ? m[1]! : null;
}

/**
 * "Trung tâm Nghiên cứu" read where the article wrote "Trung tâm Nghiên cứu và Phòng chống Bão Nhật Bản (JTC)": once the
 * article has given a name with "và" and its acronym, the words before "và" are the start of that name, not a body of
 * their own (the subject reader sees the sentence with its brackets blanked). The one such name, or null.
 */
export function joinedBodyMeant(name: string, acronyms: ReadonlyMap<string, string>): string | null {
  const prefix = `${name} và `;
  const found = new Set([...acronyms.values()].filter((long) => long.startsWith(prefix)));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The article's quotes with each body it gave an acronym shown under its full name and that acronym ("Trung tâm
 * Nghiên cứu và Phòng chống Bão Nhật Bản (JTC)"), as the article names it: a reader knows some bodies by the one, some by the
 * other. Only the name shown changes; the entry (its id) is the body's.
 */
export function withAcronyms(quotes: RawQuote[], cast: SpeakerRegistry): RawQuote[] {
  if (!cast.acronyms.size) return quotes;
  const shortOf = new Map<string, string>();
  for (const [short, long] of cast.acronyms) if (!shortOf.has(foldText(long))) shortOf.set(foldText(long), short);
  const shown = new Map<SpeakerEntry, SpeakerEntry>();
  return quotes.map((q) => {
    const e = q.speaker;
    if (!e || e.kind !== 'org') return q;
    let s = shown.get(e);
    if (!s) {
      const short = shortOf.get(foldText(e.name));
      shown.set(e, (s = short ? { ...e, name: `${e.name} (${short})` } : e));
    }
    return s === e ? q : { ...q, speaker: s };
  });
}

/**
 * The corpus entry `c` an article's body links to, under the name the article shows it by when that is the entry's
 * name with its acronym ("Hiệp hội Gốm sứ Việt Nam (VCA)"): one speaker of the corpus, named as
 * each article names it.
 */
export function shownAs(e: SpeakerEntry, c: SpeakerEntry): SpeakerEntry {
  return e.name !== c.name && e.kind === 'org' && foldText(entryName(e.name)) === foldText(c.name) ? { ...c, name: e.name } : c;
}
