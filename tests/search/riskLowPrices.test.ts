import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented articles: an English report where an official warns of a water shortage, and a Vietnamese one where a
// fruit grower says why he sold his crop cheaply after the Lunar New Year. Each is asked in the other language.
const EXTRACTION = extractCorpus([
  makeDoc([
    'Speaking at the provincial council on Monday, Vice Chairman Harold Ostby warned of the dry season ahead.',
    '"Unless the new reservoir is finished, the risk of a water shortage is high next summer," Ostby said.',
  ], { file: 'r1.txt', title: 'Province warned of dry season', published: '2025-03-10' }),
  makeDoc([
    'Giá thanh long tại các vựa giảm mạnh trong tháng đầu năm.',
    '"Sau Tết, nhà vườn buộc phải bán thanh long với giá thấp vì không có kho lạnh để trữ", ông Tạ Văn Kiên, một nhà vườn, nói.',
  ], { file: 'r2.txt', title: 'Thanh long rớt giá', published: '2025-02-20' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('a risk, a shortage, a low price, a festival: asked in the other language', () => {
  it('a Vietnamese question on a risk of shortage finds the English warning', () => {
    const r = index.ask('Ông Ostby cảnh báo gì về nguy cơ thiếu nước?');
    expect(r[0]?.speaker).toBe('Harold Ostby');
    expect(r[0]?.text).toMatch(/risk of a water shortage/u);
  });

  it('an English question on being forced to sell at low prices after Tet finds the grower’s words', () => {
    const r = index.ask('Why are growers forced to sell dragon fruit at low prices after Tet?');
    expect(r[0]?.sources[0]?.file).toBe('r2.txt');
    expect(r[0]?.text).toMatch(/buộc phải bán thanh long với giá thấp/u);
  });
});
