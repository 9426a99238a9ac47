/**
 * Whether a sentence reports a named person speaking: the name as the subject of a reporting verb ("ông Lâm cho
 * biết", "X – Giám đốc Sở Y tế thông tin"), not owned by someone else ("trợ lý của ông Lâm cho biết").
 */
import { splitWords } from './analyze.js';
import { SPEECH_VERBS } from './questionVerbs.js';

// "trợ lý của X", "the aide of X": X is not the subject of the verb that follows.
const POSSESSIVE = new Set(['cua', 'of']);

/**
 * Whether a sentence has the named speaker as the subject of a reporting verb: the name (its last word, folded),
 * then a reporting verb within three words ("ông Lâm cho biết", "Lâm nói"), the name not owned by someone else
 * ("trợ lý của ông Lâm cho biết" is the aide speaking).
 */
export function speaksInSentence(sentence: string, name: string): boolean {
  return speaksAnyInSentence(sentence, [name]);
}

/** speaksInSentence for any of `names` (a speaker's name and aliases): the sentence is split once for all of them. */
export function speaksAnyInSentence(sentence: string, names: readonly string[]): boolean {
  const lasts = new Set<string>();
  for (const n of names) {
    const last = splitWords(n).folded.at(-1);
    if (last) lasts.add(last);
  }
  if (!lasts.size) return false;
  // A title in brackets or between dashes after the name ("ông X (nguyên Bộ trưởng Y) cho biết", "X - cầu thủ hay
  // nhất trận - cho biết") does not part X from the verb.
  const plain = sentence.replace(/\([^()]*\)/gu, ' ').replace(/\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s/gu, ' ');
  const { folded: words, lower, starts } = splitWords(plain);
  for (let i = 0; i < words.length; i++) {
    if (!lasts.has(words[i]!)) continue;
    // The owner is in the name's own clause: "Trong lời nói của mình, ông X trình bày" is X speaking.
    const clause = Math.max(plain.lastIndexOf(',', starts[i]), plain.lastIndexOf(';', starts[i]));
    const before = words.slice(Math.max(0, i - 6), i).filter((_w, k) => starts[Math.max(0, i - 6) + k]! > clause);
    if (before.some((w) => POSSESSIVE.has(w))) continue;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      if (SPEECH_VERBS.some((v) => v.every((w, j) => words[k + j] === w))) return true;
    }
    if (verbAfterOffice(plain, words, lower, starts, i)) return true;
  }
  return false;
}

// "X – Giám đốc Sở Y tế cho biết", "X - Chủ tịch UBND huyện Y thông tin": one dash, then the office, then the verb.
const OFFICE_DASH = /^\s[-–—]\s/u;
const MAX_OFFICE_WORDS = 12;

/**
 * Whether word i (a name's last) is followed by a dash and an office of a few words with no clause mark, then a
 * reporting verb: the office is the name's apposition, and the name the verb's subject.
 */
function verbAfterOffice(plain: string, words: readonly string[], lower: readonly string[], starts: readonly number[], i: number): boolean {
  const end = starts[i]! + lower[i]!.length;
  if (i + 1 >= words.length || !OFFICE_DASH.test(plain.slice(end, starts[i + 1]))) return false;
  for (let k = i + 2; k <= i + 1 + MAX_OFFICE_WORDS && k < words.length; k++) {
    // A comma, colon or full stop closes the office: what follows is another clause.
    if (/[,.;:!?()]/u.test(plain.slice(starts[k - 1]! + lower[k - 1]!.length, starts[k]))) return false;
    if (SPEECH_VERBS.some((v) => v.every((w, j) => words[k + j] === w))) return true;
  }
  return false;
}
