import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a title, a comma, then "ông/bà Y" before a described colon', () => {
  it('Y holds the title; the capitalised words after the title are the team, not a person', () => {
    const ex = one(
      'Ở phía bên kia, HLV trưởng Lâm Viên Xanh, ông Marco Ferreira, dành lời khen cho đối thủ: “Đội bạn chơi thứ bóng đá hiện đại nhất giải năm nay. Họ xứng đáng thắng”.',
    );
    const q = quoteWith(ex, 'Đội bạn chơi thứ bóng đá hiện đại');
    expect(q?.speaker).toBe('Marco Ferreira');
  });

  it('a title with its holder named right after it keeps that holder', () => {
    const ex = one('HLV trưởng Lê Văn Tám dành lời khen cho đối thủ: “Đội bạn chơi thứ bóng đá hiện đại nhất giải năm nay”.');
    expect(quoteWith(ex, 'Đội bạn chơi thứ bóng đá')?.speaker).toBe('Lê Văn Tám');
  });
});
