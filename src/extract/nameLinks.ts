/**
 * Whether a name as one article writes it may stand for a person the corpus knows under another written name. The
 * corpus clusters name forms by their folded letters and by typos of a surname, which serves search; shown as the
 * speaker of another article, a cluster's name must be one the article's own words can be. Vietnamese names differ
 * by one mark or one letter ("Đàm" and "Đam", "Trống" and "Trọng", "Hương" and "Hồng", "Phan" and "Phong"): those are
 * different names, never typos of each other, and English copy drops the marks, never changes a letter.
 */
import { foldText } from '../core/text.js';
import { VIETNAMESE_SURNAMES } from './lexicon.js';
import { VIETNAMESE_SYLLABLE } from './nameForms.js';

const FOLDED_SURNAMES = new Set([...VIETNAMESE_SURNAMES].map((w) => foldText(w)));

function wordsOf(name: string): string[] {
  return name.normalize('NFC').toLowerCase().split(/[\s\-‐–]+/u).map((w) => w.replace(/[.,'’()[\]]/gu, '')).filter(Boolean);
}

/** Whether a name's words carry any mark: then a word without one ("Anh" in "Chu Ngọc Anh") is written so. */
function marked(words: readonly string[]): boolean {
  return words.some((w) => foldText(w) !== w);
}

/** A word's marks, wherever the tone sits ("hoà" and "hòa", "thuỷ" and "thủy" are one syllable). */
function marksOf(w: string): string {
  return [...w.normalize('NFD').replace(/[^\p{M}đ]/gu, '')].sort().join('');
}

/**
 * "lê" and "le" are one written syllable (the marks left out); "lê" and "lễ", or "huong" and "hong", are two; so are
 * "Ánh" and the "Anh" of a name written with marks (`bothMarked`): that name left no mark out.
 */
function sameWord(a: string, b: string, bothMarked: boolean): boolean {
  if (a === b) return true;
  const fa = foldText(a);
  const fb = foldText(b);
  if (fa !== fb) return false;
  if (bothMarked) return marksOf(a) === marksOf(b);
  // Both written with their marks: the marks are part of the name.
  return fa === a || fb === b;
}

/**
 * True when every word of `written` (an article's name form) is a word of `known` (the corpus name it would be shown
 * as), marks aside only where one side has none, in order; for a Vietnamese name, the words taken must also stand
 * together ("Quốc Vinh" in "Đỗ Quốc Vinh", not "Đỗ Vinh" for "Đỗ Quốc Vinh": that is another way of naming someone).
 * A word that is no Vietnamese syllable may differ as a typo does ("Syafri" for "Sjafri"): the corpus only clusters
 * foreign names that close.
 */
export function writtenAlike(written: string, known: string): boolean {
  const ws = wordsOf(written);
  const ks = wordsOf(known);
  if (!ws.length) return false;
  const vietnamese = FOLDED_SURNAMES.has(foldText(ks[0] ?? ''));
  const bothMarked = marked(ws) && marked(ks);
  let from = 0;
  let previous = -1;
  for (const w of ws) {
    let at = ks.findIndex((k, i) => i >= from && sameWord(w, k, bothMarked));
    if (at < 0) {
      if (VIETNAMESE_SYLLABLE.test(foldText(w))) return false;
      // A foreign word misspelt: it takes the place of the next word not yet matched.
      at = from;
      if (at >= ks.length) return false;
    }
    if (vietnamese && previous >= 0 && at !== previous + 1) return false;
    previous = at;
    from = at + 1;
  }
  return true;
}
