import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-09-12');

describe('a greeting before a name is not part of it', () => {
  it('"Chào X, …?" in an interview never makes "Chào X" the speaker', () => {
    const ex = one(
      'Chào Lương Bích Hạnh, chị chuẩn bị thế nào cho chuyến lưu diễn sắp tới?',
      'Lương Bích Hạnh cho biết cô đã tập luyện suốt ba tháng để chuẩn bị cho chuyến đi.',
    );
    expect(quoteWith(ex, 'tập luyện suốt ba tháng')?.speaker).toBe('Lương Bích Hạnh');
  });

  it('"Thưa X, …" neither', () => {
    const ex = one(
      'Thưa Đoàn Minh Khuê, điều gì khiến anh quay lại sân khấu?',
      'Đoàn Minh Khuê cho hay anh nhớ khán giả sau hai năm vắng bóng.',
    );
    expect(quoteWith(ex, 'nhớ khán giả')?.speaker).toBe('Đoàn Minh Khuê');
  });
});

describe('an epithet for someone named is never shown as the speaker', () => {
  it('"nhà lãnh đạo X nói thêm" after a leader named without a title is blank, not "Nhà lãnh đạo X"', () => {
    const ex = one(
      'Ông Aleksander Novak nói rằng mọi cuộc đàm phán nên bắt đầu trong tháng này.',
      '"Các bên cần ngồi lại với nhau trước mùa đông" - nhà lãnh đạo Ba Lan nói thêm.',
    );
    expect(quoteWith(ex, 'ngồi lại với nhau')?.speaker ?? null).not.toBe('Nhà lãnh đạo Ba Lan');
  });

  it('"Nhà ngoại giao X cho rằng" after a spokesman of another title is not shown as "Nhà ngoại giao X"', () => {
    const ex = one(
      'Người phát ngôn Phủ Tổng thống Irena Kowalska cho biết hai bên sẽ gặp nhau vào tuần tới.',
      'Nhà ngoại giao Ba Lan cho rằng các nước láng giềng "đang cản trở tiến trình hòa giải".',
    );
    expect(quoteWith(ex, 'đang cản trở tiến trình')?.speaker ?? null).not.toBe('Nhà ngoại giao Ba Lan');
  });

  it('an unnamed spokesman of a body is still shown as that spokesman', () => {
    const ex = one('Người phát ngôn Bộ Quốc phòng Ba Lan khẳng định: “Không có binh sĩ nào bị thương trong vụ việc”.');
    expect(quoteWith(ex, 'Không có binh sĩ nào')?.speaker).toBe('Người phát ngôn Bộ Quốc phòng Ba Lan');
  });
});

describe('a deputy spokesman written with or without "viên"', () => {
  it('"phó phát ngôn X cho hay" is the "phó phát ngôn viên X" the article named', () => {
    const ex = one(
      'Phó phát ngôn viên Bộ Thương mại Ba Lan Tomasz Wierzbicki trả lời phỏng vấn một đài truyền hình tối qua.',
      '"Chúng tôi sẽ công bố số liệu xuất khẩu vào cuối tháng", phó phát ngôn Bộ Thương mại Ba Lan cho hay.',
    );
    expect(quoteWith(ex, 'công bố số liệu xuất khẩu')?.speaker).toBe('Tomasz Wierzbicki');
  });
});

describe('a kind of body with no name is no speaker', () => {
  it('"Trung tâm của …" opening a sentence is not a body called "Trung tâm"', () => {
    const ex = one('Trung tâm của cuộc tranh cãi là việc ông Lindqvist đã bác bỏ, cho rằng, các báo cáo kiểm toán đều đúng quy định.');
    expect(quoteWith(ex, 'các báo cáo kiểm toán')?.speaker ?? null).not.toBe('Trung tâm');
  });

  it('"Công ty nước giải khát Phú Thọ cho biết" is never a speaker called "Công ty"', () => {
    const ex = one('Công ty nước giải khát Phú Thọ cho biết sẽ thu hồi toàn bộ lô hàng bị lỗi trong tuần này.');
    expect(quoteWith(ex, 'thu hồi toàn bộ lô hàng')?.speaker ?? null).not.toBe('Công ty');
  });

  it('a named body still speaks', () => {
    const ex = one('Công ty Sao Khuê cho biết sẽ thu hồi toàn bộ lô hàng bị lỗi trong tuần này.');
    expect(quoteWith(ex, 'thu hồi toàn bộ lô hàng')?.speaker).toBe('Công ty Sao Khuê');
  });
});

