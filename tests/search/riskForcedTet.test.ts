import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented articles: an English report where an official warns of a water shortage, and a Vietnamese one where a
// farmer says why he had to sell his rice after the Lunar New Year. Each is asked in the other language.
const EXTRACTION = extractCorpus([
  makeDoc([
    'Speaking at the provincial council on Monday, Vice Chairman Harold Ostby warned of the dry season ahead.',
    '"Unless the new reservoir is finished, the risk of a water shortage is high next summer," Ostby said.',
  ], { file: 'r1.txt', title: 'Province warned of dry season', published: '2025-03-10' }),
  makeDoc([
    'Giá lúa tại các kho thu mua giảm mạnh trong tháng đầu năm.',
    '"Sau Tết, nông dân buộc phải bán lúa vì không có kho để trữ", ông Tạ Văn Kiên, một nông dân, nói.',
  ], { file: 'r2.txt', title: 'Giá lúa giảm mạnh', published: '2025-02-20' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('a risk, a shortage, being forced, a festival: asked in the other language', () => {
  it('a Vietnamese question on a risk of shortage finds the English warning', () => {
    const r = index.ask('Ông Ostby cảnh báo gì về nguy cơ thiếu nước?');
    expect(r[0]?.speaker).toBe('Harold Ostby');
    expect(r[0]?.text).toMatch(/risk of a water shortage/u);
  });

  it('an English question on being forced to sell after Tet finds the farmer’s words', () => {
    const r = index.ask('Why are farmers forced to sell rice after Tet?');
    expect(r[0]?.sources[0]?.file).toBe('r2.txt');
    expect(r[0]?.text).toMatch(/buộc phải bán lúa/u);
  });
});
