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
