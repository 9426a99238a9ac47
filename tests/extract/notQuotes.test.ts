import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('quoted text that is not a statement', () => {
  it('rejects scare quotes, labels, titles and nicknames but keeps short quoted words a reporting verb governs', () => {
    const ex = extractArticle([
      'Ông Karl Olsen đã hoãn chuyến thăm vì “lý do kỹ thuật”.',
      'Công ty công bố thông tin “bất ngờ” về lợi nhuận quý ba.',
      'Cuốn sách “Những ngày xa nhà ở phương bắc” của bà Anna Berg vừa được tái bản.',
      'Bà Berg được mệnh danh là “người đàn bà thép của vùng Bắc Âu”.',
      'Ông Olsen cho biết Thủ tướng dường như “rất hài lòng” với kết quả cuộc bỏ phiếu.',
    ], { published: '2023-05-10' });
    expect(quoteWith(ex, 'lý do kỹ thuật')).toBeUndefined();
    expect(quoteWith(ex, 'bất ngờ')).toBeUndefined();
    expect(quoteWith(ex, 'Những ngày xa nhà')).toBeUndefined();
    expect(quoteWith(ex, 'người đàn bà thép')).toBeUndefined();
    const short = quoteWith(ex, 'rất hài lòng');
    expect(short?.speaker).toBe('Karl Olsen');
    expect(short?.kind).toBe('partial');
  });

  it('ignores the headline and the related-articles area of the page', () => {
    const ex = extractArticle([
      'Bà Berg: “Chúng tôi sẽ không nhượng bộ trong vấn đề này”',
      'Ngoại trưởng Anna Berg trả lời phỏng vấn về chính sách đối ngoại của chính phủ mới.',
      'Xem thêm:',
      'Bộ Tài chính Na Uy cho biết đã áp dụng mức thuế mới đối với…',
      'Ông Karl Olsen nói: “Giá điện sẽ giảm mạnh từ tháng sau…',
    ], { published: '2023-05-10', title: 'Bà Berg: “Chúng tôi sẽ không nhượng bộ trong vấn đề này”' });
    expect(ex.quotes).toEqual([]);
  });

  it('a quoted span without any attribution is not a quote', () => {
    const ex = extractArticle([
      'Khẩu hiệu “mọi người cùng nhau xây dựng tương lai” xuất hiện khắp thành phố.',
      'Người dân gọi đây là “mùa hè nóng nhất trong lịch sử đo đạc”.',
    ], { published: '2023-05-10' });
    expect(ex.quotes).toEqual([]);
  });

  it('a fragment of two words beside a full quotation is not a separate quote', () => {
    const ex = extractArticle([
      'Ông Karl Olsen cho biết Thủ tướng “phản ứng ngay” rằng mọi biện pháp mới “có thể làm tổn hại nghiêm trọng quan hệ hai nước”.',
    ], { published: '2023-05-10' });
    expect(ex.quotes.map((q) => q.text)).toEqual(['có thể làm tổn hại nghiêm trọng quan hệ hai nước']);
  });
});

describe('names, charges and places in quotation marks inside a report', () => {
  const ex = extractArticle([
    'Bị cáo Lưu Văn Tình cho rằng, tham gia "Nhóm bảo vệ đất rừng" là do được hứa chia lợi nhuận.',
    'Trong thông cáo ngày 2/5, công ty Minh Long cho biết mỗi ngày chờ kết luận về nghi án "nhập hàng ngoại dán nhãn hàng nội", doanh nghiệp mất hàng trăm triệu đồng.',
    'Đại tá Hà Minh Đông cho biết trang “Công an Phường Bến Đá” đã nhận hơn 300 tin báo sau một tuần.',
    'Ông Hà Minh Đông nói lực lượng chức năng đang phải chịu nhiều áp lực ở “hậu phương”.',
  ], { published: '2024-05-10' });
  const marked = ex.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);

  it('a group’s name, a case’s name, a page’s name and a scare-quoted place are not quotations', () => {
    expect(marked).toEqual([]);
  });

  it('the reports around them are still there', () => {
    expect(quoteWith(ex, 'được hứa chia lợi nhuận')?.speaker).toBe('Lưu Văn Tình');
    expect(quoteWith(ex, 'hơn 300 tin báo')?.speaker).toBe('Hà Minh Đông');
  });
});
