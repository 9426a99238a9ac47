import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { parseSidecar } from '../../src/corpus/sidecar.js';

const TITLE = 'Hà Nội thử nghiệm làn đường riêng cho xe buýt nhanh';
const LEDE = 'Sở Giao thông vận tải Hà Nội bắt đầu thử nghiệm làn đường riêng cho xe buýt trên ba tuyến phố.';
const BODY = 'Theo kế hoạch, giai đoạn thử nghiệm sẽ kéo dài sáu tháng trước khi đánh giá kết quả.';

describe('metadata extraction', () => {
  it('takes the first heading-like line as the title, and a bullet name under it as author', () => {
    const doc = parseArticle('a.txt', ['Zalo', TITLE, '• Thu Trang', LEDE, BODY].join('\n\n'));
    expect(doc.title).toBe(TITLE);
    expect(doc.author).toBe('Thu Trang');
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
  });

  it('skips a breadcrumb and a masthead in capitals above the headline', () => {
    for (const top of ['Thời sự › Giao thông', 'BÁO ĐIỆN TỬ THỬ NGHIỆM', 'TIN TỨC › Đời sống › Đô thị']) {
      const doc = parseArticle('a.txt', [top, '14/03/2025 08:30 GMT+7', TITLE, LEDE, BODY].join('\n\n'));
      expect(doc.title).toBe(TITLE);
      expect(doc.published).toBe('2025-03-14T08:30+07:00');
    }
  });

  it('skips menu rows, paths, hotline and follow lines, captions and numbered subheadings above the headline', () => {
    for (const top of [
      'Báo Mẫu  Thời sự  Giao thông  Đô thị',
      'Trang chủ  >  Thời sự  >  Giao thông',
      'Đời sống - Xã hội  /  Đô thị',
      'Trang chủ Thời sự Giao thông Đô thị Bạn đọc',
      'Hotline: 0912 345 678 Báo Mẫu Thời sự Giao thông',
      'Báo Mẫu - Cơ quan ngôn luận của Hội Giao thông',
      'Theo dõi Báo Mẫu trên',
      'Xe buýt chạy thử trên phố Tràng Mai. (Ảnh: Minh Anh)',
      'Xe buýt chạy thử trên phố Tràng Mai. Ảnh Minh Anh',
      '2. Quận Tây Bình',
    ]) {
      const doc = parseArticle('a.txt', [top, TITLE, LEDE, BODY].join('\n\n'));
      expect(doc.title).toBe(TITLE);
    }
    // A headline with a slash or a bar of its own stays the headline.
    const own = 'Hà Nội / TP HCM: giá vé xe buýt tăng từ tháng sau';
    expect(parseArticle('b.txt', [own, LEDE, BODY].join('\n\n')).title).toBe(own);
  });

  it('does not take the outlet\'s signed lede for the headline when it lost its full stop', () => {
    const lede = 'BMO - Sở Giao thông vận tải Hà Nội bắt đầu thử nghiệm làn đường riêng cho xe buýt trên ba tuyến phố từ tuần sau';
    const doc = parseArticle('a.txt', ['Hotline: 0912 345 678 Báo Mẫu Thời sự', lede, BODY].join('\n\n'));
    expect(doc.title).toBeNull();
    expect(doc.paragraphs[0]).toContain('Sở Giao thông vận tải Hà Nội bắt đầu thử nghiệm');
  });

  it('takes a headline that ends on a quotation, with no stop inside its marks', () => {
    const headline = 'Giám đốc sở: "Làn xe buýt sẽ được giữ nguyên sau thử nghiệm"';
    const doc = parseArticle('a.txt', ['Thời sự › Giao thông', headline, LEDE, BODY].join('\n\n'));
    expect(doc.title).toBe(headline);
  });

  it('reads an English byline with a short weekday, "Wed, June 3, 2026, 11:20 GMT+7"', () => {
    const doc = parseArticle('a.txt', ['NEWS › Society', 'Wed, June 3, 2026, 11:20 GMT+7', 'City trials a bus lane on three busy streets',
      'The city began trials of a bus lane on three streets on Monday, officials said.'].join('\n\n'));
    expect(doc.published?.slice(0, 10)).toBe('2026-06-03');
    expect(doc.title).toBe('City trials a bus lane on three busy streets');
  });

  it('has no title when the page starts with a sentence, and says so', () => {
    const doc = parseArticle('a.txt', [LEDE, BODY].join('\n'));
    expect(doc.title).toBeNull();
    expect(doc.warnings).toContain('no title found');
  });

  it('finds an author line at the end, with a "(Theo …)" credit glued to it', () => {
    expect(parseArticle('a.txt', [LEDE, BODY, 'Hoàng Long(Theo AFP)'].join('\n')).author).toBe('Hoàng Long');
    const plain = parseArticle('a.txt', [LEDE, BODY, 'Đỗ Minh Châu', 'Xem thêm:', 'Giá vàng hôm nay giảm…'].join('\n'));
    expect(plain.author).toBe('Đỗ Minh Châu');
    expect(plain.paragraphs).toEqual([LEDE, BODY]);
  });

  it('does not take a credit line or a widget label as the author', () => {
    const doc = parseArticle('a.txt', [LEDE, BODY, 'Theo AP', 'Tin Liên Quan'].join('\n'));
    expect(doc.author).toBeNull();
  });

  it('reads a bare URL line and names the outlet from its host', () => {
    const doc = parseArticle('a.txt', [LEDE, BODY, 'https://vnexpress.net/ha-noi-thu-nghiem-4800000.html'].join('\n'));
    expect(doc.url).toBe('https://vnexpress.net/ha-noi-thu-nghiem-4800000.html');
    expect(doc.outlet).toBe('VnExpress');
    const unknown = parseArticle('a.txt', [LEDE, 'https://www.baomoi-nho.example.vn/x.html'].join('\n'));
    expect(unknown.outlet).toBe('baomoi-nho.example.vn');
  });

  it('reads a byline date with time and GMT offset', () => {
    const doc = parseArticle('a.txt', [TITLE, '05/03/2023 14:07 GMT+7', LEDE, BODY].join('\n'));
    expect(doc.published).toBe('2023-03-05T14:07+07:00');
    expect(doc.publishedEvidence).toBe('byline');
    expect(doc.publishedRaw).toBe('05/03/2023 14:07 GMT+7');
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
  });

  it('reads weekday-labelled bylines', () => {
    const doc = parseArticle('a.txt', [TITLE, 'Thứ bảy, 5/3/2022 - 09:15 (GMT+7)', LEDE].join('\n'));
    expect(doc.published).toBe('2022-03-05T09:15+07:00');
  });

  it('reads a leading "date YYYY-MM" header and keeps the text after it on that line', () => {
    const doc = parseArticle('a.txt', `date 2021-07 ${LEDE}\n\n${BODY}`);
    expect(doc.published).toBe('2021-07');
    expect(doc.publishedEvidence).toBe('header');
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
  });

  it('never takes a date from a body sentence as the publication date', () => {
    const doc = parseArticle('a.txt', [TITLE, 'Cuộc họp diễn ra hôm 12/10/2020 tại trụ sở bộ, với nhiều đại biểu.', BODY].join('\n'));
    expect(doc.published).toBeNull();
    expect(doc.publishedEvidence).toBeNull();
    expect(doc.warnings).toContain('no publication date found');
  });

  it('infers a date from a /YYYY/MM/DD/ URL path, labelled as inferred', () => {
    const doc = parseArticle('a.txt', [LEDE, BODY, 'https://example.vn/2020/06/15/bai-viet.html'].join('\n'));
    expect(doc.published).toBe('2020-06-15');
    expect(doc.publishedEvidence).toBe('inferred');
  });

  it('prefers front matter over everything in the page', () => {
    const text = ['---', 'title: "Tiêu đề từ front matter"', 'date: 2019-12-01', 'url: https://tuoitre.vn/a.htm', 'author: Ngô Bảo', '---', TITLE, '01/01/2024 10:00', LEDE].join('\n');
    const doc = parseArticle('a.md', text);
    expect(doc).toMatchObject({
      title: 'Tiêu đề từ front matter', published: '2019-12-01', publishedEvidence: 'front-matter',
      url: 'https://tuoitre.vn/a.htm', author: 'Ngô Bảo', outlet: 'Tuổi Trẻ',
    });
    expect(doc.paragraphs).toEqual([LEDE]);
  });

  it('uses a markdown "# " heading as the title', () => {
    const doc = parseArticle('a.md', `# ${TITLE}\n\n${LEDE}\n\n![anh](x.jpg)\n\n${BODY}`);
    expect(doc.title).toBe(TITLE);
    expect(doc.paragraphs).toEqual([LEDE, BODY]);
  });

  it('uses sidecar metadata and normalises a day-first sidecar date', () => {
    const doc = parseArticle('a.txt', [TITLE, LEDE].join('\n'), { title: 'Từ sidecar', published: '24/12/2022', outlet: 'Báo X' });
    expect(doc).toMatchObject({ title: 'Từ sidecar', published: '2022-12-24', publishedEvidence: 'sidecar', outlet: 'Báo X' });
  });

  it('warns about a sidecar date that is not a date, and falls back to the page', () => {
    const doc = parseArticle('a.txt', [TITLE, '05/03/2023', LEDE].join('\n'), { published: 'hôm qua' });
    expect(doc.published).toBe('2023-03-05');
    expect(doc.warnings.join(' ')).toMatch(/sidecar date "hôm qua" is not a date/);
  });
});

