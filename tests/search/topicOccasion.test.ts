import { describe, expect, it } from 'vitest';
import type { Extraction, Quote, Speaker } from '../../src/core/types.js';
import { splitWords } from '../../src/search/analyze.js';
import { createSearchIndex } from '../../src/search/index.js';
import { topicOccasionSpan } from '../../src/search/topicOccasion.js';
import { articlesOn, extractArticle, quoteIn } from '../helpers/articles.js';

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

// An invented flood: the rescue on the 14th, the dam's release announced on the 12th.
const FLOOD = createSearchIndex(extractArticle([
  'Ngày 14/3, lực lượng cứu hộ huyện Tân Lạc đã sơ tán hơn 300 hộ dân sống ven sông Bưởi đến nơi an toàn.',
  'Trước đó, chiều 12/3, công ty thủy điện Suối Mơ thông báo mở thêm hai cửa xả đáy vì mực nước hồ dâng cao sau nhiều ngày mưa lớn.',
], { published: '2025-03-15', publishedRaw: '15/3/2025' }));

describe('the time clause of a when question ("X làm Y sau khi Z vào ngày nào?") ranks but is not required', () => {
  it('dates the rescue asked about, not the release it came after', () => {
    const [r] = FLOOD.ask('Lực lượng cứu hộ sơ tán hộ dân ven sông Bưởi sau khi thủy điện Suối Mơ mở cửa xả đáy khi nào?');
    expect(r?.date).toBe('2025-03-14');
    expect(r?.text).toContain('sơ tán hơn 300 hộ dân');
  });

  it('ends the clause at the when phrase, and at "vào" opening it', () => {
    const spanBefore = (q: string): string | null => {
      const { lower, folded } = splitWords(q);
      const at = folded.indexOf('nao') - 1;
      const s = topicOccasionSpan(lower, folded, true, at);
      return s ? lower.slice(s[0], s[1]).join(' ') : null;
    };
    expect(spanBefore('Đội cứu hộ sơ tán dân sau khi đập xả lũ vào ngày nào?')).toBe('đập xả lũ');
    expect(spanBefore('Đội cứu hộ sơ tán dân sau khi đập xả lũ khi nào?')).toBe('đập xả lũ');
  });
});
