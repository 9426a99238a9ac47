import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-10-02 is a Wednesday.
const one = extractOn('2024-10-02');

describe('a labelled answer runs over the next paragraphs up to the next question', () => {
  const ex = one(
    'Nhà sáng lập chuỗi tiệm bánh Hoa Sữa, bà Lương Thị Thanh Nga, chia sẻ về chặng đường 10 năm kinh doanh.',
    'PV: Điều gì khiến bà quyết định mở cửa hàng đầu tiên, thưa bà?',
    'Bà Lương Thị Thanh Nga: Hồi đó tôi chỉ có một lò nướng nhỏ. Tôi làm bánh cho hàng xóm trước.',
    'Tiệm đầu tiên mở ở một con hẻm nhỏ gần chợ. Khách quen giới thiệu nhau nên tiệm đông dần lên.',
    'PV: Còn những năm dịch bệnh thì sao, thưa bà?',
    'Bà Lương Thị Thanh Nga: Đó là giai đoạn khó nhất. Chúng tôi phải chuyển sang bán trực tuyến.',
  );

  it('a paragraph with no "tôi" between the labelled answer and the next question is still the interviewee’s', () => {
    const q = quoteWith(ex, 'Tiệm đầu tiên mở ở một con hẻm nhỏ gần chợ');
    expect(q?.speaker).toBe('Lương Thị Thanh Nga');
    expect(q?.kind).toBe('direct');
  });

  it('the questions stay the reporter’s', () => {
    expect(ex.quotes.some((q) => q.text.includes('Điều gì khiến bà quyết định'))).toBe(false);
    expect(ex.quotes.some((q) => q.text.includes('những năm dịch bệnh thì sao'))).toBe(false);
  });
});

describe('a labelled answer followed by narration that no question closes is not run on', () => {
  const ex = one(
    'PV: Ông đánh giá thế nào về vụ mùa năm nay, thưa ông?',
    'Ông Đặng Văn Lợi: Tôi nghĩ năng suất sẽ tăng nhẹ so với năm ngoái.',
    'Sau buổi trò chuyện, đoàn công tác tiếp tục đi thăm các hợp tác xã trong huyện.',
    'Chiều cùng ngày, tỉnh tổ chức hội nghị tổng kết vụ hè thu.',
  );

  it('the narration after the answer is nobody’s statement', () => {
    expect(quoteWith(ex, 'Tôi nghĩ năng suất sẽ tăng nhẹ')?.speaker).toBe('Đặng Văn Lợi');
    expect(quoteWith(ex, 'đoàn công tác tiếp tục đi thăm')).toBeUndefined();
    expect(quoteWith(ex, 'tỉnh tổ chức hội nghị tổng kết')).toBeUndefined();
  });
});
