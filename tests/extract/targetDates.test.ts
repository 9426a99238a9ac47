import { describe, expect, it } from 'vitest';
import { extractArticle } from '../helpers/articles.js';

const eventDates = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2025-12-30' }).events.map((e) => e.date);

describe('the period a target is for is no happening', () => {
  it.each([
    'Năm 2026, tổng công ty đặt mục tiêu doanh thu 15.000 tỷ đồng.',
    'Cả năm 2026, toàn ngành phấn đấu đạt tốc độ tăng trưởng 4%.',
    'Chính phủ giao chỉ tiêu tăng trưởng 8% trong năm 2026 cho các bộ ngành.',
  ])('%s', (sentence) => {
    expect(eventDates([sentence])).not.toContain('2026');
  });

  it('the day a target was set stays a happening', () => {
    expect(eventDates(['Ngày 28/12, hội đồng quản trị thông qua kế hoạch kinh doanh cho năm tới.'])).toContain('2025-12-28');
  });

  it('a ministry named "Kế hoạch" is no target: its announcement keeps its month', () => {
    expect(eventDates(['Tháng 12/2025, Bộ Kế hoạch và Đầu tư công bố số liệu thu hút vốn nước ngoài cả năm.'])).toContain('2025-12');
  });
});

describe('a plan to meet is no target', () => {
  it('"không có kế hoạch gặp … tại hội nghị vào tháng 11" keeps the summit\'s month', () => {
    const ev = extractArticle(['Nhà Trắng cho hay Tổng thống không có kế hoạch gặp riêng người đồng cấp bên lề hội nghị thượng đỉnh vào tháng 11.'], { published: '2025-10-20' })
      .events.map((e) => e.date);
    expect(ev).toContain('2025-11');
  });
});

describe('"chỉ tiêu thụ" (only sold) is no target', () => {
  it('the months of the sales keep their year', () => {
    const ev = extractArticle(['Năm ngoái hãng bán ra hơn 300.000 xe, nhưng hai tháng đầu năm nay chỉ tiêu thụ khoảng 40.000 xe.'], { published: '2025-03-05' })
      .events.map((e) => e.date);
    expect(ev).toContain('2025');
  });
});
