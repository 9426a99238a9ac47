/**
 * A sentence that only says the question back. "Nguyễn Văn X nói lời sau cùng tại phiên tòa." is the headline or
 * caption a reader's "X nói gì trong lời sau cùng tại phiên tòa?" was written from: X is its subject and "nói" its
 * verb, so it looks like X's statement the extraction missed, yet every word of it is the speaker's name, a reporting
 * verb, a function word or a word of the question. It tells the reader nothing they did not ask, so X's own words come
 * before it.
 */
import { isStopword, splitWords } from './analyze.js';
import type { ParsedQuestion } from './question.js';
import { SPEECH_VERBS } from './questionVerbs.js';

const VERB_WORDS: ReadonlySet<string> = new Set(SPEECH_VERBS.flat());

/** Whether `text` holds no word beyond the speaker's `names`, reporting verbs, function words and the question's words. */
export function echoesQuestion(text: string, p: ParsedQuestion, names: readonly string[]): boolean {
  const asked = new Set(p.words.map((w) => w.folded));
  const own = new Set(names.flatMap((n) => splitWords(n).folded));
  const { lower, folded } = splitWords(text);
  let words = 0;
  for (let i = 0; i < folded.length; i++) {
    const f = folded[i]!;
    if (isStopword(lower[i]!) || own.has(f) || VERB_WORDS.has(f)) continue;
    if (!asked.has(f)) return false;
    words++;
  }
  return words > 0;
}
