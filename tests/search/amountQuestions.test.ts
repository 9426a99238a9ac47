import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { statesAmount } from '../../src/search/amount.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// An invented report of a landslide, told in plain sentences (no statement extracted): the lede and the second
// sentence tell the same event, the second gives the toll.
const doc = articlesOn('2025-09-12');
const SLIDE = doc('s1.txt', 'Sạt lở đất ở xã Nậm Lùng', [
  'Sáng 11/9, sạt lở đất vùi lấp nhiều nhà dân ở xã Nậm Lùng, nhiều người chết và mất tích.',
  'Đến chiều cùng ngày, lực lượng cứu hộ xác nhận sạt lở đất ở xã Nậm Lùng khiến 7 người chết, 4 người mất tích.',
]);
// An invented English report of a storm, for a Vietnamese question about English copy.
const STORM = doc('e1.txt', 'Storm hits coastal towns', [
  'Storm Kora hit the coastal towns of Lem Bay on Friday night while 200 fishing boats and their people were still at sea.',
  'In Lem Bay, nine people were killed when the storm hit.',
]);
const EXTRACTION: Extraction = { documents: [SLIDE, STORM], speakers: [], quotes: [], events: [] };
const index = createSearchIndex(EXTRACTION);

describe('"bao nhiêu" / "how many" questions', () => {
  it('put the sentence that gives the number first, before one that repeats more of the question', () => {
    const [r] = index.ask('Vụ sạt lở đất ở xã Nậm Lùng làm bao nhiêu người chết?');
    expect(r?.text).toContain('7 người chết');
  });

  it('read the same way without diacritics', () => {
    expect(index.ask('sat lo dat o xa Nam Lung lam bao nhieu nguoi chet')[0]?.text).toContain('7 người chết');
  });

  it('a Vietnamese question about deaths finds "killed" in English copy (lexicon.json): the toll first', () => {
    const [r] = index.ask('Bão Kora làm bao nhiêu người chết ở Lem Bay?');
    expect(r?.text).toContain('nine people were killed');
  });
});

describe('statesAmount', () => {
  it.each([
    ['lực lượng cứu hộ xác nhận 7 người chết', true],
    ['giá xăng có thể tăng thêm 30% trong vài tháng tới', true],
    ['công ty đã lắp đặt 12.500 trạm mới', true],
    ['hàng nghìn người dân phải sơ tán', true],
    ['The storm killed nine people', true],
    ['Sáng 11/9, sạt lở đất vùi lấp nhiều nhà dân', false],
    ['vào 21h30 ngày 3/2, tại Km15+200 Quốc lộ 6', false],
    ['năm 2024 là năm khó khăn của ngành', false],
    ['sang hiệp 2, đội khách chơi tốt hơn', false],
    ['đội U19 tập luyện tại sân nhà', false],
  ])('%s → %s', (text, expected) => {
    expect(statesAmount(text)).toBe(expected);
  });
});
