import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// An invented English report on land sinking in the delta, asked of in Vietnamese.
const DOC = articlesOn('2025-07-08')('d1.txt', 'Coastal towns brace for higher tides', [
  'Officials in three coastal towns met on Monday to plan new dikes before the autumn tides.',
  'A new report says the Mekong Delta is sinking by about two centimeters a year because of groundwater pumping.',
  'Fishermen said the tides had reached the market twice this year.',
]);
const EXTRACTION: Extraction = { documents: [DOC], speakers: [], quotes: [], events: [] };

describe('a Vietnamese question on an English report about the delta', () => {
  it('finds the sentence on subsidence through "báo cáo", "đồng bằng sông Cửu Long" and "sụt lún"', () => {
    const [r] = createSearchIndex(EXTRACTION).ask('Báo cáo cho biết đồng bằng sông Cửu Long sụt lún bao nhiêu mỗi năm?');
    expect(r?.text).toContain('two centimeters a year');
  });
});
