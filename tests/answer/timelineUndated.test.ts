/**
 * Issue 14 item 9: a statement no article dates cannot be placed on /timeline; the reply says how many were left out
 * and where to find them, rather than leaving them out without a word. Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { eventIn, quoteIn } from '../helpers/articles.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { consoleText } from '../helpers/consoleText.js';

const doc = (file: string, title: string, published: string | null, paragraphs: string[]): CorpusDocument => ({
  file, path: `/c/${file}`, title, outlet: 'Báo Gió', author: null, url: `https://example.vn/${file}`, published,
  publishedEvidence: published ? 'header' : null, publishedRaw: published, paragraphs, mtimeMs: 0, warnings: [],
});
const dated = doc('040_a.txt', 'Hồ chứa Đá Mài tích nước', '2025-09-10', [
  'Ngày 9/9, hồ chứa Đá Mài bắt đầu tích nước cho vụ đông xuân.',
  'Kỹ sư Phan Thị Mơ nói: “Mực nước hồ đã đủ cho hai vụ lúa”.',
]);
const undated = doc('041_b.txt', 'Nông dân chờ nước tưới', null, [
  'Bà Mơ cho biết lịch xả nước sẽ được báo trước cho các xã.',
  'Ông Vũ Đình Khải, trưởng thôn, nói: “Bà con đã sửa xong kênh mương”.',
]);
const speakers = [
  { id: 'phan-thi-mo', name: 'Phan Thị Mơ', aliases: ['bà Mơ'], role: 'Kỹ sư' },
  { id: 'vu-dinh-khai', name: 'Vũ Đình Khải', aliases: ['ông Khải'], role: 'trưởng thôn' },
];
const q = (id: string, d: CorpusDocument, para: number, speakerId: string, text: string, kind: Quote['kind'], date: string | null): Quote =>
  quoteIn(d, para, {
    id, speaker: speakers.find((s) => s.id === speakerId)!.name, speakerId, text, kind, date, dateSource: date ? 'published' : null,
  });
const EXTRACTION: Extraction = {
  documents: [dated, undated],
  speakers,
  quotes: [
    q('m1', dated, 1, 'phan-thi-mo', 'Mực nước hồ đã đủ cho hai vụ lúa', 'direct', '2025-09-10'),
    q('m2', undated, 0, 'phan-thi-mo', 'lịch xả nước sẽ được báo trước cho các xã', 'indirect', null),
    q('k1', undated, 1, 'vu-dinh-khai', 'Bà con đã sửa xong kênh mương', 'direct', null),
  ],
  events: [eventIn(dated, 0, { id: 'e1', date: '2025-09-09', text: 'hồ chứa Đá Mài bắt đầu tích nước cho vụ đông xuân' })],
};
const index = createSearchIndex(EXTRACTION);

async function console_(lines: string[], locale = 'vi'): Promise<string> {
  return consoleText(createTestContext({ index }), lines, locale);
}

describe('/timeline and statements no article dates (issue 14 item 9)', () => {
  it('lists the dated items and says how many undated statements were left out, and why', async () => {
    const text = await console_(['/timeline']);
    expect(text).toContain('9/9/2025');
    expect(text).toContain('Mực nước hồ đã đủ cho hai vụ lúa');
    expect(text).not.toContain('kênh mương');
    expect(text).toContain('2 phát biểu không rõ ngày không có trong dòng thời gian');
    expect(text).not.toMatch(/[_*]2 phát biểu/);
  });

  it('counts only the undated statements of the speaker asked for, in English too', async () => {
    const vi = await console_(['/timeline speaker:Phan Thị Mơ']);
    expect(vi).toContain('1 phát biểu không rõ ngày không có trong dòng thời gian');
    const en = await console_(['/timeline speaker:Phan Thị Mơ'], 'en-US');
    expect(en).toContain('1 undated statement is not on the timeline');
  });

  it('says nothing of undated statements when every statement is dated, or when a date range is asked', async () => {
    const allDated = createSearchIndex({ ...EXTRACTION, documents: [dated], quotes: EXTRACTION.quotes.slice(0, 1) });
    const text = await consoleText(createTestContext({ index: allDated }), ['/timeline']);
    expect(text).toContain('9/9/2025');
    expect(text).not.toContain('không rõ ngày không có');
    expect(await console_(['/timeline from:1/9/2025 to:30/9/2025'])).not.toContain('không rõ ngày không có');
  });
});

describe('/reload in English (issue 14 item 8)', () => {
  it('writes one of a thing in the singular', async () => {
    const one = createSearchIndex({ ...EXTRACTION, documents: [dated], quotes: EXTRACTION.quotes.slice(0, 1), speakers: speakers.slice(0, 1) });
    const text = await consoleText(createTestContext({ index: one }), ['/reload'], 'en-US');
    expect(text).toContain('Corpus reloaded: 1 article, 1 quote, 1 event, 1 speaker.');
  });
});
