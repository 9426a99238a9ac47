import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { DEFAULT_LEXICON } from '../../src/search/lexicon.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented trial report: the defence lawyer's plea, and the prosecution's.
const doc = articlesOn('2025-05-21');
const DOC = doc('t1.txt', 'Xét xử vụ lừa đảo bán đất nền ở Tân Mỹ', [
  'Luật sư Quách Minh Tân, người bào chữa cho bị cáo Hạnh, cho rằng thân chủ chỉ ký giấy tờ theo chỉ đạo của công ty.',
  'Đại diện viện kiểm sát đề nghị mức án 12 năm tù với bị cáo Hạnh về tội lừa đảo.',
]);
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [{ id: 'quach-minh-tan', name: 'Quách Minh Tân', aliases: ['Luật sư Quách Minh Tân'], role: 'Luật sư' }],
  quotes: [quoteIn(DOC, 0, {
    id: 'l1', speaker: 'Quách Minh Tân', speakerId: 'quach-minh-tan', kind: 'indirect', date: '2025-05-20', dateSource: 'context',
    text: 'thân chủ chỉ ký giấy tờ theo chỉ đạo của công ty',
  })],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('an English question names a role the Vietnamese copy writes its own way', () => {
  it('"the defence lawyer" is "luật sư" / "người bào chữa", not the ministry of defence', () => {
    const [r] = index.ask('What did the defence lawyer say at the land fraud trial?');
    expect(r?.speaker).toBe('Quách Minh Tân');
  });
});

describe('English number words and plain words on Vietnamese copy', () => {
  const PLAN = doc('n1.txt', 'Hợp tác xã rau sạch', [
    'Ông Lò Văn Pá nói: “12 hộ trồng rau riêng lẻ thì không ai bán được giá, cùng nhau làm thì khác”.',
  ]);
  // Other news, so that what the question asks is rare in the corpus.
  const FILLER = ['Giá xăng giảm nhẹ từ chiều nay.', 'Trường học mở cửa đón học sinh sau kỳ nghỉ.', 'Mưa lớn gây ngập nhiều tuyến phố.']
    .map((text, i) => doc(`f${i}.txt`, null, [text]));
  const plan = createSearchIndex({
    documents: [PLAN, DOC, ...FILLER],
    speakers: [{ id: 'lo-van-pa', name: 'Lò Văn Pá', aliases: ['ông Pá'], role: null }],
    quotes: [quoteIn(PLAN, 0, {
      id: 'p1', speaker: 'Lò Văn Pá', speakerId: 'lo-van-pa', kind: 'direct', date: '2025-05-20', dateSource: 'context',
      text: '12 hộ trồng rau riêng lẻ thì không ai bán được giá, cùng nhau làm thì khác',
    })],
    events: [],
  });

  it('"twelve … separate … together" finds "12 … riêng lẻ … cùng nhau"', () => {
    const [r] = plan.ask('Who said twelve separate farmers cannot sell at a good price, unlike together?');
    expect(r?.speaker).toBe('Lò Văn Pá');
  });

  it('a Vietnamese word spelt like a numeral is not read as a number ("hải" sea, "năm" year)', () => {
    for (const w of ['hai', 'nam', 'ba', 'cung']) expect(DEFAULT_LEXICON.toEnglish.get(w)?.map((v) => v.text) ?? []).not.toContain('two');
    expect(DEFAULT_LEXICON.toEnglish.get('nam')?.map((v) => v.text) ?? []).not.toContain('five');
    expect(DEFAULT_LEXICON.toEnglish.get('cung')?.map((v) => v.text) ?? []).not.toContain('together');
  });
});

describe('everyday English nouns find their Vietnamese words', () => {
  const CLINIC = doc('c1.txt', 'Trạm y tế xã Phù Vân', [
    'Bác sĩ Đào Thị Mến cho biết trạm sẽ tiêm chủng cho trẻ em và người cao tuổi vào cuối tuần.',
  ]);
  const FILLER = ['Giá xăng giảm nhẹ từ chiều nay.', 'Trường học mở cửa sau kỳ nghỉ.', 'Mưa lớn gây ngập nhiều tuyến phố.']
    .map((text, i) => doc(`g${i}.txt`, null, [text]));
  const clinic = createSearchIndex({
    documents: [CLINIC, DOC, ...FILLER],
    speakers: [{ id: 'dao-thi-men', name: 'Đào Thị Mến', aliases: ['Bác sĩ Đào Thị Mến'], role: 'Bác sĩ' }],
    quotes: [quoteIn(CLINIC, 0, {
      id: 'm1', speaker: 'Đào Thị Mến', speakerId: 'dao-thi-men', kind: 'indirect', date: '2025-05-20', dateSource: 'context',
      text: 'trạm sẽ tiêm chủng cho trẻ em và người cao tuổi vào cuối tuần',
    })],
    events: [],
  });

  it('"vaccinate children and the elderly" (an irregular plural) finds "tiêm chủng cho trẻ em và người cao tuổi"', () => {
    const [r] = clinic.ask('Who said the clinic will vaccinate children and the elderly?');
    expect(r?.speaker).toBe('Đào Thị Mến');
  });
});
