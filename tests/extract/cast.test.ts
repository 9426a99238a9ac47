import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { extractArticle, makeDoc, quoteWith } from '../helpers/articles.js';

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

  it('an article gives the same speakers alone or among other articles', () => {
    const article = makeDoc([
      'Ông Đinh Công Lực, giám đốc hợp tác xã, cho biết năm nay lúa được mùa.',
      '“Giá phân bón giảm nên bà con có lãi hơn”, ông Lực nói. Ông cho biết thêm rằng hợp tác xã sẽ mở rộng thêm ba héc-ta.',
      'Bộ trưởng khẳng định: “Nông dân sẽ được hỗ trợ vốn vay ưu đãi”.',
    ], day);
    const others = [
      makeDoc(['Bộ trưởng Nông nghiệp Phạm Văn Lực phát biểu: “Xuất khẩu nông sản sẽ đạt kỷ lục”.'], day),
      makeDoc(['Bà Trần Thị Lực nói: “Chợ phiên sẽ họp vào mỗi sáng chủ nhật”.'], day),
    ];
    const speakersOf = (ex: ReturnType<typeof extractCorpus>) =>
      ex.quotes.filter((q) => q.sources.some((s) => s.file === article.file)).map((q) => [q.text, q.speaker]);
    const alone = speakersOf(extractCorpus([article]));
    expect(alone.length).toBeGreaterThan(0);
    expect(speakersOf(extractCorpus([...others, article]))).toEqual(alone);
    expect(quoteWith(extractCorpus([...others, article]), 'Nông dân sẽ được hỗ trợ')?.speaker ?? null).toBeNull();
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
    const ex = extractArticle(['Đại biểu Phan Anh Khoa phát biểu: “Cần sửa luật đất đai ngay trong kỳ họp này”.'], day);
    expect(quoteWith(ex, 'Cần sửa luật')?.speaker).toBe('Phan Anh Khoa');
  });

  it('a rank before a name makes it a person', () => {
    const ex = extractArticle(['Thượng tá Lâm Văn Hòa cho biết lực lượng chức năng đã phong tỏa hiện trường suốt đêm qua.'], day);
    expect(quoteWith(ex, 'phong tỏa hiện trường')?.speaker).toBe('Lâm Văn Hòa');
  });

  it('an acronym after a title names the office, and the title resolves to the article\'s holder of it', () => {
    const ex = extractArticle([
      'Bộ trưởng Nông nghiệp và Phát triển nông thôn (NN-PTNT) Đào Quang Vinh dự hội nghị sáng nay.',
      '“Chúng ta phải giữ được diện tích lúa trong mười năm tới”, Bộ trưởng NN-PTNT nói.',
    ], day);
    expect(quoteWith(ex, 'giữ được diện tích lúa')?.speaker).toBe('Đào Quang Vinh');
  });

  it('"HLV" resolves to the coach the article names', () => {
    const ex = extractArticle([
      'HLV Jorge Almeida đã công bố danh sách 23 cầu thủ cho trận giao hữu.',
      '“Các cầu thủ trẻ sẽ có cơ hội ra sân nhiều hơn”, HLV nói sau buổi tập.',
    ], day);
    expect(quoteWith(ex, 'Các cầu thủ trẻ')?.speaker).toBe('Jorge Almeida');
  });

  it('a description of a leader resolves to the article\'s person under a bare title of that kind', () => {
    const ex = extractArticle([
      'Thủ tướng Henrik Dahl đã gặp các doanh nghiệp vào chiều qua.',
      'Nhà lãnh đạo Na Uy khẳng định: “Chính phủ sẽ không tăng thuế doanh nghiệp trong năm nay”.',
    ], day);
    expect(quoteWith(ex, 'không tăng thuế doanh nghiệp')?.speaker).toBe('Henrik Dahl');
  });

  it('a bare title nobody of the article holds is no speaker', () => {
    const ex = extractArticle(['Cục trưởng khẳng định: “Không có chuyện bỏ qua sai phạm trong đợt kiểm tra này”.'], day);
    expect(quoteWith(ex, 'Không có chuyện bỏ qua')?.speaker ?? null).toBeNull();
  });
});

describe('English titles and honorifics', () => {
  it('"Mr." with its period and a title before a name leave the bare name', () => {
    const ex = extractArticle([
      'President Maria Solberg said: “Our ports will stay open to every ship, whatever its flag.”',
      'Mr. Halvard said: “The new port will open to ships from every country next spring.”',
    ], day);
    expect(quoteWith(ex, 'The new port')?.speaker).toBe('Halvard');
    expect(quoteWith(ex, 'Our ports will stay open')?.speaker).toBe('Maria Solberg');
  });
});

