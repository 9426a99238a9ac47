import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { statesCause } from '../../src/search/rank.js';
import { articlesOn } from '../helpers/articles.js';

// An invented report: a ferry that turned back, told in plain sentences (no statement extracted).
const DOC = articlesOn('2025-08-02')('w1.txt', 'Phà Cồn Mây quay đầu giữa sông', [
  'Sáng 1/8, phà Cồn Mây chở khách bất ngờ quay đầu giữa sông.',
  'Thuyền trưởng cho biết, do nước sông lên nhanh, sương mù dày và nhiều thuyền nhỏ neo trên luồng nên phà Cồn Mây phải quay đầu.',
  'Chiều cùng ngày, phà Cồn Mây quay lại hoạt động bình thường.',
]);
const EXTRACTION: Extraction = { documents: [DOC], speakers: [], quotes: [], events: [] };
const index = createSearchIndex(EXTRACTION);

describe('"why" questions', () => {
  it('put the sentence that states the cause first, before one that repeats more of the question', () => {
    const [r] = index.ask('Vì sao phà Cồn Mây quay đầu giữa sông?');
    expect(r?.text).toContain('do nước sông lên nhanh, sương mù dày');
  });

  it('read the same way without diacritics', () => {
    expect(index.ask('tai sao pha Con May quay dau giua song')[0]?.text).toContain('sương mù dày');
  });
});

describe('statesCause', () => {
  it.each([
    ['do nước sông lên nhanh nên ông quyết định quay đầu', true],
    ['Chuyến bay bị hủy vì bão', true],
    ['nguyên nhân ban đầu được xác định là chập điện', true],
    ['The match was delayed because of heavy rain', true],
    ['Hội thảo do Bộ Y tế tổ chức tại Hà Nội', false],
    ['Chiều cùng ngày, phà quay lại hoạt động bình thường', false],
  ])('%s → %s', (text, expected) => {
    expect(statesCause(text)).toBe(expected);
  });
});
