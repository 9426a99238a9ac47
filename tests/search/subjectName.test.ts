import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented report on a covered market being rebuilt: its architect, an engineer and a stallholder speak; two
// stallholders of another article share a given name.
const doc = articlesOn('2025-04-12');
const MARKET = doc('m1.txt', 'Chợ trung tâm được xây lại với mái vòm bằng thép', [
  'Kiến trúc sư Lưu Minh Triết cho biết mái vòm mới giữ lại hình dáng của mái ngói cũ nhưng nhẹ hơn một nửa.',
  'Kỹ sư Tôn Nữ Diệu nói rằng mái vòm bằng thép được lắp ghép trong bốn tháng, không phải đóng cửa chợ.',
  'Bà Khúc Thị Lụa, tiểu thương bán vải, nói bà chỉ mong chợ mở lại trước Tết.',
]);
const STALLS = doc('m2.txt', 'Tiểu thương chờ ngày trở lại chợ', [
  'Chị Ninh Thị Hòa cho biết quầy tạm ngoài trời bị mưa dột suốt tháng qua.',
  'Chị Bạch Thị Hòa nói tiền thuê quầy tạm cao hơn quầy cũ.',
]);
const quote = (doc: typeof MARKET, para: number, id: string, speakerId: string, speaker: string, text: string): Quote => quoteIn(doc, para, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-04-11', dateSource: 'context',
});
const TRIET = quote(MARKET, 0, 'q1', 'luu-minh-triet', 'Lưu Minh Triết', 'mái vòm mới giữ lại hình dáng của mái ngói cũ nhưng nhẹ hơn một nửa');
const DIEU = quote(MARKET, 1, 'q2', 'ton-nu-dieu', 'Tôn Nữ Diệu', 'mái vòm bằng thép được lắp ghép trong bốn tháng, không phải đóng cửa chợ');
const LUA = quote(MARKET, 2, 'q3', 'khuc-thi-lua', 'Khúc Thị Lụa', 'bà chỉ mong chợ mở lại trước Tết');
const HOA1 = quote(STALLS, 0, 'q4', 'ninh-thi-hoa', 'Ninh Thị Hòa', 'quầy tạm ngoài trời bị mưa dột suốt tháng qua');
const HOA2 = quote(STALLS, 1, 'q5', 'bach-thi-hoa', 'Bạch Thị Hòa', 'tiền thuê quầy tạm cao hơn quầy cũ');
const EXTRACTION: Extraction = {
  documents: [MARKET, STALLS],
  speakers: [
    { id: 'luu-minh-triet', name: 'Lưu Minh Triết', aliases: ['Triết', 'ông Triết'], role: null },
    { id: 'ton-nu-dieu', name: 'Tôn Nữ Diệu', aliases: ['Diệu'], role: null },
    { id: 'khuc-thi-lua', name: 'Khúc Thị Lụa', aliases: ['Lụa', 'bà Lụa'], role: null },
    { id: 'ninh-thi-hoa', name: 'Ninh Thị Hòa', aliases: ['Hòa', 'chị Hòa'], role: null },
    { id: 'bach-thi-hoa', name: 'Bạch Thị Hòa', aliases: ['Hòa', 'chị Hòa'], role: null },
  ],
  quotes: [TRIET, DIEU, LUA, HOA1, HOA2],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('a name inside a longer subject is the speaker asked of', () => {
  it('an occupation before the name: "Kiến trúc sư X nói gì về Y" answers with X\'s words first', () => {
    const question = 'Kiến trúc sư Lưu Minh Triết nói gì về mái vòm?';
    expect(index.readQuestion!(question).speaker?.name).toBe('Lưu Minh Triết');
    const answers = index.ask(question);
    expect(answers[0]?.speaker).toBe('Lưu Minh Triết');
    expect(answers[0]?.text).toBe(TRIET.text);
  });

  it('a tone mark misplaced in the name under the occupation still names X', () => {
    const answers = index.ask('Kiến trúc sư Lưu Minh Triêt nói gì về mái vòm');
    expect(answers[0]?.speaker).toBe('Lưu Minh Triết');
  });

  it('a description after the name: "Bà Lụa tiểu thương bán vải nói gì về chợ" is Lụa speaking', () => {
    const question = 'Bà Lụa tiểu thương bán vải nói gì về chợ?';
    expect(index.readQuestion!(question).speaker?.name).toBe('Khúc Thị Lụa');
    expect(index.ask(question)[0]?.speaker).toBe('Khúc Thị Lụa');
  });

  it('a relative of X is not X', () => {
    expect(index.readQuestion!('Vợ kiến trúc sư Lưu Minh Triết nói gì về mái vòm?').speaker).toBeNull();
    expect(index.readQuestion!('Con gái bà Lụa tiểu thương nói gì về chợ?').speaker).toBeNull();
  });

  it('a given name two speakers bear is no one in particular', () => {
    expect(index.readQuestion!('Chị Hòa tiểu thương nói gì về quầy tạm?').speaker).toBeNull();
  });

  it('a name the subject continues with other capitalised words is another person', () => {
    expect(index.readQuestion!('Ông Lưu Quang Đạt nói gì về mái vòm?').speaker).toBeNull();
  });
});

describe('an English cue that is also a Vietnamese syllable', () => {
  it('"the" typed for "thế" in a question without diacritics leaves it Vietnamese', () => {
    expect(index.readQuestion!('kien truc su luu the vinh noi gi ve mai vom').language).toBe('vi');
    expect(index.readQuestion!('what did the architect say about the roof').language).toBe('en');
  });
});
