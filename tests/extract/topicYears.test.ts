import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('a year counted from now inside the clause is what the words are about, not when they were said', () => {
  it('"Nhắc lại câu chuyện cách đây 3 năm, ông X cho biết" is dated by the page\'s day, not three years back', () => {
    const ex = extractArticle([
      'Sáng 12/5, Hội đồng nhân dân tỉnh họp phiên chất vấn về quản lý đất đai.',
      'Nhắc lại câu chuyện sốt đất nền cách đây 3 năm, ông Lê Minh Quang, Giám đốc Sở Tài nguyên, cho biết khi đó chính quyền đã cấm chuyển nhượng nhưng giao dịch ngầm vẫn diễn ra.',
    ], { published: '2022-05-12' });
    expect(quoteWith(ex, 'giao dịch ngầm vẫn diễn ra')?.date).toBe('2022-05-12');
  });

  it('"dự báo kim ngạch năm nay" is the forecast\'s year, not the day of the words', () => {
    const ex = extractArticle([
      'Chiều 8/7, Cục Hải quan tổ chức họp báo về kết quả sáu tháng đầu năm.',
      'Bà Đoàn Thị Mỹ Hạnh, người phát ngôn của Cục, dự báo kim ngạch năm nay có thể vượt 800 tỉ USD, đồng thời nhấn mạnh "không đặt mục tiêu bằng mọi giá".',
    ], { published: '2024-07-09' });
    expect(quoteWith(ex, 'không đặt mục tiêu bằng mọi giá')?.date).toBe('2024-07-08');
  });

  it('opening the sentence, "Năm ngoái, ông X nói" still dates the words to last year', () => {
    const ex = extractArticle([
      'Năm ngoái, ông Trương Gia Bảo, Chủ tịch hiệp hội, nói: “Ngành gỗ sẽ phục hồi khi đơn hàng trở lại”.',
    ], { published: '2024-07-09' });
    expect(quoteWith(ex, 'Ngành gỗ sẽ phục hồi')?.date).toBe('2023');
  });
});
