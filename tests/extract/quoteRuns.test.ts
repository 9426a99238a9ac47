import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const on = { published: '2024-06-12' };

describe('a quotation running over several paragraphs', () => {
  it('reads the unmarked paragraphs between the opening and the closing mark as the speaker\'s words', () => {
    const ex = extractArticle([
      'Chiều 11/6, Sở Y tế tỉnh tổ chức họp báo về công tác khám chữa bệnh.',
      'Giám đốc Sở Y tế Trần Văn Bình cho biết: “Năm nay chúng tôi đã đưa thêm ba máy chụp cắt lớp về tuyến huyện.',
      'Bên cạnh đó, các trạm y tế xã sẽ được sửa chữa trước mùa mưa bão. Nguồn vốn đã được bố trí đủ.',
      'Tôi mong người dân yên tâm khám bệnh ngay tại địa phương”.',
      'Toàn tỉnh hiện có 14 bệnh viện công lập và 3 bệnh viện tư nhân.',
    ], on);
    const middle = quoteWith(ex, 'các trạm y tế xã sẽ được sửa chữa');
    expect(middle?.speaker).toBe('Trần Văn Bình');
    expect(middle?.kind).toBe('direct');
    // One statement for the whole paragraph: its second sentence is in it, and the excerpt a reader sees is the paragraph.
    expect(middle?.text).toContain('Nguồn vốn đã được bố trí đủ');
    expect(middle?.excerpt).toContain('Bên cạnh đó');
    expect(quoteWith(ex, 'yên tâm khám bệnh')?.speaker).toBe('Trần Văn Bình');
    expect(middle?.date).toBe('2024-06-11');
    expect(quoteWith(ex, '14 bệnh viện công lập')).toBeUndefined();
  });

  it('runs a quotation the page cuts off to the page\'s end, past a photo caption', () => {
    const ex = extractArticle([
      'Tại phiên tòa, bị cáo Lê Quang Hòa nói lời sau cùng:',
      '“Kính thưa hội đồng xét xử, tôi xin nhận hết lỗi lầm của mình.',
      'Bị cáo Lê Quang Hòa tại phiên tòa. Ảnh: Hoàng Hà',
      'Tôi xin gửi lời xin lỗi đến gia đình người bị hại, những người đã chịu tổn thất quá lớn vì tôi.',
      'Sau cùng, tôi mong được hưởng sự khoan hồng để sớm trở về chăm sóc cha mẹ đã già yếu, những người đã nuôi tôi khôn lớn và',
    ], on);
    expect(quoteWith(ex, 'gửi lời xin lỗi đến gia đình')?.speaker).toBe('Lê Quang Hòa');
    const last = quoteWith(ex, 'mong được hưởng sự khoan hồng');
    expect(last?.speaker).toBe('Lê Quang Hòa');
    // Words cut off by the page are shown as unfinished.
    expect(last?.text.endsWith('…')).toBe(true);
    expect(quoteWith(ex, 'Ảnh: Hoàng Hà')).toBeUndefined();
  });

  it('does not swallow narration after a mark that is never closed, even where the reporter writes "chúng tôi"', () => {
    const ex = extractArticle([
      'Ông Phạm Đức Long, Chủ tịch UBND xã, nói: “Chúng tôi sẽ làm xong con đường trước Tết.',
      'Ghi nhận của chúng tôi tại hiện trường, mặt đường đã được trải nhựa một nửa.',
      'Trước đó, xã đã thu hồi đất của 20 hộ dân để mở rộng đường liên thôn.',
    ], on);
    expect(quoteWith(ex, 'xong con đường')?.speaker).toBe('Phạm Đức Long');
    expect(ex.quotes.filter((q) => q.text.includes('trải nhựa') || q.text.includes('thu hồi đất'))).toHaveLength(0);
    // A paragraph that announces other words with a colon is the reporter's: what follows is not the first speaker's.
    const announced = extractArticle([
      'Ông Phạm Đức Long, Chủ tịch UBND xã, nói: “Chúng tôi sẽ làm xong con đường trước Tết.',
      'Lá đơn người dân gửi lên huyện có đoạn:',
      'Chúng tôi đề nghị huyện sớm trả tiền bồi thường cho các hộ bị thu hồi đất.',
    ], on);
    expect(announced.quotes.filter((q) => q.speaker === 'Phạm Đức Long' && q.text.includes('tiền bồi thường'))).toHaveLength(0);
  });

  it('stops at a paragraph that reports another speaker', () => {
    const ex = extractArticle([
      'Trả lời báo chí, Thứ trưởng Đỗ Minh Tâm nói: “Chúng tôi chưa nhận được hồ sơ của doanh nghiệp.',
      'Dự án đã chậm tiến độ hai năm, chúng tôi đã nhắc nhở chủ đầu tư nhiều lần.',
      'Bà Hoàng Thị Lan, đại diện chủ đầu tư, cho biết công ty đã nộp hồ sơ từ tháng trước.',
    ], on);
    expect(quoteWith(ex, 'chưa nhận được hồ sơ')?.speaker).toBe('Đỗ Minh Tâm');
    expect(ex.quotes.filter((q) => q.text.includes('chậm tiến độ hai năm') && q.kind === 'direct')).toHaveLength(0);
    expect(quoteWith(ex, 'công ty đã nộp hồ sơ')?.speaker).toBe('Hoàng Thị Lan');
  });

  it('stops at a paragraph whose first mark opens another quotation: the first was never closed', () => {
    const ex = extractArticle([
      'Ông Phan Thế Vinh, trưởng thôn, cho biết: “Con đường này chúng tôi chờ đã mười năm.',
      'Mùa mưa năm nào học sinh cũng phải lội bùn đến trường, chúng tôi rất thương các cháu.',
      'Người dân gọi đây là “con đường đau khổ” vì bụi bặm quanh năm.',
    ], on);
    expect(quoteWith(ex, 'chờ đã mười năm')?.speaker).toBe('Phan Thế Vinh');
    expect(ex.quotes.filter((q) => q.text.includes('lội bùn') && q.kind === 'direct')).toHaveLength(0);
  });

  it('stops at a heading, and takes no run cut by the page that never speaks as a speaker does', () => {
    const ex = extractArticle([
      'Giáo sư Nguyễn Hữu Phước nhận định: “Thị trường lao động đang thay đổi rất nhanh.',
      'Nhu cầu tuyển dụng kỹ sư phần mềm giảm mạnh trong quý vừa qua.',
      'Các trường đại học tăng chỉ tiêu ngành trí tuệ nhân tạo thêm 30% trong năm học mới, theo số liệu tổng hợp của ngành giáo dục.',
    ], on);
    expect(quoteWith(ex, 'thay đổi rất nhanh')?.speaker).toBe('Nguyễn Hữu Phước');
    expect(ex.quotes.filter((q) => q.text.includes('kỹ sư phần mềm') || q.text.includes('trí tuệ nhân tạo'))).toHaveLength(0);
    const headed = extractArticle([
      'Ông Vũ Đình Khang cho biết: “Chúng tôi sẽ mở thêm hai tuyến xe buýt.',
      'Giá vé năm tới',
      'Tôi nghĩ giá vé sẽ giữ nguyên trong năm tới để người dân quen đi xe buýt, chúng tôi sẽ bù lỗ.',
    ], on);
    expect(headed.quotes.filter((q) => q.text.includes('giá vé sẽ giữ nguyên'))).toHaveLength(0);
  });

  it('keeps a mark left open for more paragraphs than a speech runs on as a slip, not a quotation', () => {
    const filler = (n: number): string => `Tôi nghĩ ý kiến thứ ${n} của chúng tôi cũng cần được xem xét kỹ trong kỳ họp tới.`;
    const ex = extractArticle([
      'Đại biểu Trịnh Văn Sơn phát biểu: “Chúng tôi đề nghị xem lại dự thảo luật.',
      filler(1), filler(2), filler(3), filler(4), filler(5), filler(6),
      'Quốc hội sẽ biểu quyết vào cuối kỳ họp”.',
    ], on);
    expect(quoteWith(ex, 'xem lại dự thảo')?.speaker).toBe('Trịnh Văn Sơn');
    expect(ex.quotes.filter((q) => q.text.includes('ý kiến thứ'))).toHaveLength(0);
  });

  it('reads the attribution after the closing mark of a paragraph of several sentences', () => {
    const ex = extractArticle([
      'Bà Ngô Thị Hạnh, chủ một quán phở ở đầu ngõ, kể lại chuyện mở quán.',
      '"Hồi đó tôi chỉ có một nồi nước dùng và năm cái ghế nhựa. Khách quen gọi quán là quán ghế đỏ.',
      'Bây giờ con tôi đã lớn, tôi muốn giao lại quán. Nhưng tôi vẫn sẽ tự tay nấu nước dùng mỗi sáng", bà Hạnh nói.',
      'Quán mở cửa từ 6h đến 10h sáng mỗi ngày.',
    ], on);
    const closing = quoteWith(ex, 'giao lại quán');
    expect(closing?.speaker).toBe('Ngô Thị Hạnh');
    expect(closing?.text).toContain('tự tay nấu nước dùng');
    expect(quoteWith(ex, 'mở cửa từ 6h')).toBeUndefined();
  });

  it('skips a photo caption naming a person inside a quotation, and reads on', () => {
    const ex = extractArticle([
      'Phát biểu tại lễ khai giảng, Hiệu trưởng Đặng Văn Tú nói: “Hôm nay tôi muốn gửi tới các em hai lời khuyên.',
      'Thầy Đặng Văn Tú đánh trống khai giảng năm học mới',
      'Thứ nhất, các em hãy đọc thật nhiều sách, vì sách sẽ mở cho mình những cánh cửa mà lớp học không mở được.',
      'Thứ hai, các em hãy giữ gìn sức khỏe, vì không có sức khỏe thì mình không thể học tập và làm việc lâu dài được.',
    ], on);
    expect(quoteWith(ex, 'đọc thật nhiều sách')?.speaker).toBe('Đặng Văn Tú');
    expect(quoteWith(ex, 'giữ gìn sức khỏe')?.speaker).toBe('Đặng Văn Tú');
  });

  it('gives the whole quotation to the speaker named after its closing mark, not to the speaker before it', () => {
    const ex = extractArticle([
      'Ông Lê Văn An, giám đốc công ty, cho biết doanh thu quý này tăng 12%.',
      '“Chúng tôi đã làm việc với các ngân hàng từ đầu năm. Khoản vay mới sẽ được giải ngân trong tháng tới.',
      'Tôi tin rằng công ty sẽ vượt qua giai đoạn khó khăn này nếu thị trường không biến động mạnh.',
      'Điều quan trọng nhất là giữ được người lao động”, bà Trần Thị Bích, kế toán trưởng, nói.',
    ], on);
    expect(quoteWith(ex, 'làm việc với các ngân hàng')?.speaker).toBe('Trần Thị Bích');
    expect(quoteWith(ex, 'vượt qua giai đoạn khó khăn')?.speaker).toBe('Trần Thị Bích');
    expect(quoteWith(ex, 'giữ được người lao động')?.speaker).toBe('Trần Thị Bích');
    expect(quoteWith(ex, 'doanh thu quý này')?.speaker).toBe('Lê Văn An');
  });
});
