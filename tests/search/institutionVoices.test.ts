import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented reports: a ministry and a palace that speak through spokespeople, and a minister whose aide speaks.
const doc = articlesOn('2025-03-04');
const QUOTA = doc('q1.txt', 'Hạn ngạch đánh bắt cá ngừ năm nay', [
  'Người phát ngôn Bộ Thủy sản Lâm Quang Vũ cho biết hạn ngạch đánh bắt cá ngừ sẽ giữ nguyên trong năm nay.',
  'Trước đó, Bộ Thủy sản cho biết đã cấp phép cho 40 tàu mới.',
]);
const PALACE = doc('p1.txt', 'Velmar says talks with Arden are stuck', [
  'Velmar spokesman Ivo Brandt said relations with Arden were in a deep crisis.',
]);
const PALACE_VI = doc('p2.txt', 'Điện Velmar nói về chuyến thăm Arden', ['Điện Velmar cho biết chuyến thăm Arden sẽ diễn ra vào tháng 5.']);
const AIDE = doc('a1.txt', 'Phó Thủ tướng Hạ Đình Khang thăm cảng cá', [
  'Thư ký của ông Khang, anh Tô Minh Nhật, cho biết hạn ngạch đánh bắt cá ngừ là chuyện của bộ.',
]);
const quote = (id: string, speakerId: string, speaker: string, text: string, d: CorpusDocument, para: number): Quote => quoteIn(d, para, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-03-03', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [QUOTA, PALACE, PALACE_VI, AIDE],
  speakers: [
    { id: 'bo-thuy-san', name: 'Bộ Thủy sản', aliases: [], role: null },
    { id: 'lam-quang-vu', name: 'Lâm Quang Vũ', aliases: ['ông Vũ'], role: 'Người phát ngôn' },
    { id: 'dien-velmar', name: 'Điện Velmar', aliases: [], role: null },
    { id: 'ivo-brandt', name: 'Ivo Brandt', aliases: ['Brandt'], role: 'spokesman' },
    { id: 'ha-dinh-khang', name: 'Hạ Đình Khang', aliases: ['ông Khang'], role: 'Phó Thủ tướng' },
    { id: 'to-minh-nhat', name: 'Tô Minh Nhật', aliases: [], role: 'thư ký của ông Khang' },
  ],
  quotes: [
    quote('v1', 'lam-quang-vu', 'Lâm Quang Vũ', 'hạn ngạch đánh bắt cá ngừ sẽ giữ nguyên trong năm nay', QUOTA, 0),
    quote('b1', 'bo-thuy-san', 'Bộ Thủy sản', 'đã cấp phép cho 40 tàu mới', QUOTA, 1),
    quote('i1', 'ivo-brandt', 'Ivo Brandt', 'relations with Arden were in a deep crisis', PALACE, 0),
    quote('d1', 'dien-velmar', 'Điện Velmar', 'chuyến thăm Arden sẽ diễn ra vào tháng 5', PALACE_VI, 0),
    quote('h1', 'ha-dinh-khang', 'Hạ Đình Khang', 'cảng cá cần mở rộng', AIDE, 0),
    quote('n1', 'to-minh-nhat', 'Tô Minh Nhật', 'hạn ngạch đánh bắt cá ngừ là chuyện của bộ', AIDE, 0),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('an institution answers through those the article says speak for it', () => {
  it('"Bộ X nói gì về Y": its spokesman named "người phát ngôn Bộ X" answers', () => {
    const [r] = index.ask('Bộ Thủy sản nói gì về hạn ngạch đánh bắt cá ngừ?');
    expect(r?.speaker).toBe('Lâm Quang Vũ');
    expect(r?.text).toBe('hạn ngạch đánh bắt cá ngừ sẽ giữ nguyên trong năm nay');
  });

  it('"Điện X đánh giá quan hệ …": English copy\'s "X spokesman" answers a Vietnamese question', () => {
    const [r] = index.ask('Điện Velmar đánh giá quan hệ với Arden thế nào?');
    expect(r?.speaker).toBe('Ivo Brandt');
  });

  it('a person speaks for themselves only: their secretary\'s words are not theirs', () => {
    const [first] = index.ask('Ông Khang nói gì về hạn ngạch đánh bắt cá ngừ?');
    expect(first?.speaker).toBe('Hạ Đình Khang');
  });
});

describe('English copy names an institution by its foreign name alone', () => {
  // "The Velmar said …": no statement was extracted from the English sentence.
  const THAW = doc('p3.txt', 'Talks with Arden', ['On Friday Velmar said relations with Arden remained frozen after the talks.']);
  const alone = createSearchIndex({
    ...EXTRACTION,
    documents: [PALACE_VI, THAW],
    quotes: EXTRACTION.quotes.filter((q) => q.id === 'd1'),
  });

  it('a sentence where it speaks answers "Điện X nói gì về Y"', () => {
    const [r] = alone.ask('Điện Velmar đánh giá quan hệ với Arden thế nào?');
    expect(r?.text).toBe('On Friday Velmar said relations with Arden remained frozen after the talks.');
  });
});
