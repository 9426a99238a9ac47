import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

const extract = (paragraphs: string[], published: string | null = '2024-07-03') => extractArticle(paragraphs, { published });

describe('which date in the sentence dates the statement', () => {
  it('the briefing date, not the date of the incident recounted', () => {
    const ex = extract(['Tại cuộc họp báo hôm 2/7, người phát ngôn Bộ Ngoại giao Trần Thu Hà dẫn lại vụ việc tàu cá bị chặn hôm 30/6, cho rằng “hành động này vi phạm luật pháp quốc tế”.']);
    expect(quoteWith(ex, 'vi phạm luật pháp')?.date).toBe('2024-07-02');
  });

  it('an incident date alone does not date the statement', () => {
    const ex = extract(['Bà Trần Thu Hà dẫn lại vụ việc tàu cá bị chặn hôm 30/6, cho rằng “hành động này vi phạm luật pháp quốc tế”.']);
    expect(quoteWith(ex, 'vi phạm luật pháp')).toMatchObject({ date: '2024-07-03', dateSource: 'published' });
  });

  it('a term or deadline before the verb does not date the statement', () => {
    const ex = extract(['Chương trình ưu đãi kéo dài đến tháng 3/2025, ông Lâm Văn Hải cho biết và nói thêm rằng “doanh nghiệp không cần làm thêm thủ tục nào”.']);
    expect(quoteWith(ex, 'không cần làm thêm')?.date).toBe('2024-07-03');
  });

  it('a visit during which the person spoke dates the statement', () => {
    const ex = extract(['Phát biểu khi thăm nhà máy hôm 28/6, ông Lâm Văn Hải cho biết “sản lượng quý ba sẽ tăng gấp đôi”.']);
    expect(quoteWith(ex, 'sản lượng quý ba')?.date).toBe('2024-06-28');
  });

  it('the date of the speaking still counts when the sentence has one', () => {
    const ex = extract(['Ông Lâm Văn Hải hôm 1/7 cho biết: “Doanh nghiệp không cần làm thêm thủ tục nào”.']);
    expect(quoteWith(ex, 'không cần làm thêm')?.date).toBe('2024-07-01');
  });
});

describe('quotes that are not statements', () => {
  it('a headline line ending on a quoted word', () => {
    const ex = extract(['Chuyên gia cho biết mùa mưa năm nay "bất thường"', 'Ông Trần Văn Lộc nói: “Mùa mưa đến sớm hơn mọi năm”.']);
    expect(ex.quotes.map((q) => q.text)).toEqual(['Mùa mưa đến sớm hơn mọi năm']);
  });

  it("a third party's sales pitch in quotation marks", () => {
    const ex = extract(['Bà Lý Thị Hoa cho biết bà đã nộp tiền sau khi nghe lời mời "lãi cao gấp 20 lần chỉ trong một tháng" của nhóm đối tượng.']);
    expect(ex.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text)).toEqual([]);
  });
});

describe('given names that are also country names', () => {
  it('"ông Đức" after the quotation is the speaker, quoted directly', () => {
    const ex = extract(['Huấn luyện viên Phạm Minh Đức đã dẫn dắt đội từ đầu mùa.', '“Kết quả này vượt xa kỳ vọng của cả ban huấn luyện”, ông Đức nhận xét.']);
    const q = quoteWith(ex, 'vượt xa kỳ vọng');
    expect([q?.speaker, q?.kind]).toEqual(['Phạm Minh Đức', 'direct']);
  });
});

