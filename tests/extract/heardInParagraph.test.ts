import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-07-12');

describe('a person told speaking in a paragraph its day dates is heard that day', () => {
  it('his quotation in the next paragraph takes the briefing\'s day, not the page\'s', () => {
    const ex = one(
      'Ngay sau khi giá vé tàu hè được công bố tối 8/7, nhiều hành khách phản ánh trên mạng xã hội rằng giá vé tăng gấp đôi.',
      'Anh Lê Văn Tú, một hành khách ở Vinh, cho biết anh phải trả 1,2 triệu đồng cho một vé giường nằm.',
      'Chiều 11/7, tại họp báo của Bộ Giao thông vận tải, phóng viên hỏi liệu ngành đường sắt có giảm giá vé hay không. Ông Lạc Quốc Vinh, Cục trưởng Cục Đường sắt, trả lời Cục đã yêu cầu doanh nghiệp báo cáo trước ngày 20/7.',
      '"Giá vé phải công khai và không được tăng quá khung đã đăng ký", ông Vinh khẳng định.',
    );
    expect(quoteWith(ex, 'không được tăng quá khung')?.date).toBe('2024-07-11');
  });

  it('a paragraph stepping back does not date the person\'s next words', () => {
    const ex = one(
      'Giá vé tàu hè tăng mạnh khiến nhiều hành khách phàn nàn trên mạng xã hội.',
      'Trước đó, chiều 2/7, Cục Đường sắt đã họp với các doanh nghiệp vận tải. Trước đó, ông Lạc Quốc Vinh, Cục trưởng, đã trả lời báo chí về lộ trình tăng giá.',
      '"Giá vé phải công khai và không được tăng quá khung đã đăng ký", ông Vinh khẳng định.',
    );
    expect(quoteWith(ex, 'không được tăng quá khung')?.date).not.toBe('2024-07-02');
  });
});
