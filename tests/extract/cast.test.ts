import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, quoteWith } from './docs.js';

const day = { published: '2024-03-02' } as const;

describe('the article is the unit of who speaks', () => {
  it('a pronoun never reaches a person of another article', () => {
    const ex = extractCorpus([
      makeDoc(['Bộ trưởng Tài chính Lena Holm cho biết ngân sách sẽ được công bố vào tuần sau.'], day),
      makeDoc(['Cuộc họp kéo dài ba giờ tại trụ sở của hiệp hội.', 'Bà cho biết thêm rằng “mọi khoản vay sẽ được rà soát lại”.'], day),
    ]);
    const q = quoteWith(ex, 'mọi khoản vay');
    expect(q?.speaker ?? null).not.toBe('Lena Holm');
  });

  it('a sentence-initial word is not the surname of a person of another article', () => {
    const ex = extractCorpus([
      makeDoc(['Thứ trưởng Hồ Minh Văn dự lễ khai giảng.'], day),
      makeDoc(['Vấn đề này được đại biểu Lương Quốc Bảo nêu ra: “Chi phí học tập đang tăng quá nhanh so với thu nhập”, ông Bảo hỏi.'], day),
    ]);
    expect(quoteWith(ex, 'Chi phí học tập')?.speaker).toBe('Lương Quốc Bảo');
  });

  it('the same person named in full in two articles is one speaker', () => {
    const ex = extractCorpus([
      makeDoc(['Ông Trịnh Văn Khôi nói: “Giá lúa năm nay sẽ tăng nhẹ so với năm ngoái”.'], day),
      makeDoc(['Chuyên gia Trịnh Văn Khôi nhận định: “Xuất khẩu gạo sẽ chậm lại trong quý hai”.'], day),
    ]);
    expect(quoteWith(ex, 'Giá lúa')?.speaker).toBe('Trịnh Văn Khôi');
    expect(quoteWith(ex, 'Xuất khẩu gạo')?.speaker).toBe('Trịnh Văn Khôi');
    expect(ex.speakers.filter((s) => s.name === 'Trịnh Văn Khôi')).toHaveLength(1);
  });
});

describe('names and titles inside one article', () => {
  it('a capitalised "Anh" inside a name is part of the name', () => {
    const ex = extractCorpus([makeDoc(['Đại biểu Phan Anh Khoa phát biểu: “Cần sửa luật đất đai ngay trong kỳ họp này”.'], day)]);
    expect(quoteWith(ex, 'Cần sửa luật')?.speaker).toBe('Phan Anh Khoa');
  });

  it('a rank before a name makes it a person', () => {
    const ex = extractCorpus([makeDoc(['Thượng tá Lâm Văn Hòa cho biết lực lượng chức năng đã phong tỏa hiện trường suốt đêm qua.'], day)]);
    expect(quoteWith(ex, 'phong tỏa hiện trường')?.speaker).toBe('Lâm Văn Hòa');
  });

  it('an acronym after a title names the office, and the title resolves to the article\'s holder of it', () => {
    const ex = extractCorpus([makeDoc([
      'Bộ trưởng Nông nghiệp và Phát triển nông thôn (NN-PTNT) Đào Quang Vinh dự hội nghị sáng nay.',
      '“Chúng ta phải giữ được diện tích lúa trong mười năm tới”, Bộ trưởng NN-PTNT nói.',
    ], day)]);
    expect(quoteWith(ex, 'giữ được diện tích lúa')?.speaker).toBe('Đào Quang Vinh');
  });

  it('"HLV" resolves to the coach the article names', () => {
    const ex = extractCorpus([makeDoc([
      'HLV Jorge Almeida đã công bố danh sách 23 cầu thủ cho trận giao hữu.',
      '“Các cầu thủ trẻ sẽ có cơ hội ra sân nhiều hơn”, HLV nói sau buổi tập.',
    ], day)]);
    expect(quoteWith(ex, 'Các cầu thủ trẻ')?.speaker).toBe('Jorge Almeida');
  });

  it('a description of a leader resolves to the article\'s person under a bare title of that kind', () => {
    const ex = extractCorpus([makeDoc([
      'Thủ tướng Henrik Dahl đã gặp các doanh nghiệp vào chiều qua.',
      'Nhà lãnh đạo Na Uy khẳng định: “Chính phủ sẽ không tăng thuế doanh nghiệp trong năm nay”.',
    ], day)]);
    expect(quoteWith(ex, 'không tăng thuế doanh nghiệp')?.speaker).toBe('Henrik Dahl');
  });

  it('a bare title nobody of the article holds is no speaker', () => {
    const ex = extractCorpus([makeDoc(['Cục trưởng khẳng định: “Không có chuyện bỏ qua sai phạm trong đợt kiểm tra này”.'], day)]);
    expect(quoteWith(ex, 'Không có chuyện bỏ qua')?.speaker ?? null).toBeNull();
  });
});

describe('English titles and honorifics', () => {
  it('"Mr." with its period and a title before a name leave the bare name', () => {
    const ex = extractCorpus([makeDoc([
      'President Maria Solberg said: “Our ports will stay open to every ship, whatever its flag.”',
      'Mr. Halvard said: “The new port will open to ships from every country next spring.”',
    ], day)]);
    expect(quoteWith(ex, 'The new port')?.speaker).toBe('Halvard');
    expect(quoteWith(ex, 'Our ports will stay open')?.speaker).toBe('Maria Solberg');
  });
});
