import { describe, expect, it } from 'vitest';
import { extractArticle } from '../helpers/articles.js';

const eventsOf = (paragraphs: string[], published: string | null) =>
  extractArticle(paragraphs, { published }).events.map((e) => [e.date, e.text] as const);

describe('events', () => {
  it('a photo caption is dated by its date alone', () => {
    const ev = eventsOf(['Ông Lê Quang Hải phát biểu khai mạc diễn đàn.', 'Khách tham quan gian hàng thủ công tại Huế, sáng 5/10. Ảnh: Hoàng Nam'], '2024-10-06');
    expect(ev).toContainEqual(['2024-10-05', 'Khách tham quan gian hàng thủ công tại Huế, sáng 5/10']);
  });

  it.each([
    ['Tháng 3/2023, hai bên đạt thỏa thuận về việc nối lại các chuyến bay thẳng.', '2023-03'],
    ['Năm 2019 thị trường từng đạt kỷ lục với hơn 300.000 xe bán ra.', '2019'],
    ['Kể từ năm 2016, công ty đã mở thêm 12 nhà máy trên cả nước.', '2016'],
    ['Cảnh sát bắt giữ nghi phạm hôm 25-9 tại một nhà nghỉ ở ngoại thành.', '2024-09-25'],
    ['Hôm thứ Hai, chính phủ công bố gói hỗ trợ trị giá 2 tỷ USD.', '2024-09-30'],
    ['Cuối tháng 9 vừa qua, hợp tác xã đưa lô bưởi đầu tiên sang Úc.', '2024-09'],
  ])('%s → %s', (sentence, date) => {
    expect(eventsOf([sentence], '2024-10-02').map(([d]) => d)).toContain(date);
  });

  it('an event inside a long quotation of several sentences is told from the start of its own sentence, not a cut word', () => {
    const ev = eventsOf([
      'Bà Ngô Thanh Hà nói: "Chúng tôi đã chờ đợi rất lâu và đã nhiều lần gửi kiến nghị tới các cơ quan có thẩm quyền về những vấn đề lo ngại của người dân trong vùng. Chúng tôi mong mọi việc trở lại như hồi tháng 5/2019 khi hai bên cùng ngồi vào bàn thương lượng và tìm được tiếng nói chung về giá đất, về tiến độ bàn giao mặt bằng và về các khoản hỗ trợ cho người dân bị ảnh hưởng".',
    ], '2024-10-02');
    const may = ev.find(([d]) => d === '2019-05');
    expect(may?.[1]).toMatch(/^Chúng tôi mong mọi việc trở lại như hồi tháng 5\/2019/);
  });

  it('a sentence opening on its date and a comma is an event whatever its verb', () => {
    expect(eventsOf(['Sáng 28/9, hàng nghìn người đổ về quảng trường trung tâm.'], '2024-10-02'))
      .toEqual([['2024-09-28', 'Sáng 28/9, hàng nghìn người đổ về quảng trường trung tâm']]);
    expect(eventsOf(['Hàng nghìn người đổ về quảng trường trung tâm trong ngày 28/9 vừa qua.'], '2024-10-02')).toEqual([]);
  });

  it('a clause opening on its date after the source named ("Theo ông X, khoảng 9 giờ sáng 4-3, …") is an event', () => {
    const ev = eventsOf(['Theo ông Trần Minh, khoảng 9 giờ sáng 4-3, hai ngư dân đưa thuyền ra cửa biển rồi mất liên lạc.'], '2024-03-06');
    expect(ev.map(([d]) => d)).toEqual(['2024-03-04']);
    // A clause in the middle of a sentence, after something other than its source, is not read that way.
    expect(eventsOf(['Hai ngư dân đưa thuyền ra cửa biển, khoảng 9 giờ sáng 4-3, rồi mất liên lạc.'], '2024-03-06')).toEqual([]);
  });

  it('"cùng ngày" is the day the story last told, not a term named since ("hết hạn từ ngày …")', () => {
    const ev = eventsOf([
      'Sáng 14/5, Công an huyện Tân Lạc cho biết đã tiếp nhận một tài xế đến đầu thú sau vụ va chạm trên quốc lộ.',
      'Tại cơ quan công an, tài xế xuất trình giấy phép lái xe đã hết hạn từ ngày 2/3/2024.',
      'Theo lời khai, rạng sáng cùng ngày, tài xế đã lái xe tải từ Hòa Bình về Hà Nội.',
    ], null);
    // The term's first day opens a span running up to the writing: it bounds the story's year from below only, so the
    // year is left out rather than guessed.
    expect(ev).toContainEqual(['--05-14', 'rạng sáng cùng ngày, tài xế đã lái xe tải từ Hòa Bình về Hà Nội']);
  });

  it('a clause opening on its date after a link in the story\'s order ("Trước đó, ngày 3/4, …") is an event', () => {
    const ev = eventsOf(['Công an huyện đang điều tra vụ trộm ở chợ Bến Đình.', 'Trước đó, ngày 3/4, quầy hàng của một tiểu thương bị phá khóa lúc nửa đêm.'], '2024-04-06');
    expect(ev).toContainEqual(['2024-04-03', 'ngày 3/4, quầy hàng của một tiểu thương bị phá khóa lúc nửa đêm']);
  });

  it('a day and month in the quoted words are a happening of the page\'s year; "hôm qua" in them is not dated', () => {
    expect(eventsOf(['Chị Mai Lan cho hay: "Cả lớp đã phải nghỉ học ngày 4/10 theo yêu cầu của giáo viên chủ nhiệm".'], '2023-10-06').map(([d]) => d))
      .toEqual(['2023-10-04']);
    expect(eventsOf(['Chị Mai Lan cho hay: "Cả lớp đã phải nghỉ học hôm qua theo yêu cầu của giáo viên chủ nhiệm".'], '2023-10-06')).toEqual([]);
  });

  it('a dated statement is an event', () => {
    expect(eventsOf(['Bộ Y tế hôm 28/9 khuyến cáo người dân ngủ màn ở các tỉnh phía Nam.'], '2024-10-02').map(([d]) => d))
      .toEqual(['2024-09-28']);
  });

  it('a year-less deadline or start date ahead of publication takes the coming year', () => {
    const ev = eventsOf([
      'Mức phí mới áp dụng từ ngày 1 tháng 4 tới đối với xe lắp ráp trong nước.',
      'Doanh nghiệp phải nộp báo cáo trước ngày 30/4 theo quy định mới.',
    ], '2024-02-20');
    expect(ev.map(([d]) => d)).toEqual(['2024-04-01', '2024-04-30']);
  });

  it('a forecast is no happening, while the forecasting centre named alone leaves a day in the past', () => {
    const ev = eventsOf([
      'Dự báo đến 7 giờ ngày 12/6, bão di chuyển theo hướng Tây Bắc, mỗi giờ đi được 15 km.',
      'Theo Trung tâm Dự báo khí tượng, tối 20/6 một trận lốc đã quật đổ hàng chục căn nhà ở vùng ven biển.',
    ], '2024-06-11');
    expect(ev.map(([d]) => d)).toEqual(['2023-06-20']);
  });

  it('a day a few days after the page, told with nothing past, is one of the coming days, not last year\'s', () => {
    const ev = eventsOf([
      'Dự báo đến 7 giờ ngày 12/6, áp thấp nhiệt đới di chuyển theo hướng Tây Bắc.',
      'Đến 7 giờ ngày 13/6, áp thấp nhiệt đới đi vào vịnh Bắc Bộ và suy yếu dần.',
    ], '2024-06-11');
    expect(ev.map(([d]) => d)).toEqual(['2024-06-13']);
  });

  it('"mưa vừa" (moderate rain) marks nothing past: the day after the page is still one of the coming days', () => {
    const ev = eventsOf(['Cơ quan khí tượng nhận định từ ngày 14/6, các tỉnh miền núi phía Bắc có mưa vừa, mưa to trên diện rộng.'], '2024-06-11');
    expect(ev.map(([d]) => d)).toEqual(['2024-06-14']);
    // "vừa" before a verb is past: a day of the page's week told as done is last year's.
    const past = eventsOf(['Ngày 14/6, công ty vừa ký hợp đồng cung cấp điện với tỉnh.'], '2024-06-11');
    expect(past.map(([d]) => d)).toEqual(['2023-06-14']);
  });

  it('a birth year describing a person dates nothing; a birth told as the news keeps its year', () => {
    const ev = eventsOf([
      'Ngày 12/3, tòa án tỉnh mở phiên xét xử bị cáo Lê Văn Khoa (sinh năm 1979) về tội lừa đảo.',
      'Nam ca sĩ sinh năm 1996 chuẩn bị tổ chức đêm nhạc đầu tiên tại Đà Lạt.',
      'Thủ môn sinh năm 2001 cho biết anh đã sẵn sàng cho trận đấu.',
      'Kỹ sư Trần Minh Phúc, sinh năm 1984.',
      'Bà Đỗ Thị Hạnh sinh năm 1968 tại Nam Định.',
    ], '2024-03-13');
    expect(ev.map(([d]) => d)).toEqual(['2024-03-12', '1984', '1968']);
  });

  it('English copy dates what was released, published, issued or started', () => {
    const ev = eventsOf([
      'A survey of coffee growers was released by the provincial farming department on Friday.',
      'The second assembly line started test runs on Oct. 7.',
      'The revised fee schedule will be published on Friday.',
      'The new metro line is expected to start carrying passengers on Thursday.',
      'Coffee exports rose 14 percent over the same period in 2023, according to figures released on Thursday.',
    ], '2025-01-06');
    expect(ev).toEqual([
      ['2025-01-03', 'A survey of coffee growers was released by the provincial farming department on Friday'],
      ['2024-10-07', 'The second assembly line started test runs on Oct. 7'],
      ['2025-01-02', 'according to figures released on Thursday'],
    ]);
  });

  it('"cùng ngày" is the day the article last named; with no day named before, it dates nothing', () => {
    const ev = eventsOf([
      'Chiều 14/3, Bộ Công Thương tổ chức hội nghị về giá điện tại Hà Nội.',
      'Trong thông cáo phát đi cùng ngày, tập đoàn điện lực cũng công bố lịch cắt điện mới.',
    ], '2024-03-15');
    expect(ev).toContainEqual(['2024-03-14', 'Trong thông cáo phát đi cùng ngày, tập đoàn điện lực cũng công bố lịch cắt điện mới']);
    expect(eventsOf(['Cùng ngày, tập đoàn điện lực cũng công bố lịch cắt điện mới.'], '2024-03-15')).toEqual([]);
  });

  it('a year-less date with a deadline cue after publication by a few months stays in the past', () => {
    const ev = eventsOf(['Quy định về nhãn mác có hiệu lực từ ngày 1/7, theo thông báo của bộ.'], '2024-10-02');
    expect(ev.map(([d]) => d)).toEqual(['2024-07-01']);
  });
});

