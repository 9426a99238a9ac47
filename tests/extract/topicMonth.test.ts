import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-10-10');

describe('a month told about in a sentence reporting no words does not date the paragraph\'s next words', () => {
  it('"X tiết lộ hóa đơn tiền nước tháng 9 …, còn bà Y mong …": Y spoke on the page\'s day, not in September', () => {
    const ex = one(
      'Giá nước sinh hoạt tại thành phố tăng 6% từ đầu tháng này.',
      'Không phải ai cũng đồng tình. Ông Phạm Văn Thắng, chủ một tiệm rửa xe ở phường Tân Mai, tiết lộ hóa đơn tiền nước tháng 9 của tiệm đã gần 5 triệu đồng. Bà Cao Thị Huệ, chủ quán ăn ở chợ Tân Mai, mong công ty cấp nước công khai chi phí để người dân hiểu.',
    );
    expect(quoteWith(ex, 'công khai chi phí để người dân hiểu')?.date).toBe('2024-10-10');
  });
});
