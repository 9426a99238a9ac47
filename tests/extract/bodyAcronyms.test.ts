import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-11-20');

describe('a body named in full with its acronym in brackets', () => {
  it('"và" inside a name its acronym closes is part of the name; the acronym alone is that body', () => {
    const ex = one(
      'Viện Nghiên cứu và Phát triển Năng lượng Biển (OERI) ngày 18/11 cho biết sản lượng điện gió ngoài khơi sẽ tăng gấp ba.',
      'OERI ước tính sẽ cần khoảng 40 tỷ USD vốn đầu tư đến năm 2035.',
    );
    const name = 'Viện Nghiên cứu và Phát triển Năng lượng Biển (OERI)';
    expect(quoteWith(ex, 'sản lượng điện gió ngoài khơi')?.speaker).toBe(name);
  });

  it('a foreign acronym its letters do not spell still stands for the body named before it', () => {
    const ex = one(
      'Hiệp hội Cao su Đông Nam Á (SARA) cho biết giá mủ cao su đã tăng 15% trong quý ba.',
      'SARA nhấn mạnh nhu cầu lốp xe ở châu Âu đang phục hồi chậm.',
    );
    expect(quoteWith(ex, 'giá mủ cao su')?.speaker).toBe('Hiệp hội Cao su Đông Nam Á (SARA)');
    expect(quoteWith(ex, 'nhu cầu lốp xe')?.speaker).toBe('Hiệp hội Cao su Đông Nam Á (SARA)');
  });

  it('two bodies joined by "và", the acronym spelling the second: the first is not renamed', () => {
    const ex = one(
      'Cục Hải quan và Kho bạc Nhà nước (KBNN) đã phối hợp thu ngân sách tại cửa khẩu.',
      'KBNN cho biết số thu qua cửa khẩu tăng 12% so với cùng kỳ.',
    );
    expect(quoteWith(ex, 'số thu qua cửa khẩu')?.speaker).toBe('Kho bạc Nhà nước (KBNN)');
  });
});
