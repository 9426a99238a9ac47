import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-16');

describe('"hy vọng" and "tự tin" before a clause of its own report a view', () => {
  it('"bà X hy vọng các doanh nghiệp sẽ …", "ông Y tự tin lợi nhuận … sẽ …", "hy vọng rằng …"', () => {
    const ex = one(
      'Sáng 15/5, ông Trịnh Văn Khải, Tổng giám đốc Ngân hàng Lam Sơn, cho biết lợi nhuận quý đầu tăng nhờ tín dụng bán lẻ.',
      'Tại buổi họp, ông Khải cũng tự tin lợi nhuận cả năm sẽ vượt kế hoạch đề ra.',
      'Bà Đoàn Thị Mỹ Linh, Phó tổng giám đốc, hy vọng các khách hàng doanh nghiệp sẽ tiếp tục đồng hành với ngân hàng.',
      'Ông Khải hy vọng rằng thị trường nhà ở sớm phục hồi trong nửa cuối năm.',
    );
    const sure = quoteWith(ex, 'lợi nhuận cả năm sẽ vượt kế hoạch');
    expect(sure?.speaker).toBe('Trịnh Văn Khải');
    expect(sure?.text).toBe('lợi nhuận cả năm sẽ vượt kế hoạch đề ra');
    const hope = quoteWith(ex, 'các khách hàng doanh nghiệp sẽ tiếp tục');
    expect(hope?.speaker).toBe('Đoàn Thị Mỹ Linh');
    expect(hope?.text).toBe('các khách hàng doanh nghiệp sẽ tiếp tục đồng hành với ngân hàng');
    expect(quoteWith(ex, 'thị trường nhà ở sớm phục hồi')?.speaker).toBe('Trịnh Văn Khải');
  });

  it('a hope for oneself, a hope as a noun and a confident manner report nothing', () => {
    const ex = one(
      'Huấn luyện viên Phan Đức Toàn dẫn đội tập buổi cuối chiều 15/5.',
      'Ông Toàn hy vọng sẽ giành trọn ba điểm trong trận đấu cuối tuần trên sân nhà.',
      'Người hâm mộ đặt nhiều hy vọng vào các cầu thủ trẻ sẽ tỏa sáng ở giải đấu năm nay.',
      'Trung vệ Lò Văn Sáng tỏ ra tự tin các đồng đội sẽ giữ sạch lưới ở trận đấu tới.',
    );
    expect(quoteWith(ex, 'giành trọn ba điểm')).toBeUndefined();
    expect(quoteWith(ex, 'các cầu thủ trẻ sẽ tỏa sáng')).toBeUndefined();
    expect(quoteWith(ex, 'giữ sạch lưới')).toBeUndefined();
  });

  it('a department ("Vụ …") named between the speaker and "bà hy vọng" is not the speaker', () => {
    const ex = one(
      'Bà Đoàn Thị Mỹ Linh vừa được bổ nhiệm làm Vụ trưởng Vụ Hợp tác quốc tế của Bộ Công Thương.',
      'Bà cho biết đây là công việc bà đã gắn bó nhiều năm.Thời gian làm việc tại Vụ Hợp tác quốc tế trước đây, bà đã cùng đồng nghiệp tổ chức nhiều hội nghị. Thời gian tới, bà hy vọng các doanh nghiệp sẽ tiếp tục chia sẻ ý kiến với Bộ.',
    );
    const hope = quoteWith(ex, 'các doanh nghiệp sẽ tiếp tục chia sẻ');
    expect(hope?.speaker).toBe('Đoàn Thị Mỹ Linh');
  });
});

describe('English: "affirmed", "expressed hope/confidence that"', () => {
  it('report the clause after them; "expressed her disappointment" reports none', () => {
    const ex = one(
      'OSLO — Foreign Minister Anna Berg said on Wednesday that the grain talks had stalled.',
      'Berg expressed hope that a new round would begin next month in Geneva.',
      'She also affirmed that Norway would keep funding the shipping corridor.',
      'Berg expressed her disappointment at the slow pace of the inspections.',
    );
    const hope = quoteWith(ex, 'a new round would begin');
    expect(hope?.speaker).toBe('Anna Berg');
    expect(hope?.text).toBe('a new round would begin next month in Geneva');
    expect(quoteWith(ex, 'Norway would keep funding')?.speaker).toBe('Anna Berg');
    expect(quoteWith(ex, 'slow pace of the inspections')).toBeUndefined();
  });
});

describe('a belief stated: "tin rằng", "tin tưởng … sẽ", "hopes that"', () => {
  it('report the clause; "thông tin rằng" and "niềm tin rằng" do not make "tin" a verb of the subject', () => {
    const ex = one(
      'Huấn luyện viên Phan Đức Toàn trả lời báo chí sau buổi tập chiều 15/5.',
      'Ông Toàn tin rằng các cầu thủ trẻ đã sẵn sàng cho trận đấu quyết định.',
      'Đội trưởng Lò Văn Sáng tin tưởng các đồng đội sẽ giữ vững phong độ ở lượt về.',
      'Ông Toàn đọc được thông tin rằng sân vận động sẽ đóng cửa để sửa chữa trong hai tuần.',
      'Các cổ động viên vẫn gửi lời cảm ơn tới ông Sáng, người giữ cho họ niềm tin rằng đội bóng sẽ trụ hạng thành công.',
    );
    const belief = quoteWith(ex, 'các cầu thủ trẻ đã sẵn sàng');
    expect(belief?.speaker).toBe('Phan Đức Toàn');
    expect(belief?.text).toBe('các cầu thủ trẻ đã sẵn sàng cho trận đấu quyết định');
    expect(quoteWith(ex, 'các đồng đội sẽ giữ vững phong độ')?.speaker).toBe('Lò Văn Sáng');
    expect(quoteWith(ex, 'sân vận động sẽ đóng cửa')).toBeUndefined();
    expect(quoteWith(ex, 'đội bóng sẽ trụ hạng')).toBeUndefined();
  });

  it('English "hopes that" reports; "hoped for" does not', () => {
    const ex = one(
      'Foreign Minister Anna Berg met her Danish counterpart in Oslo on Wednesday.',
      'Berg hopes that the two sides will sign the fisheries accord before the summer.',
      'Berg hoped for a quick agreement on the quotas of the northern waters.',
    );
    const hope = quoteWith(ex, 'the two sides will sign');
    expect(hope?.speaker).toBe('Anna Berg');
    expect(hope?.text).toBe('the two sides will sign the fisheries accord before the summer');
    expect(quoteWith(ex, 'quick agreement on the quotas')).toBeUndefined();
  });
});

describe('"Vụ" heads a body only before its capitalised name', () => {
  it('"Vụ việc …" opens a sentence about a case: no body named "Vụ" says what follows', () => {
    const ex = one(
      'Tối 15/5, ca sĩ Lam Thư biểu diễn tại nhà hát thành phố trước hơn một nghìn khán giả.',
      'Vụ việc được lực lượng chức năng ghi nhận, cơ quan công an cho biết không có sự cố nào xảy ra trong buổi diễn.',
    );
    const q = quoteWith(ex, 'không có sự cố nào xảy ra');
    expect(q?.speaker ?? null).not.toBe('Vụ');
  });
});
