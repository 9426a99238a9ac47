import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented match reports. In the first, the coach is named in full once and by his family name after, and the
// extraction kept the family name as a speaker of its own. In the second, another man of that family name speaks,
// where the coach does not.
const doc = articlesOn('2025-05-18');
const MATCH = doc('s1.txt', 'HLV Jonas Brekke: đội cần thêm thời gian', [
  'HLV Jonas Brekke cho biết đội cần thêm thời gian để làm quen với sơ đồ mới.',
  'Về chấn thương của tiền vệ Hà Minh Tú, ông Brekke nói: “Cậu ấy bị giãn cơ đùi, có thể nghỉ hai tuần”.',
]);
const OTHER = doc('s2.txt', 'Chủ sân Brekke Arena nói về mặt cỏ', [
  'Ông Brekke, chủ sân vận động, nói: “Mặt cỏ sẽ được thay trước mùa giải, chấn thương của cầu thủ không phải do mặt sân”.',
]);
const quote = (id: string, speakerId: string, speaker: string, d: typeof MATCH, para: number, text: string): Quote => quoteIn(d, para, {
  id, speaker, speakerId, text, kind: 'direct', date: '2025-05-17', dateSource: 'context',
});
const TIME = quote('b1', 'jonas-brekke', 'Jonas Brekke', MATCH, 0, 'đội cần thêm thời gian để làm quen với sơ đồ mới');
const INJURY = quote('b2', 'brekke', 'Brekke', MATCH, 1, 'Cậu ấy bị giãn cơ đùi, có thể nghỉ hai tuần');
const index = createSearchIndex({
  documents: [MATCH],
  speakers: [
    { id: 'jonas-brekke', name: 'Jonas Brekke', aliases: ['HLV Jonas Brekke'], role: 'HLV' },
    { id: 'brekke', name: 'Brekke', aliases: ['ông Brekke'], role: null },
  ],
  quotes: [TIME, INJURY],
  events: [],
} satisfies Extraction);
const GROUNDS = quote('o1', 'brekke', 'Brekke', OTHER, 0, 'Mặt cỏ sẽ được thay trước mùa giải, chấn thương của cầu thủ không phải do mặt sân');
const twoArticles = createSearchIndex({
  documents: [MATCH, OTHER],
  speakers: [
    { id: 'jonas-brekke', name: 'Jonas Brekke', aliases: ['HLV Jonas Brekke'], role: 'HLV' },
    { id: 'brekke', name: 'Brekke', aliases: ['ông Brekke'], role: null },
  ],
  quotes: [TIME, INJURY, GROUNDS],
  events: [],
} satisfies Extraction);

describe('a person\'s family name, kept as a speaker of its own in the same article, is that person', () => {
  it('"HLV Jonas Brekke nói gì về chấn thương của Hà Minh Tú" → the words under "ông Brekke"', () => {
    const [r] = index.ask('HLV Jonas Brekke nói gì về chấn thương của Hà Minh Tú?');
    expect(r?.speaker).toBe('Brekke');
    expect(r?.text).toBe(INJURY.text);
  });

  it('a Brekke quoted where the coach is not is someone else: his words are not the coach\'s', () => {
    const answers = twoArticles.ask('HLV Jonas Brekke nói gì về chấn thương của cầu thủ?');
    expect(answers.some((r) => r.text === GROUNDS.text)).toBe(false);
  });
});
