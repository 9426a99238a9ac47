import { describe, expect, it } from 'vitest';
import { extractOn } from '../helpers/articles.js';

const on = extractOn('2023-03-14');
const datesOf = (...paragraphs: string[]) => on(...paragraphs).events.map((e) => e.date);

describe('a forecast dated after the page is no dated event; a schedule is', () => {
  it('a forecast past the stamp, in the narration or in quoted words, is left out', () => {
    const dates = datesOf(
      '"Đối với năm 2024, hiệp hội giữ nguyên dự báo sản lượng cà phê ở mức 1,7 triệu tấn", ông Trịnh Quang Khởi nói.',
      'Theo dự báo, từ ngày 18/3 các tỉnh Tây Nguyên có mưa rào và dông diện rộng.',
      'Chiều 12/3, Sở Nông nghiệp tỉnh Gia Lai tổ chức hội nghị bàn về vụ cà phê mới.',
    );
    expect(dates).toContain('2023-03-12');
    expect(dates.filter((d) => d !== null && d > '2023-03-14')).toEqual([]);
  });

  it('a schedule past the stamp stays: it is what a reader looks for on the timeline', () => {
    const dates = datesOf(
      'Tòa án nhân dân tỉnh Gia Lai sẽ tuyên án vụ buôn lậu cà phê vào chiều 20/3.',
      'Hiệp hội cho hay chưa có kế hoạch dự hội chợ cà phê ở Busan vào tháng 4, dù trước đó vẫn để ngỏ khả năng này.',
    );
    expect(dates).toEqual(expect.arrayContaining(['2023-03-20', '2023-04']));
  });

  it('a forecast before the stamp is not touched (a dated happening the forecast names)', () => {
    const dates = datesOf('Ngày 10/3, trung tâm khí tượng ra bản tin dự báo mưa lớn cho các tỉnh Tây Nguyên.');
    expect(dates).toContain('2023-03-10');
  });
});
