import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-10-03');

describe('an interview answer after its speaker label, with a scare quote inside', () => {
  const ex = one(
    'Nhân dịp kỷ niệm 30 năm thành lập hội, nhà văn Lâm Thị Diệu dành cho báo Thử cuộc phỏng vấn ngắn.',
    'Phóng viên: Bà đánh giá thế nào về chặng đường vừa qua?',
    'Nhà văn Lâm Thị Diệu: Trước hết, tôi cảm ơn quý báo đã dành thời gian cho cuộc trò chuyện này. Chúng tôi hay dùng chữ “bước ngoặt” khi nhắc tới năm 1995, nhưng thật ra hội đã lớn lên từng ngày.',
  );

  it('the whole answer is the labelled speaker\'s', () => {
    const q = quoteWith(ex, 'tôi cảm ơn quý báo đã dành thời gian');
    expect(q?.speaker).toBe('Lâm Thị Diệu');
    expect(q?.text.startsWith('Trước hết, tôi cảm ơn quý báo')).toBe(true);
    expect(q?.text).toContain('hội đã lớn lên từng ngày');
  });
});
