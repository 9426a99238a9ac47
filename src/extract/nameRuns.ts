/**
 * Reading names token by token: phrase lists looked up at a token (roles, places, bodies, verbs), and the runs of
 * capitalised words a personal name may be ("Lê Anh Khoa", "Pieter de Vries"), with what ends them (an honorific
 * glued to a dateline, a title inside an English run). Shared by the mention reader (mentions.ts) and the body
 * names (bodyNames.ts).
 */
import { foldText } from '../core/text.js';
import type { Token } from './tokens.js';
import { COUNTRIES_AND_CAPITALS, VIETNAMESE_PROVINCES } from './gazetteers/gazetteer.js';
import {
  ADMIN_UNITS, HONORIFICS, NAME_PARTICLES, VIETNAMESE_SURNAMES, OFFICE_FIELDS, ORG_HEADS, OUTLET_HEADS, PLACES, PRONOUNS,
  REPORTING_VERBS, ROLE_NOUNS,
} from './lexicon.js';

export const isCap = (t: Token | undefined): boolean => !!t && t.cap;
export const isWord = (t: Token | undefined): boolean => !!t && t.word;

// Folded single words, memoised: the same few thousand capitalised words are checked in every sentence.
const FOLDED_WORDS = new Map<string, string>();
export function foldWord(w: string): string {
  let f = FOLDED_WORDS.get(w);
  if (f === undefined) {
    if (FOLDED_WORDS.size > 100_000) FOLDED_WORDS.clear();
    FOLDED_WORDS.set(w, (f = foldText(w)));
  }
  return f;
}

/** A phrase as written and in lower case. */
interface Phrase { seq: string[]; lower: string[] }

/** Phrases indexed by their first word (lower case), longest first, so a lookup at a token is one map access. */
type SeqIndex = Map<string, Phrase[]>;

export function indexPhrases(phrases: readonly string[]): SeqIndex {
  const index: SeqIndex = new Map();
  for (const p of [...phrases].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    const seq = p.split(' ');
    const lower = seq.map((w) => w.toLowerCase());
    index.set(lower[0]!, [...(index.get(lower[0]!) ?? []), { seq, lower }]);
  }
  return index;
}
export const ROLE_SEQ = indexPhrases(ROLE_NOUNS);
export const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase()));
export const PRONOUN_SEQ = indexPhrases(PRONOUNS);
export const PLACE_SEQ = indexPhrases(PLACES);
// With the gazetteers' provinces, countries and capitals: places that qualify a title or a body ("Bí thư Thành ủy
// Hòa Bình"). After "ông"/"bà" only the short list counts, since many provinces are also given names.
export const PLACE_WIDE = indexPhrases([...new Set([...PLACES, ...VIETNAMESE_PROVINCES, ...COUNTRIES_AND_CAPITALS])]);
export const ORG_SEQ = indexPhrases(ORG_HEADS);
export const OUTLET_SEQ = indexPhrases(OUTLET_HEADS);
export const VERB_SEQ = indexPhrases(REPORTING_VERBS);
export const FIELD_SEQ = indexPhrases(OFFICE_FIELDS);
export const ADMIN_SEQ = indexPhrases(ADMIN_UNITS);

export const INDEFINITE = new Set(['một', 'các', 'những', 'nhiều', 'vài', 'mấy', 'mỗi', 'hai', 'ba']);

// Acronyms of offices and fields, with their joiners: "GD-ĐT", "TT-TT", "TN&MT", "KH-CN", "UBND".
export const OFFICE_ACRONYM = /^[A-ZĐ]{2,}$|^[A-ZĐ]{1,4}(?:[-&][A-ZĐ]{1,4})+$/u;

/** Length (in tokens) of the longest phrase of `index` starting at token `i`, 0 if none. */
export function matchSeq(tokens: Token[], i: number, index: SeqIndex, caseSensitive = false): number {
  const first = tokens[i];
  if (!first) return 0;
  const phrases = index.get(first.lower);
  if (!phrases) return 0;
  for (const { seq, lower } of phrases) {
    let ok = true;
    for (let k = 0; k < seq.length; k++) {
      const t = tokens[i + k];
      if (!t || (caseSensitive ? t.text !== seq[k] : t.lower !== lower[k])) {
        ok = false;
        break;
      }
    }
    if (ok) return seq.length;
  }
  return 0;
}


// Capitals then a capitalised honorific in one word: "HCMÔng", "UBNDBà".
const GLUED_HONORIFIC = /^\p{Lu}{2,}(\p{Lu}\p{Ll}+)$/u;
export function gluedHonorific(t: Token | undefined): string | null {
  // Only a capitalised token can open with capitals: the others skip the pattern (it is tried at every token).
  const m = t?.cap ? GLUED_HONORIFIC.exec(t.text) : null;
  return m && HONORIFIC_SET.has(m[1]!.toLowerCase()) ? m[1]! : null;
}