describe('undated articles', () => {
  it('a date a rule takes effect does not anchor the year of the story nor date its statements', () => {
    const ex = extractArticle([
      'Nghị định có hiệu lực từ ngày 1/4/2026, thay thế quy định cũ.',
      'Hồi tháng 12/2023, Bộ Tài chính đã lấy ý kiến các doanh nghiệp về dự thảo.',
      'Ngày 5/1, Bộ Tài chính cho biết các góp ý sẽ được tổng hợp trong tháng này.',
    ]);
    const q = ex.quotes.find((x) => x.text.includes('góp ý'));
    expect(q?.date).toBe('2024-01-05');
  });
});

describe('events in English copy', () => {
  it('a dated happening with an English cue is an event, dated against the publication', () => {
    const ex = extractArticle(['The prime minister was re-elected Tuesday by the National Assembly, winning 480 of 490 votes.'], { published: '2019-06-12' });
    expect(ex.events.map((e) => e.date)).toEqual(['2019-06-11']);
  });
});

describe('dates inside quotations', () => {
  it("a speaker's relative date counts from the day the statement was made, when the article tells that day", () => {
    const ex = extractArticle([
      'Sáng 12/3, bà Đỗ Thu Trang, Giám đốc Sở Y tế, cho biết: “Chiều qua, chúng tôi đã tổ chức họp khẩn với các bệnh viện trên địa bàn”.',
    ], { published: '2024-03-14' });
    expect(ex.events.map((e) => e.date)).toContain('2024-03-11');
    // Not counted from the publication: that would be 2024-03-13.
    expect(ex.events.map((e) => e.date)).not.toContain('2024-03-13');
  });

  it('a month a speaker names in words of a plan is left out: it may be the coming one or the last', () => {
    const ex = extractArticle([
      'Chiều 30/10, ông Hoàng Đức Lâm cho biết: “Mọi việc sẽ tùy vào việc hai bên quay lại cách làm từ tháng 12 đến tháng 1 và ngồi vào bàn đàm phán”.',
    ], { published: '2022-11-01' });
    const dates = ex.events.map((e) => e.date);
    expect(dates).toContain('2022-10-30');
    expect(dates.filter((d) => /^202[123]-(?:12|01)$/.test(d ?? ''))).toEqual([]);
  });

  it('a plan in the quoted words is no happening, even with a year counted from the day of speaking', () => {
    const ev = eventsOf(['Ông Vũ Minh Khoa nhận định: “Thư viện sẽ mở cửa miễn phí cho mọi học sinh trong năm nay”.'], '2022-07-10');
    expect(ev).toEqual([]);
  });

  it("a year a speaker names relatively holds even when the statement is dated only by the page's publication", () => {
    const ev = eventsOf(['Ông Vũ Minh Khoa nhận định: “Kỳ thi năm nay được tổ chức nghiêm túc, an toàn ở tất cả các điểm thi”.'], '2022-07-10');
    expect(ev.map(([d]) => d)).toEqual(['2022']);
  });

  it("a speaker's explicit date is a dated happening; a relative one is not dated from the publication", () => {
    const ex = extractArticle([
      'Ông Lâm Văn Hải cho biết: “Hội chợ năm 2019 diễn ra tại Đà Nẵng với hơn 300 gian hàng”.',
      'Bà Trần Thu Hà nói: “Hôm nay chúng tôi đã tổ chức buổi gặp mặt các nhà đầu tư”.',
    ], { published: '2024-07-03' });
    expect(ex.events.map((e) => e.date)).toEqual(['2019']);
  });
});

