import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented question session: two sentences say the minister answered the deputies but carry no date; the lede
// dates the session ("Chiều nay (9/6)") and his statement is dated from it.
const doc = articlesOn('2025-06-09');
const SESSION = doc('s1.txt', 'Bộ trưởng trả lời chất vấn về nước sạch', [
  'Chiều nay (9/6), sau phần thảo luận, Bộ trưởng Phan Đức Ninh lên phát biểu trước Quốc hội.',
  'Sau đó, Bộ trưởng Phan Đức Ninh trực tiếp trả lời chất vấn của đại biểu Quốc hội.',
  'Trước khi trả lời chất vấn của các đại biểu Quốc hội, Bộ trưởng Phan Đức Ninh trình bày báo cáo.',
  'Về nước sạch nông thôn, Bộ trưởng cho biết sẽ hoàn thành 300 công trình cấp nước trong năm nay.',
]);
const NINH = { id: 'phan-duc-ninh', name: 'Phan Đức Ninh', aliases: ['Bộ trưởng Ninh'], role: 'Bộ trưởng' };
const q: Quote = quoteIn(SESSION, 3, {
  id: 'n1', speaker: NINH.name, speakerId: NINH.id, text: 'sẽ hoàn thành 300 công trình cấp nước trong năm nay',
  kind: 'indirect', date: '2025-06-09', dateSource: 'context',
});
const EXTRACTION: Extraction = { documents: [SESSION], speakers: [NINH], quotes: [q], events: [] };
const index = createSearchIndex(EXTRACTION);

describe('"X trả lời chất vấn vào ngày nào?" (a speaker named, and a date asked)', () => {
  it('answers first with something that carries a date, not with a sentence that matches but cannot tell when', () => {
    const results = index.ask('Bộ trưởng Phan Đức Ninh trả lời chất vấn của đại biểu Quốc hội vào ngày nào?');
    expect(results[0]?.date).toBe('2025-06-09');
  });

  it('still lists the undated sentences after it', () => {
    const results = index.ask('Bộ trưởng Phan Đức Ninh trả lời chất vấn của đại biểu Quốc hội vào ngày nào?');
    expect(results.some((r) => r.date === null && /trực tiếp trả lời chất vấn/u.test(r.text))).toBe(true);
  });
});
