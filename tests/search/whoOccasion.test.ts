import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented report: a fire chief's promise after a market fire (the market is named only in the lead).
const doc = articlesOn('2025-01-15');
const FIRE = doc('f1.txt', null, [
  'Đêm 14-1, một đám cháy lớn thiêu rụi hơn 40 ki-ốt tại chợ Bến Lau, thị trấn Hòa Khê.',
  'Trung tá Ông Văn Khiêm cho biết: “Chúng tôi sẽ làm rõ nguyên nhân và xử lý nghiêm nếu có sai phạm về phòng cháy”.',
]);
const EXTRACTION: Extraction = {
  documents: [FIRE],
  speakers: [
    { id: 'ong-van-khiem', name: 'Ông Văn Khiêm', aliases: ['Trung tá Ông Văn Khiêm'], role: 'Trung tá' },
  ],
  quotes: [
    quoteIn(FIRE, 1, {
      id: 'k1', speaker: 'Ông Văn Khiêm', speakerId: 'ong-van-khiem', kind: 'direct', date: '2025-01-14', dateSource: 'context',
      text: 'Chúng tôi sẽ làm rõ nguyên nhân và xử lý nghiêm nếu có sai phạm về phòng cháy',
    }),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"Ai nói X trong vụ Y": Y is where it was said, not words the statement must repeat', () => {
  it('finds the speaker of X though the statement never names the case', () => {
    const [r] = index.ask('Ai nói sẽ xử lý nghiêm nếu có sai phạm trong vụ cháy thiêu rụi hơn 40 ki-ốt ở chợ Bến Lau, thị trấn Hòa Khê?');
    expect(r?.speaker).toBe('Ông Văn Khiêm');
  });

  it('still finds nothing when X itself was never said', () => {
    expect(index.ask('Ai nói sẽ bồi thường cho tiểu thương trong vụ cháy chợ Bến Lau?')[0]?.speaker ?? null).not.toBe('Ông Văn Khiêm');
  });
});
