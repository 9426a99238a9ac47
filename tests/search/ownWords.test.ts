import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented press conference: the report's first sentence says what the coach spoke about; of his three
// statements, none repeats enough of it to answer alone, and only the last speaks of the second half.
const doc = articlesOn('2025-11-15');
const PRESS = doc('k1.txt', 'HLV Dario Kessel sau trận thắng Lào', [
  'Đội tuyển chơi tốt hơn hẳn trong hiệp 2 trước Lào và thắng 2-0.',
  'HLV Dario Kessel nói: “Tôi không muốn chia sẻ nhiều về cảm xúc hôm nay”.',
  'Ông cho biết: “Ở hiệp 1, các cầu thủ mất bóng nhiều khi đối thủ dồn người ở giữa sân”.',
  'Về hiệp 2, ông nói: “Nhờ thay người, thế trận ở hiệp 2 đã tốt lên nhiều”.',
]);
const quote = (id: string, para: number, text: string): Quote => quoteIn(PRESS, para, {
  id, speaker: 'Dario Kessel', speakerId: 'dario-kessel', text, kind: 'direct', date: '2025-11-14', dateSource: 'context',
});
const FEELINGS = quote('k1', 1, 'Tôi không muốn chia sẻ nhiều về cảm xúc hôm nay');
const FIRST_HALF = quote('k2', 2, 'Ở hiệp 1, các cầu thủ mất bóng nhiều khi đối thủ dồn người ở giữa sân');
const SECOND_HALF = quote('k3', 3, 'Nhờ thay người, thế trận ở hiệp 2 đã tốt lên nhiều');
const EXTRACTION: Extraction = {
  documents: [PRESS],
  speakers: [{ id: 'dario-kessel', name: 'Dario Kessel', aliases: ['HLV Dario Kessel'], role: 'HLV' }],
  quotes: [FEELINGS, FIRST_HALF, SECOND_HALF],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('a speaker\'s statements answering through their article rank by what their own words add', () => {
  it('the statement on the second half comes first, not the first one printed', () => {
    const answers = index.ask('HLV Dario Kessel giải thích vì sao đội tuyển chơi tốt hơn trong hiệp 2 trước Lào?');
    expect(answers[0]?.speaker).toBe('Dario Kessel');
    expect(answers[0]?.text).toBe(SECOND_HALF.text);
  });
});
