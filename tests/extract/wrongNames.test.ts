import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-18');

describe('a person named in an opening phrase governed by a preposition is not the subject', () => {
  const ex = one(
    'Luật sư Phan Đức Thọ bào chữa cho bị cáo Vũ Minh Khang cho rằng cáo trạng chưa làm rõ số tiền bị chiếm đoạt.',
    'Với bị cáo Vũ Minh Khang, luật sư cho rằng, việc ký hồ sơ chỉ là làm theo chỉ đạo của cấp trên.',
    'Để bào chữa cho Vũ Minh Khang, luật sư cho rằng cần xem xét hoàn cảnh gia đình của bị cáo.',
  );

  it('"Với bị cáo X, luật sư cho rằng …" is the lawyer, not X', () => {
    expect(quoteWith(ex, 'làm theo chỉ đạo của cấp trên')?.speaker).toBe('Phan Đức Thọ');
  });

  it('"Để bào chữa cho X, luật sư cho rằng …" is the lawyer too', () => {
    expect(quoteWith(ex, 'hoàn cảnh gia đình')?.speaker).toBe('Phan Đức Thọ');
  });

  it('a title after a named person and a comma that opens the sentence is still that person\'s', () => {
    const ex2 = one('Ông Đàm Quốc Bảo, Giám đốc Sở Xây dựng cho biết công trình sẽ xong trong tháng tới.');
    expect(quoteWith(ex2, 'công trình sẽ xong')?.speaker).toBe('Đàm Quốc Bảo');
  });
});

describe('a body written in sentence case is not a name', () => {
  it('"…, ông X, Giám đốc Bệnh viện … Trung ương xác nhận." gives X and words that stop before the name', () => {
    const ex = one('Bệnh viện đã báo cáo sự việc lên Bộ Y tế ngay trong đêm, ông Lã Văn Định, Giám đốc Bệnh viện Phổi Trung ương xác nhận.');
    const q = quoteWith(ex, 'báo cáo sự việc lên Bộ Y tế');
    expect(q?.speaker).toBe('Lã Văn Định');
    expect(q?.text).toBe('Bệnh viện đã báo cáo sự việc lên Bộ Y tế ngay trong đêm');
  });

  it('an unnamed deputy director of such a body is no one named "Trung"', () => {
    const ex = one('Phó Giám đốc Bệnh viện Nhi Trung ương cho biết các ca bệnh đều đã ổn định.');
    expect(quoteWith(ex, 'các ca bệnh đều đã ổn định')?.speaker ?? null).toBeNull();
  });
});

describe('a single-quoted statement of two sentences', () => {
  it("'…. …', ông X, Giám đốc Y xác nhận: the whole passage is X's words", () => {
    const ex = one("'Lực lượng bảo vệ đã có mặt ngay. Bệnh viện cũng đã báo cáo lên Sở Y tế', ông Lã Văn Định, Giám đốc Bệnh viện Phổi Trung ương xác nhận.");
    const q = quoteWith(ex, 'Lực lượng bảo vệ đã có mặt ngay');
    expect(q?.speaker).toBe('Lã Văn Định');
    expect(q?.text).toBe('Lực lượng bảo vệ đã có mặt ngay. Bệnh viện cũng đã báo cáo lên Sở Y tế');
  });
});

describe('sentences a page glued together', () => {
  it('a reported clause ends at the glued stop', () => {
    const ex = one('Bà Hà Thu Trang khẳng định sẵn sàng nghe mọi góp ý của báo chí.Trước khi nhận chức, bà Trang đã có nhiều năm làm ở Vụ.');
    expect(quoteWith(ex, 'sẵn sàng nghe mọi góp ý')?.text).toBe('sẵn sàng nghe mọi góp ý của báo chí');
  });
});

describe('a dotted abbreviation opens a body, not a name', () => {
  it('"Bí thư Thứ nhất T.Ư Đoàn đề nghị …" is never a person called "T.Ư Đoàn"', () => {
    const ex = one('Bí thư Thứ nhất T.Ư Đoàn đề nghị thanh niên cả nước tham gia tình nguyện trong dịp hè này.');
    expect(quoteWith(ex, 'tham gia tình nguyện')?.speaker ?? null).not.toBe('T.Ư Đoàn');
  });
});

describe('two people joined as the subject', () => {
  it('"X and Y underlined …" credits the first named, as "Ông X và bà Y cho biết" does', () => {
    const ex = one(
      'Minister Tran Van Hai met Secretary of State Karin Holm and Adviser of the Security Council Paul Martin Decker in Oslo.',
      'US State Secretary Holm and Adviser Decker highlighted the growth of ties in recent times.',
      'While comparing notes, Holm and Decker underlined the importance of keeping the sea lanes open to all ships.',
    );
    const q = quoteWith(ex, 'keeping the sea lanes open');
    expect(q?.speaker).toMatch(/Holm$/u);
  });
});

describe('a part an actor plays', () => {
  it('"X vào vai ca sĩ Y. Anh nói: “…”" never credits the character Y', () => {
    const ex = one(
      'Diễn viên Trần Quốc Huy tham gia bộ phim mới của đạo diễn Lê Minh.',
      'Quốc Khánh vào vai nhạc công Hà Ly. Anh hóm hỉnh nói: “Tôi thích nhân vật này vì nó rất khác tôi ngoài đời”.',
    );
    const q = quoteWith(ex, 'Tôi thích nhân vật này');
    expect(q?.speaker ?? null).not.toBe('Hà Ly');
    // Nor the actor of the paragraph before: a new subject opened this paragraph.
    expect(q?.speaker ?? null).not.toBe('Trần Quốc Huy');
  });
});

