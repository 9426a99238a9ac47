import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quoteSpans.js';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('layouts of quotations on news pages', () => {
  it('reads an attribution after a dash, with a verb or as "chia sẻ của X"', () => {
    const ex = extractArticle([
      'Bộ trưởng Lê Minh Khôi trả lời báo chí về kế hoạch mới của ngành đường sắt.',
      '“Chúng tôi sẽ hoàn thành tuyến mới trong quý tới” - ông Khôi nói.',
      '“Thông tin này cần có sự thống nhất cao, tránh gây hoang mang”-chia sẻ của Bộ trưởng Lê Minh Khôi với báo chí.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'hoàn thành tuyến mới')?.speaker).toBe('Lê Minh Khôi');
    expect(quoteWith(ex, 'hoàn thành tuyến mới')?.kind).toBe('direct');
    expect(quoteWith(ex, 'thống nhất cao')?.speaker).toBe('Lê Minh Khôi');
  });

  it('takes unquoted words after "X cho biết:" to the end of the paragraph as direct speech', () => {
    const ex = extractArticle([
      'Trả lời câu hỏi về tiến độ, Giám đốc Trần Thị Mai cho biết: Các tổ đội đã nỗ lực tối đa. Nếu trời thuận lợi thì công trình xong sớm hơn.',
      'Bà Mai cho biết: gồm ba hạng mục.',
    ], { published: '2024-05-02' });
    const q = quoteWith(ex, 'Các tổ đội đã nỗ lực tối đa');
    expect(q?.speaker).toBe('Trần Thị Mai');
    expect(q?.kind).toBe('direct');
    expect(q?.text).toContain('công trình xong sớm hơn');
    // A lower-case start after the colon is a list or a definition, not speech: not a direct quote.
    expect(ex.quotes.filter((x) => x.text.includes('ba hạng mục') && x.kind === 'direct')).toHaveLength(0);
  });

  it('reads the interview layout: a speaker label, the answer, and the answer continued in the first person', () => {
    const ex = extractArticle([
      'Phóng viên đã có cuộc trao đổi với doanh nhân Đỗ Quang Vinh về thị trường vốn.',
      'Thị trường năm nay có gì khác, thưa ông?',
      'Ông Đỗ Quang Vinh: Trước hết, dòng vốn đã quay lại rõ rệt. Còn việc định giá thì cần thêm thời gian.',
      'Vì thế, tôi quyết định rót thêm vốn cho hai công ty nhỏ.',
      'Thị trường chứng khoán tuần qua giảm nhẹ.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'dòng vốn đã quay lại')?.speaker).toBe('Đỗ Quang Vinh');
    expect(quoteWith(ex, 'tôi quyết định rót thêm vốn')?.speaker).toBe('Đỗ Quang Vinh');
    expect(quoteWith(ex, 'giảm nhẹ')).toBeUndefined();
    expect(quoteWith(ex, 'Thị trường năm nay')).toBeUndefined();
  });

  it('splits a flattened page at its bullets, and does not take a headline label for an answer', () => {
    const ex = extractArticle([
      'HLV Phạm Quốc Huy: Kết quả chưa nói lên điều gì!',
      'Sau trận đấu, hai HLV trả lời báo chí. * HLV Phạm Quốc Huy (U.21 Bắc Ninh): Chúng tôi vào trận với quyết tâm rất cao. Tôi hài lòng về lối chơi.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'quyết tâm rất cao')?.speaker).toBe('Phạm Quốc Huy');
    expect(quoteWith(ex, 'Sau trận đấu')).toBeUndefined();
    expect(quoteWith(ex, 'Kết quả chưa nói lên')).toBeUndefined();
  });
});

describe('English-language articles', () => {
  it('finds “…,” X said / said X / X told reporters, and X said (that) … as reported speech', () => {
    const ex = extractArticle([
      'The ministry said on Monday it would review the new tariff rules.',
      '“It is too early to judge the outcome,” ministry spokesman Tomas Lindqvist told reporters.',
      '"We will keep talking to all sides," said Lindqvist.',
      'Lindqvist said the talks with the port authority were a positive step.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'too early to judge')?.speaker).toBe('Tomas Lindqvist');
    expect(quoteWith(ex, 'keep talking to all sides')?.speaker).toBe('Tomas Lindqvist');
    const indirect = quoteWith(ex, 'the talks with the port authority');
    expect(indirect?.speaker).toBe('Tomas Lindqvist');
    expect(indirect?.kind).toBe('indirect');
  });
});

describe('quotation marks typed wrongly', () => {
  it('closes “… with a straight quote when no curly closer follows', () => {
    const spans = findQuoteSpans('“Chúng tôi không lo ngại". Ông nói thêm.');
    expect(spans[0]?.text).toBe('Chúng tôi không lo ngại');
    expect(spans[0]?.closed).toBe(true);
  });
});

describe('who speaks when the words before the colon describe the speaker', () => {
  it('takes the first person of a sentence that opens with them, or follows "phần chia sẻ của"', () => {
    const ex = extractArticle([
      'Bên cạnh đó, HLV Trương Văn Lộc cũng dành những lời khen cho đồng nghiệp bên kia: “Chúng ta đều biết năng lực của đội bạn, chắc chắn tôi sẽ cố gắng có một chiến thắng đẹp”.',
      'Câu chuyện bắt đầu với phần chia sẻ của ông Lý Quốc Bảo, nghe có phần ngậm ngùi: “Tôi mở bản tổng kết về chỉ số đổi mới sáng tạo của thành phố mà lòng nặng trĩu”.',
      'Theo bà Đinh Thu Hà: “Mọi quy trình đã được rà soát lại từ đầu tháng này”.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'năng lực của đội bạn')?.speaker).toBe('Trương Văn Lộc');
    expect(quoteWith(ex, 'chỉ số đổi mới sáng tạo')?.speaker).toBe('Lý Quốc Bảo');
    expect(quoteWith(ex, 'quy trình đã được rà soát')?.speaker).toBe('Đinh Thu Hà');
  });

  it('reads a surname alone before the verb in English ("…,” Lindqvist said.")', () => {
    const ex = extractArticle([
      'Port authority chief Tomas Lindqvist spoke after the meeting.',
      '"The relations are in such a deep crisis that one visit cannot change the trend," Lindqvist said.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'deep crisis')?.speaker).toBe('Tomas Lindqvist');
  });
});

describe('quoted words that are not statements', () => {
  it('rejects titles after a described work, a quotation that is the subject of "là", and labels of a policy', () => {
    const ex = extractArticle([
      'Đạo diễn Lâm Gia Huy chia sẻ, bộ phim điện ảnh đầu tay “Về quê ăn Tết thôi” mong muốn mang đến góc nhìn giản dị.',
      '"Về quê ăn Tết thôi" là phim điện ảnh xoay quanh câu chuyện của một gia đình nhỏ.',
      'Bộ trưởng Hồ Văn Khang cho biết, thực hiện chủ trương "mỗi địa phương một sản phẩm riêng", Bộ đã phê duyệt 40 dự án.',
      'Những người sáng lập gặp nhau và nói về câu chuyện “làm sao để doanh nghiệp Việt có tên trên bản đồ thế giới”.',
    ], { published: '2024-05-02' });
    expect(ex.quotes.filter((q) => q.kind !== 'indirect' && q.text.includes('Về quê ăn Tết'))).toHaveLength(0);
    expect(ex.quotes.filter((q) => q.kind !== 'indirect' && q.text.includes('mỗi địa phương'))).toHaveLength(0);
    expect(ex.quotes.filter((q) => q.kind !== 'indirect' && q.text.includes('bản đồ thế giới'))).toHaveLength(0);
  });

  it('keeps short quoted words only near a verb that governs them, not after a verb used as a noun or another sentence', () => {
    const ex = extractArticle([
      'Sở dĩ câu hỏi được đặt ra là bởi trong những thông báo trước đó của cơ quan này, các con số có phần “vênh nhau”.',
      'Ngày 3/8, Công ty Hải Đăng tuyên bố gọi vốn thành công 5 triệu USD trong vòng series A. Không dễ để gọi vốn giữa lúc “mùa đông” đang đến với giới khởi nghiệp.',
    ], { published: '2024-05-02' });
    expect(ex.quotes.filter((q) => q.text.includes('vênh nhau'))).toHaveLength(0);
    expect(ex.quotes.filter((q) => q.text.includes('mùa đông'))).toHaveLength(0);
  });
});

describe('a quotation cut off by the page', () => {
  it('is still read, not taken for a caption', () => {
    const ex = extractArticle([
      '“Thực tế, chúng tôi đã kiểm tra và thấy nội dung chưa phù hợp”, Bộ trưởng Ngô Đức Tài nói.',
      '“Bộ đã chỉ đạo các địa phương chấn chỉnh. Đồng thời tới đây sẽ sửa thông tư theo hướng tăng chế tài để quản l',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'chỉ đạo các địa phương chấn chỉnh')?.speaker).toBe('Ngô Đức Tài');
  });
});

describe('reported speech beside quotations and after the clause', () => {
  it('keeps the reported clause of a sentence that also quotes, and the clause after "X nói và cho biết"', () => {
    const ex = extractArticle([
      'Ngoại trưởng Lưu Minh Triết khẳng định nước này hoan nghênh đề xuất "công bằng và cân bằng", dù chưa nhận được bất kỳ đề xuất đàm phán nào.',
      '“Chúng tôi đã kiểm tra và thấy một số nội dung chưa phù hợp”, ông Triết nói và cho biết đã yêu cầu các đơn vị rà soát lại toàn bộ hồ sơ.',
      '“Mọi việc đã sẵn sàng”, ông Triết nói với phóng viên của kênh truyền hình "Thời Sự 24".',
    ], { published: '2024-05-02' });
    const reported = quoteWith(ex, 'chưa nhận được bất kỳ đề xuất');
    expect(reported?.kind).toBe('indirect');
    expect(reported?.speaker).toBe('Lưu Minh Triết');
    const chained = quoteWith(ex, 'yêu cầu các đơn vị rà soát');
    expect(chained?.kind).toBe('indirect');
    expect(chained?.text.startsWith('đã yêu cầu')).toBe(true);
    expect(quoteWith(ex, 'Thời Sự 24')).toBeUndefined();
  });

  it('reads "…, X khẳng định." and "…, X said." with the reported words before the comma', () => {
    const ex = extractArticle([
      'Chủ tịch Hiệp hội Doanh nghiệp trẻ Phan Quang Vũ có mặt tại hội nghị.',
      'Các doanh nghiệp sẵn sàng đầu tư thêm vào vùng nguyên liệu trong năm tới, Chủ tịch Phan Quang Vũ khẳng định.',
      'Port authority chief Tomas Lindqvist spoke after the meeting.',
      'The new terminal will open to cargo ships next spring, Lindqvist said on Monday.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'sẵn sàng đầu tư thêm')?.speaker).toBe('Phan Quang Vũ');
    expect(quoteWith(ex, 'sẵn sàng đầu tư thêm')?.kind).toBe('indirect');
    expect(quoteWith(ex, 'new terminal will open')?.speaker).toBe('Tomas Lindqvist');
  });
});

describe('a quotation paragraph after reported speech', () => {
  it('gives the quotation to the person whose words the paragraph before reported', () => {
    const ex = extractArticle([
      'Được quyền nói lời sau cùng, bị cáo Hà Văn Lực bày tỏ ân hận và thừa nhận đã vi phạm pháp luật vì thiếu hiểu biết.',
      '“Tôi rất ăn năn, chỉ mong được sớm trở về chăm sóc mẹ già và các con”.',
    ], { published: '2024-05-02' });
    expect(quoteWith(ex, 'rất ăn năn')?.speaker).toBe('Hà Văn Lực');
  });
});
