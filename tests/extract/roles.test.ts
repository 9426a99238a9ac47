import { describe, expect, it } from 'vitest';
import { extractArticle, extractOn, quoteWith } from '../helpers/articles.js';

const extract = (paragraphs: string[]) => extractArticle(paragraphs, { published: '2024-05-10' });

describe('role nouns without a name', () => {
  it('resolve to the person of the article who holds the role', () => {
    const ex = extract([
      'Bị cáo Đỗ Minh Quân bị truy tố tội lừa đảo chiếm đoạt tài sản.',
      '“Tôi xin lỗi những người đã tin tưởng tôi”, bị cáo nói trong nước mắt.',
    ]);
    expect(quoteWith(ex, 'Tôi xin lỗi')?.speaker).toBe('Đỗ Minh Quân');
  });

  it('a bare title nobody of the article holds leaves the speaker blank', () => {
    const ex = extract(['“Tôi không biết đó là tiền của nhà đầu tư”, bị cáo nói trong nước mắt.']);
    expect(quoteWith(ex, 'Tôi không biết')?.speaker).toBeNull();
  });

  it('a title with a field written in full names the person seen with it', () => {
    const ex = extract([
      'Thứ trưởng Khoa học và Công nghệ Lê Hồng Sơn dự lễ ra mắt.',
      '“Đây là bước tiến quan trọng của ngành công nghệ trong nước”, Thứ trưởng Khoa học và Công nghệ nói tại sự kiện.',
    ]);
    expect(quoteWith(ex, 'bước tiến quan trọng')?.speaker).toBe('Lê Hồng Sơn');
  });

  it('"người đứng đầu X" is the person whose title heads X', () => {
    const ex = extract([
      'Ông Arif Santoso, Tổng thư ký ASEAN, và Bộ trưởng Tài chính Hồ Đức Phong cùng dự hội nghị.',
      '“Khu vực cần đoàn kết hơn bao giờ hết trước các thách thức”, người đứng đầu Ban Thư ký ASEAN nói.',
      'Người đứng đầu ngành tài chính cũng lưu ý rằng các địa phương phải giải ngân vốn đầu tư công nhanh hơn.',
    ]);
    expect(quoteWith(ex, 'Khu vực cần đoàn kết')?.speaker).toBe('Arif Santoso');
    expect(quoteWith(ex, 'giải ngân vốn')?.speaker).toBe('Hồ Đức Phong');
  });
});

describe('other reporting patterns', () => {
  it('"X gọi Y là “…”" is X speaking, and embedded', () => {
    const q = quoteWith(extract(['Ngoại trưởng Carmen Ruiz gọi đề xuất này là “một bước lùi nghiêm trọng cho khu vực”.']), 'bước lùi');
    expect([q?.speaker, q?.kind]).toEqual(['Carmen Ruiz', 'partial']);
  });

  it('"bà" refers to the woman named in the same paragraph before one quoted earlier', () => {
    const ex = extract([
      'Bà Anna Sörensen cho biết: “Chúng tôi chưa nhận được văn bản nào từ phía đối tác”.',
      'Ngoại trưởng Lucía Herrero hôm qua gọi lệnh cấm là “một sai lầm lịch sử”. “Chúng tôi sẽ kiện ra tòa án quốc tế”, bà nói.',
    ]);
    expect(quoteWith(ex, 'kiện ra tòa án')?.speaker).toBe('Lucía Herrero');
  });

  it('a Korean name written family name first is later "bà Lee"', () => {
    const ex = extract([
      'Thứ trưởng Ngoại giao Hàn Quốc Lee Min-jung cho biết: “Seoul ủng hộ đối thoại đa phương”.',
      'Bà Lee nói thêm: “Chúng tôi sẽ gửi phái đoàn tới Geneva vào tuần tới”.',
    ]);
    expect(quoteWith(ex, 'gửi phái đoàn')?.speaker).toBe('Lee Min-jung');
    expect(ex.speakers.map((s) => s.name)).toEqual(['Lee Min-jung']);
  });
});