describe('a straight opening mark closed by a curly one, before another straight pair', () => {
  const ex = one('Luật sư Đinh Văn Quế nói: "Cần xem lại các lời khai vì chúng không thống nhất”. Hai luật sư bảo vệ cho Tư "Sẹo" đề nghị tòa xem xét giảm nhẹ hình phạt cho bị cáo.');

  it('the quotation ends at the curly mark', () => {
    const q = quoteWith(ex, 'Cần xem lại các lời khai');
    expect(q?.speaker).toBe('Đinh Văn Quế');
    expect(q?.text).toBe('Cần xem lại các lời khai vì chúng không thống nhất');
  });

  it('what two lawyers asked is never shown as quoted words of one of them', () => {
    expect(quoteWith(ex, 'xem xét giảm nhẹ hình phạt')?.speaker ?? null).not.toBe('Đinh Văn Quế');
  });
});

describe('a speaker carried to a later quotation of the paragraph', () => {
  it('is not carried past a sentence about someone else; the first-person words stay, unnamed', () => {
    const ex = one('Trao đổi với phóng viên, đại tá Cao Văn Lực cho biết vụ việc không có dấu hiệu hình sự. Vẫn theo đại tá Lực, gia đình đã an táng nạn nhân theo phong tục. Trước đó, dư luận rộ lên tin một người hàng xóm đã chứng kiến sự việc. “Tôi khẳng định mình đã thấy hai người lạ vào nhà”.');
    const q = quoteWith(ex, 'Tôi khẳng định mình đã thấy');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });

  it('is carried over a sentence that names no one else', () => {
    const ex = one('Trong thông cáo, Công ty Hoa Sen cho biết mỗi ngày doanh nghiệp mất hàng tỷ đồng. Khoản tiền này chưa gồm các chi phí khác. Do đó, công ty phải "tạm ngừng mọi hoạt động sản xuất và kinh doanh".');
    expect(quoteWith(ex, 'tạm ngừng mọi hoạt động')?.speaker).toBe('Công ty Hoa Sen');
  });
});

describe('an English appositive title with an article before it', () => {
  it('"X, the Dutch coach of Y, said …" is X, never the other coach of the article', () => {
    const ex = one(
      'Coach Karl Olsen spoke to reporters after the game in Oslo.',
      'Peter Lund, the Dutch coach of the visiting team, said he has watched the moment again and believed the card was wrong.',
    );
    expect(quoteWith(ex, 'watched the moment again')?.speaker).toBe('Peter Lund');
  });

  it('"pointed out" reports what follows', () => {
    const ex = one('Foreign Minister Karin Holm pointed out that the two countries had kept trade growing despite the pandemic.');
    expect(quoteWith(ex, 'kept trade growing')?.speaker).toBe('Karin Holm');
  });
});

describe('a show host and the guest after him', () => {
  const ex = one(
    'Vừa bước ra sân khấu, Hồng Nhung đã nhận được lời khen từ MC Ngô Quang Huy. Nam MC nhận xét nữ ca sĩ có giọng hát rất ấm và truyền cảm. Hồng Nhung tiết lộ vì dịch bệnh nên cô bị hủy show liên tục. Giọng ca của những bản tình ca tỏ ra tiếc nuối: “Vì tôi đã có kế hoạch ra mắt album, nên rất cần các show diễn để có kinh phí”.',
  );

  it('"MC X" is a title and "nam MC" is that host, never a body called "MC"', () => {
    expect(quoteWith(ex, 'giọng hát rất ấm')?.speaker).toBe('Ngô Quang Huy');
  });

  it('the guest\'s words after a sentence about her are never the host\'s', () => {
    const speaker = quoteWith(ex, 'kế hoạch ra mắt album')?.speaker ?? null;
    expect(['Ngô Quang Huy', 'MC']).not.toContain(speaker);
  });
});

describe('a quotation whose own attribution names someone unreadable is not the previous speaker\'s', () => {
  const ex = one(
    '“Giá thuê kho bãi ở vùng ven đã tăng gần gấp đôi”, bà Đinh Thu Hằng, Phó giám đốc công ty vận tải Sao Bắc, nói về chi phí.',
    '“Chúng tôi phải dời kho ra xa hơn ba mươi cây số”, Hải Trịnh, giám đốc công ty gỗ Đông Lâm, nói.',
    '“Đơn hàng xuất khẩu quý này vẫn giữ được như năm ngoái”, Ngân Đỗ nói.',
    '“Chi phí xăng dầu cũng đang đè nặng lên giá cước”, bà Hằng nói. “Khách hàng nhỏ sẽ chịu thiệt nhiều nhất”, bà nói thêm.',
  );

  it('"“…”, <unreadable name>, <title>, cho biết." keeps the words, with no speaker rather than the one before', () => {
    const q = quoteWith(ex, 'dời kho ra xa hơn');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });

  it('"“…”, <unreadable name> nói." likewise', () => {
    const q = quoteWith(ex, 'Đơn hàng xuất khẩu quý này');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });

  it('a named speaker and a pronoun after the quotation still give that speaker', () => {
    expect(quoteWith(ex, 'Giá thuê kho bãi')?.speaker).toBe('Đinh Thu Hằng');
    expect(quoteWith(ex, 'Khách hàng nhỏ sẽ chịu thiệt')?.speaker).toBe('Đinh Thu Hằng');
  });
});