describe('when a statement was made: the report and its timeline, anchored on the publication date', () => {
  it('a date after publication (a plan, a forecast) never dates a statement', () => {
    const ex = extract(['Thuế mới áp dụng từ ngày 1/9 tới. Ông Lâm Văn Hải nói: “Doanh nghiệp sẽ có đủ thời gian chuẩn bị”.']);
    expect(quoteWith(ex, 'đủ thời gian')?.date).toBe('2024-07-03');
  });

  it('"vào năm tới" in the reporting clause is not when it was said', () => {
    const ex = extract(['Ông Lâm Văn Hải vào năm tới sẽ nghỉ hưu, và nói: “Tôi đã làm hết sức mình”.']);
    expect(quoteWith(ex, 'hết sức mình')?.date).toBe('2024-07-03');
  });

  it('a year mentioned in passing does not date the next statements of the paragraph', () => {
    const ex = extract(['Nhà máy được xây dựng từ năm 2008. Ông Lâm Văn Hải cho biết: “Sản lượng năm nay sẽ tăng gấp đôi”.']);
    expect(quoteWith(ex, 'tăng gấp đôi')?.date).toBe('2024-07-03');
  });

  it('an incident recounted in the lede does not date the statements', () => {
    const ex = extract([
      'Ngay đầu phiên họp, đại biểu Trần Minh Khoa hỏi thẳng về vụ giám đốc công ty bị bắt tối qua.',
      '“Bộ sẽ trả lời bằng văn bản”, Bộ trưởng Lâm Văn Hải nói.',
    ]);
    expect(quoteWith(ex, 'trả lời bằng văn bản')?.date).toBe('2024-07-03');
  });

  it("the lede's occasion a few days before publication dates the undated statements", () => {
    const ex = extract([
      'Chiều 30/6, tại buổi gặp mặt các nhà đầu tư ở Đà Nẵng, nhiều doanh nhân đã chia sẻ kinh nghiệm.',
      'Ông Lâm Văn Hải nói: “Thị trường còn nhiều dư địa cho doanh nghiệp nhỏ”.',
    ]);
    expect(quoteWith(ex, 'nhiều dư địa')?.date).toBe('2024-06-30');
  });

  it("an English lede's meeting or forum on a weekday dates the statements made at it", () => {
    // 2024-07-03 is a Wednesday: "on Monday" is 2024-07-01.
    const ex = extract([
      'Rice growers at a meeting in Can Tho on Monday said fertilizer prices had doubled in a year.',
      'Deputy Minister of Agriculture Lam Van Hai told the meeting that the province would extend cheap loans. "We will not let farmers carry this alone," he said.',
    ]);
    expect(quoteWith(ex, 'extend cheap loans')).toMatchObject({ speaker: 'Lam Van Hai', date: '2024-07-01' });
    expect(quoteWith(ex, 'carry this alone')).toMatchObject({ speaker: 'Lam Van Hai', date: '2024-07-01' });
    const forum = extract([
      'Foreign investors at a business forum in Da Nang on Monday said slow licensing remained their main worry.',
      'Lam Van Hai, head of the city investment office, said the city would publish a list of priority projects.',
    ]);
    expect(quoteWith(forum, 'list of priority projects')).toMatchObject({ speaker: 'Lam Van Hai', date: '2024-07-01' });
  });

  it('people "meeting" somewhere on a day is a happening, not an occasion of speaking', () => {
    const ex = extract([
      'Police spokesman Lam Van Hai told reporters on Tuesday that three people had been detained. The activists were meeting at a cafe in Hue on Saturday when police arrived. The case was still under investigation, Hai said.',
    ]);
    expect(quoteWith(ex, 'under investigation')).toMatchObject({ speaker: 'Lam Van Hai', date: '2024-07-02' });
  });

  it('a lede launching a campaign or opening a plant on a day dates the words said there', () => {
    const vi = extract([
      'Sáng 1/7, Sở Y tế tỉnh Phú Khang phát động chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 10 tuổi.',
      'Phát biểu tại lễ phát động, ông Lâm Văn Hải, phó giám đốc Sở Y tế, nói: "Không để sót một em nào".',
    ]);
    expect(quoteWith(vi, 'sót một em')?.date).toBe('2024-07-01');
    // 2024-07-03 is a Wednesday: "on Monday" is 2024-07-01.
    const en = extract([
      'Singapore-based Heron Circuits on Monday opened a chip testing plant in northern Bac Ninh Province.',
      '"Vietnam is no longer only where phones are assembled," chief executive Lam Van Hai said.',
    ]);
    expect(quoteWith(en, 'no longer only where')).toMatchObject({ speaker: 'Lam Van Hai', date: '2024-07-01' });
  });

  it('a lede closing a festival on a day dates the words said at the closing, as an opening does', () => {
    const ex = extract([
      'Hội chợ hoa lan Tây Bắc lần thứ 5 bế mạc tối 1/7 sau bốn ngày trưng bày tại quảng trường thành phố.',
      'Trưởng ban tổ chức, bà Đinh Thu Lan, cho biết hội chợ đón gần 20.000 lượt khách.',
    ]);
    expect(quoteWith(ex, 'đón gần 20.000')).toMatchObject({ speaker: 'Đinh Thu Lan', date: '2024-07-01' });
  });

  it('the briefing day in the second paragraph dates the statements, though a rule took effect two days before', () => {
    const ex = extract([
      'Cục Thuế khẳng định quy định mới không làm phát sinh thêm nghĩa vụ thuế cho hộ kinh doanh.',
      'Thông tin được đưa ra tại họp báo thường kỳ của Bộ Tài chính chiều 1/7, hai ngày sau khi quy định chính thức có hiệu lực từ ngày 29/6.',
      'Bà Lê Thị Hạnh, Phó cục trưởng Cục Thuế, cho biết số thuế đã khấu trừ được trừ thẳng vào nghĩa vụ của người bán.',
    ]);
    expect(quoteWith(ex, 'trừ thẳng vào nghĩa vụ')).toMatchObject({ speaker: 'Lê Thị Hạnh', date: '2024-07-01' });
  });

  it('a lede about a happening, not an occasion of speaking, does not date later statements', () => {
    const ex = extract([
      'Đêm 1/7, mưa lớn gây ngập sâu nhiều tuyến phố ở Cần Thơ.',
      'Ông Lâm Văn Hải nói: “Nước đang rút dần ở các quận trung tâm”.',
    ]);
    expect(quoteWith(ex, 'rút dần')?.date).toBe('2024-07-03');
  });

  it('a lede date long before publication is background, not the occasion', () => {
    const ex = extract([
      'Ngày 2/3, công ty ra mắt sản phẩm đầu tiên tại Đà Nẵng.',
      'Ông Lâm Văn Hải nói: “Thị trường còn nhiều dư địa cho doanh nghiệp nhỏ”.',
    ]);
    expect(quoteWith(ex, 'nhiều dư địa')?.date).toBe('2024-07-03');
  });

  it('a page stamped with a month only: the lede gives the day', () => {
    const ex = extract([
      'Tối 12/6, trao đổi với phóng viên, ông Lâm Văn Hải, Chủ tịch xã, cho biết lũ đã rút.',
      '“Người dân đã trở về nhà an toàn”, ông Phạm Văn Bình nói.',
    ], '2024-06');
    expect(quoteWith(ex, 'trở về nhà')?.date).toBe('2024-06-12');
  });

  it('its own date that the page cannot resolve leaves the statement undated rather than borrowing one', () => {
    const ex = extractArticle([
      'Sáng 21/8, Thống đốc Lâm Văn Hải trả lời chất vấn tại Quốc hội.',
      'Phát biểu hồi tháng 3, ông Lâm Văn Hải còn khẳng định nợ xấu toàn ngành khoảng 10%.',
    ], { published: null });
    const q = ex.quotes.find((x) => x.text.includes('nợ xấu toàn ngành'));
    expect(q?.date ?? null).toBeNull();
  });

  it('"Trước đó" before the reporting verb: said earlier than the story, on a day the page does not tell', () => {
    const ex = extract([
      'Chiều 2/7, tại buổi họp báo, ông Lâm Văn Hải thông báo kết quả kiểm tra.',
      'Trước đó, ông Trần Minh Khoa cho biết: “Chúng tôi đã gửi đủ hồ sơ”.',
    ]);
    expect(quoteWith(ex, 'gửi đủ hồ sơ')?.date ?? null).toBeNull();
  });

  it('the next statement of a paragraph that stepped back to an untold time is not dated by the page', () => {
    const ex = extract([
      'Tại buổi đối thoại trước đó, ông Lê Văn Tám, giám đốc Sở Xây dựng, cho rằng dự án “chậm vì vướng mặt bằng”. Bà Phan Thị Mơ, phó chủ tịch huyện, nói huyện “đã bàn giao 90% diện tích”.',
      'Ông Đỗ Văn Lực, người dân xã Hòa Tiến, cho biết: “Chúng tôi chờ tiền bồi thường đã hai năm”.',
    ]);
    expect(quoteWith(ex, 'vướng mặt bằng')?.date ?? null).toBeNull();
    expect(quoteWith(ex, 'bàn giao 90%')?.date ?? null).toBeNull();
    // A new paragraph is the page's day again.
    expect(quoteWith(ex, 'chờ tiền bồi thường')).toMatchObject({ date: '2024-07-03', dateSource: 'published' });
  });

  it('a date in a clause about the topic after the quotation does not date it', () => {
    const ex = extract([
      '“Câu hỏi của anh ấy thực sự khó”, ông Lâm Văn Hải nói với phóng viên khi được hỏi về chuyến thăm hồi tháng trước.',
    ]);
    expect(quoteWith(ex, 'thực sự khó')?.date).toBe('2024-07-03');
  });

  it('a date right after the reporting verb still dates the quotation', () => {
    const ex = extract(['“Câu hỏi của anh ấy thực sự khó”, ông Lâm Văn Hải nói với phóng viên hôm 1/7.']);
    expect(quoteWith(ex, 'thực sự khó')?.date).toBe('2024-07-01');
  });

  it("a lede dated with a time of day is the report's occasion even under a much later page stamp", () => {
    const ex = extract([
      'Chiều 11/5, tòa án tiếp tục xét xử vụ án sai phạm tại công ty xây dựng.',
      'Ông Lâm Văn Hải nói: “Tôi xin hội đồng xét xử xem xét cho tôi được hưởng khoan hồng”.',
    ]);
    expect(quoteWith(ex, 'hưởng khoan hồng')?.date).toBe('2024-05-11');
  });

  it("an undated interview's answers are not dated by the story's latest announcement", () => {
    const ex = extractArticle([
      'Ngày 3/8, công ty Sao Việt tuyên bố gọi vốn thành công 5 triệu USD.',
      'Chào anh Hải. Anh bắt đầu ý tưởng này từ khi nào?',
      'CEO Lâm Văn Hải: Tôi có ý tưởng xây dựng mô hình này khi còn làm việc ở nước ngoài.',
    ], { published: null });
    expect(quoteWith(ex, 'khi còn làm việc')?.date ?? null).toBeNull();
  });

  it('answers transcribed from a press conference take the date of the conference', () => {
    const ex = extractArticle([
      'Chiều 30/6, đã diễn ra cuộc họp báo của bộ về kết quả kiểm tra.',
      'Bộ trưởng Lâm Văn Hải: Chúng tôi sẽ công bố toàn bộ kết quả trong tuần tới.',
    ], { published: null });
    expect(quoteWith(ex, 'toàn bộ kết quả')?.date).toBe('--06-30');
  });

  it('an opening quotation takes the occasion the next lines give it', () => {
    const ex = extract([
      '“Kỳ thi cơ bản an toàn, nhưng chắc vẫn còn nhiều nơi vi phạm” - chia sẻ của Thứ trưởng Lâm Văn Hải với báo chí.',
      'Chiều 1/7, Thứ trưởng Lâm Văn Hải đã có cuộc trao đổi với phóng viên về kỳ thi.',
    ]);
    expect(quoteWith(ex, 'vẫn còn nhiều nơi vi phạm')?.date).toBe('2024-07-01');
  });

  it("an undated opening summary takes the date the same speaker's statement is given a few lines on", () => {
    const ex = extractArticle([
      'Ngoại trưởng Lâm Văn Hải cho biết các bên đã đồng ý nối lại đàm phán.',
      'Ngày 10/6, ông Lâm Văn Hải cho biết ông đã gặp lãnh đạo các nước trong khu vực.',
    ], { published: null });
    expect(quoteWith(ex, 'nối lại đàm phán')?.date).toBe('--06-10');
  });
});

