import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-05-10');

describe('words someone else said, recalled in a when-clause, are not the recaller\'s', () => {
  it('"He recalled his trip, when a young fish farmer told him: “…”" is shown with no speaker, not "He"', () => {
    const ex = one(
      'Deputy Minister Hoang Van Kiet met his Danish counterpart in Hanoi on Friday.',
      'Kiet said Vietnam hoped for more support in aquaculture. He recalled his own trip to Jutland in 2015, when a young fish farmer told him: "Clean water is the only secret we have."',
    );
    const q = quoteWith(ex, 'Clean water is the only secret');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });

  it('"Ông X nhắc lại chuyện năm ấy, khi bà Y nói với ông: “…”" gives the words to Y', () => {
    const ex = one(
      'Bà Lò Thị Mẩy, 70 tuổi, sống ở bản Nậm Khẳm đã nhiều năm.',
      'Ông Vàng A Chu, trưởng bản, kể lại lúc lũ về ông phải gõ kẻng suốt đêm.',
      'Ông Chu nhắc lại chuyện năm ấy, khi bà Mẩy nói với ông: "Tôi không đi đâu cả, nhà này là của ông bà để lại".',
    );
    expect(quoteWith(ex, 'Tôi không đi đâu cả')?.speaker).toBe('Lò Thị Mẩy');
  });

  it('"…, khi một người nuôi cá nói với ông: “…”" names nobody rather than the one who recalls it', () => {
    const ex = one(
      'Thứ trưởng Hoàng Văn Kiệt thăm một trang trại cá ở Đan Mạch hôm thứ Sáu.',
      'Ông Kiệt nhớ lại chuyến đi năm 2015, khi một người nuôi cá nói với ông: "Nước sạch là bí quyết duy nhất của chúng tôi".',
    );
    const q = quoteWith(ex, 'Nước sạch là bí quyết');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });

  it('"when asked …:" keeps the sentence\'s own speaker', () => {
    const ex = one('Chị Lò Thị Hoa cho biết khi được hỏi về việc di dời: "Chúng tôi sẵn sàng chuyển lên chỗ cao trước mùa mưa".');
    expect(quoteWith(ex, 'sẵn sàng chuyển lên chỗ cao')?.speaker).toBe('Lò Thị Hoa');
  });
});
