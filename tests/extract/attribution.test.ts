import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, quoteWith } from './docs.js';

const one = (...paragraphs: string[]) => extractCorpus([makeDoc(paragraphs, { published: '2023-05-10' })]);

describe('attribution patterns', () => {
  const verbs = [
    'nói', 'cho biết', 'cho hay', 'nhấn mạnh', 'khẳng định', 'tuyên bố', 'chia sẻ', 'bày tỏ', 'nêu rõ', 'lưu ý',
    'giải thích', 'cảnh báo', 'xác nhận', 'nói thêm',
  ];
  it.each(verbs)('colon form with "%s" attributes a direct quote', (verb) => {
    const ex = one(`Bộ trưởng Tài chính Karl Olsen ${verb}: “Ngân sách năm nay sẽ ưu tiên cho y tế và giáo dục”.`);
    const q = quoteWith(ex, 'Ngân sách năm nay');
    expect(q?.speaker).toBe('Karl Olsen');
    expect(q?.kind).toBe('direct');
    expect(q?.text).toBe('Ngân sách năm nay sẽ ưu tiên cho y tế và giáo dục');
  });

  it('postposed form: “…”, bà X nói.', () => {
    const ex = one(
      'Ngoại trưởng Anna Berg đã đến Oslo trong chuyến công du ngắn.',
      '“Chúng tôi cần thêm thời gian để đánh giá tình hình”, bà Berg nói.',
    );
    const q = quoteWith(ex, 'Chúng tôi cần thêm thời gian');
    expect(q?.speaker).toBe('Anna Berg');
    expect(q?.kind).toBe('direct');
  });

  it('"Theo ông X," before a quotation attributes it; "Theo truyền thông" does not', () => {
    const ex = one(
      'Ông Marco Rossi là chuyên gia kinh tế.',
      'Theo ông Rossi, “lạm phát sẽ còn ở mức cao trong ít nhất hai quý tới”.',
      'Theo truyền thông địa phương, nhà máy sẽ đóng cửa vào cuối tháng này.',
    );
    expect(quoteWith(ex, 'lạm phát sẽ còn')?.speaker).toBe('Marco Rossi');
    expect(quoteWith(ex, 'lạm phát sẽ còn')?.kind).toBe('direct');
    expect(quoteWith(ex, 'nhà máy sẽ đóng cửa')).toBeUndefined();
  });

  it('"A dẫn lời X cho biết" attributes to X, not to the outlet', () => {
    const ex = one('Hãng tin Reuters dẫn lời ông Marco Rossi cho biết “cuộc đàm phán đã đạt được nhiều tiến triển đáng kể”.');
    expect(quoteWith(ex, 'cuộc đàm phán đã đạt')?.speaker).toBe('Marco Rossi');
  });

  it('a quotation governed by a verb but followed by more words is partial; two pieces give two partial quotes', () => {
    const ex = one('Bà Anna Berg cho biết “chính phủ sẽ hỗ trợ người dân” trong mùa đông, “nhưng ngân sách có giới hạn rõ ràng”.');
    const a = quoteWith(ex, 'chính phủ sẽ hỗ trợ');
    const b = quoteWith(ex, 'nhưng ngân sách');
    expect([a?.kind, b?.kind]).toEqual(['partial', 'partial']);
    expect([a?.speaker, b?.speaker]).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('"X nói thêm rằng “…”." ending the sentence is direct', () => {
    const ex = one('Ông Karl Olsen nói thêm rằng “chúng ta sẽ phải xem kết quả trong thực tế”.');
    expect(quoteWith(ex, 'chúng ta sẽ phải xem')?.kind).toBe('direct');
  });

  it('reported speech without quotation marks is an indirect quote with the reported clause as text', () => {
    const ex = one('Bà Anna Berg cho biết chính phủ sẽ công bố kế hoạch cải cách vào cuối năm.');
    const q = ex.quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker).toBe('Anna Berg');
    expect(q?.text).toBe('chính phủ sẽ công bố kế hoạch cải cách vào cuối năm');
  });

  it('"nói" needs "rằng" before unquoted words; "nói rằng" and "nói với … rằng" report speech', () => {
    const ex = one(
      'Ông Karl Olsen nói chuyện với các sinh viên trong hội trường lớn.',
      'Ông Karl Olsen nói với các phóng viên rằng thuế nhập khẩu sẽ không thay đổi.',
    );
    const indirect = ex.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);
    expect(indirect).toEqual(['thuế nhập khẩu sẽ không thay đổi']);
  });

  it('an organisation speaks when no person is given', () => {
    const ex = one('Bộ Ngoại giao Đan Mạch cho biết: “Đại sứ quán sẽ tạm đóng cửa trong một tuần”.');
    expect(quoteWith(ex, 'Đại sứ quán sẽ tạm')?.speaker).toBe('Bộ Ngoại giao Đan Mạch');
  });

  it('a single-quoted statement counts only with a reporting verb', () => {
    const ex = one(
      "Ông Karl Olsen khẳng định: 'Chúng tôi sẽ không tăng thuế trong năm nay'.",
      "Bài viết có tựa 'Mùa đông ở phương bắc xa xôi' được nhiều người đọc.",
    );
    expect(quoteWith(ex, 'Chúng tôi sẽ không tăng thuế')?.speaker).toBe('Karl Olsen');
    expect(quoteWith(ex, 'Mùa đông ở phương bắc')).toBeUndefined();
  });
});
