/**
 * Who speaks when the evidence is thin: a wrong name is worse than none, so each rule here either finds the
 * person the sentence means or leaves the speaker blank. Sentences written for these tests; people invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith, speakersOn } from '../helpers/articles.js';

const day = { published: '2024-03-02' } as const;
const speakerOf = speakersOn(day.published);

describe('English possessives', () => {
  it('"X\'s spokesman Y said": the spokesman speaks, not the person he speaks for', () => {
    expect(speakerOf([
      'Trade Minister Ola Strand’s spokesman Per Lund said the minister had not signed the deal and would not sign it this year.',
    ], 'had not signed the deal')).toBe('Per Lund');
  });

  it('a surname after a possessive full name is that person', () => {
    expect(speakerOf([
      'Ola Strand’s remarks, made in a radio interview on Monday, came after the vote.',
      '"We will not raise the tax on fuel before the winter is over," Strand said.',
    ], 'raise the tax on fuel')).toBe('Ola Strand');
  });
});

describe('pronouns', () => {
  it('"he" after another person opened a sentence since the last speaker is nobody', () => {
    expect(speakerOf([
      'Defence Minister Ola Strand said the talks would resume in May.',
      'Trade Secretary Erik Vang met the delegation in Bergen on Tuesday, praising its “constructive” tone.',
      '“We expect an agreement before the summer,” he told reporters.',
    ], 'agreement before the summer')).toBeNull();
  });

  it('with no one quoted yet, "he" is the person the sentence before was about', () => {
    expect(speakerOf([
      'Speaking on the radio today, Energy Minister Erik Vang defended the plan to close the mine.',
      'He said: “The plan will cut the cost of power for every family in the valley.”',
    ], 'cut the cost of power')).toBe('Erik Vang');
  });

  it('"he" is nobody when a name without a title came after the last person with one', () => {
    expect(speakerOf([
      'Mr. Lund and Jon Berge briefed the council on the talks this morning.',
      'After the meeting, reporting on his visit to the border region, Jon Berge described the camps as crowded.',
      'Convening another round of talks now would be premature and risky for everyone involved, he said.',
    ], 'Convening another round')).toBeNull();
  });

  it('"ông" still finds the person named with his title past a company name written bare', () => {
    expect(speakerOf([
      'Giữa lúc thị trường bất động sản khó khăn kéo dài, ông Lê Văn Tường, Chủ tịch Green Harbor Holdings, vẫn tiếp tục rót vốn.',
      'Trong buổi gặp gỡ nhà đầu tư, ông cho biết công ty sẽ mở thêm ba nhà máy chế biến gỗ ở miền Trung.',
    ], 'mở thêm ba nhà máy')).toBe('Lê Văn Tường');
  });

  it('a pronoun does not refer to a name that comes after it in its own sentence', () => {
    expect(speakerOf([
      'Bộ trưởng Hồ Văn Tài cho biết ngân sách cho dự án đã được duyệt.',
      '“Chúng tôi sẽ giải ngân ngay trong tháng này để kịp mùa khô”, ông nói với Chủ tịch tỉnh Đặng Quốc Việt.',
    ], 'giải ngân ngay')).toBe('Hồ Văn Tài');
  });
});

describe('subjects that are not one person of the cast', () => {
  it('"her office said" is not the minister herself', () => {
    const paragraphs = [
      'Health Minister Greta Holm’s remarks on the hospital closures were “taken out of context”, her office said on Monday.',
      '“The minister never said the northern hospitals would close before the new ones open,” her office said.',
    ];
    expect(speakerOf(paragraphs, 'never said the northern hospitals')).toBeNull();
  });

  it('"it said, she had …": what an office reports is not the words of the person it reports on', () => {
    expect(speakerOf([
      'Minister Greta Holm spoke to reporters in the morning.',
      'Noting that Holm had first refused to take questions on the budget, it said, she had “answered only briefly” on the cuts.',
    ], 'answered only briefly')).toBeNull();
  });

  it('"họ cho biết" is a group, never the last person named', () => {
    expect(speakerOf([
      'Ông Phí Văn Lâm, trưởng thôn, đã đến hiện trường từ sáng sớm.',
      'Nhiều hộ dân trong thôn cũng có mặt. Họ cho biết nước lũ đã rút nhưng đường vào thôn vẫn còn ngập sâu.',
    ], 'nước lũ đã rút')).toBeNull();
  });
});

describe('"thầy" is an honorific like "ông"', () => {
  it('names the teacher, not "Thầy X", and "Thầy" with a surname is that teacher', () => {
    const paragraphs = [
      'Chúng tôi gặp thầy Lương Văn Toàn, hiệu trưởng một trường làng ven biển.',
      'Thầy Toàn nhẹ nhàng nói với học trò: “Các em về nhà nhớ ôn lại bài hình học nhé!”.',
      'Thầy Lương Văn Toàn: Trường không thu thêm một khoản nào ngoài học phí.',
    ];
    expect(speakerOf(paragraphs, 'ôn lại bài hình học')).toBe('Lương Văn Toàn');
    expect(speakerOf(paragraphs, 'không thu thêm một khoản')).toBe('Lương Văn Toàn');
  });
});

describe('an organisation in a description after the speaker', () => {
  it('"X, cựu học sinh trường THPT Y kể:" and "X, giám đốc Công ty TNHH Z cho biết:" are X speaking', () => {
    expect(speakerOf(['Anh Lê Minh Khoa, cựu học sinh trường THPT Chuyên Lê Lợi kể: “Tôi còn nhớ mãi buổi học cuối cùng”.'], 'buổi học cuối cùng')).toBe('Lê Minh Khoa');
    expect(speakerOf(['Em Phan Thu Trang, học sinh lớp 10 trường THPT Trần Phú kể: “Chúng em tập văn nghệ suốt một tháng”.'], 'tập văn nghệ')).toBe('Phan Thu Trang');
    expect(speakerOf(['Ông Đỗ Văn Hùng, giám đốc Công ty TNHH Sao Mai cho biết: “Đơn hàng quý này tăng gấp đôi”.'], 'Đơn hàng quý này')).toBe('Đỗ Văn Hùng');
  });
});

describe('a company named inside a title', () => {
  it('takes the whole company name, and the person only from a family name on', () => {
    expect(speakerOf(['Giám đốc Công ty Sao Mai Đỗ Văn Hùng cho biết: “Đơn hàng quý này tăng gấp đôi”.'], 'Đơn hàng quý này')).toBe('Đỗ Văn Hùng');
    expect(speakerOf(['Chủ tịch Tập đoàn Bình Minh Xanh Lê Minh Khang nói: “Chúng tôi chưa tăng giá thép”.'], 'chưa tăng giá thép')).toBe('Lê Minh Khang');
  });

  it('shows the title itself when only the company follows it ("Đại diện Công ty Sao Mai cho biết"), not a cut name', () => {
    expect(speakerOf(['Đại diện Công ty Sao Mai cho biết: “Đơn hàng quý này tăng gấp đôi”.'], 'Đơn hàng quý này')).toBe('Đại diện Công ty Sao Mai');
  });
});

describe('a person named inside the description of the speaker', () => {
  it('"Luật sư X, người bào chữa cho ông Y, nói" is the lawyer; "Ông A, em trai luật sư B, cho rằng" is A', () => {
    const paragraphs = [
      'Luật sư Trần Văn Nam, người bào chữa cho ông Đỗ Minh Khang, nói ông "rất bất ngờ" trước bản án phúc thẩm.',
      '"Chúng tôi sẽ gửi đơn giám đốc thẩm", ông nói với phóng viên sau phiên tòa.',
      'Ông Đỗ Minh Tâm, em trai luật sư Khang, thì cho rằng bản án là "quá nặng".',
    ];
    expect(speakerOf(paragraphs, 'rất bất ngờ')).toBe('Trần Văn Nam');
    expect(speakerOf(paragraphs, 'gửi đơn giám đốc thẩm')).toBe('Trần Văn Nam');
    expect(speakerOf(paragraphs, 'bản án là')).toBe('Đỗ Minh Tâm');
  });

  it('a relative speaking about a named person is not that person', () => {
    expect(speakerOf(['Vợ anh Trần Văn Tú kể: “Anh ấy đi làm từ sáng sớm và không về nữa”.'], 'đi làm từ sáng sớm')).not.toBe('Trần Văn Tú');
    expect(speakerOf(['Con gái ông Lê Văn Dũng cho biết: “Bố tôi vẫn chưa tỉnh lại sau ca mổ”.'], 'chưa tỉnh lại')).not.toBe('Lê Văn Dũng');
  });
});

describe('a name that is the topic of the clause before the subject', () => {
  it('"Trả lời câu hỏi về chuyến thăm của Thủ tướng A, người phát ngôn cho biết" is the spokesperson, never A', () => {
    const sentence = 'Trả lời câu hỏi về chuyến thăm của Thủ tướng Lê Văn Hải, người phát ngôn Bộ Ngoại giao cho biết: “Chuyến thăm sẽ diễn ra vào tháng tới”.';
    expect(speakerOf([sentence], 'Chuyến thăm sẽ diễn ra')).not.toBe('Lê Văn Hải');
    expect(speakerOf([
      'Người phát ngôn Bộ Ngoại giao Đỗ Thu Trang chủ trì cuộc họp báo thường kỳ chiều 28/2.',
      sentence,
    ], 'Chuyến thăm sẽ diễn ra')).toBe('Đỗ Thu Trang');
  });
});

describe('the writer as the subject', () => {
  it('"…làm việc với thầy X, phó hiệu trưởng, tôi … nói …: “…”" is not the teacher speaking', () => {
    expect(speakerOf([
      'Trong lần ghé trường làm việc với thầy Đinh Văn Lợi, phó hiệu trưởng nhà trường, tôi bất ngờ khi đang nói chuyện thì một em học sinh chạy vào: “Thầy ơi, lớp em xong bài rồi!”.',
    ], 'lớp em xong bài')).toBeNull();
  });
});

describe('a title after a dash', () => {
  it('"Trung tá X - Trưởng Công an huyện Y thông tin:" and "Thiếu tá X - Phó Trưởng phòng … cho biết" are X', () => {
    expect(speakerOf(['Sáng 12-4, trao đổi với phóng viên, Trung tá Lê Văn Bốn - Trưởng Công an huyện Tân Lạc thông tin: “Chúng tôi đang xác minh vụ việc”.'], 'đang xác minh vụ việc')).toBe('Lê Văn Bốn');
    expect(speakerOf(['Thiếu tá Hồ Minh Sáu - Phó Trưởng phòng Cảnh sát hình sự cho biết: “Nghi phạm đã bị bắt tại nhà riêng”.'], 'bị bắt tại nhà riêng')).toBe('Hồ Minh Sáu');
  });
});

describe('a coach named with his club', () => {
  it('"HLV Minh Tuấn của CLB X cho rằng" names Minh Tuấn, even when his name starts like a country or another coach\'s', () => {
    const paragraphs = [
      'Phát biểu sau trận, HLV của đội khách, Lê Huỳnh Đức chia sẻ rằng đội bóng của ông đã chơi dưới sức.',
      'Trong khi đó, HLV Đức Thắng của CLB Sông Lam cho rằng các học trò của ông đã thi đấu rất kỷ luật.',
      'HLV Minh Tuấn của CLB Hải Phòng cho rằng lịch thi đấu quá dày.',
    ];
    expect(speakerOf(paragraphs, 'chơi dưới sức')).toBe('Lê Huỳnh Đức');
    expect(speakerOf(paragraphs, 'thi đấu rất kỷ luật')).toBe('Đức Thắng');
    expect(speakerOf(paragraphs, 'lịch thi đấu quá dày')).toBe('Minh Tuấn');
  });
});

describe('a denied reporting verb', () => {
  it('"X không xác nhận …" reports nothing X said', () => {
    const ex = extractArticle(['Bị cáo Lý Văn Bình không xác nhận những nội dung này.', 'Ông Lý Văn Bình cho biết đã nộp lại toàn bộ số tiền.'], day);
    expect(quoteWith(ex, 'những nội dung này')).toBeUndefined();
    expect(quoteWith(ex, 'đã nộp lại toàn bộ số tiền')?.speaker).toBe('Lý Văn Bình');
  });
});

describe('a body written in title case after a title', () => {
  it('"nhà báo X, Chủ Tịch Hội Nhà Báo Y có nói:" is X, not the body', () => {
    expect(speakerOf([
      'Trong cuộc trao đổi với nhà báo Lê Minh Khoa, nhà báo Đinh Văn Lợi, Chủ Tịch Hội Nhà Báo Tự Do Miền Trung có nói: “Chúng tôi sẽ gửi kiến nghị lên Quốc hội”.',
    ], 'gửi kiến nghị lên Quốc hội')).toBe('Đinh Văn Lợi');
  });
});

describe('an unnamed someone as the subject', () => {
  it('"…, dư luận quan tâm vì có ý kiến cho rằng …" is not the person named before the comma', () => {
    expect(speakerOf([
      'Đại biểu Lê Văn Khải chất vấn về đề án sách giáo khoa, dư luận rất quan tâm vì có ý kiến cho rằng môn Địa lý sẽ bị bỏ khỏi chương trình mới.',
    ], 'môn Địa lý sẽ bị bỏ')).not.toBe('Lê Văn Khải');
  });
});

describe('a question that was dodged', () => {
  it('"X né tránh câu hỏi rằng liệu …" reports nothing X said', () => {
    const ex = extractArticle(['Trong cuộc phỏng vấn, Thủ tướng Lê Văn Hải đã né tránh câu hỏi rằng liệu ông có xin lỗi các nạn nhân hay không.'], day);
    expect(quoteWith(ex, 'xin lỗi các nạn nhân')).toBeUndefined();
  });
});

describe('a person named right after a body', () => {
  it('"<unknown title> Viện Y Trần Thị B nói" is the person, not the body', () => {
    expect(speakerOf(['Trưởng nhóm nghiên cứu Viện Hải dương học Trần Thị Bích nói: “Rạn san hô đang hồi phục chậm”.'], 'Rạn san hô')).toBe('Trần Thị Bích');
  });

  it('a family name that spells like a common word ("Đỗ", "Hồ", "Đặng") still opens the name', () => {
    expect(speakerOf(['Đặng Văn Khoa cho biết: “Tôi đã nộp đủ hồ sơ”.', 'Ông Đặng Văn Khoa là chủ cơ sở.'], 'nộp đủ hồ sơ')).toBe('Đặng Văn Khoa');
  });
});

describe('an English title naming the ministry', () => {
  it('"Spokesperson of the Ministry of Foreign Affairs Le Thi Hoa" is Le Thi Hoa, without the ministry\'s words', () => {
    expect(speakerOf([
      'The statement was made by Spokesperson of the Ministry of Foreign Affairs Le Thi Hoa on Monday.',
      '“Vietnam supports all efforts to keep the peace,” Hoa said.',
    ], 'keep the peace')).toBe('Le Thi Hoa');
  });
});
