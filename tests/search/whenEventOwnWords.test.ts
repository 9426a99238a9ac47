import { describe, expect, it } from 'vitest';
import type { CorpusEvent, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, eventIn, quoteIn } from '../helpers/articles.js';

// An invented report: one sentence dates two things, the fire (2/4) and the police statement on its cause (9/4).
const doc = articlesOn('2025-04-10');
const FIRE = doc('f1.txt', 'Nguyên nhân vụ cháy ở Bản Mế', [
  'Ngày 9/4, trao đổi với Báo S, Thượng tá Lò Văn Hòa cho biết công an đã xác định nguyên nhân vụ cháy chợ Bản Mế khoảng 3h sáng 2/4 khiến hai ki-ốt bị thiêu rụi.',
  'Chợ Bản Mế mở cửa trở lại từ ngày 8/4.',
]);
const QUOTE: Quote = quoteIn(FIRE, 0, {
  id: 'h1', speaker: 'Lò Văn Hòa', speakerId: 'lo-van-hoa', text: 'công an đã xác định nguyên nhân vụ cháy chợ Bản Mế', kind: 'indirect',
  date: '2025-04-09', dateSource: 'sentence',
});
const EVENTS: CorpusEvent[] = [
  eventIn(FIRE, 0, { id: 'e1', date: '2025-04-02', text: 'khoảng 3h sáng 2/4 khiến hai ki-ốt bị thiêu rụi' }),
  eventIn(FIRE, 1, { id: 'e2', date: '2025-04-08', text: 'Chợ Bản Mế mở cửa trở lại từ ngày 8/4' }),
];
const EXTRACTION: Extraction = {
  documents: [FIRE],
  speakers: [{ id: 'lo-van-hoa', name: 'Lò Văn Hòa', aliases: ['Thượng tá Hòa'], role: 'Thượng tá' }],
  quotes: [QUOTE],
  events: EVENTS,
};
const index = createSearchIndex(EXTRACTION);

describe('"khi nào" is answered by the date of what is asked, not of another thing in its sentence', () => {
  it('dates the announcement of the cause by the statement, not by the fire it speaks of', () => {
    const [r] = index.ask('Công an công bố nguyên nhân vụ cháy chợ Bản Mế khi nào?');
    expect(r?.date).toBe('2025-04-09');
  });

  it('still answers with an event whose own words are what is asked', () => {
    const [r] = index.ask('Chợ Bản Mế mở cửa trở lại khi nào?');
    expect(r?.date).toBe('2025-04-08');
  });
});

// A second invented story: a bridge reopened (an event whose own words are the question's) and a councillor's
// statement on the same reopening, dated by its own sentence; both articles have the same words on the bridge.
const BRIDGE = doc('b1.txt', 'Cầu Suối Vàng thông xe', [
  'Chiều 5/4, cầu Suối Vàng thông xe trở lại sau hai tháng sửa chữa.',
  'Trước đó, đoạn đường dẫn lên cầu bị sạt lở từ ngày 3/2.',
]);
const BRIDGE_QUOTE = quoteIn(doc('b2.txt', 'Cầu Suối Vàng thông xe', ['Ngày 6/4, ông Đinh Văn Khải nói: "cầu Suối Vàng thông xe trở lại sau hai tháng sửa chữa".']), 0, {
  id: 'k1', speaker: 'Đinh Văn Khải', speakerId: 'dinh-van-khai', text: 'cầu Suối Vàng thông xe trở lại sau hai tháng sửa chữa', kind: 'direct',
  date: '2025-04-06', dateSource: 'sentence',
});
const BRIDGE_EXTRACTION: Extraction = {
  documents: [BRIDGE, doc('b2.txt', 'Cầu Suối Vàng thông xe', ['Ngày 6/4, ông Đinh Văn Khải nói: "cầu Suối Vàng thông xe trở lại sau hai tháng sửa chữa".'])],
  speakers: [{ id: 'dinh-van-khai', name: 'Đinh Văn Khải', aliases: [], role: null }],
  quotes: [BRIDGE_QUOTE],
  events: [
    eventIn(BRIDGE, 1, { id: 'b-slide', date: '2025-02-03', text: 'đoạn đường dẫn lên cầu bị sạt lở' }),
    eventIn(BRIDGE, 0, { id: 'b-open', date: '2025-04-05', text: 'cầu Suối Vàng thông xe trở lại sau hai tháng sửa chữa' }),
  ],
};

describe('an event\'s words, kept once read for "khi nào" questions, answer every later question as a fresh index would', () => {
  it('gives the same dates asked in either order, and asked again', () => {
    const asked = ['Chợ Bản Mế mở cửa trở lại khi nào?', 'Công an công bố nguyên nhân vụ cháy chợ Bản Mế khi nào?', 'Hai ki-ốt bị thiêu rụi khi nào?'];
    const fresh = asked.map((q) => createSearchIndex(EXTRACTION).ask(q).map((r) => [r.text, r.date]));
    const one = createSearchIndex(EXTRACTION);
    for (const order of [asked, [...asked].reverse(), asked]) {
      for (const q of order) expect(one.ask(q).map((r) => [r.text, r.date])).toEqual(fresh[asked.indexOf(q)]);
    }
    expect(fresh[0]![0]![1]).toBe('2025-04-08');
    expect(fresh[2]![0]![1]).toBe('2025-04-02');
  });

  it('keeps each event its own words: the reopening answers when the bridge reopened, after a question on the landslide', () => {
    const bridge = createSearchIndex(BRIDGE_EXTRACTION);
    expect(bridge.ask('Đoạn đường dẫn lên cầu bị sạt lở khi nào?')[0]?.date).toBe('2025-02-03');
    const [r] = bridge.ask('Cầu Suối Vàng thông xe trở lại khi nào?');
    expect(r?.date).toBe('2025-04-05');
    expect(r?.type).toBe('event');
  });
});
