import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const extract = (paragraphs: string[], published: string | null = '2025-09-16') => extractArticle(paragraphs, { published });
const eventDates = (paragraphs: string[], published: string | null = '2025-09-16') => extract(paragraphs, published).events.map((e) => e.date);

describe('the base of a comparison is no date of a happening', () => {
  // [sentence, the figure's own period (kept), the period it is set against (never shown as a happening)]
  it.each([
    ['Năm 2025, tổng công ty đạt doanh thu 12.400 tỷ đồng, tăng 9% so với năm 2024.', ['2025'], ['2024']],
    ['Tháng 8, chỉ số giá tiêu dùng tăng 0,4% so với tháng trước và 3,1% so với cùng kỳ năm ngoái.', ['2025-08'], ['2025-07', '2024']],
    ['Ngày 15/9, giá xăng tăng 300 đồng/lít so với ngày 5/9.', ['2025-09-15'], ['2025-09-05']],
    ['Tính đến tháng 8, cả nước ghi nhận 41.000 ca sốt xuất huyết, gấp đôi so với cùng kỳ năm 2024.', [], ['2024']],
    ['The ministry announced on Monday that exports were up 12 percent compared to the same period in 2024.', ['2025-09-15'], ['2024']],
  ])('%s', (sentence, kept, dropped) => {
    const found = eventDates([sentence]);
    for (const d of kept) expect(found).toContain(d);
    for (const d of dropped) expect(found).not.toContain(d);
  });

  it('a happening after "so với" that is no period of a figure keeps its day', () => {
    // "bão X đổ bộ ngày 25/8" is a landfall that happened, named to compare the storms.
    expect(eventDates(['Cơ quan khí tượng cho biết cơn bão mới mạnh hơn nếu so với bão Sơn Ca đổ bộ ngày 25/8.'])).toContain('2025-08-25');
  });

  it('"so với hôm qua" does not date the next words of the paragraph to yesterday', () => {
    const ex = extract([
      'Giá vàng miếng sáng nay tăng 500.000 đồng/lượng so với hôm qua. Ông Lê Văn Tâm, chuyên gia tài chính, nhận định: “Giá vàng còn biến động mạnh trong những tuần tới”.',
    ]);
    expect(quoteWith(ex, 'biến động mạnh')?.date).not.toBe('2025-09-15');
    expect(ex.events.map((e) => e.date)).not.toContain('2025-09-15');
  });
});
