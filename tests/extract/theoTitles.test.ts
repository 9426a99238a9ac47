import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-18');

describe('"Theo <named person>, <titles>, …": the titles are the attribution, not the words', () => {
  it('a title, and a title then its body, are left out of the statement', () => {
    const ex = one(
      'Theo ông Lạc Văn Thành, Phó giám đốc Sở Nông nghiệp tỉnh, diện tích lúa bị ngập đã giảm còn 300 ha.',
      'Theo bà Ninh Thị Hảo, Giám đốc Khối Phân tích thị trường, Ngân hàng Sao Mai (SMB), lãi suất huy động sẽ đi ngang đến cuối năm.',
    );
    const a = quoteWith(ex, 'diện tích lúa bị ngập');
    expect(a?.speaker).toBe('Lạc Văn Thành');
    expect(a?.text.startsWith('diện tích lúa')).toBe(true);
    const b = quoteWith(ex, 'lãi suất huy động sẽ đi ngang');
    expect(b?.speaker).toBe('Ninh Thị Hảo');
    expect(b?.text.startsWith('lãi suất huy động')).toBe(true);
  });

  it('a segment after the name that is already the statement stays in it', () => {
    const ex = one('Theo ông Lạc Văn Thành, giám đốc các hợp tác xã cần ký hợp đồng bao tiêu trước vụ gieo cấy.');
    expect(quoteWith(ex, 'cần ký hợp đồng bao tiêu')?.text).toContain('giám đốc các hợp tác xã');
  });
});
