import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';
import { isOutletInterview } from '../../src/extract/outletInterview.js';

const LEDE = 'Chiều 14/3, Sở Nông nghiệp tỉnh tổ chức hội nghị sơ kết vụ lúa đông xuân tại TP Cao Lãnh.';

describe('words given to a paper in an interview of its own are not put at the lede\'s occasion', () => {
  it('"Trao đổi với PV, bà X cho rằng …" takes the page\'s day, not the conference\'s', () => {
    const ex = extractArticle([
      LEDE,
      'Ông Hồ Văn Lực, Giám đốc Sở, cho biết năng suất bình quân đạt 7 tấn mỗi héc-ta.',
      'Trao đổi với PV Báo Đồng Tháp, bà Lâm Thị Quế, chủ một hợp tác xã lúa sạch, cho rằng giá phân bón vẫn quá cao. “Lãi mỗi công chỉ còn vài trăm nghìn đồng”, bà Quế nói.',
    ], { published: '2024-03-16' });
    expect(quoteWith(ex, 'năng suất bình quân đạt')?.date).toBe('2024-03-14');
    expect(quoteWith(ex, 'giá phân bón vẫn quá cao')?.date).toBe('2024-03-16');
    // The interviewee's next words, with no day of their own, were given in the same interview.
    expect(quoteWith(ex, 'Lãi mỗi công chỉ còn')?.date).toBe('2024-03-16');
  });

  it('on an undated page such words have no day at all', () => {
    const ex = extractArticle([
      LEDE,
      'Trả lời phỏng vấn báo Nông Nghiệp, ông Đặng Minh Sơn, một thương lái, nói giá lúa tươi đang giảm.',
    ]);
    expect(quoteWith(ex, 'giá lúa tươi đang giảm')?.date ?? null).toBeNull();
  });

  it('words given to the press on the sidelines of the conference are of its day', () => {
    const ex = extractArticle([
      LEDE,
      'Trao đổi với báo chí bên lề hội nghị, ông Đặng Minh Sơn nói giá lúa tươi đang giảm.',
    ], { published: '2024-03-16' });
    expect(quoteWith(ex, 'giá lúa tươi đang giảm')?.date).toBe('2024-03-14');
  });

  it('an interview sentence read as no statement still makes the person the paper\'s interviewee', () => {
    // "dự báo" with a forecast is not taken as a statement here; the next words of the same person are still the interview's.
    const ex = extractArticle([
      LEDE,
      'Trao đổi với Nông Nghiệp Số, TS Phan Thị Ngọc Dung, Hiệu trưởng Trường Cao đẳng Nông nghiệp Tây Đô, dự báo giá lúa "sẽ tăng nhẹ".',
      'Theo bà Dung, nhiều hợp tác xã đã chuyển sang giống lúa thơm.',
    ], { published: '2024-03-16' });
    expect(quoteWith(ex, 'chuyển sang giống lúa thơm')?.date).toBe('2024-03-16');
  });

  it('tells an interview to an outlet from a gathering of reporters', () => {
    expect(isOutletInterview('Trao đổi với phóng viên, ông A cho biết')).toBe(true);
    expect(isOutletInterview('the mayor told Reuters')).toBe(true);
    expect(isOutletInterview('the mayor told reporters')).toBe(false);
    expect(isOutletInterview('Chia sẻ với PV sau trận đấu, HLV B nói')).toBe(false);
    expect(isOutletInterview('Trao đổi với PV sau khi buổi làm việc kết thúc, bà D cho biết')).toBe(false);
    expect(isOutletInterview('Trả lời PV tại hiện trường, đại tá E cho biết')).toBe(false);
    expect(isOutletInterview('Ông C cho biết')).toBe(false);
    // A title or a body after the verb is a person spoken to, and a capital after a bare "trả lời" opens the answer.
    expect(isOutletInterview('bà F nói với Bộ trưởng')).toBe(false);
    expect(isOutletInterview('ông G trả lời Sở đã nhận đơn')).toBe(false);
    expect(isOutletInterview('Trao đổi với Tiền Phong, ông H cho biết')).toBe(true);
  });
});
