import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, eventIn, quoteIn } from '../helpers/articles.js';

// An invented article: one minister, a verbatim statement and two paraphrases of his words.
const DOC = articlesOn('2024-04-10', { outlet: 'Báo K', folder: '/corpus' })('k1.txt', 'Bộ trưởng Vidal bàn về giá điện', [
  'Bộ trưởng Năng lượng Tomas Vidal cho biết giá điện sinh hoạt sẽ được điều chỉnh tăng trong quý ba để bù chi phí nhiên liệu.',
  '“Giá điện phải phản ánh đúng chi phí, nhưng người nghèo sẽ được hỗ trợ”, ông Vidal nói hôm 9/4.',
  'Ông Vidal cũng cho rằng các nhà máy than cần được đóng cửa dần.',
  'Một đoàn thanh tra đã đến nhà máy thủy điện Sơn Khê ngày 3/4/2024.',
]);
const quote = (id: string, text: string, kind: Quote['kind'], date: string, dateSource: Quote['dateSource'], para: number): Quote => quoteIn(DOC, para, {
  id, speaker: 'Tomas Vidal', speakerId: 'tomas-vidal', text, kind, date, dateSource,
});
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [{ id: 'tomas-vidal', name: 'Tomas Vidal', aliases: ['ông Vidal', 'Vidal'], role: 'Bộ trưởng Năng lượng' }],
  quotes: [
    quote('p1', 'giá điện sinh hoạt sẽ được điều chỉnh tăng trong quý ba để bù chi phí nhiên liệu', 'indirect', '2024-04-10', 'published', 0),
    quote('d1', 'Giá điện phải phản ánh đúng chi phí, nhưng người nghèo sẽ được hỗ trợ', 'direct', '2024-04-09', 'sentence', 1),
    quote('p2', 'các nhà máy than cần được đóng cửa dần', 'indirect', '2024-04-10', 'published', 2),
  ],
  events: [
    eventIn(DOC, 3, { id: 'e1', date: '2024-04-03', text: 'Một đoàn thanh tra đã đến nhà máy thủy điện Sơn Khê' }),
  ],
};
const index = createSearchIndex(EXTRACTION);

describe('quote results carry their kind and date source', () => {
  it('labels a verbatim statement and a paraphrase, with where each date came from', () => {
    const results = index.ask('giá điện', { limit: 10 });
    const direct = results.find((r) => r.text.startsWith('Giá điện phải'));
    const paraphrase = results.find((r) => r.text.startsWith('giá điện sinh hoạt'));
    expect(direct).toMatchObject({ type: 'quote', kind: 'direct', dateSource: 'sentence', date: '2024-04-09' });
    expect(paraphrase).toMatchObject({ type: 'quote', kind: 'indirect', dateSource: 'published' });
  });

  it('gives events and passages no quote kind', () => {
    const [event] = index.ask('đoàn thanh tra nhà máy thủy điện');
    expect(event?.type).toBe('event');
    expect(event?.kind).toBeUndefined();
    expect(event?.dateSource).toBeUndefined();
  });
});

describe('verbatim words before paraphrases', () => {
  it('/quote with a topic puts the verbatim statement first even when a paraphrase shares more words', () => {
    const results = index.quotesBy('tomas-vidal', 'giá điện tăng vì chi phí');
    expect(results.map((r) => r.kind)).toEqual(['direct', 'indirect']);
    expect(results[0]!.text).toContain('người nghèo sẽ được hỗ trợ');
  });

  it('/quote still gives the paraphrase when the speaker has no verbatim words on the topic', () => {
    const results = index.quotesBy('tomas-vidal', 'nhà máy than');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ kind: 'indirect', text: 'các nhà máy than cần được đóng cửa dần' });
  });

  it('/quote without a topic lists verbatim statements first', () => {
    expect(index.quotesBy('tomas-vidal').map((r) => r.kind)).toEqual(['direct', 'indirect', 'indirect']);
  });
});
