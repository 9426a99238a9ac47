import { describe, expect, it } from 'vitest';
import { topByScore } from '../../src/search/topByScore.js';

/** What the ranking did before: a full stable sort by descending score, then a cut. */
function fullSort(scores: number[], n: number): number[] {
  return scores.map((s, i) => ({ s, i })).sort((a, b) => b.s - a.s).slice(0, n).map((x) => x.i);
}

describe('topByScore', () => {
  it('gives what a full stable sort then a cut would, ties at the cut in their original order', () => {
    const scores = [0.5, 0.9, 0.5, 0.7, 0.5, 0.1, 0.9];
    expect(topByScore(scores, 4)).toEqual([1, 6, 3, 0]);
    for (let n = 0; n <= scores.length + 1; n++) expect(topByScore(scores, n)).toEqual(fullSort(scores, n));
  });

  it('agrees with a full sort on many random lists with repeated scores', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const discrete = round % 2 === 0;
      const scores = Array.from({ length: 1 + Math.floor(rand() * 400) }, () => (discrete ? Math.floor(rand() * 8) / 4 : rand()));
      const n = Math.floor(rand() * 60);
      expect(topByScore(scores, n)).toEqual(fullSort(scores, n));
    }
  });
});
