import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-05-03');

describe('"Anh cho biết …" opening a sentence: the pronoun, not the country', () => {
  it('is the man the page calls "anh"', () => {
    const ex = one(
      'Anh Lục Văn Đạt, chủ một trang trại nuôi ong ở Tây Hòa, vừa xuất lô mật ong đầu tiên sang Nhật.',
      'Anh cho biết, năm ngoái mỗi lít mật chỉ bán được 90.000 đồng, nay thương lái trả gấp đôi.',
      'Anh nói trang trại sẽ mở thêm 200 thùng ong trong mùa hoa cà phê tới.',
    );
    expect(quoteWith(ex, 'mỗi lít mật chỉ bán')).toMatchObject({ speaker: 'Lục Văn Đạt', kind: 'indirect' });
    expect(quoteWith(ex, 'mở thêm 200 thùng ong')?.speaker).toBe('Lục Văn Đạt');
  });

  it('after a page about the country, or a man the page never calls "anh", it names no one', () => {
    const ex = one(
      'Ngoại trưởng nước Valdoria Ivan Petrov hôm qua tuyên bố trục xuất 20 nhà ngoại giao Anh.',
      'Anh cho biết sẽ có biện pháp đáp trả tương xứng trong tuần tới.',
    );
    expect(quoteWith(ex, 'biện pháp đáp trả')?.speaker ?? null).toBeNull();
  });
});
