import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2023-05-10');

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

  it('skips an appositive role or a parenthesis between the speaker and the verb', () => {
    const ex = one(
      'Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết: “Thành phố đã chuẩn bị đủ giường bệnh cho mùa dịch”.',
      'Anh Trần Văn Bình (35 tuổi, ngụ quận Cầu Giấy) cho biết: “Gia đình tôi đã chờ gần ba tiếng để được khám”.',
      'Đại tướng Hoàng Văn Cường, Bộ trưởng Quốc phòng, khẳng định: “Quân đội luôn sẵn sàng ứng phó thiên tai”.',
    );
    expect(quoteWith(ex, 'Thành phố đã chuẩn bị')?.speaker).toBe('Nguyễn Văn An');
    expect(quoteWith(ex, 'Gia đình tôi đã chờ')?.speaker).toBe('Trần Văn Bình');
    expect(quoteWith(ex, 'Quân đội luôn sẵn sàng')?.speaker).toBe('Hoàng Văn Cường');
    expect(ex.speakers.find((s) => s.name === 'Hoàng Văn Cường')?.role).toBe('Bộ trưởng Quốc phòng');
  });

  it('a Vietnamese name is later written with its last word ("ông An")', () => {
    const ex = one(
      'Ông Nguyễn Văn An là Giám đốc Sở Y tế thành phố.',
      '“Số ca mắc đã giảm rõ rệt trong hai tuần qua”, ông An nói.',
    );
    expect(quoteWith(ex, 'Số ca mắc đã giảm')?.speaker).toBe('Nguyễn Văn An');
  });

  it('a quoted project name after a reporting verb is not a quote; what is said about it stays reported speech', () => {
    const ex = one('Bà Lê Thị Hoa cho rằng dự án “Thành phố thông minh ven sông” cần được đánh giá lại toàn diện.');
    expect(ex.quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
    // The project's name is nobody's words: the statement is what is said of it, the excerpt shows what it is.
    expect(ex.quotes[0]?.text).toBe('cần được đánh giá lại toàn diện');
    expect(ex.quotes[0]?.excerpt).toContain('dự án “Thành phố thông minh ven sông”');
  });

  it('"Theo bà X, …" makes the whole sentence X\'s account even when another person acts in it', () => {
    const ex = one('Cũng theo bà Anna Berg, trong cuộc gặp, ông Karl Olsen đã nhắc lại rằng thuế nhập khẩu sẽ không thay đổi.');
    const q = ex.quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker).toBe('Anna Berg');
    expect(q?.text).toContain('ông Karl Olsen đã nhắc lại');
  });

  it('guillemets «…» are quotation marks too', () => {
    const ex = one('«Chúng tôi sẽ không chấp nhận bất kỳ tối hậu thư nào», Ngoại trưởng Anna Berg tuyên bố.');
    expect(quoteWith(ex, 'Chúng tôi sẽ không chấp nhận')?.speaker).toBe('Anna Berg');
    expect(quoteWith(ex, 'Chúng tôi sẽ không chấp nhận')?.kind).toBe('direct');
  });

  it('walks back over a chain of appositives (role, institution) to the person', () => {
    const ex = one('Ông Trần Quốc Huy, trưởng khoa Kinh tế, Đại học Hồng Lam, nhận định giá nhà sẽ còn tăng trong năm tới.');
    expect(ex.quotes.map((q) => [q.speaker, q.kind])).toEqual([['Trần Quốc Huy', 'indirect']]);
  });
});

describe('the scene before the main clause, and refusals', () => {
  const ex = extractOn('2024-06-12')(
    'Khi phóng viên hỏi lại về lịch trình, bà Lưu Thanh Vân đáp: “Tôi sẽ không bình luận thêm về chuyện ấy”.',
    'Người phát ngôn của tập đoàn từ chối giải thích lý do hoãn buổi ra mắt sản phẩm mới.',
  );

  it('"Khi phóng viên hỏi lại, bà X đáp: “…”": the answer is hers, not the reporter’s', () => {
    expect(quoteWith(ex, 'không bình luận thêm')?.speaker).toBe('Lưu Thanh Vân');
  });

  it('"X từ chối giải thích …" reports nothing X said', () => {
    expect(quoteWith(ex, 'hoãn buổi ra mắt')).toBeUndefined();
  });
});
