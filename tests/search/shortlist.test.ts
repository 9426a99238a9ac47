import { describe, expect, it, vi } from 'vitest';
import type { CorpusDocument, Extraction } from '../../src/core/types.js';
import { candidatesOf } from '../../src/search/candidates.js';
import { buildEngine, clausesOf, parse } from '../../src/search/engine.js';
import { bonusOf, MIN_COVERAGE } from '../../src/search/rank.js';
import { mostBonus } from '../../src/search/shortlist.js';
import { liftsSubject, subjectStatements } from '../../src/search/subject.js';
import { eventIn, quoteIn } from '../helpers/articles.js';
import { rankedBothWays } from '../helpers/shortlistRuns.js';

// Invented articles, many alike (as a few years of news on one topic are): tariff talks, rice prices, a minister.
function doc(i: number): CorpusDocument {
  return {
    file: `t${i}.txt`, path: `/t/t${i}.txt`, title: i % 3 ? `Đàm phán thuế quan vòng ${i}` : `Giá lúa gạo tuần ${i}`, outlet: 'Báo T',
    author: null, url: null, published: '2024-05-02', publishedEvidence: 'header', publishedRaw: '2/5/2024', warnings: [], mtimeMs: 0,
    paragraphs: [
      `Hai bên tiếp tục đàm phán về thuế quan trong vòng ${i} tại Hà Nội.`,
      `Giá lúa gạo tăng ${i % 7} phần trăm sau đợt hạn hán kéo dài, nông dân lo ngại giá phân bón tiếp tục tăng.`,
      `Bộ trưởng Lê Văn An nói đàm phán thuế quan vòng ${i} còn nhiều khó khăn vì hai bên chưa thống nhất về mặt hàng nông sản.`,
      `Cuộc họp báo diễn ra vào chiều thứ Ba, số ${i}.`,
      // A few short sentences that repeat the topic: passages that outrank statements.
      ...(i % 10 === 0 ? [`Đàm phán thuế quan, đàm phán thuế quan: đàm phán thuế quan ${i}.`] : []),
    ],
  };
}
const DOCS = Array.from({ length: 150 }, (_, i) => doc(i));
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [{ id: 'le-van-an', name: 'Lê Văn An', aliases: ['ông An'], role: 'Bộ trưởng' }],
  quotes: DOCS.filter((_, i) => i % 4 === 0).map((d, i) => quoteIn(d, 2, {
    id: `q${i}`, speaker: 'Lê Văn An', speakerId: 'le-van-an', text: `đàm phán thuế quan vòng ${i * 4} còn nhiều khó khăn`, kind: 'indirect',
    date: '2024-05-02', dateSource: 'published',
  })),
  events: DOCS.filter((_, i) => i % 5 === 0).map((d, i) => eventIn(d, 0, {
    id: `e${i}`, date: '2024-05-02', text: `Hai bên tiếp tục đàm phán về thuế quan trong vòng ${i * 5}`,
  })),
};
const e = buildEngine(EXTRACTION);

describe('a statement\'s bonus, read once per question (bonusMemo.ts)', () => {
  it('gives each question the answers it gets when asked first', () => {
    // Bonuses differ from one question to the next ("khi nào" adds the dated ones'): none carries over.
    const questions = ['họp báo diễn ra khi nào', 'đàm phán thuế quan', 'Lê Văn An nói gì về đàm phán thuế quan', 'đàm phán thuế quan khi nào'];
    // Asked cold: a term's weight is rounded as the cache keeps it from its first reading on (Scorer.idf).
    const shared = buildEngine(EXTRACTION);
    const asked = questions.map((q) => rankedBothWays(shared, q, 5).shown);
    questions.forEach((q, i) => {
      const alone = buildEngine(EXTRACTION);
      expect(asked[i]).toEqual(rankedBothWays(alone, q, 5).shown);
    });
  });
});

describe('leaving out passages that cannot be among the best (shortlist.ts)', () => {
  for (const q of ['đàm phán thuế quan', 'giá lúa gạo tăng', 'vì sao giá phân bón tăng', 'họp báo diễn ra khi nào', 'hai bên đàm phán về nông sản', 'giá lúa gạo có tăng không']) {
    for (const limit of [1, 5, 10]) {
      it(`gives the same answers to "${q}" (limit ${limit})`, () => {
        const r = rankedBothWays(e, q, limit);
        // The shortlist finish reads (scores, order, ties) and the answers are the same.
        expect(r.top).toEqual(r.topOfEvery);
        expect(r.shown).toEqual(r.shownOfEvery);
        expect(r.every.units.length).toBeGreaterThan(0);
      });
    }
  }

  it('bounds every bonus rank.ts gives (a new bonus must be added to mostBonus)', () => {
    const questions = [
      'ông An nói gì về thuế quan', 'ai nói đàm phán còn khó khăn', 'đàm phán diễn ra khi nào', 'sự kiện ngày 2/5/2024',
      'vì sao giá phân bón tăng', 'Lê Văn An đàm phán tháng 5/2024', 'Bộ trưởng An cho biết gì', 'thuế quan',
      'giá lúa gạo có tăng không',
    ];
    for (const q of questions) {
      const p = parse(e, q);
      for (let u = 0; u < e.units.length; u++) expect(bonusOf(e, p, u)).toBeLessThanOrEqual(mostBonus(p, e.units.isPassage(u)));
    }
  });

  it('scores fewer units when statements fill the shortlist', () => {
    const p = parse(e, 'đàm phán thuế quan');
    const clauses = clausesOf(e, p);
    const all = candidatesOf(e, p, clauses, () => true, MIN_COVERAGE).units.length;
    expect(candidatesOf(e, p, clauses, () => true, MIN_COVERAGE, null, 5).units.length).toBeLessThan(all);
  });
});

