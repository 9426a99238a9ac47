import { describe, expect, it } from 'vitest';
import { extractArticle, extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-20');

describe('an interview whose answers carry no label', () => {
  it('a dash turn after a dash question is the answer of the one person the intro names', () => {
    const ex = one(
      'Nhân dịp khánh thành nhà máy, phóng viên đã trò chuyện với ông Đinh Quang Vũ, giám đốc nhà máy nước sạch.',
      '- Nhà máy mới sẽ thay đổi gì cho người dân trong vùng, thưa ông?',
      '- Trước hết, bà con sẽ có nước sạch quanh năm. Mùa khô năm ngoái, nhiều xã phải mua nước với giá rất cao.',
      '- Chi phí đầu tư có phải là trở ngại lớn nhất?',
      '- Đúng vậy. Vốn vay ưu đãi chỉ đủ cho một nửa công suất, phần còn lại phải huy động từ doanh nghiệp.',
    );
    const a = quoteWith(ex, 'bà con sẽ có nước sạch quanh năm');
    expect(a?.speaker).toBe('Đinh Quang Vũ');
    expect(a?.kind).toBe('direct');
    expect(a?.text.startsWith('Trước hết')).toBe(true);
    expect(quoteWith(ex, 'Vốn vay ưu đãi chỉ đủ')?.speaker).toBe('Đinh Quang Vũ');
    // The questions are the reporter's.
    expect(quoteWith(ex, 'thưa ông')).toBeUndefined();
    expect(quoteWith(ex, 'Chi phí đầu tư')).toBeUndefined();
  });

  it('when the intro names two people, the answer is kept with no speaker rather than a guess', () => {
    const ex = one(
      'Báo Thử đã phỏng vấn bà Lương Thị Hoa, hiệu trưởng trường tiểu học, và ông Tạ Văn Khôi, chủ tịch xã.',
      '- Vì sao học sinh phải học nhờ trong nhà văn hóa, thưa bà?',
      '- Trường cũ xuống cấp quá nặng sau trận lũ, mái tôn bị tốc và tường nứt nhiều chỗ.',
    );
    const a = quoteWith(ex, 'Trường cũ xuống cấp quá nặng');
    expect(a).toBeDefined();
    expect(a?.speaker).toBeNull();
  });

  it('a "PV:" question says nothing, and the unlabelled paragraph after it is the answer', () => {
    const ex = one(
      'Thiếu tướng Hồ Minh Trí, Cục trưởng Cục Cảnh sát giao thông, đã dành cho Báo Thử một cuộc trao đổi.',
      'PV: Ông có thể chia sẻ về kết quả đợt cao điểm vừa qua?',
      'Chúng tôi đã xử lý hơn mười nghìn trường hợp vi phạm nồng độ cồn. Số vụ tai nạn giảm rõ rệt so với cùng kỳ.',
    );
    expect(quoteWith(ex, 'chia sẻ về kết quả')).toBeUndefined();
    expect(quoteWith(ex, 'hơn mười nghìn trường hợp')?.speaker).toBe('Hồ Minh Trí');
  });

  it('a "* Phóng viên:" question is not a quotation of the interviewee', () => {
    const ex = one(
      'Trao đổi với phóng viên, ông Văn Đức Lâm, Cục trưởng Cục Quản lý giá, cho biết giá hàng Tết năm nay ổn định.',
      '* Phóng viên: Thưa ông, lượng hàng dự trữ cho dịp Tết đã đủ chưa?',
      '- Các doanh nghiệp đã chuẩn bị lượng hàng tăng khoảng 10% so với năm trước, nên không lo thiếu hàng.',
    );
    expect(quoteWith(ex, 'lượng hàng dự trữ')).toBeUndefined();
    expect(quoteWith(ex, 'tăng khoảng 10%')?.speaker).toBe('Văn Đức Lâm');
  });

  it('an unmarked question to "bà" and a first-person answer: the interviewee, unless "bà" does not fit', () => {
    const ex = one(
      'Ca sĩ Ngô Thanh Mai vừa trở lại sân khấu sau ba năm vắng bóng.',
      'Bà đã làm gì trong ba năm rời xa sân khấu?',
      'Tôi về quê chăm mẹ và mở một lớp dạy hát cho trẻ em trong xóm.',
    );
    expect(quoteWith(ex, 'Tôi về quê chăm mẹ')?.speaker).toBe('Ngô Thanh Mai');
    const other = one(
      'Ông Lưu Đình Phong vừa nghỉ hưu sau ba mươi năm công tác.',
      'Bà nghĩ sao về quyết định này của chồng?',
      'Tôi ủng hộ ông ấy, vì ông đã làm việc quá nhiều năm rồi.',
    );
    expect(quoteWith(other, 'Tôi ủng hộ ông ấy')?.speaker ?? null).toBeNull();
  });

  it('a writer’s rhetorical question and a first-person paragraph are not an interview', () => {
    const ex = one(
      'Giá nhà ở các đô thị lớn đã tăng gấp đôi trong năm năm qua.',
      'Vậy người trẻ làm sao mua được nhà?',
      'Tôi nghĩ câu trả lời nằm ở nhà ở xã hội và thị trường cho thuê minh bạch.',
    );
    expect(quoteWith(ex, 'câu trả lời nằm ở nhà ở xã hội')).toBeUndefined();
  });

  it('a labelled answer that ends on a question of its own is still the labelled speaker’s', () => {
    const ex = one(
      'Cơ duyên của thương vụ này bắt đầu như thế nào, thưa ông?',
      'Ông Kha Minh Đạo: Tôi nhận được một lá thư tay của một người lạ. Tôi tò mò, người viết thư ấy đã làm được những gì?',
    );
    expect(quoteWith(ex, 'một lá thư tay')?.speaker).toBe('Kha Minh Đạo');
  });

  it('an editor’s note label is not a speaker', () => {
    const ex = one('Lời Tòa Soạn: Sau chuyến thăm của đoàn đại biểu, Báo Thử đăng lại toàn văn cuộc trao đổi. Cuộc trò chuyện do phóng viên Hải Yến thực hiện.');
    expect(ex.quotes).toHaveLength(0);
  });

  it('on a page that says it is an interview, a plain question is one too, and the answer runs to the next question', () => {
    const ex = one(
      'Nhân dịp đầu năm học, Báo Thử có cuộc trò chuyện với bà Quách Thị Ngân, hiệu trưởng một trường vùng cao.',
      'Vậy khó khăn lớn nhất của nhà trường hiện nay là gì?',
      'Tôi nghĩ đó là chỗ ở cho giáo viên. Nhiều thầy cô phải ở nhờ nhà dân cách trường hàng chục cây số.',
      'Mùa mưa đường trơn, có hôm các cô phải dắt xe qua suối để kịp giờ lên lớp.',
      'Bà mong muốn điều gì nhất trong năm học này?',
      'Chúng tôi mong có thêm một dãy nhà công vụ cho giáo viên trước mùa mưa.',
    );
    expect(quoteWith(ex, 'chỗ ở cho giáo viên')?.speaker).toBe('Quách Thị Ngân');
    expect(quoteWith(ex, 'dắt xe qua suối')?.speaker).toBe('Quách Thị Ngân');
    expect(quoteWith(ex, 'một dãy nhà công vụ')?.speaker).toBe('Quách Thị Ngân');
    expect(quoteWith(ex, 'khó khăn lớn nhất')).toBeUndefined();
  });

  it('an answer may quote a title or a term of its own, and a line naming the interviewee does not end it', () => {
    const ex = one(
      'Để làm rõ vấn đề, Báo Thử đã có cuộc trao đổi với ông Viên Quốc Lộc, Giám đốc Bảo tàng Gốm cổ.',
      'Bảo tàng vừa mở một phòng trưng bày mới. Ông có thể cho biết ý tưởng của phòng trưng bày này?',
      'Chúng tôi muốn kể lại đời sống của một làng gốm qua ba thế kỷ, nên đặt tên phòng là “Đất và lửa”.',
      'Ông Viên Quốc Lộc, Giám đốc Bảo tàng Gốm cổ.',
      'Mỗi hiện vật đi kèm một câu chuyện của người thợ, để khách thấy được “hơi ấm của lò nung” năm xưa.',
      'Thưa ông, lượng khách đến bảo tàng năm nay ra sao?',
    );
    expect(quoteWith(ex, 'đời sống của một làng gốm')?.speaker).toBe('Viên Quốc Lộc');
    expect(quoteWith(ex, 'Mỗi hiện vật đi kèm')?.speaker).toBe('Viên Quốc Lộc');
    // The name line is not something he said.
    expect(quoteWith(ex, 'Giám đốc Bảo tàng Gốm cổ.')).toBeUndefined();
  });

  it('an answer set off by no dash after a dash question, running on to a page cut mid-answer', () => {
    const ex = one(
      'Báo Thử đã phỏng vấn bà Khúc Thị Duyên, Giám đốc Hợp tác xã Nấm Rơm, kiêm Chủ tịch Hội Nông dân xã.',
      '- Bà đánh giá thế nào về đầu ra của nấm trong năm nay?',
      'Tôi thấy năm nay khá hơn hẳn. Hợp tác xã đã ký hợp đồng bao tiêu với hai chuỗi siêu thị ở tỉnh bên.',
      'Giá nấm tươi ổn định quanh mức cũ, còn nấm sấy thì bán hết từ trước Tết, các xã viên đều phấn khởi và muốn mở rộng thêm',
    );
    expect(quoteWith(ex, 'năm nay khá hơn hẳn')?.speaker).toBe('Khúc Thị Duyên');
    expect(quoteWith(ex, 'Giá nấm tươi ổn định')?.speaker).toBe('Khúc Thị Duyên');
  });

  it('after a question, narration quoting the interviewee is not an unlabelled answer', () => {
    const ex = one(
      'Báo Thử đã có cuộc trò chuyện với ông Viên Quốc Lộc, Giám đốc Bảo tàng Gốm cổ.',
      'Ông có thể cho biết số hiện vật của bảo tàng?',
      '“Chúng tôi đang giữ hơn ba nghìn hiện vật”, ông Lộc nói, rồi dẫn khách vào kho.',
    );
    const q = quoteWith(ex, 'hơn ba nghìn hiện vật');
    expect(q?.text.startsWith('Chúng tôi')).toBe(true);
    expect(q?.text).not.toContain('dẫn khách vào kho');
  });

  it('a term quoted mid-answer and followed by a comma does not make the answer narration', () => {
    const ex = one(
      'Báo Thử có cuộc trò chuyện với bà Khúc Thị Duyên, Giám đốc Hợp tác xã Nấm Rơm.',
      '- Năm đầu làm nấm, bà gặp khó khăn gì?',
      'Tôi đã tự nhủ “một lần là đủ”, nếu mẻ nấm thứ hai còn hỏng thì tôi sẽ bỏ nghề. May là mẻ sau thành công.',
      '- Còn bây giờ thì sao?',
    );
    expect(quoteWith(ex, 'nếu mẻ nấm thứ hai còn hỏng')?.speaker).toBe('Khúc Thị Duyên');
  });
});

describe('the sentence that hands the page over to the transcript names who answers', () => {
  it('"HLV X trả lời câu hỏi của phóng viên:" after an opening that names several people', () => {
    const ex = one(
      'Thua 0-2 trên sân khách, CLB Sông Mã xuống thứ 9. Tiền đạo Lò Văn Khải vắng mặt vì chấn thương, còn thủ môn Hà Đức Lương mắc lỗi ở bàn thua thứ hai.',
      'Sau trận, HLV Lạc Văn Toàn trả lời câu hỏi của phóng viên:',
      '- Ông đánh giá thế nào về trận đấu?',
      '- Chúng tôi chơi không tốt trong hiệp một. Tôi đã thay đổi đội hình quá nhiều và các cầu thủ chưa quen nhau.',
    );
    expect(quoteWith(ex, 'thay đổi đội hình quá nhiều')?.speaker).toBe('Lạc Văn Toàn');
  });

  it('a person named after the verb is who the question is about, not who answers', () => {
    const ex = one(
      'Bộ trưởng Tài chính Kha Minh Đạt từng nói thuế sẽ chỉ áp lên nhà thứ hai. Ông Lý Quốc Việt, đại biểu Quốc hội, đề nghị lùi thời điểm áp dụng.',
      'Phóng viên đã trao đổi với một chuyên gia thuế về phát biểu của Bộ trưởng Kha Minh Đạt:',
      '- Ông đánh giá thế nào về đề xuất này?',
      '- Tôi cho rằng cần có lộ trình rõ ràng. Người dân cần thời gian để chuẩn bị.',
    );
    const a = quoteWith(ex, 'cần có lộ trình rõ ràng');
    expect(a).toBeDefined();
    expect(a?.speaker ?? null).toBeNull();
  });

  it('"Trả lời phỏng vấn, Khải chia sẻ:": a short name of someone named in full before, after an opening phrase', () => {
    const ex = one(
      'Tối qua, đại kiện tướng Lò Văn Khải hòa kỳ thủ Hà Đức Lương ở ván cuối để giành chức vô địch. Trọng tài chính, ông Lạc Văn Toàn, trao cúp cho anh.',
      'Trả lời phỏng vấn sau lễ trao giải, Khải chia sẻ:',
      '- Anh đã chuẩn bị cho ván cuối thế nào?',
      '- Tôi chỉ cần một trận hòa nên chọn khai cuộc an toàn. Tôi ngủ rất ít đêm trước đó.',
    );
    expect(quoteWith(ex, 'chọn khai cuộc an toàn')?.speaker).toBe('Lò Văn Khải');
  });

  it('"Trả lời báo chí, nữ nghệ sĩ chia sẻ:" is the artist the paragraph has just named', () => {
    const ex = one(
      'Phim do đạo diễn Kha Minh Đạt dàn dựng, quay trong 40 ngày ở miền núi.',
      'Vai người mẹ do NSƯT Đào Thị Mận đảm nhận. Trả lời báo chí, nữ nghệ sĩ chia sẻ:',
      '- Vai diễn này khó nhất ở điểm nào?',
      '- Tôi phải học tiếng dân tộc trong hai tháng. Có những câu thoại tôi tập cả trăm lần.',
    );
    expect(quoteWith(ex, 'học tiếng dân tộc')?.speaker).toBe('Đào Thị Mận');
  });

  it('an epithet of the other sex does not hand over to the woman just named', () => {
    const ex = one(
      'Phim do đạo diễn Kha Minh Đạt dàn dựng, quay trong 40 ngày ở miền núi.',
      'Vai người mẹ do NSƯT Đào Thị Mận đảm nhận. Trả lời báo chí, nam nghệ sĩ chia sẻ:',
      '- Vai diễn này khó nhất ở điểm nào?',
      '- Tôi phải học tiếng dân tộc trong hai tháng. Có những câu thoại tôi tập cả trăm lần.',
    );
    expect(quoteWith(ex, 'học tiếng dân tộc')?.speaker ?? null).not.toBe('Đào Thị Mận');
  });
});

describe('a row of the site\'s sections read as the headline', () => {
  const paragraphs = [
    'Giá căn hộ tiếp tục tăng trong quý I. Phóng viên đã trao đổi với TS Lạc Văn Toàn, Viện trưởng Viện Nghiên cứu Đô thị, về cơ hội của người mua nhà lần đầu.',
    '- Thưa ông, vì sao giá căn hộ vẫn tăng?',
    '- Nguồn cung mới quá ít so với nhu cầu thật. Khi cung thiếu, giá chỉ có một chiều là đi lên.',
  ];

  it('"Nhịp Sống Hay | Nhà đất | Tài chính" names no one: the interviewee the lede names answers', () => {
    const ex = extractArticle(paragraphs, { published: '2024-05-20', title: 'Nhịp Sống Hay | Nhà đất | Tài chính | Đời sống' });
    expect(quoteWith(ex, 'Nguồn cung mới quá ít')?.speaker).toBe('Lạc Văn Toàn');
  });

  it('a headline opening on someone else\'s bare name still makes the interviewee unsure', () => {
    const ex = extractArticle(paragraphs, { published: '2024-05-20', title: 'Hà Đức Lương không mua được nhà sau mười năm đi làm' });
    expect(quoteWith(ex, 'Nguồn cung mới quá ít')?.speaker ?? null).toBeNull();
  });
});