describe('a statement in English copy is dated by its own clause', () => {
  // 2022-03-06 is a Sunday.
  const english = (paragraphs: string[], published: string | null = '2022-03-06') => extractArticle(paragraphs, { published });

  it('the time adverbial after the reporting verb dates the statement, not a date recounted before it', () => {
    const ex = english([
      'Harold Finch was detained in May 2019 on suspicion of tax fraud.',
      'Finch told a video news conference on Wednesday he had been questioned “for nine hours without a lawyer.”',
    ]);
    expect(quoteWith(ex, 'nine hours')).toMatchObject({ date: '2022-03-02', dateSource: 'sentence' });
  });

  it('a weekday the page gives no reference for leaves the statement undated, not the date of an earlier incident', () => {
    const ex = english([
      'Harold Finch was detained in May 2019 on suspicion of tax fraud.',
      'Finch told a video news conference on Wednesday he had been questioned “for nine hours without a lawyer.”',
    ], null);
    expect(quoteWith(ex, 'nine hours')?.date).toBeNull();
  });

  it('an interview named in the lede dates the answers quoted after it', () => {
    const ex = english([
      '“Our grid was never built for this,” Mirela Oakes said in an interview in Lagos on Thursday.',
      'Oakes stepped down as energy minister two years ago.',
      '“We will need private money for the lines,” she said.',
    ]);
    expect(quoteWith(ex, 'private money')).toMatchObject({ date: '2022-03-03' });
  });

  it('a date inside the reported clause is not the verb\'s: "said the vote would be held on Friday"', () => {
    const ex = english(['Mirela Oakes said the vote would be held on Friday and “nobody will be left out.”']);
    expect(quoteWith(ex, 'nobody will be left out')?.date).not.toBe('2022-03-04');
  });
});

