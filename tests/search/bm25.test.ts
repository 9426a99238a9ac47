import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction } from '../../src/core/types.js';
import { buildEngine, clausesOf, parse, type Engine } from '../../src/search/engine.js';
import { quoteIn } from '../helpers/articles.js';

// Invented articles: sentences short and long on flood relief, some repeating a word, titles on or off the topic,
// a spokeswoman quoted by name, and a syllable written without diacritics ("lu" for "lũ").
function doc(i: number): CorpusDocument {
  return {
    file: `b${i}.txt`, path: `/b/b${i}.txt`, title: i % 2 ? `Cứu trợ lũ lụt miền Trung đợt ${i}` : `Thị trường rau quả tuần ${i}`, outlet: 'Báo B',
    author: null, url: null, published: '2024-10-02', publishedEvidence: 'header', publishedRaw: '2/10/2024', warnings: [], mtimeMs: 0,
    paragraphs: [
      `Cứu trợ lũ lụt ở xã ${i}.`,
      `Các đoàn cứu trợ lũ lụt đã đến ${i} xã vùng sâu, mang theo gạo, nước sạch, thuốc men và áo phao cho những hộ dân còn mắc kẹt giữa dòng nước lũ dâng cao suốt ba ngày qua.`,
      `Lũ lụt, lũ lụt và lũ lụt: người dân xã ${i} cần cứu trợ ngay.`,
      `Nuoc lu rut cham, doan cuu tro ${i} tiep tuc cong viec.`,
      `Bà Phạm Thu Lan cho biết cứu trợ sẽ kéo dài đến cuối tháng.`,
    ],
  };
}
const DOCS = Array.from({ length: 40 }, (_, i) => doc(i));
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [{ id: 'pham-thu-lan', name: 'Phạm Thu Lan', aliases: ['bà Lan'], role: 'người phát ngôn' }],
  quotes: DOCS.filter((_, i) => i % 3 === 0).map((d, i) => quoteIn(d, 4, {
    id: `q${i}`, speaker: 'Phạm Thu Lan', speakerId: 'pham-thu-lan', text: 'cứu trợ sẽ kéo dài đến cuối tháng', kind: 'indirect',
    date: '2024-10-02', dateSource: 'published',
  })),
  events: [],
};
const e = buildEngine(EXTRACTION);

/** The scorer's run for question `q`, the bound prepared for it, and the question's total weight. */
function scoredAndBounded(q: string): { total: number; s: ReturnType<Engine['scorer']['run']>; bound: Engine['scorer']['relevanceBound'] } {
  const clauses = clausesOf(e, parse(e, q));
  let total = 0;
  for (const c of clauses) total += c.weight;
  const s = e.scorer.run(clauses);
  const bound = e.scorer.relevanceBound;
  bound.prepare(clauses);
  return { total, s, bound };
}

describe('the most relevance a unit may get before its postings are read (bm25.ts)', () => {
  for (const q of ['cứu trợ lũ lụt', 'cuu tro lu lut', 'bà Lan nói gì về cứu trợ', 'nước lũ dâng cao ở miền Trung', 'thuốc men cho hộ dân', 'người phát ngôn Phạm Thu Lan cứu trợ kéo dài']) {
    it(`is never below the scorer's relevance for "${q}"`, () => {
      const { total, s, bound } = scoredAndBounded(q);
      expect(s.count).toBeGreaterThan(0);
      for (let k = 0; k < s.count; k++) {
        const u = s.units[k]!;
        expect(s.relevance[k]! * (total || 1)).toBeLessThanOrEqual(bound.of(u, e.units.docs[u]!));
      }
      bound.clear();
    });
  }

  for (const q of ['cứu trợ lũ lụt', 'cuu tro lu lut', 'nước lũ dâng cao ở miền Trung', 'người phát ngôn Phạm Thu Lan cứu trợ kéo dài']) {
    it(`from the terms each unit holds, lies between the scorer's relevance and the length bound for "${q}"`, () => {
      const { total, s, bound } = scoredAndBounded(q);
      const units = s.units.slice(0, s.count).sort();
      bound.held(units);
      let tighter = 0;
      for (let k = 0; k < s.count; k++) {
        const u = s.units[k]!;
        const h = bound.heldOf(u, e.units.docs[u]!);
        expect(s.relevance[k]! * (total || 1)).toBeLessThanOrEqual(h);
        expect(h).toBeLessThanOrEqual(bound.of(u, e.units.docs[u]!));
        if (h < bound.of(u, e.units.docs[u]!)) tighter++;
      }
      expect(tighter).toBeGreaterThan(0);
      bound.clear();
    });
  }

  it('gives a unit the same bound whether the units in doubt are all those scored or a few of them', () => {
    // The held pass sums a term over the units its postings hold: a unit in doubt alongside few others, holding
    // only some of the clauses, gets what it gets among all.
    const { s, bound } = scoredAndBounded('người phát ngôn Phạm Thu Lan cứu trợ kéo dài');
    const all = s.units.slice(0, s.count).sort();
    bound.held(all);
    const among = new Map(Array.from(all, (u) => [u, bound.heldOf(u, e.units.docs[u]!)]));
    bound.clearHeld();
    const few = all.filter((_, k) => k % 7 === 3);
    expect(few.length).toBeGreaterThan(2);
    bound.held(few);
    for (const u of few) expect(bound.heldOf(u, e.units.docs[u]!)).toBe(among.get(u));
    bound.clear();
  });

  it('is lower for a long sentence than for a short one holding the same words', () => {
    const clauses = clausesOf(e, parse(e, 'cứu trợ lũ lụt'));
    const s = e.scorer.run(clauses);
    const bound = e.scorer.relevanceBound;
    bound.prepare(clauses);
    const of = (text: string): number => {
      for (let k = 0; k < s.count; k++) {
        const u = s.units[k]!;
        if (e.units.isPassage(u) && e.units.docs[u] === 2 && e.units.text(u).startsWith(text)) return bound.of(u, 2);
      }
      throw new Error(`no passage "${text}"`);
    };
    expect(of('Các đoàn cứu trợ lũ lụt')).toBeLessThan(of('Cứu trợ lũ lụt ở xã'));
    bound.clear();
  });

  it("counts the article's title, and only for the question asked", () => {
    const unitOf = (doc: number): number => {
      for (let u = 0; u < e.units.length; u++) if (e.units.docs[u] === doc && e.units.text(u).startsWith('Cứu trợ lũ lụt ở xã')) return u;
      throw new Error(`no passage in article ${doc}`);
    };
    const bound = e.scorer.relevanceBound;
    const flood = clausesOf(e, parse(e, 'cứu trợ lũ lụt'));
    // Article 1's title is on flood relief, article 2's on vegetable prices; the two sentences are alike.
    bound.prepare(flood);
    const onTopic = bound.of(unitOf(1), 1);
    const offTopic = bound.of(unitOf(2), 2);
    bound.clear();
    expect(onTopic).toBeGreaterThan(offTopic);
    // A question on article 2's title, then the first again: nothing of the other question's titles is left.
    bound.prepare(clausesOf(e, parse(e, 'thị trường rau quả')));
    bound.clear();
    bound.prepare(flood);
    expect(bound.of(unitOf(1), 1)).toBe(onTopic);
    expect(bound.of(unitOf(2), 2)).toBe(offTopic);
    bound.clear();
  });
});
