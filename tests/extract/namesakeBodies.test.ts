import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-08-20');

describe('a school or hospital named after a person', () => {
  it('"hiệu trưởng này" later is the principal named before, not the person the school is named after', () => {
    const ex = one(
      'Sáng 19/8, ông Vi Văn Thắng - Hiệu trưởng Trường THCS Lê Quý Đôn, cho biết: “Năm nay trường mở thêm hai lớp tiếng Anh”. ' +
        '“Chúng tôi sẽ ưu tiên học sinh ở gần trường, còn lại xét theo điểm học bạ”, hiệu trưởng này nói thêm.',
    );
    expect(quoteWith(ex, 'ưu tiên học sinh ở gần trường')?.speaker).toBe('Vi Văn Thắng');
  });

  it('a title ending on the school\'s name with no holder named gives no person of that name', () => {
    const ex = one('Hiệu trưởng Trường Tiểu học Phan Bội Châu cho biết trường sẽ sửa xong mái tôn trước ngày khai giảng.');
    const q = quoteWith(ex, 'sửa xong mái tôn');
    expect(q?.speaker ?? null).not.toBe('Phan Bội Châu');
  });

  it('a holder named right after a hospital\'s own name still speaks', () => {
    const ex = one('Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình Trần Văn Khởi cho biết bệnh viện đã kê thêm 50 giường.');
    expect(quoteWith(ex, 'kê thêm 50 giường')?.speaker).toBe('Trần Văn Khởi');
  });

  it('one capitalised word after the school\'s head is the school\'s name too, and "vị phó hiệu trưởng" finds the person', () => {
    const ex = one(
      'Sáng 19/8, TS Đoàn Văn Hiếu, Phó hiệu trưởng Trường Đại học Mỏ và Địa chất Miền Bắc, thừa nhận cách tính điểm còn sai sót.',
      '“Chúng tôi sẽ công bố lại kết quả trong tuần này”, vị phó hiệu trưởng nói.',
    );
    expect(quoteWith(ex, 'công bố lại kết quả trong tuần này')?.speaker).toBe('Đoàn Văn Hiếu');
  });
});
