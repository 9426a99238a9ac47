import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('"là" and "rằng" open the reported words only as whole words', () => {
  it('"phát biểu làm rõ …" reports no words that start inside "làm"', () => {
    const ex = one('Chiều nay, Phó Thủ tướng Đỗ Minh Khang thay mặt Chính phủ phát biểu làm rõ thêm những vấn đề liên quan.');
    expect(ex.quotes.some((q) => /^m\s/u.test(q.text))).toBe(false);
    expect(quoteWith(ex, 'm rõ thêm những vấn đề')).toBeUndefined();
  });

  it('"cho biết là …" and "nói với phóng viên là …" still open the words after "là"', () => {
    const ex = one(
      'Bà Vương Thị Lan cho biết là giá phân bón đã ổn định trở lại sau ba tháng tăng liên tục.',
      'Ông Đỗ Minh Khang nói với phóng viên là hồ chứa đã gần đầy nước sau ba ngày mưa lớn.',
    );
    expect(quoteWith(ex, 'giá phân bón đã ổn định')?.text).toBe('giá phân bón đã ổn định trở lại sau ba tháng tăng liên tục');
    expect(quoteWith(ex, 'hồ chứa đã gần đầy nước')?.speaker).toBe('Đỗ Minh Khang');
  });
});
