import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-16');

describe('a lede about a written release dates only its issuer\'s words', () => {
  it('others quoted after "X chiều 15/5 phát đi thông cáo báo chí" are not put on the release\'s day', () => {
    const ex = one(
      'Tổng công ty Cấp nước Sông Mã chiều 15/5 phát đi thông cáo báo chí cho biết sẽ tăng giá nước sinh hoạt thêm 6% từ ngày 1/6.',
      'Tổng công ty cho biết chi phí hóa chất xử lý nước và giá điện đều tăng trong hai năm qua.',
      'Sở Tài chính khẳng định phương án giá đã được thẩm định đúng quy định. Phó giám đốc Sở Tài chính Lương Thị Hảo nhấn mạnh giá nước sẽ được xem xét lại mỗi năm một lần.',
    );
    expect(quoteWith(ex, 'chi phí hóa chất xử lý nước')?.date).toBe('2024-05-15');
    expect(quoteWith(ex, 'xem xét lại mỗi năm một lần')?.date).toBe('2024-05-16');
  });

  it('after a lede about a briefing, everyone who speaks there keeps its day', () => {
    const ex = one(
      'Chiều 15/5, Tổng công ty Cấp nước Sông Mã tổ chức họp báo về việc tăng giá nước sinh hoạt thêm 6% từ ngày 1/6.',
      'Tại họp báo, Phó giám đốc Sở Tài chính Lương Thị Hảo nhấn mạnh giá nước sẽ được xem xét lại mỗi năm một lần.',
    );
    expect(quoteWith(ex, 'xem xét lại mỗi năm một lần')?.date).toBe('2024-05-15');
  });

  it('after a lede about an interview the paper held with one person, others quoted later are not put on its day', () => {
    const ex = one(
      'Phóng viên đã trao đổi với bà Lạc Thị Hằng, Phó Cục trưởng Cục Quản lý giá, hôm 14/5.',
      '- Bà Lạc Thị Hằng: Giá điện bán lẻ bình quân sẽ chỉ tăng khoảng 3%, mức thấp nhất trong ba năm.',
      'Anh Tăng Văn Khuê, chủ một xưởng may ở Bình Lục, cho biết hóa đơn tiền điện tháng trước của xưởng đã gần 40 triệu đồng.',
    );
    expect(quoteWith(ex, 'mức thấp nhất trong ba năm')?.date).toBe('2024-05-14');
    expect(quoteWith(ex, 'hóa đơn tiền điện tháng trước')?.date).toBe('2024-05-16');
  });
});
