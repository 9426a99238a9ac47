import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-10');

describe('a body named once, then called by its kind alone', () => {
  it('"Sở khẳng định …" is the department that spoke before', () => {
    const ex = one(
      'Ngày 2/6, Sở Nông nghiệp và Phát triển nông thôn Kon Tum đã có văn bản gửi các huyện, đề nghị người dân không phá rừng để trồng sâm.',
      'Sở khẳng định diện tích rừng của tỉnh sẽ được giữ nguyên đến năm 2030.',
    );
    expect(quoteWith(ex, 'diện tích rừng của tỉnh sẽ được giữ nguyên')?.speaker).toBe('Sở Nông nghiệp và Phát triển nông thôn Kon Tum');
  });

  it('with two departments named, "Sở" alone is no one', () => {
    const ex = one(
      'Sở Y tế Kon Tum cho biết đã cấp thêm thuốc, còn Sở Tài chính Kon Tum cho biết đã bố trí đủ kinh phí.',
      'Sở cũng khẳng định sẽ kiểm tra việc sử dụng thuốc tại các huyện.',
    );
    expect(quoteWith(ex, 'sẽ kiểm tra việc sử dụng thuốc')?.speaker ?? null).toBeNull();
  });

  it('"Sở dĩ …" and "Bộ đội …" are other words, never the body', () => {
    const ex = one(
      'Sở Y tế Kon Tum cho biết đã cấp thêm thuốc cho các huyện vùng lũ.',
      'Sở dĩ ông Hùng nói vậy là vì thuốc về chậm.',
      'Bộ đội biên phòng cho biết đã tuần tra suốt đêm.',
    );
    expect(quoteWith(ex, 'đã tuần tra suốt đêm')?.speaker ?? null).not.toBe('Sở Y tế Kon Tum');
    expect(ex.quotes.filter((q) => q.speaker === 'Sở Y tế Kon Tum').map((q) => q.text)).toEqual([expect.stringContaining('đã cấp thêm thuốc')]);
  });
});