describe('a family speaks for itself, not as the person it is named after', () => {
  it('"Gia đình ông X cho biết" is not X', () => {
    const ex = one(
      'Ông Trịnh Văn Lực bị tạm giữ từ tối thứ Bảy.',
      'Gia đình ông Trịnh Văn Lực cho biết họ sẽ thuê luật sư bào chữa cho ông.',
    );
    expect(quoteWith(ex, 'thuê luật sư bào chữa')?.speaker ?? null).not.toBe('Trịnh Văn Lực');
  });
});

describe('English: whose title it is, and what belongs to a title', () => {
  const en = (...paragraphs: string[]) => one(...paragraphs);

  it('"the Polish president said" is never the other president, named last', () => {
    const ex = en(
      'Polish President Jan Nowak welcomed Slovak President Peter Hrasko in Warsaw on Monday.',
      'The Polish president said that both countries would build a new rail link before 2030.',
    );
    expect(quoteWith(ex, 'build a new rail link')?.speaker ?? null).not.toBe('Peter Hrasko');
  });

  it('"the press office of the Slovak president said" is that office, never a president', () => {
    const ex = en(
      'Polish President Jan Nowak welcomed Slovak President Peter Hrasko in Warsaw on Monday.',
      'Earlier on Tuesday, the press office of the Slovak president said that the visit would last two days.',
    );
    expect(quoteWith(ex, 'the visit would last two days')?.speaker).toBe('Press office of the Slovak president');
  });

  it('"Earlier Wednesday" opening a sentence is a time, not a person the report could be credited to', () => {
    const ex = en('Earlier Wednesday, the press office of the Slovak president said that the visit would last two days.');
    expect(quoteWith(ex, 'the visit would last two days')?.speaker).toBe('Press office of the Slovak president');
  });
});

describe('a second report in the same sentence is not the first speaker\'s', () => {
  it('"X tuyên bố rằng A, song phía Y khẳng định B": B is never credited to X', () => {
    const ex = one('Mặc dù Thủ tướng Lars Nyberg tuyên bố rằng, hai bên đã nhất trí về lộ trình giảm thuế quan, song phía Oslo khẳng định chưa có thỏa thuận nào được ký kết.');
    const nyberg = ex.quotes.filter((q) => q.speaker === 'Lars Nyberg');
    expect(nyberg.map((q) => q.text)).toContain('hai bên đã nhất trí về lộ trình giảm thuế quan');
    expect(nyberg.some((q) => q.text.includes('chưa có thỏa thuận nào'))).toBe(false);
  });

  it('"X cho biết A, nhưng bà Y nói B" likewise', () => {
    const ex = one('Ông Trần Quốc Hưng cho biết dự án sẽ khởi công trong quý tới, nhưng bà Lê Thị Vân nói nguồn vốn vẫn chưa được bố trí.');
    expect(quoteWith(ex, 'nguồn vốn vẫn chưa được bố trí')?.speaker ?? null).not.toBe('Trần Quốc Hưng');
  });
});

describe('English: a coach is the head coach', () => {
  it('"The head coach also admitted that …" is the coach the article named as "Coach X"', () => {
    const ex = one(
      'Coach Tomasz Kowal said the team had trained hard for the final.',
      'The head coach also admitted that his defenders lost their shape in the second half.',
    );
    expect(quoteWith(ex, 'defenders lost their shape')?.speaker).toBe('Tomasz Kowal');
  });
});

describe('"Bạch Ốc" is the White House, as "Tòa Bạch Ốc" is', () => {
  it('"Phát ngôn viên Bạch Ốc cho biết" is never a person called "Bạch Ốc"', () => {
    const ex = one('Phát ngôn viên Bạch Ốc cho biết tổng thống sẽ ký sắc lệnh mới vào cuối tuần này.');
    expect(quoteWith(ex, 'ký sắc lệnh mới')?.speaker ?? null).not.toBe('Bạch Ốc');
  });

  it('and resolves to the spokeswoman the article names', () => {
    const ex = one(
      'Bà Megan Doyle, phát ngôn viên Bạch Ốc, đã chủ trì cuộc họp báo sáng thứ Ba.',
      'Phát ngôn viên Bạch Ốc cho biết tổng thống sẽ ký sắc lệnh mới vào cuối tuần này.',
    );
    expect(quoteWith(ex, 'ký sắc lệnh mới')?.speaker).toBe('Megan Doyle');
  });
});

