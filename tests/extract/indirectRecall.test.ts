import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('a local police force as the speaker', () => {
  it('"Công an <unit> <place> cho biết …" reports the force’s words, under its full name', () => {
    const ex = one(
      'Ngày 19/6, Công an huyện Tân Lập cho biết đã tạm giữ hai người đàn ông trộm xe máy ở chợ đêm.',
      'Chiều cùng ngày, Công an TP Bến Cảng cho biết, lực lượng tuần tra đã thu hồi chiếc xe và trả lại cho chủ.',
    );
    const a = quoteWith(ex, 'đã tạm giữ hai người đàn ông');
    expect(a?.speaker).toBe('Công an huyện Tân Lập');
    expect(a?.kind).toBe('indirect');
    expect(quoteWith(ex, 'lực lượng tuần tra đã thu hồi chiếc xe')?.speaker).toBe('Công an TP Bến Cảng');
  });

  it('what the police did, without a reporting verb, is the reporter’s narration', () => {
    const ex = one('Ngày 19/6, Công an xã Hòa Lạc đã bắt giữ một người đàn ông trộm xe máy ở chợ đêm.');
    expect(ex.quotes).toHaveLength(0);
  });
});

describe('a reported statement that runs on into the next sentence', () => {
  it('the next sentence, naming nobody and reporting nothing of its own, is the same speaker’s', () => {
    const ex = one(
      'Ông Đỗ Minh Khang, Giám đốc Sở Nông nghiệp, cho biết mùa mưa năm nay đến sớm hơn mọi năm. Nhiều hồ chứa có thể phải xả lũ sớm để bảo đảm an toàn cho đê điều.',
      'Theo bà Vương Thị Lan, giá phân bón đã ổn định trở lại. Nông dân nên mua vừa đủ dùng cho vụ tới thay vì tích trữ.',
    );
    const a = quoteWith(ex, 'Nhiều hồ chứa có thể phải xả lũ sớm');
    expect(a?.speaker).toBe('Đỗ Minh Khang');
    expect(a?.kind).toBe('indirect');
    expect(a?.text).toBe('Nhiều hồ chứa có thể phải xả lũ sớm để bảo đảm an toàn cho đê điều');
    expect(quoteWith(ex, 'Nông dân nên mua vừa đủ dùng')?.speaker).toBe('Vương Thị Lan');
  });

  it('narration after the statement stays the reporter’s: what someone did, a dated happening, another time', () => {
    const ex = one(
      'Ông Đỗ Minh Khang cho biết mùa mưa năm nay đến sớm hơn mọi năm. Ông Khang đã đi kiểm tra các hồ chứa ở ba huyện phía tây.',
      'Bà Vương Thị Lan cho biết giá phân bón đã ổn định trở lại. Ngày 12/6, giá urê trên thị trường giảm thêm 5% so với tuần trước.',
      'Ông Lê Quốc Bảo cho biết tỉnh sẽ hỗ trợ giống cho các hộ bị thiệt hại. Trước đó, trận lũ quét đã cuốn trôi hàng chục ngôi nhà ven suối.',
      'Bà Trịnh Thu Hà cho biết chợ đầu mối sẽ mở cửa lại vào cuối tuần. Giá rau xanh tại các chợ lẻ vừa tăng gấp đôi trong ba ngày qua.',
    );
    expect(quoteWith(ex, 'đi kiểm tra các hồ chứa')).toBeUndefined();
    expect(quoteWith(ex, 'giá urê trên thị trường giảm thêm')).toBeUndefined();
    expect(quoteWith(ex, 'trận lũ quét đã cuốn trôi')).toBeUndefined();
    expect(quoteWith(ex, 'Giá rau xanh tại các chợ lẻ')).toBeUndefined();
    expect(quoteWith(ex, 'chợ đầu mối sẽ mở cửa lại')?.speaker).toBe('Trịnh Thu Hà');
  });

  it('a forecast opening on "Dự kiến" goes on with the official’s account; "Trước đó" still tells the background', () => {
    const ex = one(
      'Ông Võ Thành Lợi, Phó Chủ tịch UBND huyện, cho biết mưa lớn có thể kéo dài đến cuối tuần. Dự kiến mực nước trên các sông sẽ lên nhanh vào đêm nay.',
      'Bà Lâm Thị Hoa cho biết huyện đã chuẩn bị đủ lương thực cho các điểm sơ tán. Trước đó, nhiều hộ dân đã tự gia cố nhà cửa.',
    );
    const a = quoteWith(ex, 'mực nước trên các sông sẽ lên nhanh');
    expect(a?.speaker).toBe('Võ Thành Lợi');
    expect(a?.text).toBe('Dự kiến mực nước trên các sông sẽ lên nhanh vào đêm nay');
    expect(quoteWith(ex, 'nhiều hộ dân đã tự gia cố')).toBeUndefined();
  });

  it('a term or an irony in quotation marks does not stop it; a quoted sentence does', () => {
    const ex = one(
      'Bà Trịnh Thu Hà, Giám đốc Sở Công Thương, cho biết sức mua dịp cuối năm tăng chậm. Nhiều cửa hàng chỉ bán được “hàng tồn” với giá thấp hơn giá vốn.',
      'Ông Đỗ Minh Khang cho biết mùa mưa năm nay đến sớm hơn mọi năm. Các hồ chứa phải theo “mệnh lệnh vận hành mùa lũ” trước giữa tháng.',
    );
    const a = quoteWith(ex, 'Nhiều cửa hàng chỉ bán được');
    expect(a?.speaker).toBe('Trịnh Thu Hà');
    expect(a?.kind).toBe('indirect');
    expect(a?.text).toBe('Nhiều cửa hàng chỉ bán được “hàng tồn” với giá thấp hơn giá vốn');
    // Four quoted words and more are speech of their own, for the quotation rules to read.
    expect(quoteWith(ex, 'Các hồ chứa phải theo')).toBeUndefined();
  });

  it('a place the article names after "xã", "ấp" … may be the next sentence’s subject; a person named bare may not', () => {
    const ex = one(
      'Ông Phan Văn Tài, Phó Chủ tịch UBND xã Hòa Thạnh, cho biết bờ biển của xã dài hơn 10 km. Tuy nhiên, Hòa Thạnh cũng chịu ảnh hưởng rất nhiều từ rác thải trôi dạt.',
      'Ca sĩ Lan Hương cho biết cô rất vui khi trở lại sân khấu sau hai năm. Dù có lúc muốn bỏ cuộc nhưng Bảo Ngọc luôn động viên cô tập luyện mỗi ngày.',
    );
    const a = quoteWith(ex, 'Hòa Thạnh cũng chịu ảnh hưởng');
    expect(a?.speaker).toBe('Phan Văn Tài');
    expect(a?.kind).toBe('indirect');
    expect(quoteWith(ex, 'Bảo Ngọc luôn động viên')).toBeUndefined();
  });

  it('a new paragraph, or a sentence after a verbatim quotation, is not carried on', () => {
    const ex = one(
      'Ông Đỗ Minh Khang cho biết mùa mưa năm nay đến sớm hơn mọi năm.',
      'Nhiều hồ chứa ở vùng trung du đã tích nước gần đầy từ giữa tháng.',
      '“Chúng tôi đã sẵn sàng phương án sơ tán”, bà Vương Thị Lan nói. Các xã ven sông vẫn còn hàng trăm hộ sống trong vùng trũng.',
    );
    expect(quoteWith(ex, 'Nhiều hồ chứa ở vùng trung du')).toBeUndefined();
    expect(quoteWith(ex, 'Các xã ven sông vẫn còn')).toBeUndefined();
  });
});