describe('an unnamed lawyer is not the client', () => {
  const ex = extractOn('2024-03-13')(
    'Chiều 12/3, tòa tiếp tục xét xử bị cáo Hoàng Văn Tú về tội lừa đảo chiếm đoạt tài sản.',
    'Bào chữa cho bị cáo Tú, luật sư cho rằng thân chủ đã thành khẩn khai báo và khắc phục hậu quả.',
    'Theo luật sư, ông Tú “không hề biết số tiền chuyển vào tài khoản là tiền lừa đảo”.',
  );

  it('"Theo luật sư, ông X “…”": the words are the lawyer’s, who is not named', () => {
    const q = quoteWith(ex, 'không hề biết số tiền');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it('"Bào chữa cho bị cáo X, luật sư cho rằng …" is not X speaking', () => {
    expect(ex.quotes.filter((q) => q.speaker === 'Hoàng Văn Tú').map((q) => q.text)).toEqual([]);
  });
});

describe('what an unnamed lawyer said, in a report dated by its session', () => {
  const ex = extractOn('2024-03')(
    'Chiều 12/3, phiên phúc thẩm vụ án lừa đảo tại công ty địa ốc Nam Phát diễn ra phần tranh luận.',
    'Bào chữa cho bị cáo Hoàng Văn Tú, luật sư cho rằng thân chủ đã thành khẩn khai báo và khắc phục hậu quả.',
  );

  it('is kept, with no name, and dated to the session the lede names', () => {
    expect(quoteWith(ex, 'thành khẩn khai báo')).toMatchObject({ speaker: null, kind: 'indirect', date: '2024-03-12' });
  });
});

describe('a title set after a named person by a dash or a comma', () => {
  const one = extractOn('2024-10-23');

  it('"Thượng tá Sùng A Páo - Phó Giám đốc …": an upland family name opens a name, and the title is his later on', () => {
    const ex = one(
      'Ngày 22-10, Thượng tá Sùng A Páo - Phó Giám đốc Công an tỉnh Hà Giang cho biết chiếc xe tải đã mất phanh khi xuống dốc.',
      '“Cơ quan điều tra đang làm rõ trách nhiệm của chủ xe” - phó giám đốc Công an tỉnh Hà Giang cho biết thêm.',
    );
    expect(quoteWith(ex, 'mất phanh khi xuống dốc')?.speaker).toBe('Sùng A Páo');
    expect(quoteWith(ex, 'trách nhiệm của chủ xe')?.speaker).toBe('Sùng A Páo');
  });

  it('"Ông X - CEO Sao Mai cho hay": the words after the title name the company, X speaks', () => {
    const ex = one('Ông Phạm Văn Tâm - CEO Sao Mai cho hay công ty đã mất khoảng 10 tỷ đồng mỗi tháng.');
    expect(quoteWith(ex, 'mất khoảng 10 tỷ')?.speaker).toBe('Phạm Văn Tâm');
  });

  it('"Thượng tá X, Trưởng phòng Hậu cần, cho biết": the field after the title is not a name, X speaks', () => {
    const ex = one('Chiều 18-4, Thượng tá Đoàn Văn Lực, Trưởng phòng Hậu cần, cho biết đường dây nóng đã nhận hơn 200 cuộc gọi.');
    expect(quoteWith(ex, 'hơn 200 cuộc gọi')?.speaker).toBe('Đoàn Văn Lực');
  });

  it('"GS Y, Giám đốc Bệnh viện K cho biết": a lone letter names the hospital, not its director', () => {
    const ex = one('GS.TS Lưu Văn Hòa, Giám đốc Bệnh viện K cho biết bệnh viện đã mở thêm hai phòng khám ung bướu.');
    expect(quoteWith(ex, 'hai phòng khám')?.speaker).toBe('Lưu Văn Hòa');
  });
});