describe('an unnamed official shown by title', () => {
  it('the title shown stops at its last proper noun, before the verb phrase', () => {
    const ex = one('Người phát ngôn Nhà Trắng từ chối bình luận, nhưng nói rằng “tổng thống vẫn tin tưởng đội ngũ của mình”.');
    expect(quoteWith(ex, 'tổng thống vẫn tin tưởng')?.speaker ?? null).not.toBe('Người phát ngôn Nhà Trắng từ chối');
  });
});

describe('a name with a letter the page lost is not cut to its first letters', () => {
  it('"chairman Tr?n Van Loc told …" names Tr?n Van Loc, never "Tr"', () => {
    const ex = one(
      'Hanoi-based Delta Motors plans to open a plant in Ohio next year.',
      'Earlier, the group\'s chairman Tr?n Van Loc told reporters he would invest US$1bn in the new plant.',
    );
    const q = quoteWith(ex, 'invest US$1bn');
    expect(q?.speaker ?? null).not.toBe('Tr');
    expect(q?.speaker).toBe('Tr?n Van Loc');
  });
});

describe('a district named like a person is a place in a title, never the speaker', () => {
  it('"Giám đốc bệnh viện Đa khoa huyện Lương Khiêm cho rằng …" never shows "Lương Khiêm"', () => {
    const ex = one('Giám đốc bệnh viện Đa khoa huyện Lương Khiêm (Bắc Hà) cho rằng bệnh viện đã làm hết sức để cứu chữa các công nhân.');
    const q = quoteWith(ex, 'làm hết sức để cứu chữa');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).not.toBe('Lương Khiêm');
  });

  it('"… huyện Lê Khải Ân Hoàng Văn Sáu cho biết …" names the holder after the place', () => {
    const ex = one('Giám đốc bệnh viện Đa khoa huyện Lê Khải Ân Hoàng Văn Sáu cho biết bệnh viện đã tiếp nhận 12 bệnh nhân trong đêm.');
    expect(quoteWith(ex, 'tiếp nhận 12 bệnh nhân')?.speaker).toBe('Hoàng Văn Sáu');
  });
});

describe('a day\'s word after a title is nobody\'s name', () => {
  it('"Speaking on the X Morning Show on Monday, Dr Y stated …" never shows "Monday"', () => {
    const ex = one(
      'Speaking on Radio Kente PM Drive on Monday, March 10, Dr Kofi Asante stated it is unfair to judge the ministry on one season.',
      '"We have started the process to repeal the regulation," he explained.',
    );
    for (const q of ex.quotes) expect(q.speaker).not.toBe('Monday');
    expect(ex.quotes.some((q) => q.text.includes('started the process to repeal'))).toBe(true);
  });

  it('"toà nhà báo Làng quê Ngày mới" makes no speaker "Ngày": "anh" stays the one interviewed', () => {
    const ex = one(
      'Gặp lại Tổng Giám đốc Ngân hàng Bình Minh Lạc Quốc Toản vào một ngày thu, chúng tôi kể cho nhau nghe chuyện cũ. Biết anh từ những ngày đầu anh về ngân hàng năm 2012, nhưng phải đến khi anh rời đi hai anh em mới có cuộc hẹn đầu tiên. Hình như cuộc hẹn đó vào khoảng tháng 5/2017 tại tầng 9 của toà nhà báo Làng quê Ngày mới trên phố Tạ Quang Lịch, khi anh có việc ra Hà Nội.',
      'Câu chuyện khi đó của hai anh em là về cuộc sống, về công việc và cả về lý do anh rời khỏi ngân hàng. Trước khi rời đi, anh có nói với tôi rằng: "Anh sẽ sớm trở lại với ngân hàng".',
    );
    const q = quoteWith(ex, 'sớm trở lại với ngân hàng');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).not.toBe('Ngày');
    expect(q?.speaker).toBe('Lạc Quốc Toản');
  });
});
