import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote, SourceRef } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';

// An invented article: a spokeswoman quoted on a meeting, then reported on the deal (a sentence not extracted).
function doc(file: string, title: string, paragraphs: string[]): CorpusDocument {
  return {
    file, path: `/c/${file}`, title, outlet: 'Báo S', author: null, url: null, published: '2025-04-02',
    publishedEvidence: 'header', publishedRaw: '2/4/2025', paragraphs, mtimeMs: 0, warnings: [],
  };
}
const DOCS = [
  doc('p1.txt', 'Talks between Arden and Belmora on the port deal', [
    'Ministers of Arden and Belmora met on Monday to discuss the port deal and the fishing quotas.',
    '“The port deal could serve as a good start,” spokeswoman Ilse Varga said.',
    'Varga said the port deal between Arden and Belmora was a fair compromise.',
  ]),
];
const src = (d: CorpusDocument): SourceRef => ({ file: d.file, title: d.title, url: null, published: d.published, outlet: d.outlet });
const QUOTES: Quote[] = [
  {
    id: 'v1', speaker: 'Ilse Varga', speakerId: 'ilse-varga', text: 'The port deal could serve as a good start', kind: 'direct',
    date: '2025-03-31', dateSource: 'context', excerpt: DOCS[0]!.paragraphs[1]!, sources: [src(DOCS[0]!)],
  },
];
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [{ id: 'ilse-varga', name: 'Ilse Varga', aliases: ['Varga'], role: 'spokeswoman' }],
  quotes: QUOTES,
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"what did X say" when a sentence reports X speaking', () => {
  it('puts "X said …" that answers the question before an extracted statement of X that does not', () => {
    const [r] = index.ask('What did Varga say about the port deal between Arden and Belmora?');
    expect(r?.text).toBe('Varga said the port deal between Arden and Belmora was a fair compromise.');
  });
});
