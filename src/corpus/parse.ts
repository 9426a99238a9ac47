/**
 * Raw article text → CorpusDocument. Pure: no I/O, so the loader, the watcher and tests share it.
 */
import type { CorpusDocument, DateEvidence, IsoDate } from '../core/types.js';
import { analysePage } from './body.js';
import { normaliseText } from './decode.js';
import { splitFrontMatter } from './frontMatter.js';
import { outletFromUrl } from './outlets.js';
import { dateFromUrl, parseDateValue } from './publishedDate.js';

/** Metadata given next to an article (sidecar `NAME.json`); `published` may be any date form we parse. */
export type ArticleSidecar = Partial<Pick<CorpusDocument, 'title' | 'url' | 'published' | 'outlet' | 'author'>>;

const present = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * The year a page's URL names (`/sea-games-2013/…`) when a date stamp on the page is two or more years later:
 * such a stamp is when the page was re-indexed, not written. Null when they agree or the URL names no year.
 */
function staleStamp(published: IsoDate, url: string): string | null {
  const stamp = published ? Number(published.slice(0, 4)) : NaN;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const years = [...path.matchAll(/(?<![\p{L}\p{N}])((?:19|20)\d{2})(?![\p{L}\p{N}])/gu)].map((m) => Number(m[1]));
  const named = years.length ? Math.max(...years) : NaN;
  return stamp - named >= 2 ? `year ${named}` : null;
}

/** Pure: raw article text (+ optional sidecar metadata) → CorpusDocument. */
export function parseArticle(file: string, text: string, sidecar?: ArticleSidecar, mtimeMs = 0): CorpusDocument {
  const warnings: string[] = [];
  const { meta, body } = splitFrontMatter(normaliseText(text));
  const page = analysePage(body, /\.(?:md|markdown)$/i.test(file));
  const fm = meta ?? {};
  const side = sidecar ?? {};

  const url = present(fm.url) ?? present(side.url) ?? page.url;
  const title = present(fm.title) ?? present(side.title) ?? page.title;
  const author = present(fm.author) ?? present(side.author) ?? page.author;
  const outlet = present(fm.outlet) ?? present(side.outlet) ?? (url ? outletFromUrl(url) : null) ?? page.outletTag;

  let published: IsoDate = null;
  let evidence: DateEvidence | null = null;
  let raw: string | null = null;
  const given: Array<[DateEvidence, string | null, string]> = [
    ['front-matter', present(fm.published), 'front matter date'],
    ['sidecar', present(side.published), 'sidecar date'],
  ];
  for (const [how, value, label] of given) {
    if (value === null || published !== null) continue;
    const date = parseDateValue(value);
    if (date) [published, evidence, raw] = [date, how, value];
    else warnings.push(`${label} "${value}" is not a date; ignored`);
  }
  const found: Array<[DateEvidence, { date: IsoDate; raw: string } | null]> = [
    ['header', page.header],
    ['byline', page.byline],
    ['inferred', url && dateFromUrl(url) ? { date: dateFromUrl(url), raw: url } : null],
  ];
  for (const [how, hit] of found) {
    if (published === null && hit?.date) [published, evidence, raw] = [hit.date, how, hit.raw];
  }
  const conflict = evidence === 'header' && url ? staleStamp(published, url) : null;
  if (conflict) {
    warnings.push(`header date "${raw}" is years after the ${conflict} in the URL (a re-indexed page?); ignored`);
    [published, evidence, raw] = [null, null, null];
  }
  const urlDay = url ? dateFromUrl(url) : null;
  // A bare day without a time printed above the text, later than the day the URL names, is the site's date of the
  // visit, not of the writing: the page was filed on the URL's day. (A byline's month is not made a day from the
  // URL: a statement dated by the page's stamp would then claim a day the page does not show.)
  if (published && urlDay && evidence === 'byline' && !published.includes('T') && urlDay < published) {
    warnings.push(`byline date "${raw}" is after the date in the URL; the URL's taken`);
    [published, evidence, raw] = [urlDay, 'inferred', url];
  }
  // A header of month precision ("date 2022-06") over a URL whose id names a day of that month
  // ("…-20220607163930305.htm"): the page shows its day in its address, and the two agree.
  if (published && urlDay && evidence === 'header' && published.length === 7 && urlDay.startsWith(published)) {
    [published, evidence, raw] = [urlDay, 'inferred', url];
  }

  if (title === null) warnings.push('no title found');
  if (published === null) warnings.push('no publication date found');
  if (page.paragraphs.length === 0) warnings.push('no article text left after removing page furniture');

  return {
    file,
    path: file,
    title,
    outlet,
    author,
    url,
    published,
    publishedEvidence: evidence,
    publishedRaw: raw,
    paragraphs: page.paragraphs,
    mtimeMs,
    warnings,
  };
}