describe('a report by a group the article does not name', () => {
  it('"Nhiều chuyên gia cho rằng …" is kept, with no speaker named', () => {
    const ex = one(
      'Giá thép xây dựng đã tăng bốn tuần liền.',
      'Nhiều chuyên gia cho rằng giá thép sẽ còn tăng đến hết quý ba do chi phí vận chuyển cao.',
      'Tại phiên thảo luận, nhiều đại biểu cho rằng một số công trình có thể phải tạm dừng thi công.',
    );
    const a = quoteWith(ex, 'giá thép sẽ còn tăng đến hết quý ba');
    expect(a?.kind).toBe('indirect');
    expect(a?.speaker).toBeNull();
    expect(quoteWith(ex, 'một số công trình có thể phải tạm dừng')?.speaker).toBeNull();
  });
});

describe('a quotation that runs over two paragraphs', () => {
  it('the paragraph that closes it, with no opening mark, is the rest of the same speaker’s words', () => {
    const ex = one(
      'Giám đốc Sở Xây dựng Trần Văn Nam nói: "Ở giai đoạn một, nhà thầu thiếu nhân lực nên công trình chậm gần hai tháng.',
      'Sang giai đoạn hai, chúng tôi đã bổ sung ba mũi thi công và tiến độ đã được kéo lại đúng kế hoạch".',
      'Bà Lâm Thu Cúc, Giám đốc Sở Y tế, nhấn mạnh: “Không để người bệnh nào phải chờ quá hai giờ ở khoa cấp cứu.',
      'Các bệnh viện tuyến huyện phải báo cáo số giường trống mỗi ngày”.',
    );
    const a = quoteWith(ex, 'bổ sung ba mũi thi công');
    expect(a?.speaker).toBe('Trần Văn Nam');
    expect(a?.kind).toBe('direct');
    expect(a?.text).toBe('Sang giai đoạn hai, chúng tôi đã bổ sung ba mũi thi công và tiến độ đã được kéo lại đúng kế hoạch');
    expect(quoteWith(ex, 'báo cáo số giường trống mỗi ngày')?.speaker).toBe('Lâm Thu Cúc');
  });

  it('a closing mark with no quotation left open before it starts nothing', () => {
    const ex = one(
      'Bà Lâm Thu Cúc, Giám đốc Sở Y tế, nhấn mạnh: “Không để người bệnh nào phải chờ quá hai giờ”.',
      'Các bệnh viện tuyến huyện đã bổ sung thêm giường bệnh cho khoa hồi sức” trong tuần qua.',
    );
    expect(quoteWith(ex, 'bổ sung thêm giường bệnh')).toBeUndefined();
  });
});

