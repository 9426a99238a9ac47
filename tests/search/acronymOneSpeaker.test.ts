import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// Two invented articles: one names a trade body with its acronym, the other without it.
const doc = articlesOn('2025-03-12');
const WITH = doc('a1.txt', 'Hiệp hội gốm sứ kiến nghị giảm thuế', [
  'Hiệp hội Gốm sứ Việt Nam (VCA) ngày 11/3 cho biết giá men nhập khẩu đã tăng 20% trong quý một.',
  'VCA kiến nghị Bộ Tài chính giảm thuế nhập khẩu nguyên liệu men.',
]);
const WITHOUT = articlesOn('2025-04-20')('a2.txt', 'Xuất khẩu gốm sứ chậm lại', [
  'Hiệp hội Gốm sứ Việt Nam cho biết xuất khẩu gốm sứ sang châu Âu giảm 8% trong tháng 3.',
]);

describe('a body one article names with its acronym and another without', () => {
  const ex = extractCorpus([WITH, WITHOUT]);
  const of = (words: string) => ex.quotes.find((q) => q.text.includes(words));

  it('is one speaker of the corpus, shown in each article as that article names it', () => {
    expect(of('giá men nhập khẩu')?.speaker).toBe('Hiệp hội Gốm sứ Việt Nam (VCA)');
    expect(of('sang châu Âu giảm 8%')?.speaker).toBe('Hiệp hội Gốm sứ Việt Nam');
    expect(of('giá men nhập khẩu')?.speakerId).toBe(of('sang châu Âu giảm 8%')?.speakerId);
    expect(ex.speakers.filter((s) => s.name.startsWith('Hiệp hội Gốm sứ'))).toHaveLength(1);
  });

  it('"X nói gì?" answers with what both articles report', () => {
    const index = createSearchIndex(ex);
    const files = index.ask('Hiệp hội Gốm sứ Việt Nam nói gì?', { limit: 5 }).map((r) => r.sources[0]?.file);
    expect(files).toContain('a1.txt');
    expect(files).toContain('a2.txt');
  });
});