// "Ông"/"Bà" written with a capital inside a sentence, after a dateline in capitals; never a syllable of a given name.
const DATELINE_HONORIFICS = new Set(['Ông', 'Bà']);
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Tokens of words in capitals at `i` ("HÀ NỘI", "TP HCM") followed by "Ông"/"Bà" and a name, or 0. */
export function datelineLength(tokens: Token[], i: number): number {
  let j = i;
  while (isCap(tokens[j]) && ALL_CAPS.test(tokens[j]!.text)) j++;
  return j > i && DATELINE_HONORIFICS.has(tokens[j]?.text ?? '') && isCap(tokens[j + 1]) ? j - i : 0;
}

/** Tokens of a capitalised run at `i` (a personal name candidate). */
export function capRun(tokens: Token[], i: number): number {
  let j = i;
  for (;;) {
    // "TP HCMÔng Lê Văn Khoa": page text that lost the break between paragraphs glues an honorific to the capitals
    // before it; the glued word is no part of a name, and the name starts after it.
    if (gluedHonorific(tokens[j])) break;
    // Inside a name a capitalised "Anh"/"Cô" is a syllable of it ("Lê Anh Khoa", "Minh Anh"): mid-sentence the
    // honorific is written in lower case, so only the run's first word can be one.
    // "French Foreign Minister Paul Marchand": a title inside a capitalised run ends it (English capitalises both).
    if (j > i && isCap(tokens[j]) && matchSeq(tokens, j, ROLE_SEQ) && /^[A-Z]/.test(tokens[j]!.text) && /^[A-Za-z]+$/.test(tokens[j]!.text)) break;
    if (isCap(tokens[j]) && (j > i || !HONORIFIC_SET.has(tokens[j]!.lower))) j++;
    // "Pieter de Vries", "Ludwig van Dijk": a lower-case particle inside a name, never at its start.
    else if (j > i && NAME_PARTICLES.has(tokens[j]?.text ?? '') && isCap(tokens[j + 1])) j += 2;
    else break;
  }
  return j - i;
}


/**
 * "Đỗ Thu Trang", "Hồ Minh Sáu", "Đặng Văn An": a family name whose letters, diacritics aside, spell a sentence
 * opener ("do", "họ", "đang") still opens a name when capitalised words follow that are not a place ("Từ Hà Nội, …").
 */
export function familyNameOpens(tokens: Token[], i: number): boolean {
  const run = capRun(tokens, i);
  if (VIETNAMESE_SURNAMES.has(tokens[i]!.text)) return run >= 2 && run <= 4 && matchSeq(tokens, i + 1, PLACE_WIDE, true) < run - 1;
  // English copy writes the family name without its marks ("Ho Thi Lan Anh" for Hồ Thị Lan Anh), where "Ho" reads
  // as the pronoun "họ": a full name of three or four plain syllables, which is no place ("Ho Chi Minh City").
  const words = tokens.slice(i, i + run);
  return run >= 3 && run <= 4 && FOLDED_SURNAMES.has(foldText(tokens[i]!.text)) && words.every((t) => /^[A-Z][a-z]+$/u.test(t.text)) &&
    !matchSeq(tokens, i, PLACE_WIDE, true) && !PLACE_TAIL.test(words.at(-1)!.text);
}
const FOLDED_SURNAMES = new Set([...VIETNAMESE_SURNAMES].map((n) => foldText(n)));
// "Ho Chi Minh City", "Ha Long Bay": a capitalised run that ends on what kind of place it is.
const PLACE_TAIL = /^(?:City|Province|District|Town|Bay|Street|Road|Bridge|Airport|Port|Park|Lake|River|Island|Ward|Commune)$/u;

/** Like capRun, but a name may also start with its particle ("ông de Vries"). */
export function nameRun(tokens: Token[], i: number): number {
  if (NAME_PARTICLES.has(tokens[i]?.text ?? '') && isCap(tokens[i + 1])) return 1 + capRun(tokens, i + 1);
  return capRun(tokens, i);
}

/**
 * After an administrative unit ("tỉnh Quảng Ngãi Hà Văn Tùng") the place name comes first: it ends before the
 * last Vietnamese family name that leaves a name of two or more syllables, else after two syllables.
 */
export function adminPlaceLength(tokens: Token[], j: number, run: number): number {
  if (run < 4) return 0;
  // "phường Phước Long Thạnh B", "xã Tân Phú A": a ward split by a letter ends on it; a family name and a bare letter
  // ("Hòa B") are no one's full name.
  if (run === 4 && /^[A-ZĐ]$/u.test(tokens[j + 3]!.text)) return run;
  // A place name has two syllables at least ("Bình Dương", "Hồ Chí Minh"), so the search starts at the third.
  for (let k = 2; k <= run - 2; k++) if (VIETNAMESE_SURNAMES.has(tokens[j + k]!.text)) return k;
  return 2;
}