describe('attributions after a quotation', () => {
  const ex = one(
    '“Không thể để học sinh học trong phòng học xuống cấp thêm một năm nữa. Tỉnh sẽ bố trí vốn ngay trong quý này”, ông Hồ Văn Lực – Phó Chủ tịch, Trưởng ban chỉ đạo xây dựng trường học nói.',
    '“Các máy bơm đã chạy lại từ 5 giờ. Nước đã rút khỏi ba tuyến phố ven kênh” - bà Tạ Minh Châu thông tin.',
    '“Vốn đã có, việc còn lại là giải phóng mặt bằng cho kịp mùa khô”, vẫn lời ông Lực.',
  );

  it('a title set off by a dash, with commas inside it, before the verb', () => {
    expect(quoteWith(ex, 'Tỉnh sẽ bố trí vốn ngay trong quý này')?.speaker).toBe('Hồ Văn Lực');
  });

  it('"- bà X thông tin." ends on "thông tin" as its verb', () => {
    const q = quoteWith(ex, 'Nước đã rút khỏi ba tuyến phố');
    expect(q?.speaker).toBe('Tạ Minh Châu');
    expect(q?.kind).toBe('direct');
  });

  it('"…”, vẫn lời ông X." gives the same person’s words again', () => {
    expect(quoteWith(ex, 'giải phóng mặt bằng cho kịp mùa khô')?.speaker).toBe('Hồ Văn Lực');
  });

  it('"thông tin" inside a sentence stays a noun', () => {
    const other = one('“Trận đấu có nhiều diễn biến bất ngờ trong hiệp hai” là dòng thông tin được chia sẻ nhiều nhất tối qua.');
    expect(quoteWith(other, 'Trận đấu có nhiều diễn biến bất ngờ')).toBeUndefined();
  });
});

