import { describe, expect, it } from 'vitest';
import { extractOn } from '../helpers/articles.js';

const on = extractOn('2023-03-14');

describe('nothing a page reports happened after it was written', () => {
  it('a day or a month past the stamp (a forecast, a schedule, a year forecast in quoted words) is no dated event', () => {
    const ex = on(
      'Đến 7 giờ ngày 16/3, vùng áp thấp di chuyển chậm theo hướng Tây và đi vào vùng biển phía Nam.',
      '"Đối với năm 2024, hiệp hội giữ nguyên dự báo sản lượng cà phê ở mức 1,7 triệu tấn", ông Trịnh Quang Vũ nói.',
      'The two farmers were scheduled to appear before the provincial court on March 20.',
      'Chiều 12/3, Sở Nông nghiệp tỉnh Gia Lai tổ chức hội nghị bàn về vụ cà phê mới.',
    );
    const dates = ex.events.map((e) => e.date);
    expect(dates).toContain('2023-03-12');
    expect(dates.filter((d) => d !== null && d > '2023-03-14')).toEqual([]);
  });

  it('an undated page keeps its dated happenings', () => {
    const ex = extractOn(null)('Ngày 16/3/2023, Sở Nông nghiệp tỉnh Gia Lai tổ chức hội nghị bàn về vụ cà phê mới.');
    expect(ex.events.map((e) => e.date)).toContain('2023-03-16');
  });
});
