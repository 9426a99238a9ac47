import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-02');

describe('"chia sẻ" a clip, a photo or a post shares it; it reports nothing', () => {
  it('"X chia sẻ đoạn clip …" is no statement of X', () => {
    const ex = one('Tối 1/9, ca sĩ Lâm Bảo Trâm đã chia sẻ đoạn clip hậu trường buổi tập trên trang cá nhân và nhận hàng chục nghìn lượt thích.');
    expect(quoteWith(ex, 'hậu trường buổi tập')).toBeUndefined();
  });

  it('nor is the sentence after it, which tells what the clip shows', () => {
    const ex = one('Nam diễn viên Trịnh Gia Bảo vừa chia sẻ một đoạn clip ngắn ghi lại cảnh quay dưới mưa ở Đà Lạt. Trong clip có cảnh cả đoàn phim đứng trú mưa dưới mái hiên một quán cà phê.');
    expect(quoteWith(ex, 'cảnh quay dưới mưa')).toBeUndefined();
    expect(quoteWith(ex, 'đứng trú mưa dưới mái hiên')).toBeUndefined();
  });

  it('"chia sẻ bức ảnh …", "chia sẻ loạt ảnh …" likewise', () => {
    const ex = one('Vận động viên Hà Minh Thư chia sẻ loạt ảnh cùng đồng đội sau khi giành huy chương vàng tại giải châu Á.');
    expect(quoteWith(ex, 'cùng đồng đội sau khi giành huy chương')).toBeUndefined();
  });

  it('what someone shares about something, or after a colon, is still their statement', () => {
    const ex = one('Ca sĩ Lâm Bảo Trâm chia sẻ chị đã tập luyện suốt ba tháng cho đêm nhạc này.', 'Trịnh Gia Bảo chia sẻ: “Clip ấy quay vội nhưng tôi rất thích”.');
    expect(quoteWith(ex, 'tập luyện suốt ba tháng')?.speaker).toBe('Lâm Bảo Trâm');
    expect(quoteWith(ex, 'Clip ấy quay vội')?.speaker).toBe('Trịnh Gia Bảo');
  });
});
