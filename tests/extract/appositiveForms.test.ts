import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-03-12');

describe('a description set off by a pair of dashes between the speaker and the verb', () => {
  it('"Ông X - Giám đốc Sở Y - cho biết: “…”" is X', () => {
    const ex = one('Trao đổi với phóng viên, ông Hoàng Văn Lực - Giám đốc Sở Xây dựng tỉnh Bình Minh - cho biết: “Chúng tôi sẽ kiểm tra toàn bộ các công trình trong tháng này”.');
    expect(quoteWith(ex, 'kiểm tra toàn bộ các công trình')?.speaker).toBe('Hoàng Văn Lực');
  });

  it('with en dashes and a rank before the name', () => {
    const ex = one('Chiều qua, thượng tá Đào Minh Sơn – Phó Trưởng phòng Cảnh sát giao thông – khẳng định: “Không có chuyện xử phạt sai quy định như phản ánh”.');
    expect(quoteWith(ex, 'Không có chuyện xử phạt sai')?.speaker).toBe('Đào Minh Sơn');
  });

  it('a single dash after a description that opens the sentence does not make its words a speaker', () => {
    const ex = one('Sở Giao thông tỉnh - đơn vị quản lý tuyến đường - cho biết: “Chúng tôi sẽ sửa chữa mặt đường trong tuần tới”.');
    expect(quoteWith(ex, 'sửa chữa mặt đường')?.speaker).not.toBe('Giao thông');
  });
});

describe('after a quotation, a named speaker with their title between commas, then the verb', () => {
  it('"“…” - ông X, Chủ tịch UBND xã Y nói." is X', () => {
    const ex = one('“Các hộ dân này sẽ được hỗ trợ chỗ ở tạm trong ít nhất hai tuần tới” - ông Đỗ Minh Khải, Chủ tịch UBND xã Tân Lập nói.');
    const q = quoteWith(ex, 'hỗ trợ chỗ ở tạm');
    expect(q?.speaker).toBe('Đỗ Minh Khải');
    expect(q?.kind).toBe('direct');
  });

  it('"“…”, bà X, Giám đốc Trung tâm Y, cho biết." is X', () => {
    const ex = one('“Nguồn hàng cứu trợ đã đủ cho ba xã vùng lũ trong tuần này”, bà Đỗ Thu Trang, Giám đốc Trung tâm Cứu trợ, cho biết.');
    expect(quoteWith(ex, 'Nguồn hàng cứu trợ')?.speaker).toBe('Đỗ Thu Trang');
  });

  it('an unnamed description before the comma gives no name', () => {
    const ex = one('“Nguồn hàng cứu trợ đã đủ cho ba xã vùng lũ trong tuần này”, một cán bộ, người phụ trách kho hàng, cho biết.');
    expect(quoteWith(ex, 'Nguồn hàng cứu trợ')?.speaker ?? null).toBeNull();
  });
});

describe('a transcript whose answers are labelled with the guests’ bare names', () => {
  const ex = one(
    'Ca sĩ Hồng Nhung và nhạc sĩ Minh Châu trò chuyện với phóng viên về album mới.',
    'Anh chị có thấy áp lực khi làm album này?',
    'Minh Châu: Tôi thấy áp lực nhiều nhất ở khâu phối khí cho từng bài hát.',
    'Hồng Nhung: Với tôi thì thu âm mới là phần vất vả nhất của cả quá trình.',
  );

  it('credits each answer to the name of its label, not to the one guest the intro titles', () => {
    expect(quoteWith(ex, 'khâu phối khí')?.speaker).toBe('Minh Châu');
    expect(quoteWith(ex, 'thu âm mới là phần vất vả')?.speaker).toBe('Hồng Nhung');
  });

  it('drops the label from the words', () => {
    expect(quoteWith(ex, 'khâu phối khí')?.text.startsWith('Tôi thấy')).toBe(true);
  });

  it('a place before a colon is no guest', () => {
    const ex2 = one('Hà Nội: Tôi được biết nhiều tuyến phố sẽ cấm xe từ tối nay.');
    expect(ex2.quotes.some((q) => q.speaker === 'Hà Nội')).toBe(false);
  });
});

describe('a talk announced by its topic', () => {
  const ex = one(
    'Sau trận đấu, HLV Trịnh Quốc Bảo đã có những chia sẻ về màn trình diễn của các học trò.',
    '“Các cầu thủ đã chơi đúng những gì ban huấn luyện yêu cầu trong suốt 90 phút”, HLV người Việt mở đầu buổi họp báo.',
  );

  it('"X chia sẻ về Y" is no statement whose words are "về Y"', () => {
    expect(quoteWith(ex, 'về màn trình diễn')).toBeUndefined();
  });

  it('it introduces the quotation that opens the next paragraph', () => {
    expect(quoteWith(ex, 'chơi đúng những gì ban huấn luyện')?.speaker).toBe('Trịnh Quốc Bảo');
  });
});

describe('the Party committee a secretary heads', () => {
  it('"Bí thư Tỉnh ủy" is a title: "Tỉnh" is never the speaker', () => {
    const ex = one('Tại phiên họp, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lương Văn Khang yêu cầu các sở ngành rà soát toàn bộ quỹ đất công trong quý này.');
    expect(quoteWith(ex, 'rà soát toàn bộ quỹ đất')?.speaker).not.toBe('Tỉnh');
  });

  it('"Phó Bí thư Thành ủy X cho biết" is X', () => {
    const ex = one('Phó Bí thư Thành ủy Đặng Thu Hà cho biết thành phố sẽ hoàn thành việc rà soát trước cuối năm nay.');
    expect(quoteWith(ex, 'hoàn thành việc rà soát')?.speaker).toBe('Đặng Thu Hà');
  });
});

describe('an interview whose lede opens on its subject’s bare name and titles someone else', () => {
  it('does not give the answers to the titled person', () => {
    const ex = one(
      'Lan Chi không chỉ được biết đến là học trò của ca sĩ Vũ Thành Nam. Mới đây cô có những chia sẻ về bộ phim đầu tay.',
      '- Cảm xúc của chị khi nhận vai chính trong bộ phim này ra sao?',
      '- Thú thật tôi rất hồi hộp vì đây là lần đầu tôi đóng phim điện ảnh.',
    );
    const q = quoteWith(ex, 'rất hồi hộp');
    expect(q?.speaker ?? null).not.toBe('Vũ Thành Nam');
  });
});
