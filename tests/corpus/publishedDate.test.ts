import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { dateFromUrl, parseBylineDate } from '../../src/corpus/publishedDate.js';

const LEDE = 'Sở Giao thông vận tải Hà Nội bắt đầu thử nghiệm làn đường riêng cho xe buýt trên ba tuyến phố.';
const BODY = 'Theo kế hoạch, giai đoạn thử nghiệm sẽ kéo dài sáu tháng trước khi đánh giá kết quả.';

describe('publication date of a scraped page', () => {
  it('reads a "date" stamp on the line under the page URL, and keeps the text after it', () => {
    const doc = parseArticle('a.txt', `https://baomau.vn/thu-nghiem-xe-buyt-12345.html\n date 2023-04-17 ${LEDE}\n\n${BODY}`);
    expect(doc.published).toBe('2023-04-17');
    expect(doc.publishedEvidence).toBe('header');
    expect(doc.url).toBe('https://baomau.vn/thu-nghiem-xe-buyt-12345.html');
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
  });

  it('reads a header of a month to the day the page\'s URL names in that month, and only then', () => {
    const doc = parseArticle('a.txt', `https://baomau.vn/thu-nghiem-xe-buyt-20230417093012345.htm\n date 2023-04 ${LEDE}\n\n${BODY}`);
    expect(doc.published).toBe('2023-04-17');
    const other = parseArticle('b.txt', `https://baomau.vn/thu-nghiem-xe-buyt-20230517093012345.htm\n date 2023-04 ${LEDE}\n\n${BODY}`);
    expect(other.published).toBe('2023-04');
  });

  it('does not take a date stamp further down the page', () => {
    const doc = parseArticle('a.txt', `https://baomau.vn/thu-nghiem-xe-buyt-12345.html\n${LEDE}\ndate 2023-04-17 ${BODY}`);
    expect(doc.published).toBeNull();
  });

  it('infers the date from a time-stamped article id in the URL', () => {
    expect(dateFromUrl('https://baomau.vn/thu-nghiem-xe-buyt-20230417093012345.htm')).toBe('2023-04-17');
    expect(dateFromUrl('https://baomau.vn/amp/20230417/thu-nghiem-xe-buyt-3846613.html')).toBe('2023-04-17');
    expect(dateFromUrl('https://baomau.vn/thu-nghiem-xe-buyt-20230417i812345')).toBe('2023-04-17');
    // A site prefix, then YYMMDDhhmmss and milliseconds.
    expect(dateFromUrl('https://baomau.vn/thu-nghiem-xe-buyt-185230417093012345.htm')).toBe('2023-04-17');
  });

  it('reads no date from plain article ids or tracking numbers', () => {
    expect(dateFromUrl('https://baomau.vn/thu-nghiem-xe-buyt-3669178.html')).toBeNull();
    expect(dateFromUrl('https://baomau.vn/thu-nghiem-pid198964976')).toBeNull();
    expect(dateFromUrl('https://baomau.vn/thu-nghiem-c415a1705258.html')).toBeNull();
    expect(dateFromUrl('https://baomau.vn/thu-nghiem.html?utm=20230417093012345')).toBeNull();
    // Not a calendar day: 2023-13-45.
    expect(dateFromUrl('https://baomau.vn/thu-nghiem-20231345093012345.htm')).toBeNull();
  });

  it("prefers the article's own stamp under the headline to the site's date above it", () => {
    const TITLE = 'Hà Nội thử nghiệm làn đường riêng cho xe buýt nhanh';
    const doc = parseArticle('a.txt', ['Thứ sáu 25/04/2025 09:09', 'Thời sự', TITLE, '24/02/2025 08:58', LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2025-02-24T08:58');
    expect(doc.title).toBe(TITLE);
  });

  it("takes the outlet's stamp under the breadcrumb as the publication date, not as the headline", () => {
    const TITLE = 'Hà Nội thử nghiệm làn đường riêng cho xe buýt nhanh';
    const doc = parseArticle('a.txt', ['Người Lao Động | Thời sự › Giao thông', 'Người Lao Động  14/02/2022 09:45 GMT+7', '', TITLE, '', LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2022-02-14T09:45+07:00');
    expect(doc.title).toBe(TITLE);
  });

  it('keeps a date above the headline when it is the only one', () => {
    const TITLE = 'Hà Nội thử nghiệm làn đường riêng cho xe buýt nhanh';
    const doc = parseArticle('a.txt', ['05/06/2018 07:15 GMT+7', TITLE, LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2018-06-05T07:15+07:00');
  });

  it('joins a drop capital printed on a line of its own to its word', () => {
    const doc = parseArticle('a.txt', ['https://baomau.vn/lam-duong-xe-buyt.htm', '14/05/2019, 08:10', 'S', 'áng 14/5, ' + LEDE, BODY].join('\n'));
    expect(doc.paragraphs[0]).toBe(`Sáng 14/5, ${LEDE}`);
  });

  it("prefers the article's stamp with its time to the top bar's bare day above it", () => {
    const doc = parseArticle('a.txt', ['https://baomau.vn/lam-duong-xe-buyt.htm', 'Thứ Hai, 02/12/2024', 'Minh Anh', '14/05/2019, 08:10', LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2019-05-14T08:10');
  });

  it("reads a byline with the author's name before it or the section after it", () => {
    expect(parseBylineDate('Thu Trang - 10/10/2023 14:48 (GMT+7)')).toBe('2023-10-10T14:48+07:00');
    expect(parseBylineDate('17/11/2020 08:21 AM | Kinh doanh')).toBe('2020-11-17T08:21');
    expect(parseBylineDate('12/10/2020 | Giá vàng tăng mạnh trong phiên sáng nay')).toBeNull();
    expect(parseBylineDate('Cuộc họp diễn ra hôm 12/10/2020 tại trụ sở bộ')).toBeNull();
  });

  it("reads a stamp after its section's name and a bar", () => {
    expect(parseBylineDate('Kinh tế - Xã hội | 21/04/2022')).toBe('2022-04-21');
    expect(parseBylineDate('Thể thao | 03/09/2021 16:40')).toBe('2021-09-03T16:40');
    expect(parseBylineDate('Giá lúa tăng mạnh trong tuần này | 21/04/2022')).toBeNull();
    expect(parseBylineDate('Kinh tế - Xã hội - 21/04/2022')).toBeNull();
    const title = 'Hà Nội thử nghiệm làn đường riêng cho xe buýt';
    const doc = parseArticle('a.txt', ['https://baomau.vn/lam-duong-xe-buyt.htm', 'Giao thông - Đô thị | 14/05/2019', '', title, '', LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2019-05-14');
    expect(doc.title).toBe(title);
  });

  it("reads a stamp after its section's name when a weekday opens it, a middle dot parts them, or a dash before a timed stamp", () => {
    expect(parseBylineDate('Pháp luật  |  Thứ Tư, 18/11/2026 - 09:15')).toBe('2026-11-18T09:15');
    expect(parseBylineDate('Xã hội  •  Chủ nhật, 22/11/2026 15:30')).toBe('2026-11-22T15:30');
    expect(parseBylineDate('Kinh doanh  ·  16/07/2026 07:00')).toBe('2026-07-16T07:00');
    expect(parseBylineDate('Đời sống  -  06/08/2026 | 10:45')).toBe('2026-08-06T10:45');
    expect(parseBylineDate('Giáo dục > Tuyển sinh | 19/11/2026')).toBe('2026-11-19');
    expect(parseBylineDate('Trang chủ / Thời sự | 19/11/2026 08:05')).toBe('2026-11-19T08:05');
    // A dash before a bare day, or a sentence before a bar, is no byline.
    expect(parseBylineDate('Cháy lớn ở chợ - 05/08/2026')).toBeNull();
    expect(parseBylineDate('Bộ trưởng nói rằng hạn chót là 05/08/2026 | 08:10')).toBeNull();
    const title = 'Xe tải lao vào chợ ven quốc lộ, hai người bị thương';
    const doc = parseArticle('b.txt', ['https://baomau.vn/xe-tai-lao-vao-cho.htm', 'Thời sự  |  Thứ Ba, 17/11/2026 - 14:20', '', title, '', LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2026-11-17T14:20');
    expect(doc.title).toBe(title);
  });

  it('reads a stamp whose date is written in words, and no sentence that holds one', () => {
    expect(parseBylineDate('Thứ Năm, ngày 19 tháng 11 năm 2026')).toBe('2026-11-19');
    expect(parseBylineDate('19 tháng 11, 2026')).toBe('2026-11-19');
    expect(parseBylineDate('Cuộc họp diễn ra ngày 19 tháng 11 năm 2026 tại trụ sở bộ')).toBeNull();
    // A content system's month name with no comma before the year: "Thứ hai, 25 Tháng 9 2017 11:16".
    expect(parseBylineDate('Thứ hai, 25 Tháng 9 2017 11:16')).toBe('2017-09-25T11:16');
    expect(parseBylineDate('Cuộc họp diễn ra ngày 19 tháng 11 2026 tại trụ sở bộ')).toBeNull();
  });

  it('reads the stamp a headline carries on its own line, before it or after it, and keeps the headline without it', () => {
    const title = 'Ông Lê Văn Tạo nói về kế hoạch mở rộng làn xe buýt';
    for (const line of [`14/05/2019 08:10 ${title}`, `14/05/2019 08:10${title}`, `${title} 14/05/2019 08:10`]) {
      const doc = parseArticle('a.txt', ['https://baomau.vn/lam-duong-xe-buyt-12345.htm', 'Giao thông', line, LEDE, BODY].join('\n'));
      expect(doc.title).toBe(title);
      expect(doc.published).toBe('2019-05-14T08:10');
      expect(doc.paragraphs).toEqual([LEDE, BODY]);
    }
    // A headline ending on a bare date keeps it, and gives no stamp.
    const dated = parseArticle('b.txt', ['https://baomau.vn/gia-vang-12345.htm', 'Giá vàng trong nước hôm nay 14/05/2019', LEDE, BODY].join('\n'));
    expect(dated.title).toBe('Giá vàng trong nước hôm nay 14/05/2019');
    expect(dated.published).toBeNull();
  });

  it('takes a ticker of other headlines above the article for neither its headline, its text nor its date', () => {
    const title = 'Ông Lê Văn Tạo nói về kế hoạch mở rộng làn xe buýt';
    const ticker = [
      '-',
      'Cửa hàng bánh mì ở chợ Đông đông khách dịp cuối tuần -',
      'Lịch cắt điện ngày 18/3/2027 ở nhiều quận nội thành -',
      'Đội bóng phường Tân Mai vô địch giải phong trào -',
      'Người nuôi ong ở vùng cao thu hoạch mùa mật mới',
    ];
    const doc = parseArticle('a.txt', ['https://baomau.vn/lam-duong-xe-buyt-12345.htm', ...ticker, 'Xã hội', `14/05/2019 08:10${title}`, LEDE, BODY].join('\n'));
    expect(doc.title).toBe(title);
    expect(doc.published).toBe('2019-05-14T08:10');
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
  });

  it('takes the site\'s menu row above the headline for neither the headline nor the text', () => {
    const title = 'Phường Tân Mai mở thêm hai tuyến xe buýt đến chợ đầu mối';
    const doc = parseArticle('a.txt', ['https://baomau.vn/xe-buyt-cho-dau-moi-12345.htm', 'Báo Mẫu | Thời sự | Giao thông | Đô thị', '', title, '', LEDE, BODY].join('\n'));
    expect(doc.title).toBe(title);
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
    // One bar in a headline is the headline's own.
    const tagged = parseArticle('b.txt', ['https://baomau.vn/xe-buyt-cho-dau-moi-12345.htm', `VIDEO | ${title}`, '', LEDE, BODY].join('\n'));
    expect(tagged.title).toBe(`VIDEO | ${title}`);
  });

  it('reads a stamp after the place the page was filed from', () => {
    expect(parseBylineDate('Hà Nội, 9/4/2026, 10:15 (GMT+7)')).toBe('2026-04-09T10:15+07:00');
    expect(parseBylineDate('TP.HCM, 12/05/2019 10:20')).toBe('2019-05-12T10:20');
    // A sentence before the stamp is no place; a bare day after a place is a sentence's end as often as a byline.
    expect(parseBylineDate('Ông Ba nói, 12/05/2019 10:20')).toBeNull();
    expect(parseBylineDate('Hà Nội, 9/4/2026')).toBeNull();
  });

  it('reads a stamp followed by the page\'s view and comment counts, or the author before its time and date', () => {
    expect(parseBylineDate('Thứ tư - 30/08/2023 20:43 1.046 0')).toBe('2023-08-30T20:43');
    expect(parseBylineDate('Thu Hà 11:04, 10/01/2024')).toBe('2024-01-10T11:04');
    // Numbers after a bare day, or words among them, are not counts.
    expect(parseBylineDate('30/08/2023 1.046 0')).toBeNull();
    expect(parseBylineDate('Kết quả 30/08/2023 20:43 3 1')).toBeNull();
    // The site's date bar above the headline gives way to the article's stamp with its counts under it.
    const title = 'Phường Tân Mai mở thêm hai tuyến xe buýt đến chợ đầu mối';
    const doc = parseArticle('a.txt', ['https://baomau.vn/xe-buyt-cho-dau-moi-12345.htm', 'Thứ ba, 21/01/2025, 23:43', title, 'Thứ tư - 30/08/2023 20:43 1.046 0', LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2023-08-30T20:43');
    expect(doc.title).toBe(title);
  });

  it('reads a byline of two authors joined by a dash, the bar written against the second name', () => {
    expect(parseBylineDate('Minh Châu - Thu Hà| 12/03/2021 09:15')).toBe('2021-03-12T09:15');
    expect(parseBylineDate('Minh Châu - Thu Hà | 12/03/2021 09:15')).toBe('2021-03-12T09:15');
  });

  it('reads a byline whose time has seconds, in the afternoon', () => {
    expect(parseBylineDate('- Cập nhật: Thứ ba, 9/4/2019 | 3:05:41 PM')).toBe('2019-04-09T15:05');
    expect(parseBylineDate('Đăng lúc 21/06/2022 07:15:09')).toBe('2022-06-21T07:15');
  });

  it('reads a byline that shares its line with the share button', () => {
    expect(parseBylineDate('- Thứ Ba, 14/05/2019, 09:05 - Chia sẻ')).toBe('2019-05-14T09:05');
    expect(parseBylineDate('Chia sẻ bài viết của bạn trước ngày 14/05/2019')).toBeNull();
  });

  it("reads the outlet's or the author's name before a stamp that carries its time", () => {
    expect(parseBylineDate('Người Lao Động  14/02/2022 09:45 GMT+7')).toBe('2022-02-14T09:45+07:00');
    expect(parseBylineDate('Mai Hoa, Theo Đời sống pháp luật 08:12 15/06/2021')).toBe('2021-06-15T08:12');
    // A headline that ends on a day is no byline: its words are not names, or the day has no time.
    expect(parseBylineDate('Khánh thành cầu vượt sông 12/10/2024 lúc 08:00')).toBeNull();
    expect(parseBylineDate('Đà Lạt 12/10/2024')).toBeNull();
  });

  it('reads the publication stamp of a line that also says when the page was updated', () => {
    expect(parseBylineDate('Thứ Bảy, 12/03/2022, 07:15 (GMT+7) · Cập nhật: 12/03/2022, 11:40')).toBe('2022-03-12T07:15+07:00');
    expect(parseBylineDate('09/01/2023 06:00 | Updated: 10/01/2023 21:05')).toBe('2023-01-09T06:00');
  });

  it('reads a byline whose section after the bar is hyphenated', () => {
    expect(parseBylineDate('03/05/2022 19:30 GMT+7 | E-magazine')).toBe('2022-05-03T19:30+07:00');
  });

  it('reads a byline with its label glued to the date, or a view counter beside it', () => {
    expect(parseBylineDate('author14/05/2019 10:20')).toBe('2019-05-14T10:20');
    expect(parseBylineDate('Tác giả: 14/05/2019')).toBe('2019-05-14');
    expect(parseBylineDate('authority14/05/2019 10:20')).toBeNull();
    expect(parseBylineDate('Ngày phát hành: 14/05/2019 Lượt xem 2031')).toBe('2019-05-14');
    expect(parseBylineDate('Ngày phát hành: 14/05/2019, giá vé tăng 2031 đồng')).toBeNull();
  });

  it("takes the URL's day over a bare day printed above the text that is later than it (the site's day of the visit)", () => {
    const visited = parseArticle('a.txt', ['https://baomau.vn/2021/06/15/thu-nghiem-xe-buyt/', '03/02/2022', LEDE, BODY].join('\n'));
    expect(visited.published).toBe('2021-06-15');
    expect(visited.warnings.join(' ')).toMatch(/after the date in the URL/);
    // A stamp with its time of publishing is the page's own; so is a bare day not after the URL's.
    expect(parseArticle('a.txt', ['https://baomau.vn/2021/06/15/thu-nghiem-xe-buyt/', '16/06/2021 07:30', LEDE, BODY].join('\n')).published).toBe('2021-06-16T07:30');
    expect(parseArticle('a.txt', ['https://baomau.vn/2021/06/15/thu-nghiem-xe-buyt/', '15/06/2021', LEDE, BODY].join('\n')).published).toBe('2021-06-15');
  });

  it("ignores a date stamp years after the year the page's URL names (a re-indexed page), and says so", () => {
    const doc = parseArticle('a.txt', `https://baomau.vn/the-thao/sea-games-2013/doi-tuyen-thang-dam-8988.html\ndate 2017-10 ${LEDE}\n\n${BODY}`);
    expect(doc.published).toBeNull();
    expect(doc.warnings.join(' ')).toMatch(/re-indexed/);
    const fresh = parseArticle('a.txt', `https://baomau.vn/the-thao/sea-games-2017/doi-tuyen-thang-dam-8988.html\ndate 2017-10 ${LEDE}\n\n${BODY}`);
    expect(fresh.published).toBe('2017-10');
  });
});

describe('English bylines', () => {
  it('reads the date of an English byline, even glued to the author initials of a flattened page', () => {
    expect(parseBylineDate('by K.T21 March 2019 Last updated at 09:15 AM')).toBe('2019-03-21');
    expect(parseBylineDate('Published: October 2, 2020')).toBe('2020-10-02');
    expect(parseBylineDate('Posted Feb. 9, 2018')).toBe('2018-02-09');
    expect(parseBylineDate('November 30, 2022 07:45 pm ICT')).toBe('2022-11-30');
    expect(parseBylineDate('Friday, 14 May 2021')).toBe('2021-05-14');
    // A slash between the date and its time, as some English sites print it.
    expect(parseBylineDate('Sep 3, 2016 / 08:15')).toBe('2016-09-03');
    // The month's name, then day and year Vietnamese-style, after an "Update:" label.
    expect(parseBylineDate('Update: March, 21/2019 - 09:15')).toBe('2019-03-21');
  });

  it('takes no sentence with a date for a byline', () => {
    expect(parseBylineDate('The mayor said on 21 March 2019 that the bridge would open')).toBeNull();
    expect(parseBylineDate('by Mai Lan')).toBeNull();
    expect(parseBylineDate('Sep 3, 2016 / Da Lat')).toBeNull();
    expect(parseBylineDate('by K.T31 February 2019')).toBeNull();
    expect(parseBylineDate('Prices rose in March, 21/2019 figures show')).toBeNull();
  });

  it('prefers the byline of an English page to the date in its URL', () => {
    const doc = parseArticle('en.txt', [
      'https://news.example.vn/world/harbour-talks-20190930081512345.htm',
      'Harbour talks resume',
      '',
      'by K.T21 March 2019 Last updated at 09:15 AM',
      '',
      'The port authority held a press conference on March 20th in Haiphong.',
      '',
      'Director Tran Van Khoa said: "We will reopen the northern berth next month."',
    ].join('\n'));
    expect(doc.published?.slice(0, 10)).toBe('2019-03-21');
  });
});

describe('an English wire story', () => {
  const TITLE = 'Harbour town opens a new ferry pier';
  const NEXT = 'The pier cost about 120 billion dong and took two years to build, the port authority said.';

  it('takes the dateline that opens the first paragraph as the page date, and keeps the paragraph whole', () => {
    const lede = 'PORT VELLA, March 9, 2031 – A new ferry pier opened on Sunday, port officials said.';
    const doc = parseArticle('w.txt', `https://wire.example/ports/harbour-town-pier-a123.html\n${TITLE}\n\n${lede}\n\n${NEXT}`);
    expect(doc.published).toBe('2031-03-09');
    expect(doc.paragraphs[0]).toBe(lede);
  });

  it('reads a short month and the agency after the day ("Jan. 4, 2031 (Wire) -")', () => {
    const lede = 'LAKE CITY, Jan. 4, 2031 (Wire) - Ferry operators said on Friday that fares would rise.';
    expect(parseArticle('w.txt', `${TITLE}\n\n${lede}\n\n${NEXT}`).published).toBe('2031-01-04');
  });

  it('does not date the page from a dateline without a year, a place alone, or a sentence', () => {
    for (const lede of [
      'LAKE CITY, Nov 20 (Wire) - Ferry operators said on Friday that fares would rise.',
      'LAKE CITY (Wire) - Ferry operators said on Friday that fares would rise.',
      'Officials in Lake City, March 9, 2031 - the day the pier opened - said fares would rise.',
    ]) {
      expect(parseArticle('w.txt', `${TITLE}\n\n${lede}\n\n${NEXT}`).published).toBeNull();
    }
  });

  it('takes the day a wire site ends its address with, when the page prints none', () => {
    expect(dateFromUrl('https://wire.example/markets/ferry-fares-rise-2031-11-20/')).toBe('2031-11-20');
    expect(dateFromUrl('https://wire.example/markets/ferry-fares-rise-2031-11-20')).toBe('2031-11-20');
    expect(dateFromUrl('https://wire.example/markets/ferry-fares-rise-2031-11-20-update-7/')).toBeNull();
  });
});

describe('the address of a provincial paper', () => {
  it('takes the month folder a provincial paper files its pages in, as a month, when the page prints no date', () => {
    expect(dateFromUrl('https://baomau.vn/tintuc/203104/phien-chat-van-9912345')).toBe('2031-04');
    expect(dateFromUrl('https://baomau.vn/channel/5399/203111/chat-van-bo-truong-2453338')).toBe('2031-11');
    expect(dateFromUrl('https://baomau.blogspot.com/2031/06/bat-giu-them-sau-doi-tuong.html')).toBe('2031-06');
    // Not a month: a thirteenth month, or a run of six digits that is an article's number.
    expect(dateFromUrl('https://baomau.vn/tintuc/203113/phien-chat-van')).toBeNull();
    expect(dateFromUrl('https://baomau.vn/phien-chat-van-203104.html')).toBeNull();
    const doc = parseArticle('p.txt', `https://baomau.vn/tintuc/203104/phien-chat-van-9912345\nPhiên chất vấn kéo dài\n\nChiều 16-4, ông Lê Văn Ba cho biết tỉnh sẽ làm thêm hai cây cầu.`);
    expect(doc.published).toBe('2031-04');
  });
});

