import { describe, expect, it } from 'vitest';
import { sexOfName } from '../../src/extract/nameSex.js';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-03-03');

describe('the middle word of a Vietnamese name says the sex a pronoun must have', () => {
  it('reads "Thị" as a woman and "Văn" as a man, with or without marks', () => {
    expect(sexOfName('Lê Thị Khuyên')).toBe('f');
    expect(sexOfName('Le Thi Hoa')).toBe('f');
    expect(sexOfName('Trần Văn Nam')).toBe('m');
    expect(sexOfName('Tran Van Nam')).toBe('m');
  });

  it('says nothing of other middle words, short names or names that open on no Vietnamese family name', () => {
    expect(sexOfName('Nguyễn Minh Châu')).toBeNull();
    expect(sexOfName('Văn Lưỡng')).toBeNull();
    expect(sexOfName('Anna van der Berg')).toBeNull();
    expect(sexOfName('Peter Van Dam')).toBeNull();
  });

  it('an English "he said" is not given to a woman named "Thi" just before', () => {
    const ex = one(
      'Le Thi Hoa, a trader in Can Tho, said buyers from Africa are calling every day.',
      'Tuan, a farmer in Ca Mau, said he has not sold his catch yet.',
      'The province needs more trucks for the harvest, he said, adding that the plan is ready.',
    );
    expect(quoteWith(ex, 'buyers from Africa are calling')?.speaker).toBe('Le Thi Hoa');
    expect(quoteWith(ex, 'needs more trucks')?.speaker ?? null).not.toBe('Le Thi Hoa');
  });

  it('"she said" still goes to her', () => {
    const ex = one(
      'Le Thi Hoa, a trader in Can Tho, said buyers from Africa are calling every day.',
      '"Prices have doubled since January," she said.',
    );
    expect(quoteWith(ex, 'Prices have doubled since January')?.speaker).toBe('Le Thi Hoa');
  });

  it('"bà" in Vietnamese copy is not a man named "Văn" without "ông"', () => {
    const ex = one(
      'Kỹ sư Nguyễn Văn Khoát cho biết sản lượng cà phê năm nay giảm gần một phần ba.',
      'Bà cho biết thêm giá phân bón đã tăng gấp rưỡi so với năm ngoái.',
    );
    expect(quoteWith(ex, 'sản lượng cà phê năm nay giảm')?.speaker).toBe('Nguyễn Văn Khoát');
    expect(quoteWith(ex, 'giá phân bón đã tăng gấp rưỡi')?.speaker ?? null).not.toBe('Nguyễn Văn Khoát');
  });
});
