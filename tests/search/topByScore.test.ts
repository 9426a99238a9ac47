import { describe, expect, it } from 'vitest';
import { topByScore } from '../../src/search/topByScore.js';

describe('topByScore', () => {
  it('gives what a full stable sort then a cut would, ties at the cut in their original order', () => {
    const cands = [
      { id: 'a', score: 0.5 }, { id: 'b', score: 0.9 }, { id: 'c', score: 0.5 }, { id: 'd', score: 0.7 },
      { id: 'e', score: 0.5 }, { id: 'f', score: 0.1 }, { id: 'g', score: 0.9 },
    ];
    for (let n = 0; n <= cands.length + 1; n++) {
      const full = [...cands].sort((x, y) => y.score - x.score).slice(0, n);
      expect(topByScore(cands, n).map((c) => c.id)).toEqual(full.map((c) => c.id));
    }
  });

  it('agrees with a full sort on many random lists with repeated scores', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const cands = Array.from({ length: 1 + Math.floor(rand() * 60) }, (_, i) => ({ i, score: Math.floor(rand() * 8) / 4 }));
      const n = Math.floor(rand() * 30);
      const full = [...cands].sort((x, y) => y.score - x.score).slice(0, n);
      expect(topByScore(cands, n).map((c) => c.i)).toEqual(full.map((c) => c.i));
    }
  });
});