describe('"công bố … rằng" and where a statement was made', () => {
  it('"X công bố trên mạng xã hội rằng, …" reports X’s words, from after "rằng"', () => {
    const ex = one('Tối 19/6, Tổng thống Hector Valdés công bố trên mạng xã hội rằng, hai bên đã đồng ý ngừng bắn trong 48 giờ.');
    const q = quoteWith(ex, 'hai bên đã đồng ý ngừng bắn');
    expect(q?.speaker).toBe('Hector Valdés');
    expect(q?.text).toBe('hai bên đã đồng ý ngừng bắn trong 48 giờ');
  });

  it('"X cho biết tại cuộc họp rằng …" leaves the venue out of the words', () => {
    const ex = one('Bà Phan Thị Mai cho biết tại cuộc họp rằng thành phố sẽ mở thêm hai tuyến xe buýt điện.');
    expect(quoteWith(ex, 'thành phố sẽ mở thêm hai tuyến')?.text).toBe('thành phố sẽ mở thêm hai tuyến xe buýt điện');
  });

  it('"công bố" a list or a result, and "đáp ứng", report nothing', () => {
    const ex = one(
      'Bộ Giáo dục công bố danh sách 120 trường đạt chuẩn quốc gia trong năm học vừa qua.',
      'Ông Phan Văn Tài đáp ứng đủ các điều kiện để được xét tặng danh hiệu nhà giáo ưu tú.',
    );
    expect(ex.quotes).toHaveLength(0);
  });
});

describe('a reporting verb inside a relative clause', () => {
  it('"… mà ông Y tuyên bố …, và cho rằng …" reports only what the subject said, after "cho rằng"', () => {
    const ex = one('Bà Đào Thị Mơ hoài nghi con số mà Giám đốc Sở Lý Văn Sang tuyên bố tại hội nghị, và cho rằng số hộ thoát nghèo thực tế thấp hơn nhiều.');
    const q = quoteWith(ex, 'số hộ thoát nghèo thực tế thấp hơn');
    expect(q?.speaker).toBe('Đào Thị Mơ');
    expect(q?.text).toBe('số hộ thoát nghèo thực tế thấp hơn nhiều');
  });
});

describe('a country or a capital that speaks', () => {
  it('"Na Uy khẳng định …" is a report kept with no name, never the place as speaker', () => {
    const ex = one(
      'Các tổ chức môi trường phản đối mỏ đồng mới ở vùng núi phía nam.',
      'Na Uy khẳng định dự án khai khoáng tuân thủ mọi quy định về nguồn nước.',
      'Sau cuộc họp, Lima đã cáo buộc các nhóm vận động nhận tài trợ từ đối thủ cạnh tranh.',
    );
    const a = quoteWith(ex, 'tuân thủ mọi quy định về nguồn nước');
    expect(a?.kind).toBe('indirect');
    expect(a?.speaker).toBeNull();
    expect(quoteWith(ex, 'nhận tài trợ từ đối thủ cạnh tranh')?.speaker).toBeNull();
  });

  it('a country’s stand is dated only by its own sentence, never by the page’s day', () => {
    const ex = one(
      'Na Uy khẳng định dự án khai khoáng tuân thủ mọi quy định về nguồn nước.',
      'Ngày 18/6, Na Uy cáo buộc các nhóm vận động nhận tài trợ từ đối thủ cạnh tranh.',
    );
    expect(quoteWith(ex, 'tuân thủ mọi quy định về nguồn nước')?.date).toBeNull();
    expect(quoteWith(ex, 'nhận tài trợ từ đối thủ cạnh tranh')?.date).toBe('2024-06-18');
  });

  it('what a city did is narration', () => {
    const ex = one('Hà Nội đã bắt đầu thí điểm thu phí xe vào nội đô từ tháng 5.');
    expect(ex.quotes).toHaveLength(0);
  });
});

describe('a reporter’s request for comment before the answer', () => {
  it('"trả lời câu hỏi phóng viên đề nghị cho biết …, người phát ngôn X nêu rõ:" gives the next paragraph’s quotation to X, and the request is no statement', () => {
    const ex = one(
      'Chiều 18/6, trả lời câu hỏi phóng viên đề nghị cho biết phản ứng trước việc tàu cá bị xua đuổi gần đảo, Người phát ngôn Bộ Ngoại giao Trần Thu Vân nêu rõ:',
      '“Chúng tôi yêu cầu các bên liên quan tôn trọng quyền đánh bắt hợp pháp của ngư dân và không tái diễn hành động tương tự”.',
    );
    expect(quoteWith(ex, 'tôn trọng quyền đánh bắt hợp pháp')?.speaker).toBe('Trần Thu Vân');
    expect(quoteWith(ex, 'phản ứng trước việc tàu cá bị xua đuổi')).toBeUndefined();
  });
});
