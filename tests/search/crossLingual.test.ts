import { describe, expect, it } from 'vitest';
import type { CorpusEvent, Extraction, Quote } from '../../src/core/types.js';
import { buildEngine } from '../../src/search/engine.js';
import { createSearchIndex } from '../../src/search/index.js';
import { englishForms } from '../../src/search/lexicon.js';
import { articlesOn, eventIn, quoteIn } from '../helpers/articles.js';

// Invented articles: one written in English (a prime minister re-elected), one in Vietnamese on another topic.
const doc = articlesOn('2025-03-12');
const DOCS = [
  doc('en1.txt', 'Parliament re-elects Prime Minister Tran Van Khoa', [
    'The National Assembly re-elected Prime Minister Tran Van Khoa on Tuesday for a second term.',
    '“We will firmly defend our sovereignty at sea,” Khoa told lawmakers after the vote.',
    'Speaking in Hanoi after the election, Khoa promised to cut red tape for investors.',
  ]),
  doc('vi1.txt', 'Quốc hội thảo luận dự thảo luật đất đai', [
    'Chiều 11/3, Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi tại hội trường.',
    'Bà Đỗ Thị Lan cho biết nhiều đại biểu đề nghị làm rõ quyền của người dân đối với đất nông nghiệp.',
    'Thủ tướng Trần Văn Khoa dự phiên họp buổi sáng.',
  ]),
];
const QUOTES: Quote[] = [
  quoteIn(DOCS[0]!, 1, {
    id: 'k1', speaker: 'Tran Van Khoa', speakerId: 'tran-van-khoa', text: 'We will firmly defend our sovereignty at sea', kind: 'direct',
    date: '2025-03-11', dateSource: 'context',
  }),
  quoteIn(DOCS[1]!, 1, {
    id: 'l1', speaker: 'Đỗ Thị Lan', speakerId: 'do-thi-lan', text: 'nhiều đại biểu đề nghị làm rõ quyền của người dân đối với đất nông nghiệp',
    kind: 'indirect', date: '2025-03-11', dateSource: 'context',
  }),
];
const EVENTS: CorpusEvent[] = [
  eventIn(DOCS[0]!, 0, {
    id: 'ev1', text: 'The National Assembly re-elected Prime Minister Tran Van Khoa on Tuesday for a second term', date: '2025-03-11',
  }),
];
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [
    { id: 'tran-van-khoa', name: 'Tran Van Khoa', aliases: ['Khoa'], role: 'Prime Minister' },
    { id: 'do-thi-lan', name: 'Đỗ Thị Lan', aliases: ['bà Lan'], role: null },
  ],
  quotes: QUOTES,
  events: EVENTS,
};
const index = createSearchIndex(EXTRACTION);

describe('a Vietnamese question on an article written in English', () => {
  it('answers "X tuyên bố gì về Y" with the English statement of X', () => {
    const [r] = index.ask('Thủ tướng Trần Văn Khoa tuyên bố gì về chủ quyền trên biển?');
    expect(r?.speaker).toBe('Tran Van Khoa');
    expect(r?.text).toBe('We will firmly defend our sovereignty at sea');
  });

  it('answers a "when" question from the English article, not from a Vietnamese one that shares a word', () => {
    const [r] = index.ask('Quốc hội bầu lại Thủ tướng Trần Văn Khoa ngày nào?');
    expect(r?.source.file).toBe('en1.txt');
    expect(r?.date).toBe('2025-03-11');
  });

  it('still answers a Vietnamese question from the Vietnamese article first', () => {
    const [r] = index.ask('Quốc hội thảo luận luật đất đai ngày nào?');
    expect(r?.source.file).toBe('vi1.txt');
  });

  it('reads "Hà Nội" as the English "Hanoi"', () => {
    const [r] = index.ask('Ông Trần Văn Khoa phát biểu gì ở Hà Nội sau cuộc bầu cử?');
    expect(r?.source.file).toBe('en1.txt');
  });

  it('scores only English copy with the English reading', () => {
    const e = buildEngine(EXTRACTION);
    const written = (text: string): number[] => [...Array(e.units.length).keys()].filter((u) => e.unit(u).text === text);
    const english = written('The National Assembly re-elected Prime Minister Tran Van Khoa on Tuesday for a second term');
    const vietnamese = written('Thủ tướng Trần Văn Khoa dự phiên họp buổi sáng.');
    expect(english.length).toBeGreaterThan(0);
    expect(vietnamese.length).toBeGreaterThan(0);
    expect(english.every((u) => e.foreign[u] === 1)).toBe(true);
    expect(vietnamese.every((u) => e.foreign[u] === 0)).toBe(true);
  });

  it('finds nothing when the English article does not hold what is asked', () => {
    expect(index.ask('Thủ tướng Trần Văn Khoa nói gì về giá xăng dầu?')).toEqual([]);
  });
});

describe('englishForms', () => {
  it('adds plural, past and -ing forms of the last word, and irregular pasts', () => {
    expect(englishForms('re-elect')).toEqual(expect.arrayContaining(['re-elect', 're-elected', 're-electing', 're-elects']));
    expect(englishForms('meet')).toContain('met');
    expect(englishForms('supply')).toEqual(expect.arrayContaining(['supplies', 'supplied']));
    expect(englishForms('interest rate')).toEqual(expect.arrayContaining(['interest rate', 'interest rates']));
  });
});
