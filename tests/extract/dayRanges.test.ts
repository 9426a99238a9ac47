import { describe, expect, it } from 'vitest';
import { extractArticle } from '../helpers/articles.js';

const datesOf = (sentence: string, published: string | null) =>
  extractArticle([sentence], { published }).events.map((e) => e.date);

describe('a happening over a span of days written with one month ("24-25/4") is dated by its first day', () => {
  it.each([
    ['Đoàn đại biểu tỉnh bạn thăm và làm việc tại các huyện miền núi từ ngày 12-14/3/2024 theo lời mời của tỉnh.', '2024-03-12'],
    ['Hội chợ hoa lan đã diễn ra trong hai ngày 8-9/3 tại công viên trung tâm thành phố.', '2024-03-08'],
    ['Giải chạy việt dã của huyện được tổ chức từ 20 – 22/3 với hơn 800 vận động viên tham gia.', '2024-03-20'],
  ])('%s → %s', (sentence, date) => {
    const dates = datesOf(sentence, '2024-03-25');
    expect(dates).toContain(date);
    // Not the span's last day as well: one happening, one date.
    expect(dates).toHaveLength(1);
  });

  it('a single day, a score or a year span is read as before', () => {
    expect(datesOf('Sáng 14/3, hội chợ hoa lan đã khai mạc tại công viên trung tâm thành phố.', '2024-03-25')).toEqual(['2024-03-14']);
    expect(datesOf('Đội chủ nhà thắng 3-0 ngày 16/3 trên sân vận động tỉnh trước hàng nghìn khán giả.', '2024-03-25')).toEqual(['2024-03-16']);
  });
});
