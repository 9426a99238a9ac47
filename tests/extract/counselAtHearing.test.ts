import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('counsel for a party speaks at the hearing, not as an outside commentator', () => {
  it('"Luật sư X, bào chữa cho bị cáo Y, đề nghị HĐXX …" is dated by the hearing the lede names', () => {
    const ex = extractArticle([
      'Tại phiên tòa ngày 7.10, cựu thủ quỹ Công ty cấp nước huyện Đông Sơn thừa nhận đã lấy tiền quỹ để chơi chứng khoán.',
      'Ngày 7.10, TAND tỉnh mở phiên tòa sơ thẩm xét xử bị cáo Hoàng Thị Yến về tội tham ô tài sản.',
      'Luật sư Đinh Công Thái, bào chữa cho bị cáo Yến, đề nghị HĐXX xem xét việc bị cáo đã nộp lại toàn bộ số tiền.',
      'Ông Thái cũng kiến nghị làm rõ trách nhiệm kiểm tra quỹ của kế toán trưởng.',
    ], { published: '2024-10-08' });
    expect(quoteWith(ex, 'đã nộp lại toàn bộ số tiền')?.date).toBe('2024-10-07');
    expect(quoteWith(ex, 'trách nhiệm kiểm tra quỹ')?.date).toBe('2024-10-07');
  });

  it('a lawyer asked for comment on the case stays an outside voice, dated by the page', () => {
    const ex = extractArticle([
      'Tại phiên tòa ngày 7.10, cựu thủ quỹ Công ty cấp nước huyện Đông Sơn thừa nhận đã lấy tiền quỹ để chơi chứng khoán.',
      'Luật sư Lưu Văn Bách (Đoàn luật sư tỉnh) nhận định mức án đề nghị là tương xứng.',
    ], { published: '2024-10-08' });
    expect(quoteWith(ex, 'mức án đề nghị là tương xứng')?.date).toBe('2024-10-08');
  });
});