describe('events without a date of their own (how their date is known)', () => {
  const withBasis = (paragraphs: string[], published: string | null) =>
    extractArticle(paragraphs, { published }).events.map((e) => [e.date, e.dateSource, e.excerpt] as const);

  it('"Tại buổi …" names again the occasion just dated: its day, known from the context', () => {
    const ev = withBasis([
      'Chiều 12/4, lãnh đạo tỉnh có buổi làm việc với các doanh nghiệp dệt may trên địa bàn.',
      'Tại buổi làm việc, đại diện các doanh nghiệp đã kiến nghị giảm thủ tục hải quan.',
    ], '2024-04-13');
    expect(ev).toContainEqual(['2024-04-12', 'context', 'Tại buổi làm việc, đại diện các doanh nghiệp đã kiến nghị giảm thủ tục hải quan.']);
  });

  it('who attended the occasion just dated ("Tham dự buổi lễ có …") is told of its day', () => {
    const ev = withBasis([
      'Sáng 2/9, nhà trường tổ chức buổi lễ khai giảng năm học mới.',
      'Tham dự buổi lễ có đại diện lãnh đạo quận cùng đông đảo phụ huynh học sinh.',
    ], '2024-09-02');
    expect(ev).toContainEqual(['2024-09-02', 'context', 'Tham dự buổi lễ có đại diện lãnh đạo quận cùng đông đảo phụ huynh học sinh.']);
  });

  it('an occasion named again that is not the happening last dated stays undated', () => {
    // The crime is dated; the trial it leads to is another day, not told.
    const ev = withBasis([
      'Ngày 3/2, hai đối tượng cướp tiệm vàng trên quốc lộ rồi bỏ trốn.',
      'Tại phiên tòa, bị cáo thừa nhận toàn bộ hành vi phạm tội của mình.',
    ], '2024-09-20');
    expect(ev.map(([, , x]) => x)).not.toContain('Tại phiên tòa, bị cáo thừa nhận toàn bộ hành vi phạm tội của mình.');
  });

  it('"Sau trận đấu này, …" in a report dating nothing is of the page\'s day, shown as the publication date', () => {
    const ev = withBasis([
      '"Các cầu thủ đã chiến đấu hết mình dù sân trơn" - HLV đội khách nói sau trận.',
      'Sau trận đấu này, đội khách vẫn đứng cuối bảng xếp hạng với 5 điểm.',
    ], '2024-03-10');
    expect(ev).toContainEqual(['2024-03-10', 'published', 'Sau trận đấu này, đội khách vẫn đứng cuối bảng xếp hạng với 5 điểm.']);
  });

  it('an occasion named again from an untold time stays undated', () => {
    const ev = withBasis(['Tại hội thảo mới đây, nhiều chuyên gia đã cảnh báo rủi ro của thị trường.'], '2024-03-10');
    expect(ev).toEqual([]);
  });

  it('the lede telling what has just happened ("vừa …") is of the page\'s day', () => {
    const ev = withBasis(['Công an huyện vừa bắt giữ ba đối tượng trộm cắp xe máy tại chợ đầu mối.'], '2024-05-02');
    expect(ev).toEqual([['2024-05-02', 'published', 'Công an huyện vừa bắt giữ ba đối tượng trộm cắp xe máy tại chợ đầu mối.']]);
  });

  it('an undated sentence is left undated outside the lede, with a plan, or with both-and "vừa … vừa"', () => {
    expect(withBasis([
      'Mưa lớn kéo dài khiến nhiều tuyến đường ngập sâu.',
      'Người dân địa phương cho hay đường sá đã xuống cấp.',
      'Công an huyện vừa bắt giữ ba đối tượng trộm cắp xe máy tại chợ đầu mối.',
    ], '2024-05-02')).toEqual([]);
    expect(withBasis(['Thành phố vừa công bố kế hoạch sẽ mở thêm hai tuyến xe buýt điện.'], '2024-05-02')).toEqual([]);
    expect(withBasis(['Hội chợ vừa mở rộng quy mô vừa thu hút thêm nhiều khách tham quan.'], '2024-05-02')).toEqual([]);
  });

  it('without a trusted page date, an undated lede is not dated', () => {
    expect(withBasis(['Công an huyện vừa bắt giữ ba đối tượng trộm cắp xe máy tại chợ đầu mối.'], null)).toEqual([]);
  });
});

