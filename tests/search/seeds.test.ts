import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/core/services.js';
import { foldText } from '../../src/core/text.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';

let index: SearchIndex;
beforeAll(async () => {
  const corpus = await loadCorpus(resolve(import.meta.dirname, '../../seeds'));
  index = createSearchIndex(extractCorpus(corpus.documents));
});

describe('search on the seed articles (real loader and extractor)', () => {
  it('answers a question typed without diacritics from the right article', () => {
    const [r] = index.ask('putin biden dien dam');
    expect(r?.source.file).toBe('004_7e630ec525fd3309.txt');
    expect(foldText(r!.excerpt)).toContain('dien dam');
  });

  it('resolves a misspelt spokesman and returns his statements about the topic', () => {
    expect(index.resolveSpeaker('Peskof')?.name).toContain('Peskov');
    const results = index.ask('Peskof nói gì về đàm phán');
    expect(results[0]?.speaker).toContain('Peskov');
    expect(foldText(results[0]!.excerpt)).toContain('dam phan');
  });

  it('puts a date first for a "khi nào" question', () => {
    const [r] = index.ask('Khi nào Peskov trả lời hãng tin TASS?');
    expect(r?.date).toMatch(/^2024-11/);
  });

  it('finds the statement a chat message paraphrases', () => {
    const r = index.findSource('Nga không thể nhảy tango một mình đâu');
    expect(r?.type).toBe('quote');
    expect(r?.text).toContain('tango');
  });

  it.each(['giá vàng hôm nay', 'kết quả bóng đá Ngoại hạng Anh', 'dự báo thời tiết cuối tuần'])('has no answer to %s', (q) => {
    expect(index.ask(q)).toEqual([]);
  });
});
