import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const extract = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-09-10' });

describe('a person after "của" before the verb owns what the subject is, and does not speak', () => {
  it('the described one named before the commas speaks', () => {
    const ex = extract(['Chị Lò Thị Mai, 27 tuổi, thợ dệt trong xưởng thổ cẩm của bà Vi Thị Ngân kể, “mỗi tấm khăn mất gần một tuần mới xong”.']);
    expect(quoteWith(ex, 'mỗi tấm khăn')?.speaker).toBe('Lò Thị Mai');
  });

  it('with nobody named before, the owner is not shown as the speaker', () => {
    const ex = extract(['Năm nay, thợ phụ trong xưởng mộc của ông Đinh Quang Vũ nói, “đơn hàng giảm gần một nửa so với năm ngoái”.']);
    expect(ex.quotes.filter((q) => q.speaker === 'Đinh Quang Vũ')).toEqual([]);
  });

  it('the owner who opens the phrase still speaks', () => {
    const ex = extract(['Ông Đinh Quang Vũ, chủ xưởng mộc, nói: “Đơn hàng giảm gần một nửa so với năm ngoái”.']);
    expect(quoteWith(ex, 'Đơn hàng giảm')?.speaker).toBe('Đinh Quang Vũ');
  });
});

describe('a unit of the armed forces in a title is no name', () => {
  it('the pronoun after a title ending on the border guard finds its holder', () => {
    const ex = extract([
      'Đại tá Lường Văn Khánh, Chỉ huy trưởng Bộ đội Biên phòng tỉnh, đã đến thăm điểm trường vùng cao. Ông cho biết: “Năm học này các em có thêm hai phòng học mới”.',
    ]);
    expect(quoteWith(ex, 'hai phòng học mới')?.speaker).toBe('Lường Văn Khánh');
  });

  it('the pronoun after a title ending on the military command finds its holder, not a word of the unit', () => {
    const ex = extract([
      'Thượng tá Vàng A Sùng, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, đã kiểm tra đợt diễn tập và ông nhận xét: “Các chiến sĩ phối hợp nhịp nhàng”.',
    ]);
    expect(quoteWith(ex, 'phối hợp nhịp nhàng')?.speaker).toBe('Vàng A Sùng');
  });
});

describe('an English possessive before a title says whose it is', () => {
  it("'his wife' is not the lawyer named before", () => {
    const ex = extract([
      'Peter Lindgren was cleared on Tuesday of smuggling diesel across the bay. His lawyer, Anna Ekberg, told reporters: "This case should never have reached a courtroom."',
      'His wife told the local radio: "Peter can finally go back to sea with his crew next week."',
    ]);
    expect(quoteWith(ex, 'go back to sea')?.speaker ?? null).not.toBe('Anna Ekberg');
  });
});
