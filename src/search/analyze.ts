/**
 * Text analysis shared by indexing and querying: folded words with their stopword flag, syllable
 * bigrams, a test for "looks like a Vietnamese syllable" and a small edit distance.
 */
import { foldText } from '../core/text.js';
import { STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text: lower-cased original (for stopwords, which depend on diacritics) and folded (for matching). */
export interface Words {
  lower: string[];
  folded: string[];
  /** Offset of each word in the original text. */
  starts: number[];
}

/** Split a text into words, keeping the lower-cased original and the folded form of each. */
export function splitWords(text: string): Words {
  const lowerText = text.toLowerCase();
  const lower: string[] = [];
  const starts: number[] = [];
  for (const m of lowerText.matchAll(WORD)) {
    lower.push(m[0]);
    starts.push(m.index);
  }
  // Folding a whole text keeps word boundaries for Vietnamese and Latin script; one call is much
  // cheaper than one per word. Fall back per word when a script breaks that.
  const foldedAll = foldText(lowerText).match(WORD) ?? [];
  const folded = foldedAll.length === lower.length ? foldedAll : lower.map((w) => foldText(w));
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
