import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { parseQuestion } from '../../src/search/question.js';
import { createSpeakerDirectory } from '../../src/search/speakers.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented press briefing: the spokesman of an invented province speaks of an anniversary and of a dam a
// neighbour builds upstream; both statements name the neighbour.
const doc = articlesOn('2025-03-04');
const BRIEF = doc('b1.txt', 'Họp báo thường kỳ tỉnh Vân Hà', [
  'Người phát ngôn tỉnh Vân Hà Đào Minh Khôi cho biết năm nay Vân Hà và Lạc Quốc kỷ niệm 30 năm kết nghĩa.',
  'Về việc Lạc Quốc xây đập trên sông Ngân, ông Khôi cho biết quan điểm của Vân Hà về việc này là rõ ràng và nhất quán.',
]);
const quote = (id: string, text: string, para: number): Quote => quoteIn(BRIEF, para, {
  id, speaker: 'Đào Minh Khôi', speakerId: 'dao-minh-khoi', text, kind: 'indirect', date: '2025-03-04', dateSource: 'published',
});
const EXTRACTION: Extraction = {
  documents: [BRIEF],
  speakers: [{ id: 'dao-minh-khoi', name: 'Đào Minh Khôi', aliases: ['ông Khôi'], role: 'Người phát ngôn tỉnh Vân Hà' }],
  quotes: [
    quote('k1', 'năm nay Vân Hà và Lạc Quốc kỷ niệm 30 năm kết nghĩa', 0),
    quote('k2', 'quan điểm của Vân Hà về việc này là rõ ràng và nhất quán', 1),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"X phản ứng thế nào trước việc Y": Y is what is reacted to, not when', () => {
  it('answers with the statement on Y first', () => {
    const [r] = index.ask('Vân Hà phản ứng thế nào trước việc Lạc Quốc xây đập trên sông Ngân?');
    expect(r?.text).toContain('quan điểm của Vân Hà về việc này');
  });

  it('keeps "trước khi" and "nói gì trước tòa" as the occasion', () => {
    const directory = createSpeakerDirectory(EXTRACTION.speakers, new Map());
    const occasion = (q: string): string[] => parseQuestion(q, directory, () => 0).words.filter((w) => w.occasion).map((w) => w.folded);
    expect(occasion('Vân Hà phản ứng thế nào trước khi Lạc Quốc xây đập?')).toEqual(['lac', 'quoc', 'xay', 'dap']);
    expect(occasion('Ông Khôi nói gì trước tòa?')).toEqual(['toa']);
    expect(occasion('Vân Hà phản ứng thế nào trước việc Lạc Quốc xây đập?')).toEqual([]);
  });
});
