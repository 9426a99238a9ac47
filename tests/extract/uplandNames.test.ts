import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-06-10');

describe('an Ê Đê name is called by the given name after "Y" or "H\'"', () => {
  it('"ông Thuận" after "ông Y Thuận Mlô" is him, under his whole name', () => {
    const ex = one(
      'Ông Y Thuận Mlô, Trưởng phòng Nông nghiệp huyện Krông Pắc, cho biết huyện đã hỗ trợ 2.000 cây giống.',
      '"Bà con không nên chặt cà phê để trồng sầu riêng", ông Thuận nói.',
    );
    expect(quoteWith(ex, 'không nên chặt cà phê')?.speaker).toBe('Y Thuận Mlô');
    expect(ex.speakers.map((s) => s.name)).not.toContain('Thuận');
  });

  it('"bà Nhi" after "bà H\'Nhi Byă" is her', () => {
    const ex = one(
      'Bà H\'Nhi Byă, người dân buôn Ko Sieer, cho biết cả nhà đã tiêm đủ hai mũi vắc xin.',
      '"Con tôi khỏe lại rồi", bà Nhi kể.',
    );
    expect(quoteWith(ex, 'Con tôi khỏe lại rồi')?.speaker).toBe('H\'Nhi Byă');
  });

  it('a Kinh name sharing the syllable still takes its own short form', () => {
    const ex = one(
      'Ông Y Thuận Mlô, Trưởng phòng Nông nghiệp huyện, cho biết huyện đã hỗ trợ cây giống.',
      'Ông Lê Văn Thuận, người dân xã Ea Yông, cho biết gia đình đã nhận 200 cây.',
      '"Giống tốt, chúng tôi rất mừng", ông Thuận nói.',
    );
    expect(quoteWith(ex, 'Giống tốt, chúng tôi rất mừng')?.speaker).toBe('Lê Văn Thuận');
  });
});
