import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote, SourceRef } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { parseQuestion } from '../../src/search/question.js';
import { buildEngine } from '../../src/search/engine.js';

// An invented press briefing: a governor answers a reporter, and the reporter's own question is reported too.
const DOC: CorpusDocument = {
  file: 'b1.txt', path: '/c/b1.txt', title: 'Tỉnh trưởng Hà Văn Định họp báo về đê sông Lam', outlet: 'Báo B', author: null,
  url: null, published: '2025-07-08', publishedEvidence: 'header', publishedRaw: '8/7/2025', mtimeMs: 0, warnings: [],
  paragraphs: [
    'Phóng viên Lò Thị Mai hỏi ông Định rằng vì sao tỉnh chậm gia cố đê sông Lam trước mùa mưa.',
    'Ông Hà Văn Định trả lời phóng viên rằng vốn gia cố đê về muộn ba tháng nên công trình phải chờ.',
  ],
};
const src: SourceRef = { file: DOC.file, title: DOC.title, url: null, published: DOC.published, outlet: DOC.outlet };
const quote = (id: string, speakerId: string, speaker: string, text: string, para: number): Quote => ({
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-07-07', dateSource: 'context', excerpt: DOC.paragraphs[para]!, sources: [src],
});
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [
    { id: 'ha-van-dinh', name: 'Hà Văn Định', aliases: ['ông Định'], role: 'Tỉnh trưởng' },
    { id: 'lo-thi-mai', name: 'Lò Thị Mai', aliases: ['phóng viên Lò Thị Mai'], role: 'Phóng viên' },
  ],
  quotes: [
    quote('m1', 'lo-thi-mai', 'Lò Thị Mai', 'vì sao tỉnh chậm gia cố đê sông Lam trước mùa mưa', 0),
    quote('d1', 'ha-van-dinh', 'Hà Văn Định', 'vốn gia cố đê về muộn ba tháng nên công trình phải chờ', 1),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"bảo" and "đáp lại" read as reporting verbs in a question', () => {
  it.each(['Ông Định bảo gì với phóng viên về đê sông Lam?', 'Ông Định đáp lại phóng viên thế nào về đê sông Lam?'])(
    '%s → the governor’s words, not the reporter’s', (question) => {
      const [r] = index.ask(question);
      expect(r?.speaker).toBe('Hà Văn Định');
      expect(r?.text).toContain('vốn gia cố đê');
    },
  );

  it('leaves "bảo" alone when it opens another word ("bảo vệ", "bảo đảm")', () => {
    const e = buildEngine(EXTRACTION);
    for (const q of ['Ông Định bảo vệ đê sông Lam thế nào?', 'Ông Định bảo đảm gì cho mùa mưa?']) {
      const p = parseQuestion(q, e.directory, e.corrector.df);
      expect(p.reported).toBe(false);
      expect(p.words.map((w) => w.lower)).toContain('bảo');
    }
  });
});
