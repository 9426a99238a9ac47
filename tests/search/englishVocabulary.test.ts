import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented articles: a Vietnamese report on an app maker, whose chairman speaks twice, and an English match report
// where the visiting coach speaks twice.
const doc = articlesOn('2025-05-20');
const APP = doc('a1.txt', 'Sao Việt ra mắt ứng dụng mới', [
  'Chủ tịch Sao Việt Trần Văn Phú cho biết công ty sẽ mở văn phòng ở Đà Lạt trong năm nay và tuyển thêm kỹ sư.',
  'Ông Phú nói số người dùng ứng dụng Mây bật các tính năng dịch tự động đã tăng gấp ba.',
]);
const MATCH = doc('m1.txt', 'Visitors edge hosts in late drama', [
  'Coach Arno Veldt said: "We were lucky tonight, the hosts hit the post twice."',
  'Veldt added: "The pitch was heavy after the rain and both teams struggled."',
]);
const quote = (id: string, speakerId: string, speaker: string, text: string, kind: Quote['kind'], d: CorpusDocument, para: number): Quote => quoteIn(d, para, {
  id, speaker, speakerId, text, kind, date: '2025-05-20', dateSource: 'published',
});
const EXTRACTION: Extraction = {
  documents: [APP, MATCH],
  speakers: [
    { id: 'tran-van-phu', name: 'Trần Văn Phú', aliases: ['ông Phú'], role: 'Chủ tịch Sao Việt' },
    { id: 'arno-veldt', name: 'Arno Veldt', aliases: ['Veldt'], role: 'coach' },
  ],
  quotes: [
    quote('p1', 'tran-van-phu', 'Trần Văn Phú', 'công ty sẽ mở văn phòng ở Đà Lạt trong năm nay và tuyển thêm kỹ sư', 'indirect', APP, 0),
    quote('p2', 'tran-van-phu', 'Trần Văn Phú', 'số người dùng ứng dụng Mây bật các tính năng dịch tự động đã tăng gấp ba', 'indirect', APP, 1),
    quote('v1', 'arno-veldt', 'Arno Veldt', 'We were lucky tonight, the hosts hit the post twice.', 'direct', MATCH, 0),
    quote('v2', 'arno-veldt', 'Arno Veldt', 'The pitch was heavy after the rain and both teams struggled.', 'direct', MATCH, 1),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('English vocabulary of everyday news (lexicon.json)', () => {
  it('an English question finds the Vietnamese words for users and features', () => {
    const [r] = index.ask('What did Tran Van Phu say about how many users turn on the translation features?');
    expect(r?.speaker).toBe('Trần Văn Phú');
    expect(r?.text).toContain('người dùng');
  });

  it('a Vietnamese question finds "lucky" in English copy ("gặp may")', () => {
    const [r] = index.ask('Ai thừa nhận mình đã gặp may?');
    expect(r?.speaker).toBe('Arno Veldt');
    expect(r?.text).toContain('We were lucky');
  });
});

describe('an English title after the organisation ("X chairman Name")', () => {
  it('reads the name after the title as the speaker asked about', () => {
    expect(index.readQuestion!('What did Sao Viet chairman Tran Van Phu say about the app?').speaker?.name).toBe('Trần Văn Phú');
  });

  it('names nobody when the words after the title are no known name', () => {
    expect(index.readQuestion!('What did Sao Viet chairman Le Quoc Binh say about the app?').speaker).toBeNull();
  });
});

// Invented trade reports, one in each language: the trade deficit ("nhập siêu") and surplus ("xuất siêu").
const TRADE_EN = articlesOn('2025-10-02')('t1.txt', 'Exports beat the target', [
  'Deputy director Halvard Quist said: "The trade deficit shrank because local makers replaced imported parts."',
  'Quist said: "Shipping rates will stay high until spring."',
]);
const TRADE_VI = articlesOn('2025-10-03')('t2.txt', 'Xuất khẩu vượt kế hoạch', [
  'Bà Lò Thị Yên, Vụ trưởng Vụ Xuất nhập khẩu, cho biết: “Cả nước xuất siêu 12 tỷ USD nhờ hàng nông sản”.',
  'Bà Yên nói thêm: “Giá cước vận tải sẽ còn cao đến mùa xuân”.',
]);
const tradeIndex = createSearchIndex(extractCorpus([TRADE_EN, TRADE_VI]));

describe('trade deficit and surplus, in either language', () => {
  it('a Vietnamese question on "nhập siêu" finds the English "trade deficit"', () => {
    const [r] = tradeIndex.ask('Ông Halvard Quist nói gì về nhập siêu?');
    expect(r?.speaker).toBe('Halvard Quist');
    expect(r?.text).toContain('trade deficit shrank');
  });

  it('an English question on the trade surplus finds "xuất siêu"', () => {
    const [r] = tradeIndex.ask('What did Lo Thi Yen say about the trade surplus?');
    expect(r?.speaker).toBe('Lò Thị Yên');
    expect(r?.text).toContain('xuất siêu');
  });
});

// An invented report on a pension fund: "social security" is "an sinh xã hội".
const FUND = articlesOn('2025-10-05')('s1.txt', 'Quỹ hưu trí Ven Giang tăng lãi suất', [
  'Bà Kha Thị Mận, Giám đốc quỹ, cho biết: “Hệ thống an sinh xã hội của tỉnh sẽ phủ thêm 40.000 lao động tự do”.',
  'Bà Mận nói thêm: “Lãi suất tiền gửi của quỹ giữ nguyên đến cuối năm”.',
]);

describe('"social security" in an English question', () => {
  it('finds "an sinh xã hội" in a Vietnamese article', () => {
    const [r] = createSearchIndex(extractCorpus([FUND])).ask('What did Kha Thi Man say about social security?');
    expect(r?.speaker).toBe('Kha Thị Mận');
    expect(r?.text).toContain('an sinh xã hội');
  });
});

// An invented Vietnamese report on late flights: the deputy head of the (invented) aviation department gives the
// cause; a hotel owner speaks of another matter.
const FLIGHTS = doc('f1.txt', 'Chậm chuyến bay kéo dài trong mùa hè', [
  'Ông Tạ Minh Hào, Phó Cục trưởng Cục Hàng không dân dụng Nam Việt, cho biết nguyên nhân chính khiến nhiều chuyến bay bị chậm là thiếu tàu bay dự phòng.',
  'Bà Mai Thị Liên, chủ một khách sạn gần sân bay, nói lượng khách đặt phòng tăng mạnh trong tháng Bảy.',
]);
const flights = createSearchIndex(extractCorpus([FLIGHTS, APP]));

describe('English words for air travel read in Vietnamese copy', () => {
  it('"aviation" and "delays" find the aviation official\'s words on late flights', () => {
    const [r] = flights.ask("What did the aviation authority say was the main cause of flight delays?");
    expect(r?.speaker).toBe('Tạ Minh Hào');
    expect(r?.text).toContain('thiếu tàu bay');
  });
});
