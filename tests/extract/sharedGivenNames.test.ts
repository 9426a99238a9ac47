import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const extract = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-09-10' });

describe('two people of one page called by the same given name', () => {
  const ex = extract([
    'Ông Nguyễn Văn Hùng, Giám đốc Sở Xây dựng, cho biết dự án đã được phê duyệt. Ông Hùng nói thêm: “Chúng tôi sẽ khởi công vào quý tới”.',
    'Trong khi đó, ông Trần Mạnh Hùng, Chủ tịch UBND huyện, cho rằng tiến độ giải phóng mặt bằng còn chậm. “Người dân chưa đồng thuận với giá đền bù”, ông Hùng nói.',
    'Ông Nguyễn Văn Hùng cũng thừa nhận hồ sơ còn thiếu sót. “Chúng tôi sẽ bổ sung trong tuần này”, ông Hùng cho biết.',
  ]);

  it('"ông Hùng" in the paragraph that named the second Hùng is the second, however often the first was named', () => {
    expect(quoteWith(ex, 'Người dân chưa đồng thuận')?.speaker).toBe('Trần Mạnh Hùng');
  });

  it('"ông Hùng" in the paragraph that named the first Hùng is the first', () => {
    expect(quoteWith(ex, 'Chúng tôi sẽ khởi công')?.speaker).toBe('Nguyễn Văn Hùng');
    expect(quoteWith(ex, 'bổ sung trong tuần này')?.speaker).toBe('Nguyễn Văn Hùng');
  });

  it('with both named in the paragraph, neither is shown', () => {
    const both = extract([
      'Ông Lê Quang Minh và ông Phạm Đức Minh cùng dự buổi đối thoại. “Giá điện cần minh bạch hơn”, ông Minh nói.',
    ]);
    const q = quoteWith(both, 'Giá điện cần minh bạch hơn');
    expect(q?.speaker ?? null).toBeNull();
  });
});
