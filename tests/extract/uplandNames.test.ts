import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-10');

describe('an Ê Đê name is called by the given name after "Y" or "H\'"', () => {
  it('"ông Khoa" after "ông Y Khoa Mlô" is him, under his whole name', () => {
    const ex = one(
      'Ông Y Khoa Mlô, Trưởng phòng Nông nghiệp huyện Ea Súp, cho biết huyện đã hỗ trợ 2.000 cây giống.',
      '"Bà con không nên bỏ lúa để trồng cỏ nuôi bò", ông Khoa nói.',
    );
    expect(quoteWith(ex, 'không nên bỏ lúa')?.speaker).toBe('Y Khoa Mlô');
    expect(ex.speakers.map((s) => s.name)).not.toContain('Khoa');
  });

  it('"bà Lan" after "bà H\'Lan Byă" is her', () => {
    const ex = one(
      'Bà H\'Lan Byă, người dân buôn Ko Sieer, cho biết cả buôn đã nhận gạo cứu trợ.',
      '"Gạo về kịp lúc quá", bà Lan kể.',
    );
    expect(quoteWith(ex, 'Gạo về kịp lúc quá')?.speaker).toBe('H\'Lan Byă');
  });

  it('a Kinh name sharing the syllable still takes its own short form', () => {
    const ex = one(
      'Ông Y Khoa Mlô, Trưởng phòng Nông nghiệp huyện, cho biết huyện đã hỗ trợ cây giống.',
      'Ông Lê Văn Khoa, người dân xã Ea Yông, cho biết gia đình đã nhận 200 cây.',
      '"Giống tốt, chúng tôi rất mừng", ông Khoa nói.',
    );
    expect(quoteWith(ex, 'Giống tốt, chúng tôi rất mừng')?.speaker).toBe('Lê Văn Khoa');
  });
});