describe('who is never a speaker, and who the sentence means', () => {
  it('a news agency quoting someone is not the speaker: the one after "dẫn lời" is', () => {
    const ex = extractArticle([
      'Thủ tướng Lars Viken đã tới Hà Nội chiều qua.',
      '“Chúng tôi sẽ mở thêm hai đường bay thẳng trong năm nay”, Reuters dẫn lời thủ tướng nói với phóng viên.',
    ], day);
    expect(quoteWith(ex, 'hai đường bay thẳng')?.speaker).toBe('Lars Viken');
  });

  it('a place, an outlet or a show is never shown as the speaker', () => {
    const ex = extractArticle([
      'Abu Dhabi cho biết “các cuộc đàm phán sẽ tiếp tục trong tuần tới tại thủ đô”.',
      'AFP cho biết “giá dầu đã tăng ba ngày liên tiếp trên thị trường châu Á”.',
      'Talkshow Người Dẫn Đường nói “đây là mùa có nhiều khách mời nhất từ trước tới nay”.',
    ], day);
    for (const words of ['các cuộc đàm phán', 'giá dầu đã tăng', 'nhiều khách mời nhất']) {
      expect(quoteWith(ex, words)?.speaker ?? null).toBeNull();
    }
  });

  it('a person written with an honorific keeps a name that is also a country', () => {
    const ex = extractArticle(['Bà Nga cho biết “cửa hàng sẽ mở cửa trở lại từ sáng thứ hai tuần sau”.'], day);
    expect(quoteWith(ex, 'cửa hàng sẽ mở cửa')?.speaker).toBe('Nga');
  });

  it('the subject of a subordinate clause "trong bối cảnh X tuyên bố" is X', () => {
    const ex = extractArticle([
      'Bộ Công Thương đưa ra quyết định trên trong bối cảnh Thủ tướng Oskar Brandt tuyên bố sẽ tăng thuế nhập khẩu thép từ tháng sau.',
    ], day);
    expect(quoteWith(ex, 'tăng thuế nhập khẩu thép')?.speaker).toBe('Oskar Brandt');
  });

  it('an acronym the article defines stands for its body or title', () => {
    const ex = extractArticle([
      'Ngân hàng Phát triển Nông thôn (NHPTNT) vừa công bố kết quả kinh doanh quý ba.',
      'NHPTNT cho biết lợi nhuận quý ba tăng mạnh nhờ cho vay nông nghiệp.',
      'Chủ tịch nước (CTN) Hà Minh Tâm dự lễ khánh thành. Theo CTN, công trình sẽ giúp hàng nghìn hộ dân có nước sạch.',
    ], day);
    expect(quoteWith(ex, 'lợi nhuận quý ba tăng mạnh')?.speaker).toBe('Ngân hàng Phát triển Nông thôn (NHPTNT)');
    expect(quoteWith(ex, 'hàng nghìn hộ dân')?.speaker).toBe('Hà Minh Tâm');
  });

  it('a title after a named person and a comma is her appositive, not another person', () => {
    const ex = extractArticle(['Chị Lan Chi, chủ tịch Green Harbor đồng tình: “Các đội thi năm nay mạnh hơn hẳn năm ngoái”.'], day);
    expect(quoteWith(ex, 'Các đội thi năm nay')?.speaker).toBe('Lan Chi');
  });

  it('a body named by several fields keeps all of them', () => {
    const ex = extractArticle(['Trung tâm Dự báo Khí tượng Biển Quốc gia cho biết “gió sẽ mạnh dần lên cấp 7 vào đêm nay”.'], day);
    expect(quoteWith(ex, 'gió sẽ mạnh dần')?.speaker).toBe('Trung tâm Dự báo Khí tượng Biển Quốc gia');
  });
});

