import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented articles: a minister at a regional forum named in the lede (his words do not repeat its name), and the
// same minister on another day, whose own words happen to mention forums.
const doc = articlesOn('2025-02-21');
const FORUM = doc('f1.txt', null, [
  'Ngày 20/2, Diễn đàn Hợp tác Sông Đà lần thứ ba diễn ra tại thành phố Điện Biên với sự tham dự của sáu nước.',
  'Phát biểu tại diễn đàn, Bộ trưởng Vũ Đình Khải khẳng định các nước cần chia sẻ dữ liệu mực nước theo thời gian thực.',
]);
const CORRIDOR = doc('c1.txt', 'Bộ trưởng Vũ Đình Khải trả lời báo chí', [
  'Trả lời báo chí bên hành lang, Bộ trưởng Vũ Đình Khải nói: "Các diễn đàn kinh tế có thể bàn thêm về giá điện."',
]);
const quote = (id: string, d: CorpusDocument, para: number, text: string, kind: Quote['kind']): Quote => quoteIn(d, para, {
  id, speaker: 'Vũ Đình Khải', speakerId: 'vu-dinh-khai', text, kind, date: '2025-02-20', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [FORUM, CORRIDOR],
  speakers: [{ id: 'vu-dinh-khai', name: 'Vũ Đình Khải', aliases: ['Bộ trưởng Vũ Đình Khải'], role: 'Bộ trưởng' }],
  quotes: [
    quote('k1', FORUM, 1, 'các nước cần chia sẻ dữ liệu mực nước theo thời gian thực', 'indirect'),
    quote('k2', CORRIDOR, 0, 'Các diễn đàn kinh tế có thể bàn thêm về giá điện.', 'direct'),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"X nói gì tại Y", Y named in the lede of the article that quotes X', () => {
  it('X\'s words at Y come first, before X\'s words elsewhere that only share a word with Y', () => {
    const [r] = index.ask('Bộ trưởng Vũ Đình Khải phát biểu gì tại Diễn đàn Hợp tác Sông Đà?');
    expect(r?.speaker).toBe('Vũ Đình Khải');
    expect(r?.text).toContain('dữ liệu mực nước');
  });

  it('a place named only in the lede finds X\'s words there', () => {
    const [r] = index.ask('Vũ Đình Khải nói gì tại Điện Biên?');
    expect(r?.text).toContain('dữ liệu mực nước');
  });
});
