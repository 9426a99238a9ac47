import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { speaksInSentence } from '../../src/search/question.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented match report: the coach is a known speaker; the scorer speaks in a sentence the extraction did not
// take (an apposition between dashes parts his name from "cho biết"); two other sentences name him.
const doc = articlesOn('2025-10-12');
const MATCH = doc('m1.txt', 'Đội Sơn Khê thắng Bản Lằm', [
  'Trong hiệp đầu, HLV Mạc Văn Tín cho Tuấn Vỹ đá lệch trái để mở khoảng trống ở giữa cho đồng đội.',
  'Góp mặt trong buổi họp báo cùng HLV Mạc Văn Tín còn có Tuấn Vỹ, người ghi bàn mở tỷ số vào lưới Bản Lằm.',
  'Sau trận, Tuấn Vỹ - người được chọn là cầu thủ hay nhất trận - cho biết: "Tôi chỉ cố giữ bình tĩnh trước khung thành".',
  'HLV Mạc Văn Tín chia sẻ rằng cả đội đã chơi đúng những gì được chuẩn bị trong tuần.',
]);
const QUOTE: Quote = quoteIn(MATCH, 3, {
  id: 't1', speaker: 'Mạc Văn Tín', speakerId: 'mac-van-tin', text: 'cả đội đã chơi đúng những gì được chuẩn bị trong tuần', kind: 'indirect',
  date: '2025-10-11', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [MATCH],
  speakers: [{ id: 'mac-van-tin', name: 'Mạc Văn Tín', aliases: ['HLV Mạc Văn Tín'], role: 'HLV' }],
  quotes: [QUOTE],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"X chia sẻ gì": a reporting verb of questions', () => {
  it('names the speaker asked of', () => {
    expect(index.readQuestion!('HLV Mạc Văn Tín chia sẻ gì về trận đấu?').speaker?.name).toBe('Mạc Văn Tín');
  });

  it('puts first the sentence where an unquoted subject speaks, over sentences that only name him', () => {
    const [r] = index.ask('Tuấn Vỹ chia sẻ gì sau khi ghi bàn vào lưới Bản Lằm?');
    expect(r?.text).toContain('Tôi chỉ cố giữ bình tĩnh');
  });
});

describe('speaksInSentence across an apposition between dashes', () => {
  it.each([
    ['Tuấn Vỹ - người được chọn là cầu thủ hay nhất trận - cho biết anh rất vui.', true],
    ['Tuấn Vỹ - người ghi bàn - bị thay ra ở phút 70, HLV cho biết.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(speaksInSentence(sentence, 'Tuấn Vỹ')).toBe(expected);
  });
});