describe('the occasion of a sentence carries to the next statements, not the dates they speak about', () => {
  it('"Ngày 3/2, X cho biết … nhiệm kỳ kết thúc vào tháng 5/2021" — the next quotation is of 3/2', () => {
    const ex = extract([
      'Ngày 3/2, Chủ tịch Hiệp hội Trịnh Văn Tường cho biết mục tiêu là bầu lại ban chấp hành vì nhiệm kỳ cũ đã kết thúc vào tháng 5/2021. “Chúng tôi không thể chờ thêm được nữa”, ông Tường nói.',
    ], '2022-02-05');
    expect(quoteWith(ex, 'không thể chờ thêm')).toMatchObject({ date: '2022-02-03', dateSource: 'context' });
  });
});

describe('a page stamp the article itself contradicts is not a statement date', () => {
  const page = (spelled: string) => extract([
    `Tối qua (${spelled}), ông Lâm Hữu Phước, Phó Chủ tịch UBND huyện, cho biết: “Nước sông đã lên mức báo động 2”.`,
    'Ông Đinh Quang Vũ, Giám đốc Đài Khí tượng Thủy văn khu vực, nói: “Mưa lớn còn kéo dài trên toàn vùng”.',
  ], '2021-03');

  it('"tối qua (14-11)" under a page stamped 2021-03: the undated statement gets no date rather than the stamp', () => {
    const ex = page('14-11');
    // Written months away from its stamp: the stamp's year is no better known than its month.
    expect(quoteWith(ex, 'báo động 2')?.date).toBe('--11-14');
    expect(quoteWith(ex, 'Mưa lớn còn kéo dài')?.date).toBeNull();
  });

  it('a writing day a few weeks from a month stamp keeps the stamp\'s year', () => {
    const ex = page('20-2');
    expect(quoteWith(ex, 'báo động 2')?.date).toBe('2021-02-20');
    expect(quoteWith(ex, 'Mưa lớn còn kéo dài')?.date).toBeNull();
  });

  it('"đêm mai (9/8)" spells out tomorrow: a page stamped in March was written in August, of an unknown year', () => {
    const ex = extractArticle([
      'Đài khí tượng nhận định áp thấp sẽ vào bờ khoảng đêm mai (9/8). Sáng nay, ông Lâm Hữu Phước cho biết: “Các xã ven biển đã sơ tán xong”.',
      'Đây là cơn áp thấp thứ ba trên biển trong năm nay.',
    ], { published: '2021-03' });
    expect(quoteWith(ex, 'sơ tán xong')?.date).toBeNull();
    expect(ex.events.map((e) => e.date)).not.toContain('2021');
    expect(ex.events.map((e) => e.date).filter((d) => d?.startsWith('2021'))).toEqual([]);
  });

  it('a spelled day that agrees with the stamp keeps the stamp\'s year; a month stamp is no date for undated words', () => {
    const ex = page('2-3');
    expect(quoteWith(ex, 'báo động 2')?.date).toBe('2021-03-02');
    expect(quoteWith(ex, 'Mưa lớn còn kéo dài')?.date ?? null).toBeNull();
  });
});

