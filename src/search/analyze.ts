/**
 * Text analysis shared by indexing and querying: folded words with their stopword flag, syllable
 * bigrams, a test for "looks like a Vietnamese syllable" and a small edit distance.
 */
import { foldText } from '../core/text.js';
import { STOPWORDS } from './stopwords.js';

/** Words of a text: lower-cased original (for stopwords, which depend on diacritics) and folded (for matching). */
export interface Words {
  lower: string[];
  folded: string[];
  /** Offset of each word in the original text. */
  starts: number[];
}

// Per-character tables, filled lazily: is it a word character (letter or digit), its lower-case form
// and its folded form (exactly what foldText gives for that character). Indexing 20 000 articles
// folds ~10^8 characters; one table lookup each is several times faster than NFD + regex + NFC.
const IS_WORD = new Int8Array(0x10000); // 0 unknown, 1 word, 2 not word
const LOWER: string[] = new Array<string>(0x10000);
const FOLDED: string[] = new Array<string>(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function learn(code: number): void {
  const ch = String.fromCharCode(code);
  IS_WORD[code] = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(ch) ? 1 : 2;
  LOWER[code] = ch.toLowerCase();
  FOLDED[code] = foldText(ch);
}

/**
 * Call `onWord(lower, folded, start)` for each run of letters/digits of `text`, in order: the
 * lower-cased original word and its folded form (foldText of the word). The text should be NFC.
 */
export function scanWords(text: string, onWord: (lower: string, folded: string, start: number) => void): void {
  scanLowerWords(text, (lower, start, end) => onWord(lower, foldRange(text, start, end), start));
}

/**
 * Call `onWord(lower, start, end)` for each run of letters/digits of `text`: {@link scanWords} without the folded
 * form, which {@link foldRange} gives on demand (an indexer folds each distinct word once, not each occurrence).
 */
export function scanLowerWords(text: string, onWord: (lower: string, start: number, end: number) => void): void {
  let lower = '';
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (IS_WORD[code] === 0) learn(code);
    if (IS_WORD[code] === 1) {
      if (start < 0) start = i;
      lower += LOWER[code]!;
    } else if (start >= 0) {
      onWord(lower, start, i);
      lower = '';
      start = -1;
    }
  }
  if (start >= 0) onWord(lower, start, text.length);
}

/** The folded form {@link scanWords} gives for the word at `text[start, end)`. */
export function foldRange(text: string, start: number, end: number): string {
  let folded = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (IS_WORD[code] === 0) learn(code);
    folded += FOLDED[code]!;
  }
  return folded;
}

/** Split a text into words, keeping the lower-cased original and the folded form of each. */
export function splitWords(text: string): Words {
  const lower: string[] = [];
  const folded: string[] = [];
  const starts: number[] = [];
  scanWords(text, (l, f, s) => {
    lower.push(l);
    folded.push(f);
    starts.push(s);
  });
  return { lower, folded, starts };
}

/** True when a lower-cased word (with diacritics) is a stopword. */
export function isStopword(lowerWord: string): boolean {
  return STOPWORDS.has(lowerWord);
}

/** True when a text contains at least one Vietnamese diacritic (or đ). */
export function hasDiacritics(text: string): boolean {
  return /[\u00c0-\u1ef9]/u.test(text) && foldText(text) !== text.toLowerCase();
}

// Vietnamese tone marks (grave, acute, tilde, hook above, dot below) as combining characters. A word's tone
// is kept apart from its letters so "hoà" and "hòa" (old and new tone placement, both in use) are one form.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ACCENT_KEYS = new Map<string, string>();

/**
 * The accented identity of a lower-cased NFC word, independent of where its tone mark is written: its letters
 * with their vowel marks (ă, â, ê, ô, ơ, ư, đ) followed by its tone marks. Equals the word when it has none.
 */
export function accentKey(lower: string): string {
  let key = ACCENT_KEYS.get(lower);
  if (key === undefined) {
    const nfd = lower.normalize('NFD');
    const tones = nfd.match(TONE_MARKS);
    key = tones ? nfd.replace(TONE_MARKS, '').normalize('NFC') + tones.join('') : lower;
    // Bounded by the vocabulary of written forms; the cache keeps indexing from decomposing every word.
    if (ACCENT_KEYS.size < 200_000) ACCENT_KEYS.set(lower, key);
  }
  return key;
}

// Folded Vietnamese syllable: optional onset, 1-3 vowels, optional final consonant. Used to tell a
// Vietnamese syllable (never typo-corrected: too many valid neighbours) from a foreign name or word.
const VI_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** True when a folded word could be a Vietnamese syllable. */
export function isVietnameseSyllable(folded: string): boolean {
  return VI_SYLLABLE.test(folded);
}

/** Optimal-string-alignment edit distance (insert, delete, substitute, swap adjacent), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/** Edits allowed when correcting a word of this length: none below 4 letters, 1 up to 6, 2 beyond. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}
