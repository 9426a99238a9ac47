import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2026-03-10');

describe('a request or a told clause with quoted words inside it', () => {
  const ex = one(
    'Chiều 9/3, TAND tỉnh mở phiên phúc thẩm xét xử bị cáo Đào Văn Khánh, cựu giám đốc Công ty Minh Phát.',
    'Đại diện VKSND tỉnh, kiểm sát viên Hứa Văn Đông, nhận định kháng cáo của bị cáo Khánh không có căn cứ. Ông Đông đề nghị HĐXX bác kháng cáo, giữ nguyên bản án sơ thẩm đối với Khánh, nhưng có thể xem xét giảm nhẹ cho hai bị cáo giữ vai trò "giúp sức".',
    'Bà Lò Thị Nhàn, 70 tuổi, vẫn còn sợ. Bà kể năm ngoái nước cũng về trong đêm, khi đó bà đã dặn con cháu: "Thấy nước đục là phải chạy ngay".',
    'Trưởng ban tổ chức Vương Quốc Sang tiết lộ hội chợ lần thứ năm sẽ được tổ chức vào tháng 10 và "có thể mở rộng sang các tỉnh lân cận".',
    'Trước đó, Thủ tướng Olav Berg trong cuộc điện đàm đã đề nghị người đồng cấp tổ chức cuộc gặp cá nhân trên lãnh thổ của "nước thứ ba".',
  );

  it('is the speaker’s statement, the request with its verb', () => {
    const q = quoteWith(ex, 'bác kháng cáo, giữ nguyên bản án');
    expect(q?.speaker).toBe('Hứa Văn Đông');
    expect(q?.kind).toBe('indirect');
    expect(q?.text.startsWith('đề nghị HĐXX bác kháng cáo')).toBe(true);
  });

  it('keeps quoted words that are a statement of their own inside the clause', () => {
    const q = quoteWith(ex, 'hội chợ lần thứ năm sẽ được tổ chức');
    expect(q?.speaker).toBe('Vương Quốc Sang');
    expect(q?.text).toBe('hội chợ lần thứ năm sẽ được tổ chức vào tháng 10 và "có thể mở rộng sang các tỉnh lân cận"');
  });

  it('stops before a quotation a colon introduces, which is its own statement', () => {
    const q = quoteWith(ex, 'năm ngoái nước cũng về trong đêm');
    expect(q?.speaker).toBe('Lò Thị Nhàn');
    expect(q?.text).toBe('năm ngoái nước cũng về trong đêm, khi đó bà đã dặn con cháu');
    expect(quoteWith(ex, 'Thấy nước đục là phải chạy ngay')?.kind).toBe('direct');
  });

  it('stops before a few quoted words that are no statement (a label, a scare quote)', () => {
    const q = quoteWith(ex, 'tổ chức cuộc gặp cá nhân');
    expect(q?.speaker).toBe('Olav Berg');
    expect(q?.text).toBe('đề nghị người đồng cấp tổ chức cuộc gặp cá nhân trên lãnh thổ của');
    expect(quoteWith(ex, 'nước thứ ba')).toBeUndefined();
  });

  it('a verb whose words open on the quotation reports the quotation alone', () => {
    const ex2 = one('Bộ trưởng Lê Minh Quân nói "đây là lúc phải hành động ngay" trong cuộc họp chiều 9/3.');
    expect(ex2.quotes.filter((q) => q.kind === 'indirect')).toHaveLength(0);
    expect(quoteWith(ex2, 'đây là lúc phải hành động ngay')?.kind).toBe('partial');
  });
});