describe('an earlier remark recounted as background', () => {
  it('"… drew criticism at a rally when she said …" is not dated to the publication day', () => {
    const ex = extractArticle([
      'Governor Alma Ridley drew criticism at a rally in Dayton when she said the plant “would never reopen under my watch.”',
    ], { published: '2022-03-06' });
    expect(quoteWith(ex, 'never reopen')?.date).toBeNull();
  });

  it('a remark told with its own day keeps that day', () => {
    const ex = extractArticle([
      'Governor Alma Ridley said on Friday the plant “would never reopen under my watch.”',
    ], { published: '2022-03-06' });
    expect(quoteWith(ex, 'never reopen')?.date).toBe('2022-03-04');
  });
});

describe('dates that name something else than the occasion of speaking', () => {
  it('a date in brackets after a name is when that thing is, not when the speaker spoke', () => {
    const ex = extract([
      'Nhắc lại lễ kỷ niệm 50 năm thành lập trường (12/5/1974 - 12/5/2024), thầy Lương Văn Toàn xúc động: “Đó là niềm tự hào của nhiều thế hệ học trò”.',
    ]);
    expect(quoteWith(ex, 'niềm tự hào')?.date).not.toBe('1974-05-12');
    // A day word in or before the brackets spells out the day of the report.
    const sitting = extract(['Tại kỳ họp thứ 7 (sáng 28/6), Bộ trưởng Lâm Văn Hải cho biết: “Dự án sẽ khởi công trong năm nay”.']);
    expect(quoteWith(sitting, 'khởi công trong năm nay')?.date).toBe('2024-06-28');
  });

  it('"X là người phát ngôn từ tháng 4/2001" does not date what X says next', () => {
    const ex = extract([
      'Tại cuộc họp báo ngày 2/7, bà Trần Thu Hà trả lời câu hỏi của phóng viên về chuyến thăm.',
      'Bà Trần Thu Hà là người phát ngôn của Bộ từ tháng 4/2001.',
      'Nói về chuyến thăm, bà Hà cho biết, hai bên sẽ ký năm văn kiện hợp tác.',
    ]);
    expect(quoteWith(ex, 'ký năm văn kiện')?.date).not.toBe('2001-04');
  });

  it('in an undated report, an incident recounted is not the day the story reports', () => {
    const ex = extractArticle([
      'Chiều 10/9, phiên xử kết thúc phần tranh luận, các bị cáo được nói lời sau cùng.',
      'Cho rằng trong vụ việc ngày 9/1/2020, bản thân không bàn bạc với ai, bị cáo Lý Văn Bình đề nghị được chuyển tội danh.',
      'Nói lời sau cùng, bị cáo Đỗ Minh Khang cho biết, bản thân rất ân hận.',
    ]);
    expect(quoteWith(ex, 'bản thân rất ân hận')?.date).not.toBe('2020-01-09');
  });
});

describe('a time the page does not place', () => {
  it('"hồi đầu tháng, X cho biết" and X\'s next words are not dated to the page\'s day', () => {
    const ex = extract([
      'Trong cuộc phỏng vấn với đài truyền hình NTV hồi đầu tháng, Thủ tướng Lê Văn Hải cho biết chính phủ sẽ không tăng thuế.',
      '“Chúng tôi đã cân nhắc rất kỹ trước khi đưa ra quyết định này”, ông Hải nói.',
      'Trong khi đó, Bộ trưởng Tài chính Đỗ Minh Khang hôm 1/7 cho biết ngân sách vẫn cân đối.',
    ]);
    expect(quoteWith(ex, 'không tăng thuế')?.date).toBeNull();
    expect(quoteWith(ex, 'cân nhắc rất kỹ')?.date).toBeNull();
    expect(quoteWith(ex, 'ngân sách vẫn cân đối')?.date).toBe('2024-07-01');
  });
});

describe('a date in the topic a question put is not when the answer was given', () => {
  const ex = extract([
    'Chiều 4/7, tại họp báo thường kỳ, người phát ngôn Bộ Công Thương Lưu Minh Hạnh đã trả lời nhiều câu hỏi của phóng viên.',
    'Với câu hỏi của phóng viên liên quan đến việc một tàu chở hàng mắc cạn ở cảng Cái Lân sáng 1/7, bà Lưu Minh Hạnh cho biết cơ quan chức năng đang làm việc với chủ tàu.',
    'Về thông tin nhà máy lọc dầu phía nam dừng hoạt động hôm 28/6, bà Hạnh nói: “Nguồn cung xăng dầu trong nước vẫn được bảo đảm”.',
    'Trả lời câu hỏi về việc Bộ trưởng Năng lượng Anna Berg ngày 2/7 tuyên bố sẽ giảm thuế nhập khẩu, bà Hạnh cho biết hai bên sẽ sớm có cuộc gặp.',
  ], '2024-07-05');

  it('"Với câu hỏi … liên quan đến việc X sáng 1/7, bà Y cho biết": the briefing day', () => {
    expect(quoteWith(ex, 'đang làm việc với chủ tàu')?.date).toBe('2024-07-04');
  });

  it('"Về thông tin X hôm 28/6, bà Y nói": the briefing day', () => {
    expect(quoteWith(ex, 'Nguồn cung xăng dầu')?.date).toBe('2024-07-04');
  });

  it('a report named in the topic keeps its own date, and the answer the briefing’s', () => {
    expect(quoteWith(ex, 'giảm thuế nhập khẩu')).toMatchObject({ speaker: 'Anna Berg', date: '2024-07-02' });
    expect(quoteWith(ex, 'sớm có cuộc gặp')?.date).toBe('2024-07-04');
  });
});

