import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

describe('words recalled from an earlier occasion are dated by it, not by the report', () => {
  it('"nhắc lại lời ông từng phát biểu … hồi tháng 6/2023: “…”" is dated June 2023; the next words keep the site visit', () => {
    const ex = extractOn('2024-11-06')(
      'Chiều 5/11, tại buổi kiểm tra công trường, Tổng giám đốc Ban quản lý dự án Kha Minh Triết báo cáo tiến độ tuyến cao tốc đã đạt 87%.',
      'Ông Triết nhắc lại lời ông từng phát biểu tại lễ khởi công hồi tháng 6/2023: “Chúng tôi sẽ không để công trường nào phải dừng vì thiếu vật liệu”. Theo ông, cam kết đó đã được giữ.',
      'Ông Triết nói thêm: “Nếu thời tiết thuận lợi, tuyến đường sẽ thông xe trước Tết”.',
    );
    expect(quoteWith(ex, 'không để công trường nào phải dừng')?.date).toBe('2023-06');
    expect(quoteWith(ex, 'thông xe trước Tết')?.date).toBe('2024-11-05');
  });

  it('"nhớ lại năm 2009 …, khi đó bà đã nói với các con: “…”" is dated 2009; her words of today are not', () => {
    const ex = extractOn('2025-10-03')(
      'Tối 2/10, ông Giáp Văn Tường, Chủ tịch UBND xã Hòa Bắc, cho biết nước đã rút ở phần lớn các thôn.',
      'Bà Lều Thị Thơm, 71 tuổi, nhớ lại năm 2009 nước cũng lên rất nhanh, khi đó bà đã nói với các con: “Mất của thì làm lại được, mất người thì không”. Năm nay cả nhà bà lên đồi từ sớm.',
      '“Năm nay nước về chậm hơn nên chúng tôi kịp chạy”, bà Thơm nói.',
    );
    expect(quoteWith(ex, 'Mất của thì làm lại được')?.date).toBe('2009');
    expect(quoteWith(ex, 'nước về chậm hơn')?.date).not.toBe('2009');
  });

  it('"nhắc lại: “…”" with no earlier date is said at the occasion of the report', () => {
    const ex = extractOn('2024-04-12')(
      'Sáng 11/4, tại hội nghị xúc tiến thương mại, Chủ tịch Hiệp hội Thủy sản tỉnh Mạc Văn Lực đánh giá thị trường đang hồi phục.',
      'Ông Lực nhắc lại: “Không có thị trường nào là dễ, nhưng doanh nghiệp của ta đã bền bỉ”.',
    );
    expect(quoteWith(ex, 'Không có thị trường nào là dễ')?.date).toBe('2024-04-11');
  });

  it('"nhắc lại rằng năm ngoái hai nước đã kỷ niệm …, và cho rằng “…”": the words are said now, at the meeting', () => {
    const ex = extractOn('2023-07-12')(
      'Chiều 11/7, tại hội nghị bộ trưởng khu vực, Thứ trưởng Bạch Quang Vinh phát biểu về hợp tác biển.',
      'Ông Vinh cũng nhắc lại rằng năm ngoái, hai nước đã kỷ niệm 10 năm ký Tuyên bố về hợp tác nghề cá, và cho rằng đây là dịp để các bên “cùng nhìn lại những gì đã làm được”.',
    );
    expect(quoteWith(ex, 'cùng nhìn lại những gì')?.date).toBe('2023-07-11');
  });

  it('"đáng kể so với tháng 3/2023" is a comparison, not a recalling: the words keep the conference day', () => {
    const ex = extractOn('2024-04-12')(
      'Sáng 11/4, tại hội nghị xúc tiến thương mại, Chủ tịch Hiệp hội Thủy sản tỉnh Mạc Văn Lực đánh giá thị trường đang hồi phục.',
      'Doanh thu quý I tăng đáng kể so với tháng 3/2023, ông Lực nói: “Đơn hàng từ châu Âu đã trở lại”.',
    );
    expect(quoteWith(ex, 'Đơn hàng từ châu Âu')?.date).toBe('2024-04-11');
  });
});

describe('"Khi đó," opening a sentence points back to the date just told', () => {
  it('the words "Khi đó, ông X tuyên bố" are of the year the sentence before names; his answer at the trial is not', () => {
    const ex = extractOn('2022-10-13')(
      'Ngày 12/10, TAND tỉnh tiếp tục xét xử cựu giám đốc công ty cấp nước Phí Văn Luân cùng 5 đồng phạm.',
      'Tại phiên tòa, ông Luân thừa nhận đã ký các hợp đồng khi chưa đủ hồ sơ.',
      'Nhiều người dự khán nhắc lại buổi lễ ra mắt nhà máy của công ty năm 2017. Khi đó, ông Luân tuyên bố: “Không một đồng nào của dân bị lãng phí”. Được hỏi về câu nói này, ông Luân im lặng rồi đáp: “Bị cáo xin nhận lỗi”.',
    );
    expect(quoteWith(ex, 'Không một đồng nào')?.date).toBe('2017');
    expect(quoteWith(ex, 'Bị cáo xin nhận lỗi')?.date).toBe('2022-10-12');
  });

  it('"Tại đó," after a dated ceremony dates the words by the ceremony', () => {
    const ex = extractOn('2025-05-09')(
      'Sáng 8/5, UBND tỉnh tổ chức lễ khánh thành Bảo tàng gốm Phước Tích sau hai năm xây dựng.',
      'Tại đó, Giám đốc bảo tàng Võ Thị Ngân Hà nói: “Đây là ngôi nhà chung của những người làm gốm”.',
    );
    expect(quoteWith(ex, 'ngôi nhà chung')?.date).toBe('2025-05-08');
  });
});

