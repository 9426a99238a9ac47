/**
 * How a reader sees a source: outlet, title (or the article's first line when the page has no title), date and
 * link; the file name only when nothing else exists. One outlet written two ways ("Báo Mẫu & Đời sống" and its
 * initials "BM&ĐS", or "vnexpress" and "VnExpress") is shown under one name.
 */
import { foldText } from '../core/text.js';
import type { CorpusDocument, IsoDate, SourceRef } from '../core/types.js';

/** A source as every surface shows it. */
export interface SourceView {
  file: string;
  /** The page's own title, or null (the JSON contract keeps it as found). */
  title: string | null;
  /** What to call the article: its title, else its first line, else the file name. */
  headline: string;
  /** Where the headline comes from. */
  headlineFrom: 'title' | 'first-line' | 'file';
  /** The outlet, aliases merged; null when the page names none. */
  outlet: string | null;
  published: IsoDate;
  url: string | null;
}

const FIRST_LINE_MAX = 90;

/** Compact key of an outlet name: folded, letters, digits and & only ("Đời sống" → "DOISONG"). */
function compact(name: string): string {
  return foldText(name).toUpperCase().replace(/[^A-Z0-9&]/g, '');
}

/** The initials of an outlet name, keeping "&": "Báo Mẫu & Đời sống" → "BM&DS". */
function initials(name: string): string {
  return foldText(name)
    .split(/\s+/)
    .map((w) => (w === '&' ? '&' : (w.match(/[a-z0-9]/i)?.[0] ?? '')))
    .join('')
    .toUpperCase();
}

/** Canonical outlet names: spellings and initials of one outlet map to its fullest written form. */
export function mergeOutlets(names: Iterable<string>): Map<string, string> {
  const all = [...new Set(names)].filter((n) => n.trim());
  // The fullest form first, so it is the one kept.
  const byLength = [...all].sort((a, b) => b.length - a.length);
  const canonical = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const name of byLength) {
    const key = compact(name);
    const full = keys.get(key);
    if (full) {
      canonical.set(name, full);
      continue;
    }
    keys.set(key, name);
    canonical.set(name, name);
    // A long name also answers to its initials (three letters at least: two are too often a word).
    const short = initials(name);
    if (short.replace('&', '').length >= 3 && !keys.has(short)) keys.set(short, name);
  }
  return canonical;
}

function firstLine(doc: CorpusDocument): string | null {
  const line = doc.paragraphs.find((p) => /\p{L}{2,}/u.test(p))?.split(/\n/)[0]?.replace(/\s+/g, ' ').trim();
  if (!line) return null;
  if (line.length <= FIRST_LINE_MAX) return line;
  const cut = line.slice(0, FIRST_LINE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Source views of a corpus, one per document, computed once; `view(ref)` also handles a file it does not know. */
export function createSourceViews(documents: readonly CorpusDocument[]): (ref: SourceRef) => SourceView {
  const outlets = mergeOutlets(documents.map((d) => d.outlet ?? '').filter(Boolean));
  const byFile = new Map<string, SourceView>();
  const make = (ref: SourceRef, doc: CorpusDocument | undefined): SourceView => {
    const title = ref.title?.replace(/\s+/g, ' ').trim() || null;
    const line = title ? null : doc ? firstLine(doc) : null;
    const outlet = ref.outlet ? (outlets.get(ref.outlet) ?? ref.outlet) : null;
    return {
      file: ref.file,
      title: ref.title,
      headline: title ?? line ?? ref.file,
      headlineFrom: title ? 'title' : line ? 'first-line' : 'file',
      outlet,
      published: ref.published,
      url: ref.url,
    };
  };
  for (const d of documents) byFile.set(d.file, make({ file: d.file, title: d.title, url: d.url, published: d.published, outlet: d.outlet }, d));
  return (ref) => byFile.get(ref.file) ?? make(ref, undefined);
}

const viewsOfCorpus = new WeakMap<readonly CorpusDocument[], (ref: SourceRef) => SourceView>();

/** The source views of a corpus, made once per corpus (its documents array) and shared by every reply and digest. */
export function sourceViewsFor(documents: readonly CorpusDocument[]): (ref: SourceRef) => SourceView {
  let views = viewsOfCorpus.get(documents);
  if (!views) {
    views = createSourceViews(documents);
    viewsOfCorpus.set(documents, views);
  }
  return views;
}

const noCorpus = createSourceViews([]);

/** The view of a source known only by its reference (a digest item): its title (or first line), outlet, date and link. */
export function sourceViewOf(ref: SourceRef & { headline?: string | null }): SourceView {
  const view = noCorpus(ref);
  return view.headlineFrom === 'file' && ref.headline ? { ...view, headline: ref.headline, headlineFrom: 'first-line' } : view;
}
