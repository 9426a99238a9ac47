import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote, SourceRef } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';

// Invented articles in English: a minister's written answers to lawmakers, and a rector on fees.
function doc(file: string, title: string, paragraphs: string[]): CorpusDocument {
  return {
    file, path: `/c/${file}`, title, outlet: 'Daily E', author: null, url: null, published: '2025-05-20',
    publishedEvidence: 'header', publishedRaw: 'May 20, 2025', paragraphs, mtimeMs: 0, warnings: [],
  };
}
const DOCS = [
  doc('e1.txt', 'Minister closes the hearing', [
    'The minister said she would answer every remaining question in writing.',
  ]),
  doc('e2.txt', 'Rector speaks on fees', [
    'Tuition at the university will stay at this year’s level for two more years, the rector told students.',
  ]),
];
const src = (d: CorpusDocument): SourceRef => ({ file: d.file, title: d.title, url: null, published: d.published, outlet: d.outlet });
const quote = (id: string, speaker: string, text: string, d: CorpusDocument): Quote => ({
  id, speaker, speakerId: speaker.toLowerCase(), text, kind: 'indirect', date: '2025-05-19', dateSource: 'context',
  excerpt: d.paragraphs[0]!, sources: [src(d)],
});
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [
    { id: 'minister', name: 'Minister', aliases: [], role: null },
    { id: 'rector', name: 'Rector', aliases: [], role: null },
  ],
  quotes: [
    quote('m1', 'Minister', 'she would answer every remaining question in writing', DOCS[0]!),
    quote('r1', 'Rector', 'Tuition at the university will stay at this year’s level for two more years', DOCS[1]!),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('a Vietnamese question whose two phrases English writes with one word', () => {
  it('counts that word once: a sentence saying only "question" does not answer "câu hỏi chất vấn về học phí đại học"', () => {
    // "câu hỏi" and "chất vấn" are both "question" in English; counted twice, the first sentence held most of the
    // question without a word on fees.
    const results = index.ask('Câu hỏi chất vấn về học phí đại học');
    expect(results[0]?.text).toContain('Tuition at the university');
    expect(results.map((r) => r.text)).not.toContain('she would answer every remaining question in writing');
  });
});
