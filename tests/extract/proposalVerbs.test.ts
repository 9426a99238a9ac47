import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2026-03-10');

describe('a proposal, a recommendation or a commitment with its addressee and clause', () => {
  const ex = one(
    'Chiều 9/3, UBND tỉnh Bình Lạc họp bàn phương án phòng chống lũ với các sở ngành.',
    'Giám đốc Sở Xây dựng Vi Thị Hoa đề xuất thuê một đơn vị tư vấn độc lập để kiểm định toàn bộ các cây cầu yếu.',
    'Bà Hoa khuyến nghị người dân không đi qua các ngầm tràn khi nước đang lên.',
    'Phó giám đốc công ty thủy lợi Cù Văn Bảy cũng cam kết không cắt nước tưới của các hợp tác xã trong mùa khô.',
  );

  it('is the speaker’s statement, shown with its verb', () => {
    const a = quoteWith(ex, 'thuê một đơn vị tư vấn độc lập');
    expect(a?.speaker).toBe('Vi Thị Hoa');
    expect(a?.kind).toBe('indirect');
    expect(a?.text).toBe('đề xuất thuê một đơn vị tư vấn độc lập để kiểm định toàn bộ các cây cầu yếu');
    expect(quoteWith(ex, 'người dân không đi qua các ngầm tràn')?.speaker).toBe('Vi Thị Hoa');
    expect(quoteWith(ex, 'không cắt nước tưới của các hợp tác xã')?.speaker).toBe('Cù Văn Bảy');
  });

  it('the noun reports nothing: "các đề xuất", "vạch ra đề xuất", "thực hiện cam kết"', () => {
    const ex2 = one(
      'Bộ trưởng Lâm Văn Tư đã vạch ra đề xuất ngừng khai thác cát trên toàn bộ các tuyến sông trong ba năm tới.',
      'Trong cuộc họp, ông Tư một lần nữa vạch ra những điểm chính trong đề xuất cải cách của Bộ, bao gồm cả việc cấm xuất khẩu cát.',
    );
    expect(quoteWith(ex2, 'ngừng khai thác cát trên toàn bộ')).toBeUndefined();
    expect(quoteWith(ex2, 'bao gồm cả việc cấm xuất khẩu cát')).toBeUndefined();
  });

  it('a verb after another clause with a subject of its own is not the sentence subject’s', () => {
    const ex3 = one(
      'Tại họp báo, Bộ trưởng Lê Văn Tám công bố công ty Hưng Thịnh gây ra sự cố môi trường biển và Hưng Thịnh cam kết bồi thường 50 tỷ đồng khắc phục hậu quả.',
      'Công an tỉnh Bình Lạc xác định đây là vụ án giết người và đề nghị công an các địa phương hỗ trợ truy bắt các đối tượng.',
    );
    expect(quoteWith(ex3, 'bồi thường 50 tỷ đồng')?.speaker ?? null).toBeNull();
    expect(quoteWith(ex3, 'công an các địa phương hỗ trợ truy bắt')?.text).toBe('đề nghị công an các địa phương hỗ trợ truy bắt các đối tượng');
  });
});

describe('a reminder or a rebuttal before "rằng"', () => {
  const ex = one(
    'Chiều 9/3, UBND tỉnh Bình Lạc họp bàn phương án phòng chống lũ với các sở ngành.',
    'Cuối cùng, Chủ tịch tỉnh Lò Văn Tâm nhắc nhở các địa phương rằng, mùa mưa năm nay còn kéo dài và không được chủ quan.',
    'Đại biểu Đinh Văn Lũy tranh luận rằng người dân vùng trũng không thể tự di dời khi nước lên quá nhanh.',
    'Hôm nay 9/3, TAND tỉnh Bình Lạc sẽ chính thức chuyển sang phần tranh luận.',
  );

  it('is the speaker’s statement after "rằng"', () => {
    expect(quoteWith(ex, 'mùa mưa năm nay còn kéo dài')?.text).toBe('mùa mưa năm nay còn kéo dài và không được chủ quan');
    expect(quoteWith(ex, 'mùa mưa năm nay còn kéo dài')?.speaker).toBe('Lò Văn Tâm');
    expect(quoteWith(ex, 'người dân vùng trũng không thể tự di dời')?.speaker).toBe('Đinh Văn Lũy');
  });

  it('"phần tranh luận" is a debate, not words', () => {
    expect(ex.quotes.filter((q) => q.speaker?.includes('TAND') || q.text.startsWith('Hôm nay'))).toHaveLength(0);
  });
});
