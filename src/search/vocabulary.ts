/**
 * Typo correction of unknown question words against the index vocabulary (fuse.js proposes, an edit
 * distance budget decides, corpus frequency breaks ties). Only words that are not in the vocabulary
 * are ever corrected, and by default only foreign-looking ones: a folded Vietnamese syllable has too
 * many valid neighbours ("bong" → "bang", "dong", "long") for a correction to be trusted.
 */
import Fuse from 'fuse.js';
import { editDistance, isVietnameseSyllable, typoBudget } from './analyze.js';
import type { InvertedIndex } from './invertedIndex.js';

export interface Corrector {
  /** Best known word for an unknown folded word, or null. `loose` also tries Vietnamese syllables. */
  correct(folded: string, loose?: boolean): string | null;
  /** Number of units a folded word occurs in (0 when unknown). */
  df(folded: string): number;
}

/** Build a corrector over the unigram vocabulary of `fields` (document frequencies summed). */
export function createCorrector(index: InvertedIndex, fields: number[]): Corrector {
  const freq = new Map<string, number>();
  for (const [word, id] of index.unigramEntries(0)) {
    const df = fields.reduce((s, f) => s + index.df(f, id), 0);
    if (df > 0) freq.set(word, df);
  }
  const byLength = new Map<number, Fuse<string>>();
  const fuseFor = (length: number): Fuse<string> => {
    let fuse = byLength.get(length);
    if (!fuse) {
      const words = [...freq.keys()].filter((w) => Math.abs(w.length - length) <= 2 && w.length >= 3);
      fuse = new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true });
      byLength.set(length, fuse);
    }
    return fuse;
  };
  const df = (w: string): number => freq.get(w) ?? 0;
  const correct = (folded: string, loose = false): string | null => {
    if (freq.has(folded) || /\d/.test(folded)) return null;
    if (!loose && isVietnameseSyllable(folded)) return null;
    const budget = typoBudget(folded.length);
    if (budget === 0) return null;
    let best: string | null = null;
    let bestDist = budget + 1;
    for (const r of fuseFor(folded.length).search(folded, { limit: 20 })) {
      const d = editDistance(folded, r.item, budget);
      if (d < bestDist || (d === bestDist && best !== null && df(r.item) > df(best))) {
        best = r.item;
        bestDist = d;
      }
    }
    return bestDist <= budget ? best : null;
  };
  return { correct, df };
}
