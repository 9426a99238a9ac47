import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { extractArticle, makeDoc, quoteWith } from '../helpers/articles.js';

describe('speaker resolution', () => {
  it('a quotation continued in the next paragraph keeps its speaker', () => {
    const ex = extractArticle([
      'Ngoại trưởng Anna Berg nói: “Chúng tôi đã làm mọi điều có thể cho cuộc đối thoại này.',
      '“Giờ là lúc các bên khác phải hành động một cách có trách nhiệm”.',
    ], { published: '2023-05-10' });
    expect(quoteWith(ex, 'Chúng tôi đã làm mọi điều')?.speaker).toBe('Anna Berg');
    expect(quoteWith(ex, 'Giờ là lúc các bên khác')?.speaker).toBe('Anna Berg');
  });

  it('"Bà" and "ông" resolve to the last speaker of that gender', () => {
    const ex = extractArticle([
      'Ngoại trưởng Anna Berg cho biết chính phủ sẽ mở lại đại sứ quán trong tháng tới.',
      'Ông Karl Olsen, cố vấn kinh tế của chính phủ, cũng có mặt tại buổi gặp.',
      'Bà nói thêm rằng “các cuộc đàm phán sẽ tiếp tục vào tuần tới ở Oslo”.',
    ], { published: '2023-05-10' });
    expect(quoteWith(ex, 'các cuộc đàm phán sẽ tiếp tục')?.speaker).toBe('Anna Berg');
  });

  it('a role description resolves to the nearest person known under a fitting role', () => {
    const ex = extractArticle([
      'Tổng thống Thụy Điển Lars Nyberg đã tiếp Ngoại trưởng Anna Berg tại thủ đô hôm qua.',
      'Nhà lãnh đạo Thụy Điển khẳng định: “Hai nước sẽ mở rộng hợp tác năng lượng trong thập kỷ tới”.',
    ], { published: '2023-05-10' });
    expect(quoteWith(ex, 'Hai nước sẽ mở rộng')?.speaker).toBe('Lars Nyberg');
  });

  it('a role seen with a name in one article does not name the speaker of another', () => {
    const ex = extractCorpus([
      makeDoc(['Người phát ngôn Chính phủ Erik Lund cho biết ngân sách quốc phòng sẽ tăng nhẹ.'], { published: '2023-05-10' }),
      makeDoc(['Người phát ngôn Chính phủ nhấn mạnh: “Chúng tôi không có kế hoạch tăng thuế thu nhập”.'], { published: '2023-05-12' }),
    ]);
    expect(quoteWith(ex, 'Chúng tôi không có kế hoạch')?.speaker).toBe('Người phát ngôn Chính phủ');
  });

  it('an appositive role ("cố vấn … của ông X, ông Y") is remembered for later references', () => {
    const ex = extractArticle([
      'Theo báo chí, cố vấn an ninh của ông Nyberg, ông Per Holm cho hay: “Chúng tôi đã nhận được đề xuất của phía bên kia”.',
      'Cố vấn an ninh của ông Nyberg nói thêm rằng: “Chúng tôi sẽ trả lời bằng văn bản trong tuần này”.',
    ], { published: '2023-05-10' });
    expect(quoteWith(ex, 'Chúng tôi đã nhận được đề xuất')?.speaker).toBe('Per Holm');
    expect(quoteWith(ex, 'Chúng tôi sẽ trả lời bằng văn bản')?.speaker).toBe('Per Holm');
  });

  it('full name, surname, role form and a misspelt surname are one speaker with aliases', () => {
    const ex = extractCorpus([
      makeDoc(['Ngoại trưởng Anna Berg nói: “Chúng tôi ủng hộ một giải pháp hòa bình lâu dài”.'], { published: '2023-05-10' }),
      makeDoc(['Bà Berk cho biết: “Các lệnh trừng phạt sẽ được xem xét lại vào mùa thu”.'], { published: '2023-05-11' }),
      makeDoc(['“Đây là thời điểm quyết định cho khu vực”, bà Berg nói.'], { published: '2023-05-12' }),
    ]);
    expect(ex.quotes.map((q) => q.speakerId)).toEqual(['anna-berg', 'anna-berg', 'anna-berg']);
    expect(ex.speakers).toHaveLength(1);
    const berg = ex.speakers[0]!;
    expect(berg.name).toBe('Anna Berg');
    expect(berg.aliases).toEqual(expect.arrayContaining(['bà Berg', 'Bà Berk']));
    expect(berg.role).toBe('Ngoại trưởng');
  });

  it('two people sharing no surname stay apart even when their names look alike', () => {
    const ex = extractArticle([
      'Ông Karl Olsen nói: “Thị trường lao động vẫn rất ổn định trong quý này”.',
      'Ông Karl Olsson nói: “Chúng tôi lo ngại về giá năng lượng trong mùa đông”.',
    ], { published: '2023-05-10' });
    expect(ex.speakers.map((s) => s.name).sort()).toEqual(['Karl Olsen', 'Karl Olsson']);
  });

  it('a capitalised run never written as a person (a city) does not become a speaker', () => {
    const ex = extractArticle([
      'Bình Nhưỡng tuyên bố sẽ tiếp tục các vụ thử tên lửa trong năm nay.',
      'Ngoại trưởng Anna Berg cho biết chính phủ sẽ triệu tập đại sứ để phản đối.',
    ], { published: '2023-05-10' });
    expect(ex.speakers.map((s) => s.name)).toEqual(['Anna Berg']);
    // The city's announcement is still a report, shown with no speaker (indirectRecall.test.ts).
    expect(ex.quotes.map((q) => q.speaker)).toEqual([null, 'Anna Berg']);
  });

  it('a paragraph ending "X nói:" gives its speaker to the quotation of the next paragraph', () => {
    const ex = extractArticle([
      'Tại buổi họp báo, Ngoại trưởng Anna Berg nói:',
      '“Chúng tôi sẽ gửi phái đoàn nhân đạo đến khu vực ngay trong tuần này”.',
    ], { published: '2023-05-10' });
    expect(quoteWith(ex, 'Chúng tôi sẽ gửi phái đoàn')?.speaker).toBe('Anna Berg');
  });

  it('"anh"/"chị" refer back to the last person so addressed', () => {
    const ex = extractArticle([
      'Anh Trần Văn Bình, một tài xế công nghệ, cho biết thu nhập của anh đã giảm gần một nửa.',
      'Anh nói thêm: “Tôi phải chạy thêm bốn tiếng mỗi ngày mới đủ chi tiêu”.',
    ], { published: '2023-05-10' });
    expect(quoteWith(ex, 'Tôi phải chạy thêm')?.speaker).toBe('Trần Văn Bình');
    const other = extractArticle([
      'Anh Trần Văn Bình, một tài xế công nghệ, cho biết thu nhập của anh đã giảm gần một nửa.',
      'Anh và Pháp cho biết sẽ tăng viện trợ cho các nước bị lũ lụt.',
    ], { published: '2023-05-10' });
    expect(other.quotes.map((q) => q.text)).toEqual(['thu nhập của anh đã giảm gần một nửa']);
  });
});
