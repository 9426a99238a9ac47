import { describe, expect, it } from 'vitest';
import type { Extraction, Quote, Speaker } from '../../src/core/types.js';
import { splitWords } from '../../src/search/analyze.js';
import { createSearchIndex } from '../../src/search/index.js';
import { topicOccasionSpan } from '../../src/search/topicOccasion.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented articles: a minister on whether sea fish is safe again, and an agency report on the clean-up after a spill.
const doc = articlesOn('2024-09-20', { outlet: 'Báo V' });
const DOCS = [
  doc('o1.txt', 'Cá biển tỉnh Lam Sơn đã an toàn', [
    '“Toàn bộ cá biển tỉnh Lam Sơn đã an toàn, người dân có thể yên tâm”, Bộ trưởng Hồ Minh Tuệ nói.',
  ]),
  doc('o2.txt', 'Vùng biển được làm sạch sau vụ tràn dầu Hải Phong', [
    'Cục Biển cho biết sau vụ tràn dầu Hải Phong, nước biển tỉnh Lam Sơn về cơ bản đã an toàn trở lại.',
  ]),
];
const TUE: Speaker = { id: 'ho-minh-tue', name: 'Hồ Minh Tuệ', aliases: [], role: 'Bộ trưởng' };
const CUC: Speaker = { id: 'cuc-bien', name: 'Cục Biển', aliases: [], role: null };
const quote = (id: string, sp: Speaker, text: string, d: number, kind: Quote['kind']): Quote => quoteIn(DOCS[d]!, 0, {
  id, speaker: sp.name, speakerId: sp.id, text, kind, date: '2024-09-19', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [TUE, CUC],
  quotes: [
    quote('t1', TUE, 'Toàn bộ cá biển tỉnh Lam Sơn đã an toàn, người dân có thể yên tâm', 0, 'direct'),
    quote('c1', CUC, 'sau vụ tràn dầu Hải Phong, nước biển tỉnh Lam Sơn về cơ bản đã an toàn trở lại', 1, 'indirect'),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

const span = (q: string): string | null => {
  const { lower, folded } = splitWords(q);
  const s = topicOccasionSpan(lower, folded, true);
  return s ? lower.slice(s[0], s[1]).join(' ') : null;
};

describe('the time clause of a topic question ranks but is not required', () => {
  it('answers "X sau sự cố Y đã … chưa?" with the statement about X, not the one that only repeats Y', () => {
    const [r] = index.ask('Cá biển tỉnh Lam Sơn sau vụ tràn dầu Hải Phong đã an toàn chưa?');
    expect(r?.speaker).toBe('Hồ Minh Tuệ');
  });

  it('reads the clause between the marker and the aspect word, and none when there is no such frame', () => {
    expect(span('Cá biển tỉnh Lam Sơn sau vụ tràn dầu Hải Phong đã an toàn chưa?')).toBe('tràn dầu hải phong');
    expect(span('Giá vé sau khi tăng thuế có giảm không?')).toBe('tăng thuế');
    expect(span('Cá biển tỉnh Lam Sơn có an toàn không?')).toBeNull();
    expect(span('Sau khi tăng thuế giá vé có giảm không?')).toBeNull();
  });
});
