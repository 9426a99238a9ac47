import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented article: a spokeswoman quoted on a meeting, then reported on the deal (a sentence not extracted).
const doc = articlesOn('2025-04-02');
const DOCS = [
  doc('p1.txt', 'Talks between Arden and Belmora on the port deal', [
    'Ministers of Arden and Belmora met on Monday to discuss the port deal and the fishing quotas.',
    '“The port deal could serve as a good start,” spokeswoman Ilse Varga said.',
    'Varga said the port deal between Arden and Belmora was a fair compromise.',
  ]),
];
const QUOTES: Quote[] = [
  quoteIn(DOCS[0]!, 1, {
    id: 'v1', speaker: 'Ilse Varga', speakerId: 'ilse-varga', text: 'The port deal could serve as a good start', kind: 'direct',
    date: '2025-03-31', dateSource: 'context',
  }),
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