describe('dates of what an English report says the words were about', () => {
  const PAGE = 'At a regular briefing on the afternoon of July 2, spokeswoman Anna Berg of the Foreign Ministry answered questions from reporters.';

  it('the date inside the question put to the speaker is the topic, not the answer', () => {
    const ex = extract([PAGE, 'Responding to a question from a local reporter asking about the storm that hit the coast on June 30, Anna Berg said: the ministry has sent a team to help the fishermen.']);
    expect(quoteWith(ex, 'sent a team')?.date).toBe('2024-07-02');
  });

  it('a date in the reporters’ question the answer replies to is the topic’s', () => {
    const ex = extract([PAGE, 'In reply to reporters’ questions about the flood report the agency released on June 26, Anna Berg said: “The figures will be checked again.”']);
    expect(quoteWith(ex, 'checked again')?.date).toBe('2024-07-02');
  });

  it('the days of a visit a spokesman announces do not date his next words on an undated page', () => {
    const ex = extract([
      'Spokesman Paul Ortiz said the two countries would sign a fisheries deal this year.',
      'Mr. Ortiz announced that the trade minister will visit the capital from May 31 to June 2. The two ministers will discuss new routes for cargo ships, he said.',
    ], null);
    expect(quoteWith(ex, 'routes for cargo ships')).toMatchObject({ speaker: 'Paul Ortiz', date: null });
  });

  it('the date of what happened before, in a clause of time, is not when the words were said', () => {
    const ex = extract([PAGE, 'As for the sailors, after the coast guard rescued them near the island on June 28, the spokeswoman said: all of them are safe and will fly home soon.']);
    expect(quoteWith(ex, 'will fly home')?.date).toBe('2024-07-02');
  });

  it('a meeting in the clause of time is where the words were said', () => {
    const ex = extract(['After a meeting with farmers on June 28, Anna Berg told reporters: “The new rules will help small farms.”']);
    expect(quoteWith(ex, 'small farms')?.date).toBe('2024-06-28');
  });
});

describe('a page re-posted years after it was written', () => {
  const LEDE = 'Tại buổi họp báo chiều 12-4, người phát ngôn Bộ Công Thương Lê Văn Hòa trả lời câu hỏi của phóng viên về giá điện.';
  const BODY = 'Ông Lê Văn Hòa cho biết năm 2016 là năm đầu tiên giá điện được điều chỉnh theo thị trường và “mọi thay đổi sẽ được công bố trước”.';

  it('keeps the day its opening names but not the year of a stamp years later', () => {
    const ex = extract([LEDE, BODY], '2024-11-20');
    expect(quoteWith(ex, 'mọi thay đổi')?.date).toBe('--04-12');
  });

  it('is not taken for one by a campaign that runs until a day ahead, with a background year below', () => {
    const ex = extract([
      'Sáng 17-3, Sở Y tế tỉnh Phú Khang phát động chiến dịch tiêm vắc xin sởi cho trẻ. Chiến dịch dự kiến kéo dài đến ngày 30-4.',
      'Ông Lê Văn Hòa, phó giám đốc Sở Y tế, nói: “Không để sót một em nào”.',
      'Năm 2019, tỉnh từng ghi nhận hơn 1.000 ca sởi.',
    ], '2025-03-18');
    expect(quoteWith(ex, 'sót một em')?.date).toMatch(/^2025-03-1[78]$/);
  });

  it('is not taken for one by a price that starts on a day ahead ("Từ ngày 1/8, …"), with a background year below', () => {
    const ex = extract([
      'Từ ngày 1/8, phí trông giữ xe tại các bãi đỗ của quận Phú Diên tăng từ 5.000 lên 8.000 đồng mỗi lượt.',
      'Thông tin được ông Trịnh Văn Lộc, Giám đốc Ban quản lý bãi đỗ, công bố tại cuộc họp với các hộ kinh doanh hôm thứ Bảy (20/6).',
      'Ông Lộc nói: “Số xe gửi năm nay đã gấp đôi năm 2021, bãi không còn chỗ trống vào giờ cao điểm”.',
    ], '2026-06-22');
    expect(quoteWith(ex, 'bãi không còn chỗ')?.date).toBe('2026-06-20');
  });

  it('reads the same opening under a stamp of its own time as that year', () => {
    const ex = extract([LEDE, BODY.replace('năm 2016', 'năm 2024')], '2024-04-13');
    expect(quoteWith(ex, 'mọi thay đổi')?.date).toBe('2024-04-12');
  });
});

describe('an undated page that steps back to an earlier day', () => {
  it('dates its undated statement by the story’s day, not by the background day "Trước đó, ngày …"', () => {
    const ex = extract([
      'Ngày 6/4, Công an huyện Tân Lạc đã bắt giữ hai đối tượng trộm cắp tài sản ở chợ Bến Đình.',
      'Trước đó, ngày 3/4, quầy hàng của một tiểu thương bị phá khóa lúc nửa đêm.',
      'Ông Bùi Văn Kiên, Trưởng Công an huyện, nói: “Chúng tôi sẽ xử lý nghiêm các đối tượng”.',
    ], null);
    expect(quoteWith(ex, 'xử lý nghiêm')?.date).toBe('--04-06');
  });
});

