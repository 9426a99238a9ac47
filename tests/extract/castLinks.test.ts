import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { extractOn, makeDoc, quoteWith } from '../helpers/articles.js';

// Articles written for these tests: their people are invented.
const one = extractOn('2024-10-02');
const on = { published: '2024-10-02' };

describe('two pages, two people with close names', () => {
  it('"Nguyễn Thị Hoa" of one page is not "Nguyễn Thị Mai Hoa" of another: Vietnamese names keep their middle names', () => {
    const ex = extractCorpus([
      makeDoc(['Bà Nguyễn Thị Mai Hoa, Giám đốc Công ty Hồng Phát, cho biết doanh thu quý ba tăng gần một phần năm.'], on),
      makeDoc([
        'Chúng tôi đã gặp bà Nguyễn Thị Hoa (mẹ của nạn nhân) tại nhà riêng vào chiều qua.',
        '“Tôi chỉ mong cơ quan điều tra sớm làm rõ sự việc để con tôi được yên nghỉ”, bà Hoa nói.',
      ], on),
    ]);
    expect(quoteWith(ex, 'sớm làm rõ sự việc')?.speaker).toBe('Nguyễn Thị Hoa');
  });

  it('"bà T." of one page is not the "Nguyễn Thị T." of another: an initial names no one outside its page', () => {
    const ex = extractCorpus([
      makeDoc(['Bà Nguyễn Thị T. (45 tuổi, hàng xóm của gia đình) cho biết đêm đó bà nghe thấy tiếng cãi vã rất lớn.'], on),
      makeDoc(['Bà T. chia sẻ, cả gia đình vẫn chưa tin chuyện vừa xảy ra với người em trai của mình.'], on),
    ]);
    expect(quoteWith(ex, 'vẫn chưa tin chuyện vừa xảy ra')?.speaker).not.toBe('Nguyễn Thị T');
  });
});

describe('two pages, one short name', () => {
  it('"bà Hòa" of one page is not the "ông Trần Văn Hòa" of another', () => {
    const ex = extractCorpus([
      makeDoc(['Ông Trần Văn Hòa, Chi cục trưởng Chi cục Thú y, cho biết dịch đã được khống chế tại hai xã.'], on),
      makeDoc(['Bà Hòa, thôn Đông Sơn, cho biết nước lên rất nhanh từ nửa đêm và cả xóm phải dời lên đồi.'], on),
    ]);
    expect(quoteWith(ex, 'nước lên rất nhanh')?.speaker).toBe('Hòa');
  });

  it('"chị Lê Phan" of one page is not a misspelt "Lê Thanh Phong" of another: both are Vietnamese syllables', () => {
    const ex = extractCorpus([
      makeDoc(['GS Lê Thanh Phong, Hiệu trưởng Trường ĐH Kỹ thuật, cho rằng sinh viên cần được thực tập sớm hơn.'], on),
      makeDoc(['Chị Lê Phan, chủ tịch câu lạc bộ khởi nghiệp, cho biết ban giám khảo năm nay đến từ năm quốc gia.'], on),
    ]);
    expect(quoteWith(ex, 'ban giám khảo năm nay')?.speaker).toBe('Lê Phan');
  });
});

describe('a person named in brackets after another', () => {
  it('"bà" after "Bà X (mẹ chồng chị Y)" is X, the one the brackets describe, not Y', () => {
    const ex = one(
      'Chị Đặng Thị Y. (35 tuổi) là nạn nhân của vụ cướp trên đường làng tối 30/9.',
      'Bà Lưu Thị Kim (mẹ chồng chị Y.) từ hôm đó không ăn uống được gì. Khi được hỏi về con dâu, bà vừa khóc vừa nói: “Nó hiền lành, chăm chỉ, chưa từng làm mất lòng ai trong xóm”.',
    );
    expect(quoteWith(ex, 'chưa từng làm mất lòng ai')?.speaker).toBe('Lưu Thị Kim');
  });
});
