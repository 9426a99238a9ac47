/**
 * Forms of one person's name, compared: the id and clean form of a name, edit distance for typos, the word a name is
 * called by (its last word, or its first for names written family name first), whole Vietnamese names, syllables.
 */
import { foldText, tokenize } from '../core/text.js';
import { UPLAND_SURNAMES, VIETNAMESE_SURNAMES } from './lexicon.js';

/** `Anna Berg` → `anna-berg`. */
export function speakerIdOf(name: string): string {
  return tokenize(foldText(name)).join('-');
}

/**
 * Names are written as seen; brackets ("[Ông] Berg"), stray punctuation and an English possessive ("Anna Berg's
 * office") are not part of them.
 */
export function cleanName(name: string): string {
  // "Hiệp hội Gốm sứ Việt Nam (VCA)": a body shown with its acronym keeps the bracket (bodyAcronyms.ts).
  const acronym = ACRONYM_SHOWN.exec(name);
  if (acronym) return `${cleanName(name.slice(0, acronym.index))} (${acronym[1]})`;
  return name.replace(/[[\]()]/g, '').replace(/\s+/g, ' ').trim().replace(/(?<=\p{L})['’]s$/u, '');
}

// The letters of an acronym a body is given in brackets: capitals, with the joiners Vietnamese acronyms take
// ("NN&PTNT", "TT-TT"); bodyAcronyms.ts reads the brackets with the same letters.
export const ACRONYM_LETTERS = '[A-ZĐ][A-ZĐ&-]{1,11}';
const ACRONYM_SHOWN = new RegExp(String.raw`(?<=\S)\s+\((${ACRONYM_LETTERS})\)$`, 'u');

/**
 * A name without the acronym it is shown with: "Hiệp hội Gốm sứ Việt Nam (VCA)" is the entry "Hiệp hội Gốm sứ Việt
 * Nam", so the body one article names with its acronym and another without is one speaker of the corpus.
 */
export function entryName(name: string): string {
  return cleanName(name).replace(ACRONYM_SHOWN, '');
}

/**
 * Fewest edits (insert, delete, substitute) that turn `pattern` into some substring of `text` (Sellers):
 * fuse's bitap finds `pattern` in `text` with that many errors at best, so a larger distance rules a word out.
 */
export function substringDistance(pattern: string, text: string, limit = Infinity): number {
  // Two rows reused across calls: this runs for every typo candidate of every new surname in the corpus.
  if (scratchPrev.length <= text.length) {
    scratchPrev = new Int32Array(text.length * 2 + 2);
    scratchCur = new Int32Array(text.length * 2 + 2);
  }
  let prev = scratchPrev;
  let cur = scratchCur;
  prev.fill(0, 0, text.length + 1);
  let best = 0;
  for (let i = 1; i <= pattern.length; i++) {
    const pc = pattern.charCodeAt(i - 1);
    cur[0] = i;
    best = i;
    for (let j = 1; j <= text.length; j++) {
      const sub = prev[j - 1]! + (pc === text.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    // A row's minimum never drops in the next row: past the limit the answer is only "too far".
    if (best > limit) return best;
    [prev, cur] = [cur, prev];
  }
  return best;
}

let scratchPrev = new Int32Array(64);
let scratchCur = new Int32Array(64);

/**
 * The family name of a name written family name first, as Korean names are in the press ("Lee Min-jung" →
 * "bà Lee"): a hyphenated given name after a plain first word. Vietnamese names end with the name a person is
 * called by ("ông Minh") and Western ones with the surname, so both are found by their last word.
 */
export function surnameFirst(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2 || words[0]!.includes('-')) return [];
  if (/\p{L}-\p{L}/u.test(words.at(-1)!)) return [foldText(words[0]!)];
  // The same names written without the hyphen, as much of the Vietnamese press does ("Kang Min Soo" → "ông Kang"),
  // and Chinese names read in Sino-Vietnamese ("Tập Cận Bình" → "ông Tập"): three capitalised syllables opening on a
  // word that is no Vietnamese family name. A Vietnamese name is called by its last word, never its family name.
  if (words.length === 3 && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w)) && !FOLDED_FAMILY_NAMES.has(foldText(words[0]!))) {
    return [foldText(words[0]!)];
  }
  return [];
}

/**
 * The name an Ê Đê or M'nông person is called by: their names open with "Y" for a man and "H'" for a woman, then the
 * given name, then the clan ("Y Khoa Niê" → "ông Khoa", "H'Lan Êban" → "bà Lan"), so neither the first nor the last
 * word is what the press calls them by. Folded, or null for a name of another shape.
 */
export function prefixedGivenName(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  if (words[0] === 'Y' && words.length >= 3 && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(words[1]!)) return foldText(words[1]!);
  const woman = /^H['’](\p{Lu}[\p{Ll}\p{M}]+)$/u.exec(words[0]!);
  return woman ? foldText(woman[1]!) : null;
}

/**
 * Whether a person of this name may be called by its first word alone: a foreign given name before a surname
 * ("Daniel Brooks" → "Daniel kể"), or a Vietnamese name written given name first, as English pages and
 * guides abroad write it ("Linh Trần" → "Linh nói"). A Vietnamese name in its own order is called by its last word
 * ("Duy Khang" → "Khang"), never its first; names written family name first are read by surnameFirst.
 */
export function calledByFirstWord(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || surnameFirst(name).length) return false;
  const first = foldText(words[0]!);
  // Upland family names only with their diacritics: folded, "Thào" is the given name "Thảo".
  if (FOLDED_SURNAMES.has(first) || UPLAND_SURNAMES.has(words[0]!)) return false;
  if (!VIETNAMESE_SYLLABLE.test(first)) return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w));
  return words.length === 2 && ONLY_FAMILY_NAMES.has(words[1]!);
}

// Family names that are not also given names: "Thu Hà", "Ngọc Mai", "Minh Hoàng" end on a given name, and their
// bearers are called by it ("Hà", "Mai"); "Linh Trần" can only be a name written given name first.
const ONLY_FAMILY_NAMES = new Set(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Đinh', 'Trương', 'Trịnh', 'Đoàn']);

/**
 * A Vietnamese name written whole: a family name and two or three more syllables ("Nguyễn Thị Lan"). People do not
 * drop a middle name, so such a name is never a shorter form of a longer one ("Nguyễn Thị Minh Lan" is someone else).
 */
export function isWholeVietnameseName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 3 && words.length <= 4 && (VIETNAMESE_SURNAMES.has(words[0]!) || UPLAND_SURNAMES.has(words[0]!));
}

const FOLDED_SURNAMES = new Set([...VIETNAMESE_SURNAMES].map((w) => foldText(w)));
// Folded, so that English copy without diacritics ("Vo Van Tuan") is a Vietnamese name too.
const FOLDED_FAMILY_NAMES = new Set([...VIETNAMESE_SURNAMES, ...UPLAND_SURNAMES].map((w) => foldText(w)));

/** Distinct two-letter pieces of a word. */
export function bigrams(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  return out;
}

// A Vietnamese syllable, diacritics folded: an onset, one to three vowels, a final consonant of the few the language has.
export const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