describe('a sentence announcing the next quotation dates it by its own day, not by the topic it names', () => {
  it('"Về vụ tàu hàng bị chặn ngày 9/3 …, bà X nói:" at a briefing of 14/3: the words are of 14/3', () => {
    const ex = extractOn('2024-03-14')(
      'Chiều 14/3, tại họp báo thường kỳ, Người phát ngôn Lâm Thị Hạnh Dung trả lời các câu hỏi về vụ tàu hàng bị chặn và về công tác bảo hộ công dân.',
      'Về vụ tàu hàng của một công ty vận tải bị chặn ngày 9/3 khi đang đi qua eo biển, bà Dung nói:',
      '“Chúng tôi đã yêu cầu phía liên quan giải thích rõ sự việc và bảo đảm an toàn cho thủy thủ đoàn”.',
      'Bà Dung cho biết các thủy thủ đều an toàn và đã liên lạc được với gia đình.',
    );
    expect(quoteWith(ex, 'giải thích rõ sự việc')?.date).toBe('2024-03-14');
    expect(quoteWith(ex, 'thủy thủ đều an toàn')?.date).toBe('2024-03-14');
  });

  it('"Liên quan đến sự cố hôm 17/7 …, ông X cho biết:" after a meeting of 20/7: the words are of 20/7', () => {
    const ex = extractOn('2023-07-21')(
      'Sáng 20/7, tại cuộc họp với UBND thành phố, Giám đốc Công ty Điện lực Tôn Thất Khải báo cáo nguyên nhân sự cố.',
      'Liên quan đến sự cố mất điện hôm 17/7 tại ba quận phía nam, ông Khải cho biết:',
      '“Nguyên nhân là một trạm biến áp bị quá tải trong đợt nắng nóng”.',
    );
    expect(quoteWith(ex, 'trạm biến áp bị quá tải')?.date).toBe('2023-07-20');
  });

  it('the announcing sentence\'s own day still dates the quotation ("Ngày 31/8, trả lời …, bà X nêu rõ:")', () => {
    const ex = extractOn('2020-09-01')(
      'Ngày 31/8, trả lời câu hỏi của phóng viên về cuộc tập trận của nước láng giềng, người phát ngôn Đặng Thu Hoài nêu rõ:',
      '“Mọi hoạt động tại vùng biển này mà không được phép đều vô giá trị”.',
    );
    expect(quoteWith(ex, 'không được phép đều vô giá trị')?.date).toBe('2020-08-31');
  });
});

describe('new words on a saying reported before ("nhắc lại câu nói đó", "câu nói cũ") are dated by the story, not by the saying', () => {
  it('"Năm ngoái, X từng nhận định “…”. Nhắc lại câu nói đó, ông thừa nhận mình “…”": the admission is of the forum', () => {
    const ex = extractOn('2025-06-21')(
      'Sáng 20/6, tại diễn đàn ngành cà phê, Chủ tịch Hiệp hội Cà phê tỉnh Ôn Đức Lâm cho biết giá xuất khẩu đã giảm mạnh.',
      'Năm ngoái, cũng tại diễn đàn này, ông Lâm từng nhận định “giá cà phê sẽ còn lên mãi”. Nhắc lại câu nói đó, ông thừa nhận mình “đã nhìn thị trường quá hẹp”.',
    );
    expect(quoteWith(ex, 'giá cà phê sẽ còn lên mãi')?.date).toBe('2024');
    expect(quoteWith(ex, 'đã nhìn thị trường quá hẹp')?.date).toBe('2025-06-20');
  });

  it('"Năm 2016, anh từng nói … rằng “…”. … anh cười khi được nhắc lại câu nói cũ: “…”": the answer is of the interview', () => {
    const ex = extractOn('2025-09-08')(
      'Tối 7/9, bộ phim “Mùa gặt muộn” của đạo diễn Tăng Hữu Nghĩa đoạt giải cao nhất tại liên hoan phim khu vực.',
      'Năm 2016, khi phim đầu tay thất bại, anh Nghĩa từng nói với báo chí rằng “có lẽ sẽ bỏ nghề”. Trả lời phỏng vấn sau lễ trao giải, anh cười khi được nhắc lại câu nói cũ: “Hồi đó tôi còn trẻ. Giờ tôi chỉ muốn làm phim tiếp”.',
    );
    expect(quoteWith(ex, 'có lẽ sẽ bỏ nghề')?.date).toBe('2016');
    // Not 2016: the interview after the award, whose day the page gives only as its own (the lede tells an award, not
    // an occasion of speaking).
    expect(quoteWith(ex, 'Giờ tôi chỉ muốn làm phim tiếp')?.date).toBe('2025-09-08');
  });
});
