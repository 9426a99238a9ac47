import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { speaksInSentence } from '../../src/search/question.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

describe('speaksInSentence with an office after one dash ("X – Giám đốc Sở Y tế cho biết")', () => {
  it.each([
    ['Ông Tạ Quang Vinh – Giám đốc Sở Y tế cho biết đã cấp thêm thuốc cho các trạm.', true],
    ['Bà Hoàng Mai Lan - Phó Chủ nhiệm Ủy ban Pháp luật cho rằng, cần giữ quy trình thẩm định hai vòng.', true],
    // The dash opens another clause: Vinh is not the subject of "cho biết".
    ['Ông Tạ Quang Vinh – người bị thương, sau đó được đưa đi cấp cứu, người nhà cho biết.', false],
    ['Đoàn công tác gồm ông Tạ Quang Vinh - Giám đốc Sở Y tế; bà Lê Thu cho biết lịch làm việc đã chốt.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(speaksInSentence(sentence, 'Tạ Quang Vinh') || speaksInSentence(sentence, 'Hoàng Mai Lan')).toBe(expected);
  });
});

// An invented debate on a draft law: the member's proposal is a sentence the extraction did not take (her name, a
// dash and her office before "cho rằng"); another sentence only names her; her one extracted statement is on another
// subject.
const doc = articlesOn('2025-05-20');
const DEBATE = doc('d1.txt', 'Thảo luận dự án luật về thẩm định', [
  'Bày tỏ băn khoăn, bà Hoàng Mai Lan - Phó Chủ nhiệm Ủy ban Pháp luật cho rằng, cần giữ quy trình thẩm định hai vòng với các dự án luật.',
  'Phiên thảo luận về quy trình thẩm định dự án luật do bà Hoàng Mai Lan điều hành ở tổ.',
  '“Đề án cần thêm thời gian lấy ý kiến”, bà Lan nói.',
]);
const LAN = { id: 'hoang-mai-lan', name: 'Hoàng Mai Lan', aliases: ['bà Lan'], role: 'Phó Chủ nhiệm Ủy ban Pháp luật' };
const q: Quote = quoteIn(DEBATE, 2, {
  id: 'l1', speaker: LAN.name, speakerId: LAN.id, text: 'Đề án cần thêm thời gian lấy ý kiến', kind: 'direct', date: '2025-05-20', dateSource: 'context',
});
const EXTRACTION: Extraction = { documents: [DEBATE], speakers: [LAN], quotes: [q], events: [] };

describe('"X đề xuất gì về Y" when X’s words on Y stand after her office and one dash', () => {
  it('answers with her words before a sentence that only names her', () => {
    const results = createSearchIndex(EXTRACTION).ask('Bà Hoàng Mai Lan đề xuất gì về quy trình thẩm định dự án luật?');
    expect(results[0]?.excerpt ?? results[0]?.text).toMatch(/cần giữ quy trình thẩm định hai vòng/u);
  });
});
