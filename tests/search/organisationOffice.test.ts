import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented launch report: a company is quoted as an organisation ("Theo Hải Đăng, …") and its chief executive,
// named with the office, speaks about the new unit without the word "vai trò".
const doc = articlesOn('2025-04-02');
const LAUNCH = doc('l1.txt', 'Hải Đăng lập công ty robot', [
  'Theo Hải Đăng, công ty Hải Đăng Robot sẽ bán sản phẩm ở ba nước trong năm tới.',
  'Tổng giám đốc Hải Đăng Trịnh Văn Khải cho biết Hải Đăng Robot sẽ là động lực tăng trưởng mới của tập đoàn.',
]);
const FARM = doc('l2.txt', 'Mùa cà phê ở cao nguyên', [
  'Ông Lò Văn Sinh, một nông dân, nói vai trò của hợp tác xã rất lớn trong mùa thu hoạch.',
]);
const quote = (id: string, speakerId: string, speaker: string, text: string, d: CorpusDocument, para: number): Quote => quoteIn(d, para, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-04-02', dateSource: 'published',
});
const EXTRACTION: Extraction = {
  documents: [LAUNCH, FARM],
  speakers: [
    { id: 'hai-dang', name: 'Hải Đăng', aliases: [], role: null },
    { id: 'trinh-van-khai', name: 'Trịnh Văn Khải', aliases: ['ông Khải'], role: 'Tổng giám đốc Hải Đăng' },
    { id: 'lo-van-sinh', name: 'Lò Văn Sinh', aliases: [], role: 'nông dân' },
  ],
  quotes: [
    quote('h1', 'hai-dang', 'Hải Đăng', 'công ty Hải Đăng Robot sẽ bán sản phẩm ở ba nước trong năm tới', LAUNCH, 0),
    quote('k1', 'trinh-van-khai', 'Trịnh Văn Khải', 'Hải Đăng Robot sẽ là động lực tăng trưởng mới của tập đoàn', LAUNCH, 1),
    quote('s1', 'lo-van-sinh', 'Lò Văn Sinh', 'vai trò của hợp tác xã rất lớn trong mùa thu hoạch', FARM, 0),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('an office typed before an organisation names its holder', () => {
  it('reads "Tổng giám đốc X" as the chief executive, not as the organisation X', () => {
    expect(index.resolveSpeaker('Tổng giám đốc Hải Đăng')?.name).toBe('Trịnh Văn Khải');
    expect(index.readQuestion!('Tổng giám đốc Hải Đăng nói gì về công ty robot?').speaker?.name).toBe('Trịnh Văn Khải');
  });

  it('still reads the organisation typed alone as the organisation', () => {
    expect(index.resolveSpeaker('Hải Đăng')?.name).toBe('Hải Đăng');
  });

  it('keeps a name syllable spelt like an auxiliary ("Đăng" / "đang") in the name', () => {
    expect(index.readQuestion!('Hải Đăng đã nói gì về năm tới?').speaker?.name).toBe('Hải Đăng');
    expect(index.readQuestion!('Hai Dang noi gi ve nam toi?').speaker?.name).toBe('Hải Đăng');
  });
});

describe('"nói gì về vai trò của Y": the frame noun ranks, Y is what must be covered', () => {
  it.each([
    'Tổng giám đốc Hải Đăng nói gì về vai trò của Hải Đăng Robot?',
    'Ông Khải nói gì về tương lai của Hải Đăng Robot?',
  ])('%s → the chief executive on the new company', (question) => {
    const [r] = index.ask(question);
    expect(r?.speaker).toBe('Trịnh Văn Khải');
    expect(r?.text).toContain('động lực tăng trưởng mới');
  });

  it('keeps "vai trò" as the topic when nothing follows it', () => {
    const [r] = index.ask('Ai nói về vai trò của hợp tác xã?');
    expect(r?.speaker).toBe('Lò Văn Sinh');
  });
});
