import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// An invented port story: the lead states the problem in the question's words; what the port did is told in a
// sentence that repeats only a few of them, and in the director's words, which repeat none.
const doc = articlesOn('2025-09-12');
const PORT = doc('port.txt', 'Cảng Phước Lộc ùn ứ hàng nghìn container sau bão', [
  'Sau cơn bão đổ bộ hôm 10/9, cảng Phước Lộc ùn ứ hơn 3.000 container, nhiều xe đầu kéo phải xếp hàng suốt hai ngày.',
  'Ban giám đốc cảng đã thuê thêm 40 xe nâng để giải phóng container ùn ứ và mở cổng xuyên đêm.',
  '“Chúng tôi chia ca làm việc 24/24, ưu tiên hàng lạnh và hàng xuất khẩu ra trước”, ông Trịnh Văn Khôi, Giám đốc cảng, nói.',
]);
const OTHERS = [
  doc('school.txt', 'Trường học mở cửa trở lại', ['Các trường tiểu học ở huyện Ea Sơn đón học sinh trở lại sau kỳ nghỉ dài.']),
  doc('fuel.txt', 'Giá xăng giảm nhẹ', ['Giá xăng giảm nhẹ từ chiều nay, dầu diesel giữ nguyên.']),
  doc('rice.txt', 'Giá lúa tăng', ['Thương lái vào tận ruộng đặt cọc mua lúa với giá cao hơn vụ trước.']),
];
const index = createSearchIndex(extractCorpus([PORT, ...OTHERS]));

describe('more from the article that answers', () => {
  it('"what did X do about Y": what the article reporting Y says X did follows its lead', () => {
    const results = index.ask('Cảng Phước Lộc làm gì với container ùn ứ?');
    expect(results[0]?.text).toContain('ùn ứ hơn 3.000 container');
    const done = results.findIndex((r) => r.text.includes('thuê thêm 40 xe nâng'));
    // After the answer found on the strict bar, from the same article.
    expect(done).toBeGreaterThan(0);
    expect(results[done]?.source.file).toBe('port.txt');
  });

  it('nothing is added from another article, nor to a question no article answers', () => {
    for (const r of index.ask('Cảng Phước Lộc làm gì với container ùn ứ?')) expect(r.source.file).toBe('port.txt');
    expect(index.ask('Sân bay quốc tế Vân Khê khai thác chuyến bay đầu tiên khi nào?')).toEqual([]);
  });
});