describe('an undated page that names a term already run out', () => {
  it('does not take the year of "đã hết hạn từ ngày …" (a span running up to the writing, years long perhaps)', () => {
    const ex = extract([
      'Sáng 24/11, Công an xã Tân Lạc cho biết đã tiếp nhận một tài xế đến đầu thú, ông Bùi Văn Kiên nói: “Tài xế khai đã quá hoảng sợ”.',
      'Tài xế xuất trình giấy phép lái xe đã hết hạn từ ngày 11/11/2025.',
    ], null);
    expect(quoteWith(ex, 'quá hoảng sợ')?.date).toBe('--11-24');
  });

  it('but not of a term yet to begin', () => {
    const ex = extract([
      'Sáng 24/11, Công an xã Tân Lạc cho biết đã tiếp nhận một tài xế đến đầu thú, ông Bùi Văn Kiên nói: “Tài xế khai đã quá hoảng sợ”.',
      'Quy định mới về giấy phép lái xe có hiệu lực từ ngày 1/1/2026.',
    ], null);
    expect(quoteWith(ex, 'quá hoảng sợ')?.date).toBe('--11-24');
  });
});

describe('an undated page that announces what comes next', () => {
  it('dates its undated statement by the sitting told, not by the day of the next sitting "sẽ … sáng mai (14-5)"', () => {
    const ex = extract([
      'Tại phiên thảo luận ở hội trường chiều 13-5, nhiều đại biểu Quốc hội đặt câu hỏi về giá điện.',
      'Các câu hỏi sẽ tiếp tục được trả lời vào sáng mai (14-5).',
      'Bộ trưởng Lâm Văn Hải khẳng định, giá điện chưa tăng trong quý này.',
    ], null);
    expect(quoteWith(ex, 'giá điện chưa tăng')?.date).toBe('--05-13');
  });
});

describe('a page stamped with a month only, its opening day months before it', () => {
  const LEDE = 'Chiều 21-9, trao đổi với phóng viên, Trung tá Hà Văn Lợi, Phó trưởng Công an huyện Mỹ Sơn, cho biết: “Chúng tôi đã lấy lời khai của hai tài xế”.';

  it('keeps the day and month but gives no year: the stamp is a re-indexing month', () => {
    const ex = extract([LEDE], '2024-03');
    expect(quoteWith(ex, 'hai tài xế')?.date).toBe('--09-21');
  });

  it('reads the day in the year before a stamp of the next month', () => {
    const ex = extract([LEDE], '2024-10');
    expect(quoteWith(ex, 'hai tài xế')?.date).toBe('2024-09-21');
  });
});

describe('a page stamped with a month only, opening on its day', () => {
  const paragraphs = [
    'Ngày 9.3, Công an huyện Tân Lạc cho biết đơn vị đang xác minh vụ cháy kho hàng ở thị trấn.',
    'Ông Bùi Văn Kiên, Trưởng Công an huyện, cho biết: “Chúng tôi đã lấy lời khai của chủ kho”.',
    'Cũng theo ông Kiên, đoàn kiểm tra đã họp với chủ kho ngay trong chiều nay.',
  ];

  it('dates the undated statements to the day it opens on, not to the month', () => {
    const ex = extract(paragraphs, '2024-03');
    expect(quoteWith(ex, 'lấy lời khai')?.date).toBe('2024-03-09');
  });

  it('reads "chiều nay" in it as that day', () => {
    const ex = extract(paragraphs, '2024-03');
    expect(ex.events.find((e) => e.text.includes('chiều nay'))?.date).toBe('2024-03-09');
  });

  it('keeps the month when the opening day lies in another month', () => {
    const ex = extract([paragraphs[0]!.replace('Ngày 9.3', 'Ngày 28.2'), paragraphs[1]!], '2024-03');
    expect(quoteWith(ex, 'lấy lời khai')?.date).not.toBe('2024-02-28');
  });
});

describe('the date of a happening long before the page does not carry to the next statement', () => {
  it('a newspaper issue recalled before a reply: the reply is dated by the page', () => {
    const ex = extract(['Trên số báo ra ngày 12.3 có đăng bài phản ánh tình trạng rác thải ở chợ Bến Đình. UBND phường Vĩnh Lạc Tây cho rằng “nội dung bài báo phản ánh đúng sự thật”.']);
    expect(quoteWith(ex, 'phản ánh đúng sự thật')?.date).toBe('2024-07-03');
  });

  it('a happening of the days of the story still carries: "Ngày 1/7, lũ quét xảy ra …"', () => {
    const ex = extract(['Ngày 1/7, lũ quét xảy ra ở xã Nậm Cang. Ông Lò Văn Sơn, Chủ tịch xã, cho biết “đã tìm thấy hai người mất tích”.']);
    expect(quoteWith(ex, 'hai người mất tích')?.date).toBe('2024-07-01');
  });

  it('a date standing alone before a stray full stop is the adverbial of the next sentence', () => {
    const ex = extract(['Hồi đầu tháng này. Bộ trưởng Lê Minh Tâm tuyên bố “sẽ không tăng thuế xăng”.', 'Ngày 10/6/2023, ông Lê Minh Tâm đã thăm nhà máy lọc dầu.']);
    expect(quoteWith(ex, 'không tăng thuế')?.date).toBe('2024-07');
  });

  it('a dated occasion of speaking still carries: "Sáng 1/7, Sở tổ chức họp báo."', () => {
    const ex = extract(['Sáng 1/7, Sở Y tế tổ chức họp báo về dịch sốt xuất huyết. Ông Trần Quốc Nam, Giám đốc Sở, cho biết “số ca mắc đã giảm”.']);
    expect(quoteWith(ex, 'số ca mắc đã giảm')?.date).toBe('2024-07-01');
  });
});

