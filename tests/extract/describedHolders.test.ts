import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-10');

describe('a description with no title, then the body the person works in, right before the verb', () => {
  it('"TS X, trưởng bộ môn Y, trường Đại học Z cho biết": X speaks, not the university', () => {
    const ex = one('TS. Hoàng Minh Tuệ, Trưởng bộ môn Tài chính công, trường Đại học Thương mại cho biết, giá hàng hóa tăng nhanh trong quý 3.');
    expect(quoteWith(ex, 'giá hàng hóa tăng nhanh')?.speaker).toBe('Hoàng Minh Tuệ');
  });

  it('a lecturer of an academy, the academy written capitalised', () => {
    const ex = one('ThS. Lê Hạ Uyên, giảng viên khoa Luật, Học viện Tư pháp nhận định, luật mới sẽ giảm bớt thủ tục cho người dân.');
    expect(quoteWith(ex, 'luật mới sẽ giảm bớt thủ tục')?.speaker).toBe('Lê Hạ Uyên');
  });

  it('a teacher of a primary school', () => {
    const ex = one('Bà Trần Thị Hoa, giáo viên, Trường Tiểu học Hòa Bình cho biết các em đã quen với lớp học mới.');
    expect(quoteWith(ex, 'các em đã quen với lớp học mới')?.speaker).toBe('Trần Thị Hoa');
  });

  it('a time between the person and the body is no description: the person is not made the speaker', () => {
    const ex = one('Sau cuộc gặp với ông Đặng Quốc Việt, chiều 9/9, Sở Công Thương cho biết sẽ kiểm tra các cửa hàng xăng dầu.');
    expect(quoteWith(ex, 'kiểm tra các cửa hàng xăng dầu')?.speaker ?? null).not.toBe('Đặng Quốc Việt');
  });
});
