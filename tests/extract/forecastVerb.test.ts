import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-12');

describe('"dự báo" reports a forecast only right after the one who makes it', () => {
  it('"X dự báo, …" and "X dự báo <clause with sẽ/có thể>" are X\'s statements', () => {
    const ex = one(
      'Hiệp hội Cao su Việt Nam dự báo giá mủ cao su sẽ tăng nhẹ trong quý cuối năm nhờ nhu cầu từ các nhà máy săm lốp.',
      'Chuyên gia phân tích hàng hóa Lâm Thị Xuân dự báo, lượng mủ xuất khẩu có thể giảm vì mưa kéo dài ở Tây Nguyên.',
    );
    expect(quoteWith(ex, 'giá mủ cao su sẽ tăng nhẹ')?.speaker).toBe('Hiệp hội Cao su Việt Nam');
    expect(quoteWith(ex, 'lượng mủ xuất khẩu có thể giảm')?.speaker).toBe('Lâm Thị Xuân');
  });

  it('"Theo dự báo, …", a forecast lowered or issued, and "dự báo" opening a sentence or a clause report nothing', () => {
    const ex = one(
      'Theo dự báo, giá mủ cao su sẽ còn biến động mạnh đến cuối năm.',
      'Ngân hàng Phát triển châu Á hạ dự báo tăng trưởng của ngành cao su xuống còn 3%.',
      'Dự báo trong hai ngày tới, các tỉnh Tây Nguyên có mưa to.',
      'Mưa kéo dài ở Tây Nguyên, dự báo giá mủ sẽ còn tăng trong tuần tới.',
      'Nhiều nhà vườn chưa tin vào mô hình dự báo giá mà công ty mới giới thiệu.',
    );
    expect(ex.quotes).toEqual([]);
  });
});
