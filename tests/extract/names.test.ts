import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith, speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-05-10');

describe('names and titles before the reporting verb', () => {
  it('a title listing several fields with commas', () => {
    expect(speakerOf(['Bộ trưởng Thương mại, Công nghiệp và Năng lượng Hàn Quốc Park Ji-hoon nói: “Chúng tôi sẽ tăng cường hợp tác chuỗi cung ứng”.'], 'chuỗi cung ứng'))
      .toBe('Park Ji-hoon');
  });

  it('a fronted clause and a title with a lower-case region ("châu Âu")', () => {
    expect(speakerOf(['Phát biểu sau cuộc họp tại Brussels, Ủy viên châu Âu phụ trách năng lượng Ingrid Halvorsen nói: “Khối đã vượt mục tiêu tiết kiệm khí đốt”.'], 'vượt mục tiêu'))
      .toBe('Ingrid Halvorsen');
  });

  it('an apposition between the name and the verb', () => {
    expect(speakerOf(['Ông Nguyễn Văn An, chủ nhà của hội nghị, nói: “Chúng tôi sẵn sàng đón tiếp mọi đoàn đại biểu”.'], 'sẵn sàng đón tiếp'))
      .toBe('Nguyễn Văn An');
  });

  it('a province between the office and the person, then the person by the last syllable', () => {
    const paras = [
      'Chủ tịch UBND tỉnh Bình Dương Trần Quốc Vinh cho biết: “Tỉnh sẽ hoàn thành giải phóng mặt bằng trong tháng này”.',
      'Ông Vinh nói thêm: “Người dân sẽ được bồi thường thỏa đáng theo quy định”.',
    ];
    expect(speakerOf(paras, 'giải phóng mặt bằng')).toBe('Trần Quốc Vinh');
    expect(speakerOf(paras, 'bồi thường thỏa đáng')).toBe('Trần Quốc Vinh');
    expect(speakerOf(['Giám đốc Sở Y tế thành phố Hồ Chí Minh Lê Thị Hạnh nói: “Các bệnh viện đã sẵn sàng cho mùa dịch”.'], 'bệnh viện đã sẵn sàng'))
      .toBe('Lê Thị Hạnh');
  });

  it('a Western name with a particle, later "ông de X" and the bare surname', () => {
    const paras = [
      'Ông Joris van Dam, nhà kinh tế tại Rotterdam, nói: “Lạm phát sẽ giảm dần trong năm tới”.',
      'Ông van Dam nói thêm: “Ngân hàng trung ương sẽ thận trọng hơn khi hạ lãi suất”.',
      '“Thị trường lao động vẫn rất mạnh”, Dam nhận định.',
    ];
    expect(speakerOf(paras, 'Lạm phát sẽ giảm')).toBe('Joris van Dam');
    expect(speakerOf(paras, 'thận trọng hơn')).toBe('Joris van Dam');
    expect(speakerOf(paras, 'lao động vẫn rất mạnh')).toBe('Joris van Dam');
  });

  it('a role noun from sport: "Đội trưởng … X thừa nhận"', () => {
    expect(speakerOf(['Đội trưởng đội tuyển bóng rổ nam Phan Đức Long thừa nhận cả đội “đã chơi dưới sức trong hiệp cuối”.'], 'dưới sức'))
      .toBe('Phan Đức Long');
  });
});

describe('an English honorific with a full stop', () => {
  it('"Mr." followed by its period does not stop extraction of the article', () => {
    const extraction = extractArticle([
      'Mr. Harlow spoke at the opening of the fair.',
      'Ông Trần Minh Khoa nói: “Hai nền kinh tế gắn bó chặt chẽ với nhau”.',
    ], { published: '2024-05-10' });
    expect(quoteWith(extraction, 'gắn bó chặt chẽ')?.speaker).toBe('Trần Minh Khoa');
  });
});
