import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractCorpus } from '../../src/extract/index.js';
import type { Extraction } from '../../src/core/types.js';

// Scenario on the five seed articles: a handful of hand-checked gold items (see tests/fixtures/eval/seed-gold.json, a copy of the shared seed gold).
describe('seed articles', async () => {
  const corpus = await loadCorpus('seeds');
  const ex: Extraction = extractCorpus(corpus.documents);
  const find = (file: string, words: string) =>
    ex.quotes.find((q) => q.sources.some((s) => s.file === file) && q.text.includes(words));

  it('attributes a postposed direct quote and dates it from the sentence that introduced the speaker', () => {
    const q = find('000_3676789f1081205b.txt', 'Điều đó sẽ phụ thuộc vào mong muốn của Mỹ');
    expect(q?.speaker).toBe('Dmitry Peskov');
    expect(q?.kind).toBe('direct');
    expect(q?.date).toBe('2022-10-30');
  });

  it('splits reported speech into two partial quotes of the same speaker resolved from a pronoun', () => {
    const a = find('003_ce13c093f4624df1.txt', 'như Tổng thống [Vladimir Putin] nói, sẵn sàng');
    const b = find('003_ce13c093f4624df1.txt', 'không thể nhảy tango một mình');
    expect([a?.speaker, b?.speaker]).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
    expect([a?.kind, b?.kind]).toEqual(['partial', 'partial']);
    expect(a?.date).toBe('2024-11-18');
  });

  it('resolves a role description and a "Khi đó" date', () => {
    const q = find('003_ce13c093f4624df1.txt', 'Nói về khả năng thiết lập lại quan hệ với Mỹ');
    expect(q?.speaker).toBe('Vladimir Putin');
    expect(q?.date).toBe('2024-11');
  });

  it('keeps a governed three-word partial quote and rejects scare quotes and page furniture', () => {
    expect(find('004_7e630ec525fd3309.txt', 'khá coi trọng')?.speaker).toBe('Yuri Ushakov');
    expect(find('002_4e9334edff183872.txt', 'lý do pháp lý')).toBeUndefined();
    expect(find('002_4e9334edff183872.txt', 'ngoài dự đoán')).toBeUndefined();
    expect(ex.quotes.some((q) => q.text.includes('đã nộp đơn'))).toBe(false);
  });

  it('merges name forms and a misspelling into one speaker', () => {
    const peskov = ex.speakers.find((s) => s.id === 'dmitry-peskov');
    expect(peskov?.aliases).toEqual(expect.arrayContaining(['ông Peskov', 'ông Pesko']));
    expect(ex.speakers.filter((s) => /pesko/i.test(s.name))).toHaveLength(1);
  });

  it('finds dated events, including captions', () => {
    const has = (file: string, date: string, words: string) =>
      ex.events.some((e) => e.sources.some((s) => s.file === file) && e.date === date && e.excerpt.includes(words));
    expect(has('000_3676789f1081205b.txt', '2021-06-16', 'Villa la Grange')).toBe(true);
    expect(has('004_7e630ec525fd3309.txt', '2021-12-30', 'cuộc điện đàm chiều 30/12')).toBe(true);
    expect(has('003_ce13c093f4624df1.txt', '2022-02', 'tháng 2.2022')).toBe(true);
  });
});
