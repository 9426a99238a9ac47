import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-04-12');

/** The quoted and partial statements of an extraction, as a reader would see them. */
function quotedTexts(ex: ReturnType<typeof one>): string[] {
  return ex.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);
}

describe('a few quoted words inside a phrase the sentence goes on with are a term, not a statement', () => {
  it('a term the noun phrase goes on after ("tạo nên “…” nguồn …", "mục tiêu “…” mùa này")', () => {
    const ex = one(
      'Ông Trịnh Văn Khoa, chủ nhiệm hợp tác xã, cho rằng bến cá mới sẽ tạo nên “cú hích” thu nhập cho ngư dân trong vụ tới.',
      'Bà Đinh Thị Nhàn cho biết đoàn kịch vẫn được tỉnh hỗ trợ và mục tiêu “hai vở mới” năm nay không thay đổi.',
    );
    expect(quotedTexts(ex)).toEqual([]);
    // The reports around the terms are still the speakers'.
    expect(quoteWith(ex, 'bến cá mới sẽ tạo nên')?.speaker).toBe('Trịnh Văn Khoa');
    expect(quoteWith(ex, 'đoàn kịch vẫn được tỉnh hỗ trợ')?.speaker).toBe('Đinh Thị Nhàn');
  });

  it('a term before a demonstrative or a verb of its own ("thời điểm “…” này", "“…” gồm")', () => {
    const ex = one(
      'Cô Mai Thị Hạnh, hiệu trưởng, mong phụ huynh chia sẻ với nhà trường trong giai đoạn “nước rút” này.',
      'Ông Hà Quang Vinh cho biết xã đã triển khai “ba không” gồm không rác, không khói và không nước thải.',
    );
    expect(quotedTexts(ex)).toEqual([]);
  });
});

describe('quoted words that end their clause or link to what follows stay statements', () => {
  it('quoted words before a comma, a stop or a preposition', () => {
    const ex = one(
      'Ông Trịnh Văn Khoa khẳng định giá cá năm nay “khó tăng thêm”, vì thương lái đã ép giá từ đầu vụ.',
      'Bà Đinh Thị Nhàn cho biết mùa diễn này là “thử thách lớn nhất” trong sự nghiệp của bà.',
    );
    expect(quoteWith(ex, 'khó tăng thêm')?.speaker).toBe('Trịnh Văn Khoa');
    expect(quoteWith(ex, 'thử thách lớn nhất')?.speaker).toBe('Đinh Thị Nhàn');
  });

  it('a quoted predicate opening on a word of degree or tense takes its object after the marks', () => {
    const ex = one('Bà Đinh Thị Nhàn cho biết khán giả dường như “rất thích” vở hài kịch của đoàn.');
    expect(quoteWith(ex, 'rất thích')?.speaker).toBe('Đinh Thị Nhàn');
  });

  it('an order given in quotation marks takes its object after them', () => {
    const ex = one('Ông Hà Quang Vinh, chủ tịch xã, đã yêu cầu các tổ tự quản “xử lý dứt điểm” tình trạng đổ rác bừa bãi.');
    expect(quoteWith(ex, 'xử lý dứt điểm')?.speaker).toBe('Hà Quang Vinh');
  });

  it('English quoted words followed by a noun', () => {
    const ex = one('Maria Holm, an analyst, said the new port was “the biggest change” local traders had seen in a decade.');
    expect(quoteWith(ex, 'the biggest change')?.speaker).toBe('Maria Holm');
  });
});

describe('one quoted Vietnamese syllable is a term, not a statement', () => {
  it('an adjective the press marks ("những phát biểu rất “gắt”")', () => {
    const ex = one('Tại phiên giải trình sáng qua, bộ trưởng các ngành Y tế, Thông tin và Truyền thông đã có những phát biểu rất “gắt”, thu hút sự chú ý của cử tri.');
    expect(quotedTexts(ex)).toEqual([]);
  });

  it('an English single word stays a partial quotation', () => {
    const ex = one('Maria Holm, an analyst, said talks with the union had been “constructive”.');
    expect(quoteWith(ex, 'constructive')?.speaker).toBe('Maria Holm');
  });
});
