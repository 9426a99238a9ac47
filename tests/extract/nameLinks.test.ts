import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { writtenAlike } from '../../src/extract/nameLinks.js';
import { makeDoc, quoteWith } from '../helpers/articles.js';

// Articles written for these tests: their people are invented.
const on = { published: '2024-10-02' };

describe('a name of one page is never shown as a different name of another page', () => {
  it('"Đàm" is not "Trần Văn Đam": the marks of a Vietnamese name are part of it', () => {
    const ex = extractCorpus([
      makeDoc(['Phó Thủ tướng Trần Văn Đam cho biết kỳ thi năm nay sẽ giữ ổn định như năm trước.'], on),
      makeDoc([
        'Đêm nhạc kỷ niệm 20 năm ca hát tối qua kín chỗ từ hàng ghế đầu đến ban công.',
        '“Tôi không ngờ khán giả vẫn nhớ những bài hát cũ của mình đến vậy”, ông Đàm nói.',
      ], on),
    ]);
    expect(quoteWith(ex, 'khán giả vẫn nhớ')?.speaker).toBe('Đàm');
  });

  it('"bác sĩ Thu Hương" is not "Nguyen Thu Hong" of an English page: Hương and Hồng are two names', () => {
    const ex = extractCorpus([
      makeDoc(['Nguyen Thu Hong, a lawyer for the family, said the court would hear the appeal next month.'], on),
      makeDoc([
        'Bác sĩ Thu Hương đã có 15 năm làm việc tại khoa Nhi của bệnh viện tỉnh.',
        '“Trẻ nhỏ sốt cao trên hai ngày thì cha mẹ cần đưa đi khám ngay”, bác sĩ Thu Hương nói.',
      ], on),
    ]);
    expect(quoteWith(ex, 'cần đưa đi khám ngay')?.speaker).toBe('Thu Hương');
  });

  it('"anh Hoàng Tùng" is not "Hoàng Văn Tùng" of another page: a middle name left out is another way of naming', () => {
    const ex = extractCorpus([
      makeDoc(['Anh Hoàng Văn Tùng (phụ huynh ở quận Ba Đình) cho biết con anh đã ôn thi suốt ba tháng hè.'], on),
      makeDoc([
        'Vợ chồng anh Hoàng Tùng có mặt ở điểm thi từ 6 giờ sáng để đưa con gái đi thi.',
        '“Cháu học rất chăm nhưng vẫn lo môn Toán vì đề năm nay khó hơn”, anh Hoàng Tùng nói.',
      ], on),
    ]);
    expect(quoteWith(ex, 'vẫn lo môn Toán')?.speaker).toBe('Hoàng Tùng');
  });

  it('the same person still links across pages: an English page\'s unmarked name, a shorter form, a foreign typo', () => {
    const ex = extractCorpus([
      makeDoc(['Người phát ngôn Bộ Ngoại giao Đỗ Minh Khang cho biết Việt Nam hoan nghênh mọi nỗ lực vì hòa bình.'], on),
      makeDoc(['Spokesman Do Minh Khang said Vietnam welcomed every effort for peace in the region.'], on),
    ]);
    expect(quoteWith(ex, 'welcomed every effort')?.speaker).toBe('Đỗ Minh Khang');
  });
});

describe('writtenAlike', () => {
  it('lets marks be left out on one side only, and foreign words differ by a typo', () => {
    expect(writtenAlike('Do Minh Khang', 'Đỗ Minh Khang')).toBe(true);
    expect(writtenAlike('Minh Khang', 'Đỗ Minh Khang')).toBe(true);
    expect(writtenAlike('Kim Jong Un', 'Kim Jong-un')).toBe(true);
    expect(writtenAlike('Indra Safrie', 'Indra Safri')).toBe(true);
    expect(writtenAlike('Trống', 'Nguyễn Văn Trọng')).toBe(false);
    expect(writtenAlike('Hồ Phan', 'Hồ Văn Phong')).toBe(false);
    expect(writtenAlike('Đỗ Khang', 'Đỗ Minh Khang')).toBe(false);
  });
});
