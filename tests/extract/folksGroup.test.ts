import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-10-08');

describe('"bà con" (the folks of a place) are a group, never the woman last named', () => {
  it('after a woman is named, "Theo bà con, …" and "“…”, bà con kể." are kept with no speaker', () => {
    const ex = one(
      'Bà Hà Thị Lụa, Chủ tịch UBND xã, cho biết cây cầu tạm được dựng từ đầu tháng.',
      'Theo bà con, con suối dâng nước rất nhanh sau mỗi trận mưa lớn.',
      '“Mỗi lần qua suối là một lần thót tim, chúng tôi chỉ mong có cây cầu kiên cố”, bà con trong bản kể.',
      'Theo bà, xã đã đề nghị huyện hỗ trợ kinh phí làm cầu mới.',
    );
    expect(quoteWith(ex, 'cây cầu tạm được dựng')?.speaker).toBe('Hà Thị Lụa');
    expect(quoteWith(ex, 'con suối dâng nước')?.speaker).toBeNull();
    expect(quoteWith(ex, 'thót tim')?.speaker).toBeNull();
    // "Theo bà, …" is still her.
    expect(quoteWith(ex, 'hỗ trợ kinh phí làm cầu mới')?.speaker).toBe('Hà Thị Lụa');
  });
});