describe('a speaker the article last heard at an untold time', () => {
  const LEDE = 'Chiều 2/7, Bộ Công Thương tổ chức họp báo về giá điện, khẳng định “biểu giá mới sẽ được công bố trong tháng này”.';

  it('is not put at the story\'s occasion when the article said they spoke "gần đây"', () => {
    const ex = extract([
      LEDE,
      'Giá điện được điều chỉnh trong bối cảnh Thứ trưởng Đinh Văn Khoa gần đây tuyên bố sẽ rà soát lại toàn bộ biểu giá bậc thang.',
      'Ông Khoa viết trên trang cá nhân: “Người dùng ít điện không phải chịu thêm gánh nặng nào”.',
    ]);
    expect(quoteWith(ex, 'không phải chịu thêm')).toMatchObject({ date: null, dateSource: null });
  });

  it("is still put at the story's occasion when nothing places them earlier", () => {
    const ex = extract([
      LEDE,
      'Giá điện được điều chỉnh sau khi Thứ trưởng Đinh Văn Khoa ký quyết định rà soát lại toàn bộ biểu giá bậc thang.',
      'Ông Khoa viết trên trang cá nhân: “Người dùng ít điện không phải chịu thêm gánh nặng nào”.',
    ]);
    expect(quoteWith(ex, 'không phải chịu thêm')?.date).toBe('2024-07-02');
  });
});

describe('a quotation that spells out its today', () => {
  it('"hôm nay (12-9)" in the quoted words dates the statement, even on a page without a date', () => {
    const ex = extractArticle(['Sau trận đấu, HLV Lê Quang Vinh trả lời: “Đúng là hôm nay (12-9) các cầu thủ của tôi đã chơi rất kỷ luật và xứng đáng giành ba điểm”.'], { published: null });
    expect(quoteWith(ex, 'chơi rất kỷ luật')?.date).toBe('--09-12');
  });

  it('"hôm qua" in the quoted words is not the day the words were said', () => {
    const ex = extractArticle(['Sau trận đấu, HLV Lê Quang Vinh trả lời: “Hôm qua (11-9) các cầu thủ của tôi đã tập luyện rất kỷ luật”.'], { published: null });
    expect(quoteWith(ex, 'tập luyện rất kỷ luật')?.date).toBeNull();
  });
});

describe('statements of the story told out of order', () => {
  it("a suspect's account to the police is not dated by the page's day nor the lede's", () => {
    const ex = extract([
      'Ngày 2/7, Công an huyện Yên Lạc cho biết đã khởi tố vụ án trộm cắp tài sản tại chợ trung tâm.',
      'Qua xác minh, công an đã triệu tập Đào Minh Khang (SN 1999) đến làm việc. Tại cơ quan công an, Khang khai nhận đã cùng một người bạn lấy trộm hai xe máy để bán lấy tiền tiêu xài.',
    ]);
    expect(quoteWith(ex, 'lấy trộm hai xe máy')).toMatchObject({ speaker: 'Đào Minh Khang', date: null });
  });

  it('words said at the hearing the story named again are of that hearing, not of the trial recounted before it', () => {
    const ex = extract([
      'Sáng 1/7, Tòa án nhân dân tỉnh mở phiên tòa xét xử phúc thẩm bị cáo Lò Văn Thành về tội lừa đảo.',
      'Trước đó, vào tháng 12/2023, tòa sơ thẩm đã tuyên phạt bị cáo Lò Văn Thành 7 năm tù.',
      'Tại phiên phúc thẩm, bị cáo Lò Văn Thành thừa nhận đã nhận tiền của nhiều người.',
    ]);
    expect(quoteWith(ex, 'nhận tiền của nhiều người')?.date).toBe('2024-07-01');
  });

  it('a sentence stepping back before the paragraph\'s day does not date the words after it', () => {
    const ex = extract([
      'Chiều qua (1-7), ông Vương Đình Lộc, Trưởng phòng Cảnh sát điều tra, đã đến nhà em H. để xin lỗi gia đình. Em H. là người đã được một điều tra viên gửi giấy mời đến làm việc vào ngày 20-6. Ông Lộc cho biết điều tra viên đã có sai sót khi không báo cáo lãnh đạo.',
    ], '2024-07');
    expect(quoteWith(ex, 'không báo cáo lãnh đạo')?.date).toBe('2024-07-01');
  });
});

describe('what is not testimony', () => {
  it('"khai mạc" opens a meeting: the words said there keep the meeting\'s day', () => {
    const ex = extract(['Hội nghị khai mạc sáng 2/7 tại Huế.', 'Phát biểu khai mạc, ông Hà Quang Vinh nói: “Chúng ta phải đi nhanh hơn nữa”.']);
    expect(quoteWith(ex, 'đi nhanh hơn')?.date).toBe('2024-07-02');
  });
});