// More such articles, where a spokesperson (no known speaker) comments on the talks in some of them.
const MORE = Array.from({ length: 600 }, (_, i) => doc(i));
const SPOKEN: Extraction = {
  ...EXTRACTION,
  documents: MORE,
  speakers: [...EXTRACTION.speakers, { id: 'tran-thi-hoa', name: 'Trần Thị Hoa', aliases: [], role: 'người phát ngôn Bộ Công Thương' }],
  quotes: [
    ...EXTRACTION.quotes,
    ...MORE.filter((_, i) => i % 6 === 1).map((d, i) => quoteIn(d, 3, {
      id: `s${i}`, speaker: 'Trần Thị Hoa', speakerId: 'tran-thi-hoa',
      text: i % 4 === 0 ? `đàm phán thuế quan vòng ${i} sẽ sớm có kết quả` : `chúng tôi kiên nhẫn chờ vòng ${i}`, kind: 'direct',
      date: '2024-05-02', dateSource: 'published',
    })),
  ],
};
const spoken = buildEngine(SPOKEN);

describe('the shortlist of a question whose subject is no known speaker (subject.ts)', () => {
  const q = 'người phát ngôn nói gì về đàm phán thuế quan';
  it('reads the question as one whose subject is lifted', () => {
    const p = parse(spoken, q);
    expect(p.speaker).toBeNull();
    expect(liftsSubject(p)).toBe(true);
  });

  it('scores exactly only the statements still needed, keeping the order of all of them', () => {
    const p = parse(spoken, q);
    const all = subjectStatements(spoken, p, () => true)!;
    all.settle(() => true);
    const held = [...all.units];
    all.clear();
    // The spokesperson's statements hold the subject (her role names it); no one else's do.
    expect(held.length).toBeGreaterThan(50);
    expect(held.every((u) => spoken.unit(u).speaker === 'Trần Thị Hoa')).toBe(true);
    const some = subjectStatements(spoken, p, () => true)!;
    some.settle((u) => u % 3 === 0);
    expect(some.units).toEqual(held.filter((u) => u % 3 === 0));
    expect(held.filter((u) => u % 3 !== 0).some((u) => some.mark[u])).toBe(false);
    some.clear();
  });

  for (const limit of [1, 5, 10]) {
    it(`gives the same answers to "${q}" (limit ${limit})`, () => {
      const r = rankedBothWays(spoken, q, limit);
      expect(r.top).toEqual(r.topOfEvery);
      expect(r.shown).toEqual(r.shownOfEvery);
      // The spokesperson's words come first.
      expect(spoken.unit(r.shown[0]!.unit).speaker).toBe('Trần Thị Hoa');
    });
  }
});

// Still more, each with a short sentence that repeats the topic: passages that outrank the minister's long statements.
// The first look takes statements (the most bonus of their kind makes their loosest bounds the highest) and sets a
// bar that every such passage passes.
const WIDE = Array.from({ length: 1500 }, (_, i) => {
  const d = doc(i);
  return i % 10 === 0 ? d : { ...d, paragraphs: [...d.paragraphs, `Đàm phán thuế quan, đàm phán thuế quan: đàm phán thuế quan ${i}.`] };
});
const wide = buildEngine({
  ...EXTRACTION,
  documents: WIDE,
  quotes: WIDE.filter((_, i) => i % 4 === 0).map((d, i) => quoteIn(d, 2, {
    id: `w${i}`, speaker: 'Lê Văn An', speakerId: 'le-van-an', text: `đàm phán thuế quan vòng ${i * 4} còn nhiều khó khăn`,
    kind: i % 3 ? 'indirect' : 'direct', date: '2024-05-02', dateSource: 'published',
  })),
  events: [],
});

describe('a second look at the units left over the first look\'s bar (shortlist.ts)', () => {
  for (const q of ['đàm phán thuế quan']) {
    for (const limit of [1, 5, 10]) {
      it(`gives the same answers to "${q}" (limit ${limit}) and scores fewer units`, () => {
        const run = vi.spyOn(wide.scorer, 'run');
        try {
          const r = rankedBothWays(wide, q, limit);
          expect(r.top).toEqual(r.topOfEvery);
          expect(r.shown).toEqual(r.shownOfEvery);
          const seconds = run.mock.calls.filter(([, , within]) => within === wide.scorer.probeMore);
          expect(seconds.length).toBe(1);
          // The last run scores what the bar leaves in: fewer than every candidate.
          const last = run.mock.results[run.mock.results.length - 1]!.value as { count: number };
          expect(last.count).toBeLessThan(r.every.units.length);
        } finally {
          run.mockRestore();
        }
      });
    }
  }
});
