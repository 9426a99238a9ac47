import { describe, expect, it, vi } from 'vitest';
import type { CorpusDocument, Extraction } from '../../src/core/types.js';
import { candidatesOf } from '../../src/search/candidates.js';
import { RelevanceBound } from '../../src/search/bm25.js';
import { buildEngine, clausesOf, parse } from '../../src/search/engine.js';
import { MIN_COVERAGE, shortlistSize } from '../../src/search/rank.js';
import { cappedScore, leavesOut, tieBar } from '../../src/search/tieBar.js';
import { rankedBothWays } from '../helpers/shortlistRuns.js';

// Invented articles, hundreds alike: short sentences that each hold the whole question at the most relevance that
// counts, so they tie.
function doc(i: number): CorpusDocument {
  return {
    file: `c${i}.txt`, path: `/c/c${i}.txt`, title: `Nạo vét kênh thoát nước, bản tin ${i}`, outlet: 'Báo T', author: null, url: null, published: '2024-09-10',
    publishedEvidence: 'header', publishedRaw: '10/9/2024', warnings: [], mtimeMs: 0,
    paragraphs: [
      `Nạo vét kênh, nạo vét kênh, nạo vét kênh ${i}.`,
      `Ông Phạm Quốc Dũng cho biết việc nạo vét kênh thoát nước đợt ${i} sẽ xong trước mùa mưa.`,
      `Người dân phản ánh mùi hôi kéo dài ở khu vực ${i}.`,
    ],
  };
}
const DOCS = Array.from({ length: 700 }, (_, i) => doc(i));
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [],
  quotes: [],
  events: [],
};
const e = buildEngine(EXTRACTION);

describe('a shortlist bar that knows ties (tieBar.ts)', () => {
  for (const q of ['nạo vét kênh', 'kênh thoát nước', 'nạo vét kênh thoát nước đợt 12', 'vì sao phải nạo vét kênh']) {
    for (const limit of [1, 5, 10]) {
      it(`gives the answers of a ranking over every unit to "${q}" (limit ${limit})`, () => {
        const r = rankedBothWays(e, q, limit);
        expect(r.top).toEqual(r.topOfEvery);
        expect(r.shown).toEqual(r.shownOfEvery);
      });
    }
  }

  it('lists few of hundreds of tied sentences', () => {
    const p = parse(e, 'nạo vét kênh');
    const clauses = clausesOf(e, p);
    const every = candidatesOf(e, p, clauses, () => true, MIN_COVERAGE);
    const top = every.scores.filter((s) => s === Math.max(...every.scores)).length;
    expect(top).toBeGreaterThan(500);
    expect(candidatesOf(e, p, clauses, () => true, MIN_COVERAGE, null, shortlistSize(p, 5)).units.length).toBeLessThan(top / 2);
  });

  it('keeps the units met first among those at the bar, and those that may score above it', () => {
    // Five units scored first: two above the bar, three at it; a shortlist of three keeps the first met at it.
    const units = [10, 11, 12, 13, 14];
    const scores = [1.7, 1.58, 1.9, 1.58, 1.58];
    const keys = new Map([[10, 4], [11, 9], [12, 1], [13, 3], [14, 7]]);
    const bar = tieBar(units, scores, 5, 3, (u) => keys.get(u)!)!;
    expect(bar).toEqual({ score: 1.58, key: 3 });
    expect(leavesOut(bar, 1.58, 5)).toBe(true);
    expect(leavesOut(bar, 1.58, 2)).toBe(false);
    expect(leavesOut(bar, 1.58, -1)).toBe(false);
    expect(leavesOut(bar, 1.5, 99)).toBe(true);
    expect(leavesOut(bar, cappedScore(0.1), 99)).toBe(false);
  });

  it('leaves tied sentences met after the bar out before reading their terms, with the same answers', () => {
    // Every sentence holding the whole question ties at the most a statement may score: those the scorer meets
    // after the bar's last tied one (by their place alone) need not have their terms read.
    const held = vi.spyOn(RelevanceBound.prototype, 'held');
    try {
      const r = rankedBothWays(e, 'nạo vét kênh', 5);
      expect(r.shown).toEqual(r.shownOfEvery);
      const read = held.mock.calls.reduce((n, [units]) => n + units.length, 0);
      expect(read).toBeGreaterThan(0);
      expect(read).toBeLessThan(r.every.units.length / 4);
    } finally {
      held.mockRestore();
    }
  });

  it('gives no bar when a unit at its score has no known place', () => {
    expect(tieBar([1, 2], [1, 1], 2, 1, (u) => (u === 2 ? -1 : 0))).toBeNull();
  });
});
