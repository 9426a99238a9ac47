import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a body known by a short name', () => {
  it('"Tập đoàn … (Y) cho biết …" names the body Y, and "Theo Y, …" and "Y cho biết …" are Y’s later', () => {
    const ex = one(
      'Tập đoàn Bưu chính – Viễn thông Quốc gia (Sao Mai) cho biết đã lắp đặt 5.000 trạm phát sóng mới trong năm nay.',
      'Theo Sao Mai, với số trạm mới, mạng của doanh nghiệp có thể phủ sóng đến 80% diện tích cả nước.',
      'Sao Mai cũng cho biết sẽ lắp thêm 2.000 trạm trong quý tới.',
    );
    expect(quoteWith(ex, 'đã lắp đặt 5.000 trạm phát sóng')?.speaker).toBe('Sao Mai');
    expect(quoteWith(ex, 'mạng của doanh nghiệp có thể phủ sóng')?.speaker).toBe('Sao Mai');
    expect(quoteWith(ex, 'sẽ lắp thêm 2.000 trạm')?.speaker).toBe('Sao Mai');
  });

  it('a company written "Tập đoàn Y" is "Y" alone afterwards', () => {
    const ex = one(
      'Tập đoàn Lumora vừa khởi kiện 12 tài khoản mạng xã hội đưa tin sai sự thật về doanh nghiệp.',
      'Theo Lumora, các tài khoản này đã đăng hơn 300 bài viết bịa đặt về tình hình tài chính của tập đoàn.',
    );
    expect(quoteWith(ex, 'các tài khoản này đã đăng hơn 300 bài viết')?.speaker).toBe('Lumora');
  });

  it('a place or a person in brackets is not a short name', () => {
    const ex = one(
      'Công an phường Bình An (TP Bến Cảng) cho biết đã tiếp nhận tài xế đến trình diện cùng phương tiện.',
      'Anh Nguyễn Văn Cường (Hà Nội) cho biết gia đình anh đã chờ ba ngày mới nhận được hàng.',
    );
    expect(quoteWith(ex, 'đã tiếp nhận tài xế')?.speaker).toBe('Công an phường Bình An');
    expect(quoteWith(ex, 'gia đình anh đã chờ ba ngày')?.speaker).toBe('Nguyễn Văn Cường');
  });

  it('an acronym in brackets leaves the body its full name, shown with the acronym', () => {
    const ex = one('Ngân hàng Nhà nước (NHNN) cho biết sẽ giữ nguyên lãi suất điều hành trong quý tới.');
    expect(quoteWith(ex, 'sẽ giữ nguyên lãi suất')?.speaker).toBe('Ngân hàng Nhà nước (NHNN)');
  });

  it('"Theo Y," set inside a clause is not the sentence’s attribution', () => {
    const ex = one(
      'Tập đoàn Lumora vừa khởi kiện 12 tài khoản mạng xã hội đưa tin sai sự thật về doanh nghiệp.',
      'Các động thái pháp lý này, theo Lumora, là cần thiết để bảo vệ quyền lợi hợp pháp của doanh nghiệp.',
    );
    expect(quoteWith(ex, 'là cần thiết để bảo vệ')).toBeUndefined();
  });

  it('a company whose name opens on a place ("… Airlines") speaks as the company', () => {
    const ex = one('Vietnam Airlines cho biết chiếc máy bay mới sẽ đáp xuống sân bay Nội Bài vào tối nay.');
    expect(quoteWith(ex, 'chiếc máy bay mới sẽ đáp xuống')?.speaker).toBe('Vietnam Airlines');
  });
});
