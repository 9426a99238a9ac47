/**
 * Pure formatting for the CLI: the JSON shapes of the contract, and text for a person.
 */
import { formatDate } from './core/dates.js';
import type { AnswerResult, CorpusDocument, Extraction, SourceRef } from './core/types.js';

/** The contract's source object: file, title, url, published (outlet kept as an extra). */
function sourceJson(s: SourceRef): Record<string, unknown> {
  return { file: s.file, title: s.title, url: s.url, published: s.published, outlet: s.outlet };
}

/** `ask --json`: `{"results":[{type,text,excerpt,speaker,date,source,sources}]}` best first. */
export function answersToJson(results: AnswerResult[]): { results: Array<Record<string, unknown>> } {
  return {
    results: results.map((r) => ({
      type: r.type,
      text: r.text,
      excerpt: r.excerpt,
      speaker: r.speaker,
      date: r.date,
      ...(r.kind ? { kind: r.kind } : {}),
      source: sourceJson(r.source),
      sources: r.sources.map(sourceJson),
    })),
  };
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
    paragraphs: d.paragraphs.length,
    warnings: d.warnings,
  };
}

/** `extract --json`: documents, quotes (with `source` = primary source), events, speakers. */
export function extractionToJson(x: Extraction): Record<string, unknown> {
  return {
    documents: x.documents.map(documentJson),
    quotes: x.quotes.map((q) => ({
      speaker: q.speaker,
      text: q.text,
      kind: q.kind,
      date: q.date,
      dateSource: q.dateSource,
      excerpt: q.excerpt,
      source: sourceJson(q.sources[0]!),
      sources: q.sources.map(sourceJson),
    })),
    events: x.events.map((e) => ({
      date: e.date,
      text: e.text,
      excerpt: e.excerpt,
      source: sourceJson(e.sources[0]!),
      sources: e.sources.map(sourceJson),
    })),
    speakers: x.speakers,
  };
}

function citation(s: SourceRef): string {
  const title = s.title ?? s.file;
  const parts = [title, s.outlet, s.published ? formatDate(s.published.slice(0, 10), 'en') : null].filter(Boolean);
  return `${parts.join(' · ')}${s.url ? `\n     ${s.url}` : ''}  [${s.file}]`;
}

/** `ask` for a person: numbered answers with words, speaker, date and source. */
export function formatAnswersText(question: string, results: AnswerResult[]): string {
  if (results.length === 0) return `No answer in the corpus for: ${question}`;
  const lines = [`Q: ${question}`];
  results.forEach((r, i) => {
    const who = r.speaker ? `${r.speaker} — ` : '';
    const reported = r.kind === 'indirect';
    lines.push(`${i + 1}. [${reported ? 'reported statement' : r.type}] ${who}${formatDate(r.date, 'en')}`);
    // Quotation marks only around verbatim words; a paraphrase or an event is the article's wording.
    lines.push(r.type === 'quote' && !reported ? `   “${r.text}”` : `   ${r.text}`);
    if (r.excerpt && r.excerpt !== r.text) lines.push(`   in: ${r.excerpt}`);
    lines.push(`   source: ${citation(r.source)}`);
    if (r.sources.length > 1) lines.push(`   (+${r.sources.length - 1} more source${r.sources.length > 2 ? 's' : ''})`);
  });
  return lines.join('\n');
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
      lines.push(`  event ${e.date ?? 'no date'}: ${e.text}`);
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
