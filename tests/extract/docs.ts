/** Test documents built from paragraphs written for the tests (invented people and events). */
import type { CorpusDocument, Extraction, IsoDate, Quote } from '../../src/core/types.js';
import { extractCorpus } from '../../src/extract/index.js';

let counter = 0;

export function makeDoc(paragraphs: string[], options: { published?: IsoDate; title?: string | null; file?: string } = {}): CorpusDocument {
  counter++;
  return {
    file: options.file ?? `doc${counter}.txt`,
    path: `/corpus/${options.file ?? `doc${counter}.txt`}`,
    title: options.title ?? null,
    outlet: 'Báo Thử',
    author: null,
    url: null,
    published: options.published ?? null,
    publishedEvidence: options.published ? 'header' : null,
    publishedRaw: options.published ?? null,
    paragraphs,
    mtimeMs: 0,
    warnings: [],
  };
}

/** The extracted quote whose text contains `words`, or undefined. */
export function quoteWith(ex: Extraction, words: string): Quote | undefined {
  return ex.quotes.find((q) => q.text.includes(words));
}

/** The extraction of one document of `paragraphs` published on `published`: `const one = extractOn('2024-05-20')`. */
export function extractOn(published: IsoDate): (...paragraphs: string[]) => Extraction {
  return (...paragraphs) => extractCorpus([makeDoc(paragraphs, { published })]);
}