describe("happenings dated by the page's day or by the occasion they open on", () => {
  const withBasis = (paragraphs: string[], published: string | null) =>
    extractArticle(paragraphs, { published }).events.map((e) => [e.date, e.dateSource, e.text] as const);

  it("the page's first sentence telling a result is its news, shown with the publication date", () => {
    expect(withBasis(['Câu lạc bộ Sông Lam giành chiến thắng 3-1 trước đội khách Hải Phòng khiến khán giả nhà vỡ òa.', 'Sau trận, các cầu thủ ở lại sân cảm ơn khán giả.'], '2024-05-12'))
      .toContainEqual(['2024-05-12', 'published', 'Câu lạc bộ Sông Lam giành chiến thắng 3-1 trước đội khách Hải Phòng khiến khán giả nhà vỡ òa']);
    // A stamp of a month gives the month.
    expect(withBasis(['Đội tuyển nữ khởi đầu vòng loại bằng chiến thắng 4-0 trước Singapore.'], '2024-05').map(([d]) => d)).toEqual(['2024-05']);
  });

  it('not a later sentence, a trend, a plan, or a happening inside a clause of time', () => {
    expect(withBasis(['Khán giả đến sân rất đông.', 'Câu lạc bộ Sông Lam giành chiến thắng 3-1 trước đội khách Hải Phòng.'], '2024-05-12')).toEqual([]);
    expect(withBasis(['Giá vàng trong nước tăng mạnh, vượt mốc 80 triệu đồng mỗi lượng.'], '2024-05-12')).toEqual([]);
    expect(withBasis(['Tỉnh sẽ khởi công tuyến đường ven biển dài 40 km.'], '2024-05-12')).toEqual([]);
    expect(withBasis(['Bị cáo Lý Văn Toàn, khi đang nghe tòa tuyên án, đã la hét và bỏ chạy khỏi vị trí.'], '2024-05-12')).toEqual([]);
    expect(withBasis(['Câu lạc bộ Sông Lam giành chiến thắng 3-1 trước đội khách Hải Phòng.'], null)).toEqual([]);
  });

  it('a clock time with no day is of the day the story last told, else of the page\'s day', () => {
    expect(withBasis(['Đến 14h20, bão đổ bộ vào đất liền, làm tốc mái hàng trăm ngôi nhà ven biển.'], '2023-10')).toContainEqual(
      ['2023-10', 'published', 'Đến 14h20, bão đổ bộ vào đất liền, làm tốc mái hàng trăm ngôi nhà ven biển']);
    expect(withBasis([
      'Sáng 3/6, một vụ cháy lớn xảy ra tại kho hàng ở khu công nghiệp Tân Bình.',
      'Đến 11h, lực lượng cứu hỏa đã khống chế được đám cháy.',
    ], '2024-06-05')).toContainEqual(['2024-06-03', 'context', 'Đến 11h, lực lượng cứu hỏa đã khống chế được đám cháy']);
    expect(withBasis(['Đến 14h20, bão có thể đổ bộ vào đất liền.'], '2023-10-12')).toEqual([]);
  });

  it('a sentence opening on an occasion and its date ("Trong chuyến … đầu tháng 9, …") tells what happened then', () => {
    expect(withBasis(['Trong chuyến công tác tới Đà Lạt đầu tháng 3, bà Nguyễn Thu Vân bất ngờ được mời dự đám cưới.'], '2024-03-20').map(([d]) => d)).toEqual(['2024-03']);
    // A plan on that occasion is not a happening.
    expect(withBasis(['Trong chuyến đi đầu tháng 5, gia đình anh sẽ ghé Đà Lạt và Sa Pa.'], '2024-03-20')).toEqual([]);
  });

  it('a recognition or a trip with its year is a dated happening', () => {
    expect(withBasis(['Làng gốm cổ nằm bên sông, được công nhận là di tích quốc gia năm 2005.'], '2024-03-20').map(([d]) => d)).toEqual(['2005']);
    expect(withBasis(['Nhà văn Lê Minh Khuê dành cả năm 2022 để du lịch bụi qua 14 nước châu Phi.'], '2024-03-20').map(([d]) => d)).toEqual(['2022']);
  });
});
