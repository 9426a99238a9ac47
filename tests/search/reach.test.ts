import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractCorpus } from '../../src/extract/index.js';
import { buildEngine, clausesOf, parse, type Engine } from '../../src/search/engine.js';
import { FIELD_TITLE } from '../../src/search/fields.js';
import { sortUnits } from '../../src/search/reach.js';
import type { Scored } from '../../src/search/scorer.js';

let e: Engine;
beforeAll(async () => {
  const corpus = await loadCorpus(resolve(import.meta.dirname, '../../seeds'));
  e = buildEngine(extractCorpus(corpus.documents));
});

const rows = (s: Scored): Array<[number, number, number]> =>
  Array.from({ length: s.count }, (_, k) => [s.units[k]!, s.relevance[k]!, s.coverage[k]!]);

// Composed questions: one word, a phrase with frequent syllables, a long question, one typed without diacritics, English.
const QUESTIONS = [
  'đàm phán', 'hai nước nói gì về quan hệ', 'tổng thống hai nước điện đàm về an ninh châu Âu và lệnh trừng phạt',
  'hoi nghi thuong dinh', 'what did the minister say about the talks', 'Nga tăng cường quân sự ở biên giới',
];

describe('scoring only the units that can reach the coverage bar (reach.ts)', () => {
  for (const q of QUESTIONS) {
    for (const bar of [0.5, 0.6, 0.9]) {
      it(`keeps every unit covering ${bar} of "${q}", scored as among all`, () => {
        const clauses = clausesOf(e, parse(e, q));
        // A term's IDF is exact the first time it is read and stored as a 32-bit float after: read them all first.
        e.scorer.run(clauses);
        const all = rows(e.scorer.run(clauses));
        e.scorer.reach(clauses, bar);
        const set = e.scorer.reachable;
        const within = rows(e.scorer.run(clauses, undefined, set));
        const marked = new Set(Array.from(set.list.subarray(0, set.count)));
        set.clear();
        expect(all.filter(([, , c]) => c >= bar).every(([u]) => marked.has(u))).toBe(true);
        // The same units in the same order with the same scores, less those outside the set.
        expect(within).toEqual(all.filter(([u]) => marked.has(u)));
        // Something is left out for a question of several words, or the test says nothing.
        if (clauses.length > 3) expect(within.length).toBeLessThan(all.length);
      });
    }
  }
});

describe('scoring a few units of long postings, found one by one (postings.ts)', () => {
  for (const q of QUESTIONS) {
    it(`scores a handful of the units of "${q}" as among all`, () => {
      const clauses = clausesOf(e, parse(e, q));
      e.scorer.run(clauses);
      const all = rows(e.scorer.run(clauses));
      // Every 25th unit the question touches, listed in decreasing order (the scorer must not rely on the order).
      const few = all.filter((_, k) => k % 25 === 0).map(([u]) => u).sort((a, b) => b - a);
      const set = e.scorer.probe;
      for (const u of few) set.add(u);
      const within = rows(e.scorer.run(clauses, undefined, set));
      set.clear();
      const marked = new Set(few);
      expect(within).toEqual(all.filter(([u]) => marked.has(u)));
      expect(within.length).toBe(few.length);
    });
  }
});

describe('scoring one unit alone reads its own article title and lead only (scorer.ts)', () => {
  it('scores units of articles whose title holds a word asked, one at a time, title and lead shares included, as among all', () => {
    const title = e.index.fields[FIELD_TITLE]!;
    let checked = 0;
    for (const q of QUESTIONS) {
      const clauses = clausesOf(e, parse(e, q));
      e.scorer.run(clauses);
      const all = rows(e.scorer.run(clauses));
      const titled = new Set<number>();
      for (const c of clauses) for (const t of c.terms) for (let k = title.offsets[t.id]!; k < title.offsets[t.id + 1]!; k++) titled.add(title.ids[k]!);
      // Units whose article's title holds a term of the question: what they score depends on reading that title.
      const picked = all.filter(([u]) => titled.has(e.units.docs[u]!)).filter((_, k) => k % 7 === 0).slice(0, 12);
      const set = e.scorer.probe;
      for (const row of picked) {
        set.add(row[0]);
        const alone = rows(e.scorer.run(clauses, undefined, set));
        set.clear();
        expect(alone, q).toEqual([row]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('units put in increasing order (reach.ts sortUnits)', () => {
  it('sorts a list out of order and leaves one in order as it is', () => {
    const sorted = Int32Array.of(2, 5, 9, 40);
    expect(sortUnits(sorted)).toBe(sorted);
    expect(Array.from(sortUnits(Int32Array.of(9, 2, 40, 5)))).toEqual([2, 5, 9, 40]);
  });
});
