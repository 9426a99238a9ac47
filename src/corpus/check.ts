/**
 * The `trichdan check` report: what the loader made of each file, for a person at a terminal.
 * Plain text, short lines, no colours (it is also pasted into issues and CI logs).
 */
import type { CorpusDocument, LoadedCorpus } from '../core/types.js';

const WIDTH = 72;
const LABEL = 12;

function cut(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const field = (label: string, value: string | null): string =>
  `  ${label.padEnd(LABEL)}${value === null ? '—' : cut(value, WIDTH - LABEL - 2)}`;

function publishedLine(doc: CorpusDocument): string {
  if (doc.published === null) return field('published', null);
  const how = doc.publishedEvidence === 'inferred' ? 'inferred from URL, a guess' : doc.publishedEvidence;
  const raw = doc.publishedRaw && doc.publishedEvidence !== 'inferred' ? ` "${cut(doc.publishedRaw, 30)}"` : '';
  return field('published', `${doc.published} (${how}${raw})`);
}

/**
 * Human report for `trichdan check`: per file what was found (title, outlet, author, url, published +
 * how, paragraph count, and quotes/events counts when given), warnings, skipped files with reasons,
 * and a summary line.
 */
export function formatCheckReport(
  corpus: LoadedCorpus,
  counts?: Map<string, { quotes: number; events: number }>,
): string {
  const out: string[] = [`Corpus: ${corpus.dir}`, ''];
  let warned = 0;
  let dated = 0;
  for (const doc of corpus.documents) {
    out.push(doc.file);
    out.push(field('title', doc.title));
    out.push(field('outlet', doc.outlet));
    out.push(field('author', doc.author));
    // A URL stays whole so it can be clicked or copied from the terminal.
    out.push(doc.url === null ? field('url', null) : `  ${'url'.padEnd(LABEL)}${doc.url}`);
    out.push(publishedLine(doc));
    let body = `${doc.paragraphs.length} paragraph${doc.paragraphs.length === 1 ? '' : 's'}`;
    const c = counts?.get(doc.file);
    if (c) body += `, ${c.quotes} quote${c.quotes === 1 ? '' : 's'}, ${c.events} event${c.events === 1 ? '' : 's'}`;
    out.push(field('text', body));
    for (const w of doc.warnings) out.push(`  ! ${cut(w, WIDTH - 4)}`);
    if (doc.warnings.length > 0) warned++;
    if (doc.published !== null) dated++;
    out.push('');
  }
  if (corpus.skipped.length > 0) {
    out.push(`Skipped (${corpus.skipped.length}):`);
    for (const s of corpus.skipped) {
      out.push(`  ${cut(s.file, WIDTH - 2)}`);
      out.push(`    ${cut(s.reason, WIDTH - 4)}`);
    }
    out.push('');
  }
  const n = corpus.documents.length;
  let summary = `${n} article${n === 1 ? '' : 's'} loaded, ${corpus.skipped.length} skipped; ${dated} dated`;
  summary += `, ${warned} with warnings`;
  if (counts) {
    let q = 0;
    let e = 0;
    for (const doc of corpus.documents) {
      q += counts.get(doc.file)?.quotes ?? 0;
      e += counts.get(doc.file)?.events ?? 0;
    }
    summary += `; ${q} quote${q === 1 ? '' : 's'}, ${e} event${e === 1 ? '' : 's'}`;
  }
  out.push(summary);
  return out.join('\n');
}
