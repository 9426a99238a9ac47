/**
 * Pure formatting for the CLI's extract and digest output (answers are rendered by src/answer: JSON and plain text).
 */
import type { CorpusDocument, Extraction, SourceRef } from './core/types.js';
import { paragraphCount } from './paragraphText.js';

/** The contract's source object: file, title, url, published (outlet kept as an extra). */
function sourceJson(s: SourceRef): Record<string, unknown> {
  return { file: s.file, title: s.title, url: s.url, published: s.published, outlet: s.outlet };
}

function documentJson(d: CorpusDocument): Record<string, unknown> {
  return {
    file: d.file,
    title: d.title,
    outlet: d.outlet,
    author: d.author,
    url: d.url,
    published: d.published,
    publishedEvidence: d.publishedEvidence,
    paragraphs: paragraphCount(d),
    warnings: d.warnings,
  };
}

/**
 * `extract --json`: documents, quotes, events, speakers. A statement or event several articles report is one row per
 * article (`source`), each listing all of them (`sources`, the first where the excerpt was read), as the text
 * output lists it under each document: a reader (or a scorer) looking up one article's quotations finds it there
 * too, not only under the article read first.
 */
export function extractionToJson(x: Extraction): Record<string, unknown> {
  return {
    documents: x.documents.map(documentJson),
    quotes: x.quotes.flatMap((q) => {
      const sources = q.sources.map(sourceJson);
      return sources.map((source) => ({
        speaker: q.speaker,
        text: q.text,
        kind: q.kind,
        date: q.date,
        dateSource: q.dateSource,
        excerpt: q.excerpt,
        source,
        sources,
      }));
    }),
    events: x.events.flatMap((e) => {
      const sources = e.sources.map(sourceJson);
      return sources.map((source) => ({
        date: e.date,
        dateSource: e.dateSource ?? 'sentence',
        text: e.text,
        excerpt: e.excerpt,
        source,
        sources,
      }));
    }),
    speakers: x.speakers,
  };
}

/** `extract` for a person: per document, its quotes and events. */
export function formatExtractionText(x: Extraction): string {
  const lines: string[] = [];
  for (const d of x.documents) {
    lines.push(`== ${d.file}: ${d.title ?? '(no title)'} — published ${d.published ?? 'unknown'}`);
    for (const q of x.quotes.filter((q) => q.sources.some((s) => s.file === d.file))) {
      lines.push(`  quote (${q.kind}) ${q.speaker ?? 'unknown speaker'}, ${q.date ?? 'no date'}: “${q.text}”`);
    }
    for (const e of x.events.filter((e) => e.sources.some((s) => s.file === d.file))) {
      lines.push(`  event ${e.date ?? 'no date'}${e.dateSource === 'published' ? ' (publication date)' : ''}: ${e.text}`);
    }
  }
  lines.push(`${x.documents.length} documents, ${x.quotes.length} quotes, ${x.events.length} events, ${x.speakers.length} speakers`);
  return `${lines.join('\n')}\n`;
}

/**
 * Articles that count as "new" for the digest of `date` when no store remembers what was seen
 * (CLI and console): those published on that day or the day before. The bot uses first-seen times instead.
 */
export function newArticlesFor(x: Extraction, date: string): SourceRef[] {
  const day = Date.parse(`${date}T00:00:00Z`);
  const previous = new Date(day - 86_400_000).toISOString().slice(0, 10);
  return x.documents
    .filter((d) => {
      // A day-precise published date starts with YYYY-MM-DD (possibly followed by a time); month, year and
      // year-less dates never equal a full day.
      const published = d.published?.slice(0, 10);
      return published === date || published === previous;
    })
    .map((d) => ({ file: d.file, title: d.title, url: d.url, published: d.published, outlet: d.outlet }));
}
