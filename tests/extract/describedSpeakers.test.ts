import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const extract = extractOn('2025-05-12');
const OPENING = '"Chúng tôi đã chờ quá lâu rồi", ông Phan Văn Khải nói.';

describe('someone described, not named, speaks: what follows is not the last named speaker\'s', () => {
  it('"người này nói" after "một bị hại cho biết" is the victim, not the man named before', () => {
    const ex = extract(OPENING,
      'Bên ngoài phòng xử, một bị hại ở Sóc Sơn cho biết gia đình đã mất hết tiền. "Tôi chỉ mong lấy lại tiền gốc", người này nói.');
    expect(quoteWith(ex, 'lấy lại tiền gốc')).toMatchObject({ speaker: null, kind: 'direct' });
    expect(quoteWith(ex, 'chờ quá lâu')?.speaker).toBe('Phan Văn Khải');
  });

  it('"ông cho biết thêm" after an unnamed official or resident is not the man named before', () => {
    for (const someone of ['Một lãnh đạo phường', 'Một người dân']) {
      const ex = extract(OPENING,
        `${someone} cho biết hồ sơ đã được chuyển lên quận. Ông cho biết thêm phường sẽ tổ chức đối thoại trong tháng sau.`);
      expect(quoteWith(ex, 'tổ chức đối thoại')?.speaker ?? null).toBeNull();
    }
  });

  it('a named speaker after the unnamed one is read as before', () => {
    const ex = extract(OPENING,
      'Một cán bộ phường cho biết hồ sơ đã được chuyển lên quận.',
      'Ông Phan Văn Khải nói thêm: "Chúng tôi sẽ chờ đến cuối tháng".');
    expect(quoteWith(ex, 'chờ đến cuối tháng')?.speaker).toBe('Phan Văn Khải');
  });
});

describe('the manner of saying that ends a sentence after a quotation', () => {
  it('"“…”, chị X bức xúc." and "…, anh Y ngậm ngùi." name the speaker', () => {
    const ex = extract(OPENING,
      '"Tôi chỉ cần đúng như hợp đồng", chị Đỗ Thị Mơ bức xúc.',
      '"Ba năm rồi vẫn chưa có sổ", anh Lò Văn Tài ngậm ngùi.');
    expect(quoteWith(ex, 'đúng như hợp đồng')?.speaker).toBe('Đỗ Thị Mơ');
    expect(quoteWith(ex, 'chưa có sổ')?.speaker).toBe('Lò Văn Tài');
  });

  it('"“…”, ông X trình bày." before a court names the speaker', () => {
    const ex = extract(OPENING, '"Bị cáo xin được về với gia đình để chăm sóc mẹ già", ông Vi Văn Thành trình bày.');
    expect(quoteWith(ex, 'chăm sóc mẹ già')?.speaker).toBe('Vi Văn Thành');
  });

  it('a feeling with its cause is no report', () => {
    const ex = extract(OPENING, 'Bà Lê Thị Hoa bức xúc vì tiền phí tăng gấp đôi.');
    expect(ex.quotes.map((q) => q.speaker)).toEqual(['Phan Văn Khải']);
  });

  it('a person named after the quotation with words no rule reads is never the speaker before', () => {
    const ex = extract(OPENING, '"Ba năm rồi vẫn chưa có sổ", chị Đỗ Thị Mơ rưng rưng.');
    expect(quoteWith(ex, 'chưa có sổ')).toMatchObject({ speaker: null, kind: 'direct' });
  });
});

describe('a body\'s leader named above as its deputy head', () => {
  it('"lãnh đạo Cục X đánh giá" after "ông Y, Cục phó Cục X" is not shown as the label "Lãnh đạo Cục X"', () => {
    const ex = extract(
      'Nhận định trên được ông Lâm Văn Hải, Cục phó Cục Đường thủy, Bộ Xây dựng đưa ra tại tọa đàm chiều 11/5.',
      '"Tốc độ nạo vét luồng năm nay nhanh nhất từ trước tới nay", lãnh đạo Cục Đường thủy đánh giá.',
    );
    expect(quoteWith(ex, 'nạo vét luồng')?.speaker ?? null).not.toBe('Lãnh đạo Cục Đường thủy');
  });
});
