import { describe, expect, it } from 'vitest';
import { answersToJson, formatAnswersText, newArticlesFor } from '../src/cliFormat.js';
import type { AnswerResult, Extraction, SourceRef } from '../src/core/types.js';

const source: SourceRef = { file: 'a.txt', title: 'Hà Nội mở rộng xe buýt điện', url: 'https://example.vn/a', published: '2024-11-17', outlet: 'Báo Ví Dụ' };

function result(over: Partial<AnswerResult>): AnswerResult {
  return {
    type: 'quote', text: 'Thành phố sẽ có thêm 200 xe buýt điện', excerpt: 'Bà Mai nói: “Thành phố sẽ có thêm 200 xe buýt điện”.',
    speaker: 'Trần Thị Mai', date: '2024-11-17', source, sources: [source], matched: [], score: 1, ...over,
  };
}

describe('ask output', () => {
  it('JSON has the contract fields with the source object', () => {
    const json = answersToJson([result({ kind: 'direct' })]);
    expect(json.results[0]).toMatchObject({
      type: 'quote', text: 'Thành phố sẽ có thêm 200 xe buýt điện', speaker: 'Trần Thị Mai', date: '2024-11-17', kind: 'direct',
      source: { file: 'a.txt', title: 'Hà Nội mở rộng xe buýt điện', url: 'https://example.vn/a', published: '2024-11-17' },
    });
    expect(answersToJson([])).toEqual({ results: [] });
  });

  it('text puts verbatim words in quotation marks, and a paraphrase without them, labelled', () => {
    expect(formatAnswersText('xe buýt', [result({ kind: 'direct' })])).toContain('“Thành phố sẽ có thêm 200 xe buýt điện”');
    const reported = formatAnswersText('xe buýt', [result({ kind: 'indirect', text: 'thành phố sẽ mua thêm xe' })]);
    expect(reported).toContain('[reported statement] Trần Thị Mai');
    expect(reported).not.toContain('“thành phố');
    expect(formatAnswersText('giá vàng', [])).toBe('No answer in the corpus for: giá vàng');
  });
});

describe('newArticlesFor (digest without a store)', () => {
  it('lists articles published that day or the day before', () => {
    const doc = (file: string, published: string | null) => ({
      file, path: file, title: file, outlet: null, author: null, url: null, published, publishedEvidence: null,
      publishedRaw: null, paragraphs: [], mtimeMs: 0, warnings: [],
    });
    const x: Extraction = {
      documents: [doc('old.txt', '2024-11-10'), doc('yesterday.txt', '2024-11-17T08:00+07:00'), doc('today.txt', '2024-11-18'), doc('undated.txt', null), doc('month.txt', '2024-11')],
      quotes: [], events: [], speakers: [],
    };
    expect(newArticlesFor(x, '2024-11-18').map((s) => s.file)).toEqual(['yesterday.txt', 'today.txt']);
  });
});