describe('indefinite descriptions and bare Vietnamese names', () => {
  it('"một bị cáo khác" is someone else, never the defendant the article named', () => {
    const ex = extractArticle([
      'Bị cáo Lã Văn Toàn nói: “Tôi xin tòa xem xét hoàn cảnh gia đình tôi”.',
      '“Tôi thật sự hối hận vì đã nghe theo bạn bè”, một bị cáo khác nói.',
    ], day);
    expect(quoteWith(ex, 'Tôi xin tòa xem xét')?.speaker).toBe('Lã Văn Toàn');
    expect(quoteWith(ex, 'thật sự hối hận')?.speaker ?? null).toBeNull();
  });

  it('a Vietnamese full name written bare is a person; the same words after "đường" are a street', () => {
    const ex = extractArticle([
      'Trong phiên xử, Đàm Quốc Hưng nói: “Tôi không biết số tiền đó là tiền bẩn”.',
      'Cửa hàng trên đường Phùng Khắc Khoan cho biết “lượng khách đã giảm một nửa từ đầu năm”.',
    ], day);
    expect(quoteWith(ex, 'số tiền đó là tiền bẩn')?.speaker).toBe('Đàm Quốc Hưng');
    expect(quoteWith(ex, 'lượng khách đã giảm')?.speaker ?? null).toBeNull();
  });
});

describe('former holders, provinces in titles, known acronyms', () => {
  it('a former title in brackets after a name is that person\'s; the province in it is no person', () => {
    const ex = extractArticle([
      'Tại tòa, ông Khổng Minh Lộc (nguyên Chủ tịch UBND tỉnh Quảng Trị) trình bày nhiều tình tiết giảm nhẹ.',
      'Nguyên Chủ tịch UBND tỉnh Quảng Trị nói: “Tôi xin nhận toàn bộ trách nhiệm trước pháp luật”.',
      'Cựu Bí thư Tỉnh ủy Phú Yên cho biết “mọi khoản chi đều có chữ ký của tập thể”.',
    ], day);
    expect(quoteWith(ex, 'nhận toàn bộ trách nhiệm')?.speaker).toBe('Khổng Minh Lộc');
    expect(quoteWith(ex, 'mọi khoản chi')?.speaker ?? null).not.toBe('Phú Yên');
  });

  it('a team written in capitals between a title and a Vietnamese name is not part of the name', () => {
    const ex = extractArticle([
      'HLV U19 Việt Nam Quách Minh Đạt nói: “Các cầu thủ đã chơi với tất cả sức lực của mình”.',
      'Tiền đạo Nguyễn Hoàng Anh cho biết “cả đội sẽ tập trung cho trận bán kết vào thứ bảy”.',
    ], day);
    expect(quoteWith(ex, 'tất cả sức lực')?.speaker).toBe('Quách Minh Đạt');
    expect(quoteWith(ex, 'trận bán kết')?.speaker).toBe('Nguyễn Hoàng Anh');
  });

  it('a national body written by its usual acronym speaks under its full name', () => {
    const ex = extractArticle(['NHNN cho biết “lãi suất cho vay sẽ tiếp tục được giữ ổn định đến cuối năm”.'], day);
    expect(quoteWith(ex, 'lãi suất cho vay')?.speaker).toBe('Ngân hàng Nhà nước');
  });
});

describe('English pages', () => {
  it('a capitalised title inside a run starts the title; a name and a verb are not a field', () => {
    const ex = extractArticle([
      'Norwegian Trade Minister Ingrid Vasshus met US President Maria Solberg in Oslo.',
      '“We agreed to lower tariffs on fish,” Ingrid Vasshus said.',
    ], day);
    expect(quoteWith(ex, 'lower tariffs on fish')?.speaker).toBe('Ingrid Vasshus');
    expect(ex.speakers.map((s) => s.name)).not.toContain('Norwegian Trade Minister Ingrid Vasshus');
  });

  it('"he" never refers to a place written like a name', () => {
    const ex = extractArticle([
      'Tensions rose again in the Baltic Sea on Thursday.',
      'He said that “the fleet will stay in port until the storm passes”.',
    ], day);
    expect(quoteWith(ex, 'the fleet will stay')?.speaker ?? null).not.toBe('Baltic Sea');
  });
});

describe('titles with acronyms and defendants', () => {
  it('"Bộ GD&ĐT" in a title and a defendant followed by a verb and an acronym keep the person', () => {
    const ex = extractArticle([
      'Bộ trưởng Bộ NN&PTNT Kha Văn Lộc cho biết: “Giá lúa sẽ được giữ ổn định trong vụ tới”.',
      'Trước tòa, bị cáo Mạc Đình Khoa mong đại diện VKS xem xét hoàn cảnh của gia đình.',
      'Bị cáo nói: “Tôi đã hiểu ra sai lầm của mình”.',
    ], day);
    expect(quoteWith(ex, 'Giá lúa sẽ được giữ')?.speaker).toBe('Kha Văn Lộc');
    expect(quoteWith(ex, 'hiểu ra sai lầm')?.speaker).toBe('Mạc Đình Khoa');
  });
});
