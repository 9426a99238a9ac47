import { describe, expect, it } from 'vitest';
import type { CorpusEvent, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, eventIn, quoteIn } from '../helpers/articles.js';

// Invented articles: a deputy minister admitting exam violations, a country answering a tariff.
const doc = articlesOn('2025-06-10');
const DOCS = [
  doc('r1.txt', 'Thứ trưởng Phan Quốc Lâm trả lời về kỳ thi học sinh giỏi', [
    'Thứ trưởng Phan Quốc Lâm thừa nhận công tác coi thi ở một số điểm còn lỏng lẻo, Bộ đã thừa nhận sai sót trong khâu chấm thi.',
    '“Chắc chắn vẫn còn nhiều điểm thi vi phạm quy chế coi thi, chúng tôi sẽ thanh tra lại”, ông Lâm nói.',
  ]),
  doc('r2.txt', 'Arden áp thuế 20% lên thép nhập khẩu từ Belmora', [
    'Ngày 9/6, Arden áp thuế 20% lên thép nhập khẩu từ Belmora, mức thuế có hiệu lực từ tháng 7.',
    'Người phát ngôn Ivo Maren cho biết Belmora kiên quyết phản đối việc Arden áp thuế lên thép và sẽ có biện pháp đáp trả.',
  ]),
];
const quote = (id: string, speaker: string, speakerId: string, text: string, kind: Quote['kind'], d: number, para: number): Quote => quoteIn(DOCS[d]!, para, {
  id, speaker, speakerId, text, kind, date: '2025-06-09', dateSource: 'context',
});
const QUOTES: Quote[] = [
  quote('l1', 'Phan Quốc Lâm', 'phan-quoc-lam', 'công tác coi thi ở một số điểm còn lỏng lẻo, Bộ đã thừa nhận sai sót trong khâu chấm thi', 'indirect', 0, 0),
  quote('l2', 'Phan Quốc Lâm', 'phan-quoc-lam', 'Chắc chắn vẫn còn nhiều điểm thi vi phạm quy chế coi thi, chúng tôi sẽ thanh tra lại', 'direct', 0, 1),
  quote('m1', 'Ivo Maren', 'ivo-maren', 'Belmora kiên quyết phản đối việc Arden áp thuế lên thép và sẽ có biện pháp đáp trả', 'indirect', 1, 1),
];
const EVENTS: CorpusEvent[] = [
  eventIn(DOCS[1]!, 0, { id: 'e1', text: 'Arden áp thuế 20% lên thép nhập khẩu từ Belmora', date: '2025-06-09' }),
];
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [
    { id: 'phan-quoc-lam', name: 'Phan Quốc Lâm', aliases: ['ông Lâm'], role: 'Thứ trưởng' },
    { id: 'ivo-maren', name: 'Ivo Maren', aliases: [], role: 'Người phát ngôn' },
  ],
  quotes: QUOTES,
  events: EVENTS,
};
const index = createSearchIndex(EXTRACTION);

describe('questions built on a reporting verb other than "nói"', () => {
  it('"Ai thừa nhận …" answers with the statement that says it, not the one that repeats "thừa nhận"', () => {
    const [r] = index.ask('Ai thừa nhận vẫn còn nhiều điểm thi vi phạm quy chế?');
    expect(r?.speaker).toBe('Phan Quốc Lâm');
    expect(r?.text).toBe('Chắc chắn vẫn còn nhiều điểm thi vi phạm quy chế coi thi, chúng tôi sẽ thanh tra lại');
  });

  it('"X phản ứng thế nào khi …" (X a country, no speaker) answers with the statement before the event', () => {
    const [r] = index.ask('Belmora phản ứng thế nào khi Arden áp thuế 20% lên thép nhập khẩu?');
    expect(r?.type).toBe('quote');
    expect(r?.speaker).toBe('Ivo Maren');
  });

  it('"how did X react to …" in English does the same', () => {
    const [r] = index.ask('How did Belmora react to the steel tariff of Arden?');
    expect(r?.type).toBe('quote');
    expect(r?.speaker).toBe('Ivo Maren');
  });

});
