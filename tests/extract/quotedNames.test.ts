import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-10-08');

describe('a few capitalised quoted words the sentence goes on after name a thing', () => {
  const ex = one(
    'Chiều 7/10, bà Phan Thị Lụa, Chủ tịch UBND phường, cho biết ông Đỗ Văn Sơn, hiệu trưởng, đã nhận sai khi cho phát hành “Phiếu đóng góp tự nguyện” không đúng quy định.',
    'Theo bà Lụa, ông Sơn thừa nhận “Phiếu đóng góp tự nguyện” do nhà trường in và phát cho học sinh.',
  );

  it('a document named in quotation marks is no statement, whoever the sentence credits', () => {
    expect(ex.quotes.filter((q) => q.kind !== 'indirect' && q.text.includes('Phiếu đóng góp'))).toEqual([]);
  });

  it('the reported words around it are still the speaker’s', () => {
    expect(quoteWith(ex, 'đã nhận sai khi cho phát hành')?.speaker).toBe('Phan Thị Lụa');
  });
});

describe('capitalised quoted words that are said, not named, stay statements', () => {
  it('a short quotation that ends the sentence after its verb', () => {
    const ex = one('Ông Đỗ Văn Sơn, hiệu trưởng nhà trường, khẳng định “Mọi khoản thu đã được hoàn trả”.');
    const q = quoteWith(ex, 'Mọi khoản thu đã được hoàn trả');
    expect(q?.speaker).toBe('Đỗ Văn Sơn');
    expect(q?.kind).toBe('direct');
  });

  it('words in the first person, even with the sentence going on after them', () => {
    const ex = one('Ông Đỗ Văn Sơn nói “Tôi xin nhận lỗi” trước toàn thể phụ huynh của trường.');
    expect(quoteWith(ex, 'Tôi xin nhận lỗi')?.speaker).toBe('Đỗ Văn Sơn');
  });
});

describe('a book after "sách" and a nickname after "gọi vui là" are named, not said', () => {
  const ex = one(
    'Nhà thơ Quách Văn Khải phát biểu tại buổi ra mắt sách “Đi, về và ở lại” của nhà văn Lê Thị Hòe.',
    'Bà Lê Thị Hòe, trưởng ban quản lý chợ, cho biết chợ đêm mở cửa đến 2 giờ sáng. Khu chợ còn được gọi vui là “phố không bao giờ ngủ”, bởi khách đến cả khi trời đã sáng.',
  );

  it('neither is a quotation', () => {
    expect(ex.quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });

  it('the report before the nickname is still the speaker’s', () => {
    expect(quoteWith(ex, 'chợ đêm mở cửa đến 2 giờ sáng')?.speaker).toBe('Lê Thị Hòe');
  });
});
