import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented report written with the press's abbreviations (DN, UBND, CSGT).
const DOC = articlesOn('2025-04-10')('d1.txt', 'Rà soát DN "ma" ở Kim Hoa', [
  'Đại tá Lưu Quang Vịnh, Giám đốc Công an tỉnh Kim Hoa, cho biết đã chỉ đạo xác minh 12 DN "ma" mua bán hóa đơn.',
  'UBND tỉnh Kim Hoa yêu cầu CSGT tăng cường tuần tra trên quốc lộ 9.',
]);
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [{ id: 'luu-quang-vinh', name: 'Lưu Quang Vịnh', aliases: ['Đại tá Lưu Quang Vịnh'], role: 'Giám đốc Công an tỉnh Kim Hoa' }],
  quotes: [quoteIn(DOC, 0, {
    id: 'v1', speaker: 'Lưu Quang Vịnh', speakerId: 'luu-quang-vinh', kind: 'indirect', date: '2025-04-09', dateSource: 'context',
    text: 'đã chỉ đạo xác minh 12 DN "ma" mua bán hóa đơn',
  })],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('a press abbreviation stands for its words', () => {
  it('"doanh nghiệp" finds "DN"', () => {
    const [r] = index.ask('Giám đốc Công an tỉnh Kim Hoa nói gì về các doanh nghiệp ma?');
    expect(r?.speaker).toBe('Lưu Quang Vịnh');
  });

  it('"ủy ban nhân dân" and "cảnh sát giao thông" find "UBND" and "CSGT"', () => {
    const [r] = index.ask('Ủy ban nhân dân tỉnh Kim Hoa yêu cầu cảnh sát giao thông làm gì?');
    expect(r?.text).toContain('tăng cường tuần tra');
  });
});
