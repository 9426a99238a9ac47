/**
 * Test articles built from paragraphs written for the tests (invented people and events), the extraction of one
 * such article, and hand-built quotes and events that cite it, for search and answer tests.
 */
import type { CorpusDocument, CorpusEvent, Extraction, IsoDate, Quote, SourceRef } from '../../src/core/types.js';
import { extractCorpus } from '../../src/extract/index.js';

let counter = 0;

/**
 * A document of `paragraphs`: `docN.txt` under /corpus/ in "Báo Thử", published on `over.published` (found in its
 * header) or undated; any other field can be set in `over`.
 */
export function makeDoc(paragraphs: string[], over: Partial<CorpusDocument> = {}): CorpusDocument {
  counter++;
  const file = over.file ?? `doc${counter}.txt`;
  const published = over.published ?? null;
  return {
    path: `/corpus/${file}`,
    outlet: 'Báo Thử',
    author: null,
    url: null,
    publishedEvidence: published ? 'header' : null,
    publishedRaw: published,
    paragraphs,
    mtimeMs: 0,
    warnings: [],
    ...over,
    // Set last, so that a field passed as undefined still gets its default.
    file,
    title: over.title ?? null,
    published,
  };
}

/**
 * A maker of articles of one outlet published on one day, their header date written as a page writes it ("4/3/2025"):
 * `const doc = articlesOn('2025-03-04'); const a = doc('a.txt', 'Title', ['First paragraph.'])`.
 */
export function articlesOn(
  published: string,
  { outlet = 'Báo S', folder = '/c' }: { outlet?: string; folder?: string } = {},
): (file: string, title: string | null, paragraphs: string[]) => CorpusDocument {
  const [year, month, day] = published.split('-');
  const publishedRaw = `${Number(day)}/${Number(month)}/${year}`;
  return (file, title, paragraphs) => makeDoc(paragraphs, { file, path: `${folder}/${file}`, title, outlet, published, publishedRaw });
}

/** How a quote or an event cites `doc`. */
export function sourceOf(doc: CorpusDocument): SourceRef {
  return { file: doc.file, title: doc.title, url: doc.url, published: doc.published, outlet: doc.outlet };
}

/** A quote read from paragraph `para` of `doc`: that paragraph is its excerpt, and `doc` its one source. */
export function quoteIn(doc: CorpusDocument, para: number, quote: Omit<Quote, 'excerpt' | 'sources'>): Quote {
  return { ...quote, excerpt: doc.paragraphs[para]!, sources: [sourceOf(doc)] };
}

/** An event read from paragraph `para` of `doc`: that paragraph is its excerpt, and `doc` its one source. */
export function eventIn(doc: CorpusDocument, para: number, event: Omit<CorpusEvent, 'excerpt' | 'sources'>): CorpusEvent {
  return { ...event, excerpt: doc.paragraphs[para]!, sources: [sourceOf(doc)] };
}

/** The extraction of one document of `paragraphs` (see makeDoc for `over`). */
export function extractArticle(paragraphs: string[], over: Partial<CorpusDocument> = {}): Extraction {
  return extractCorpus([makeDoc(paragraphs, over)]);
}

/** The extraction of one document of `paragraphs` published on `published`: `const one = extractOn('2024-05-20')`. */
export function extractOn(published: IsoDate): (...paragraphs: string[]) => Extraction {
  return (...paragraphs) => extractArticle(paragraphs, { published });
}

/** The extracted quote whose text contains `words`, or undefined. */
export function quoteWith(ex: Extraction, words: string): Quote | undefined {
  return ex.quotes.find((q) => q.text.includes(words));
}

/**
 * Who one article of `paragraphs` published on `published` says spoke the quote containing `words`: null when no one,
 * or no such quote. `const speakerOf = speakersOn('2024-05-10')`.
 */
export function speakersOn(published: IsoDate): (paragraphs: string[], words: string) => string | null {
  return (paragraphs, words) => quoteWith(extractArticle(paragraphs, { published }), words)?.speaker ?? null;
}