describe('parseSidecar', () => {
  it('reads fields and the usual "date" key', () => {
    expect(parseSidecar('a.json', '{"title":"T","date":"2020-01-02","extra":1}')).toEqual({
      sidecar: { title: 'T', published: '2020-01-02' }, warnings: [],
    });
  });

  it('turns invalid JSON and wrong types into warnings', () => {
    expect(parseSidecar('a.json', '{"title":').warnings[0]).toMatch(/a\.json is not valid JSON/);
    expect(parseSidecar('a.json', '{"title":5}').warnings[0]).toMatch(/"title" should be text/);
  });
});

describe('bylines and lede tags in other outlets\' layouts', () => {
  it('a byline with the time before the date is the publication date, not the title', () => {
    const page = [
      'BÁO MẪU',
      'Xã hội',
      'Thứ Năm, 08:15, 12/09/2024',
      '',
      'Mưa lớn kéo dài khiến nhiều tuyến đường ở thành phố ven biển bị ngập sâu',
      '',
      'BM.VN - Sáng 11/9, mưa lớn kéo dài đã làm ngập nhiều tuyến phố của thành phố ven biển.',
      '',
      'Ông Trần Văn Hải, Chủ tịch UBND thành phố, cho biết lực lượng cứu hộ đã được điều động.',
    ].join('\n');
    const d = parseArticle('mua-lon.txt', page);
    expect(d.title).toBe('Mưa lớn kéo dài khiến nhiều tuyến đường ở thành phố ven biển bị ngập sâu');
    expect(d.published).toBe('2024-09-12T08:15');
    expect(d.publishedEvidence).toBe('byline');
    expect(d.outlet).toBe('BM.VN');
    expect(d.paragraphs[0]).toBe('Sáng 11/9, mưa lớn kéo dài đã làm ngập nhiều tuyến phố của thành phố ven biển.');
  });

  it('a short acronym signs the lede ("TTO - "), but an ordinary opening word does not', () => {
    const signed = parseArticle('a.txt', 'Cảng biển mới đi vào hoạt động\n\nTTO - Cảng biển mới đã đón chuyến tàu đầu tiên vào sáng nay.');
    expect(signed.paragraphs[0]).toBe('Cảng biển mới đã đón chuyến tàu đầu tiên vào sáng nay.');
    const plain = parseArticle('b.txt', 'Cảng biển mới đi vào hoạt động\n\nNATO và các đối tác - theo thông báo - đã họp sáng nay để bàn về an ninh hàng hải.');
    expect(plain.paragraphs[0]).toBe('NATO và các đối tác - theo thông báo - đã họp sáng nay để bàn về an ninh hàng hải.');
  });
});
