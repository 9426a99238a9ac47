import { describe, expect, it } from 'vitest';
import { answersJson } from '../src/answer/json.js';
import { answerSetText } from '../src/answer/plainText.js';
import { answerViewer, type AnswerSet } from '../src/answer/view.js';
import { newArticlesFor } from '../src/cliFormat.js';
import type { AnswerResult, Extraction, SourceRef } from '../src/core/types.js';

const source: SourceRef = { file: 'a.txt', title: 'Hà Nội mở rộng xe buýt điện', url: 'https://example.vn/a', published: '2024-11-17', outlet: 'Báo Ví Dụ' };

function result(over: Partial<AnswerResult>): AnswerResult {
  return {
    type: 'quote', text: 'Thành phố sẽ có thêm 200 xe buýt điện', excerpt: 'Bà Mai nói: “Thành phố sẽ có thêm 200 xe buýt điện”.',
    speaker: 'Trần Thị Mai', date: '2024-11-17', source, sources: [source], matched: [], score: 1, ...over,
  };
}

const view = answerViewer([]);
const set = (answers: AnswerResult[], question = 'xe buýt'): AnswerSet => ({
  question, language: 'vi', answers: answers.map(view), speakerWithoutAnswer: null, suggestion: null,
});

describe('ask output', () => {
  it('JSON has the contract fields with the source object', () => {
    const json = answersJson(set([result({ kind: 'direct' })]).answers);
    expect(json.results[0]).toMatchObject({
      type: 'quote', text: 'Thành phố sẽ có thêm 200 xe buýt điện', speaker: 'Trần Thị Mai', date: '2024-11-17', kind: 'direct',
      source: { file: 'a.txt', title: 'Hà Nội mở rộng xe buýt điện', url: 'https://example.vn/a', published: '2024-11-17' },
    });
    expect(answersJson([])).toEqual({ results: [] });
  });

  it('text puts verbatim words in quotation marks, and a paraphrase without them, labelled', () => {
    expect(answerSetText(set([result({ kind: 'direct' })]))).toContain('“Thành phố sẽ có thêm 200 xe buýt điện”');
    const reported = answerSetText(set([result({ kind: 'indirect', text: 'thành phố sẽ mua thêm xe' })]), 'en');
    expect(reported).toContain('Speaker: Trần Thị Mai\n   Kind: reported speech (not verbatim)');
    expect(reported).not.toContain('“thành phố');
    expect(answerSetText(set([], 'giá vàng'), 'en')).toBe('Nothing about “giá vàng” in the articles.\nTry other words, a speaker’s name, or fewer details.');
  });

  it('shows the excerpt only when it says more than the words: not the same quotation again in its own marks', () => {
    const long = 'Đội xe đã chạy thử ba tháng. Người dân đi lại nhanh hơn, và thành phố sẽ có thêm tuyến mới vào …';
    const same = answerSetText(set([result({ kind: 'direct', text: long, excerpt: '“Đội xe đã chạy thử ba tháng. Người dân đi lại nhanh hơn, và thành phố sẽ có thêm tuyến' })]));
    expect(same).not.toContain('Trích:');
    const more = answerSetText(set([result({ kind: 'direct' })]));
    expect(more).toContain('Trích: Bà Mai nói: “Thành phố sẽ có thêm 200 xe buýt điện”.');
  });

  it('names the source by outlet, title, date and link, never by its file when it has a title', () => {
    const text = answerSetText(set([result({ kind: 'direct' })]));
    expect(text).toContain('Nguồn: Báo Ví Dụ — Hà Nội mở rộng xe buýt điện, 17/11/2024 <https://example.vn/a>');
    expect(text).not.toContain('a.txt');
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
