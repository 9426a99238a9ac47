/**
 * Issue 14: "X nói gì trên <kênh>" ranked an undated paraphrase above the dated direct copy of the same occasion:
 * the medium's words ("trên kênh truyền hình Sao Mai") were required, and only the paraphrase's own sentence wrote
 * them, while the dated article names the medium in another sentence. "trên" after the reporting verb tells where
 * it was said, as "tại", "trong" and "với" do: its words rank but are not required. A topic told after it ("… trên
 * truyền hình về Y") stays required.
 */
import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented reports of one interview: a dated one quoting the words, an undated one paraphrasing them.
const index = createSearchIndex(extractCorpus([
  makeDoc([
    'Ông Hà Quang Vĩnh, Tổng giám đốc hãng tàu Biển Bạc, đã nói về kế hoạch mở tuyến mới trong phát biểu trên kênh truyền hình Sao Mai hôm 14/3.',
    '“Chúng tôi sẽ mở tuyến tàu khách Cửa Lò - Hòn Mê vào mùa hè này, giá vé giữ như năm ngoái”, ông Vĩnh nói.',
  ], { file: 'dated.txt', title: 'Hãng tàu Biển Bạc mở tuyến mới', published: '2025-03-15' }),
  makeDoc([
    'Mới đây, trong cuộc trao đổi với kênh truyền hình Sao Mai, ông Hà Quang Vĩnh cho biết hãng có thể mở thêm tuyến tàu ra đảo nếu lượng khách tăng.',
    'Ngoài ra, ông Vĩnh cho biết giá vé tàu năm nay không thay đổi so với năm trước.',
  ], { file: 'undated.txt', title: 'Biển Bạc tính mở thêm tuyến' }),
  makeDoc([
    '“Bến Hòn Mê cần nạo vét trước tháng 6”, ông Hà Quang Vĩnh nói tại hội nghị ngành vận tải biển ngày 2/2.',
  ], { file: 'other.txt', title: 'Hội nghị vận tải biển', published: '2025-02-03' }),
]));

describe('"X nói gì trên <kênh>"', () => {
  it('puts the dated direct words of that interview before the undated paraphrase', () => {
    const set = answerQuestion(index, 'Ông Hà Quang Vĩnh nói gì trên kênh truyền hình Sao Mai?');
    const text = answerSetText(set);
    const direct = text.indexOf('“Chúng tôi sẽ mở tuyến tàu khách Cửa Lò - Hòn Mê');
    const paraphrase = text.indexOf('hãng có thể mở thêm tuyến tàu ra đảo');
    expect(direct).toBeGreaterThan(-1);
    expect(paraphrase === -1 || direct < paraphrase).toBe(true);
    expect(set.answers[0]?.speaker).toBe('Hà Quang Vĩnh');
  });

  it('a topic after the medium stays required: the dredging words do not answer a question on fares', () => {
    const set = answerQuestion(index, 'Ông Hà Quang Vĩnh nói gì trên truyền hình về giá vé tàu?');
    expect(set.answers[0]?.text).toMatch(/giá vé/u);
    expect(answerSetText(set)).not.toContain('nạo vét');
  });
});
