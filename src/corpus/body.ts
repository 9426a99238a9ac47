/**
 * Where on a scraped page the article is, and what the lines around it say.
 *
 * The page is read as three zones: a header (everything before the first sentence of prose:
 * widgets, headline, byline), the body (first prose line to last body-like line, cut at the first
 * end-of-article marker: a comment section, a back-to-top link, a source-link box), and a footer.
 * Metadata is read from header and footer, which are then dropped; inside the body, furniture lines
 * are removed one by one so that every kept paragraph is verbatim article text.
 */
import type { IsoDate } from '../core/types.js';
import { foldText } from '../core/text.js';
import {
  isAsciiAltText,
  isBackToTop,
  isBodyLike,
  isCommentHeading,
  isInlineRelated,
  isNumberedImageAlt,
  isPhotoCredit,
  isProse,
  isRelatedHeading,
  isSourceLinkBox,
  isWidgetLine,
  parseCreditLine,
  stripTrailingPhotoCredit,
  tickerLines,
  words,
} from './furniture.js';
import { isTitleLike, parseAuthorLine, parseOutletTag, parseUrlLine } from './metadata.js';
import { joinWrappedLines, isVietnamese, readPageLines, takeHeaderStamp } from './pageLines.js';
import { parseBylineDate, splitTitleStamp, wireDateline } from './publishedDate.js';

// How far under a top bar's date the article's own stamp can stand (an author line between them).
const STAMP_LINES = 3;

export interface PageAnalysis {
  title: string | null;
  author: string | null;
  /** The agency a byline or credit line names ("Theo RT" → `RT`). */
  credit: string | null;
  url: string | null;
  /** Outlet abbreviation tagged on the lede, e.g. `ĐS&PL`. */
  outletTag: string | null;
  header: { date: IsoDate; raw: string } | null;
  /** `line`: the index of the line it was read from, among the page's joined lines. */
  byline: { date: IsoDate; raw: string; line: number } | null;
  paragraphs: string[];
}

const matchKey = (s: string): string => foldText(s).replace(/\s+/g, ' ');
// Every paragraph is compared with the same title: its key is kept from one call to the next.
let lastTitle: string | null = null;
let lastTitleKey = '';

/** Whether a paragraph repeats the title (folded, whitespace ignored). */
function sameAsTitle(paragraph: string, title: string): boolean {
  if (title !== lastTitle) {
    lastTitle = title;
    lastTitleKey = matchKey(title);
  }
  return matchKey(paragraph) === lastTitleKey;
}

/**
 * The lede signed with the outlet's tag, "(CAO) Tại phiên chất vấn sáng 16-11, …": article text even when the
 * outlet ends it with an ellipsis, which elsewhere marks a teaser cut short. Long, and a sentence after the tag.
 */
function isTaggedLede(s: string): boolean {
  return /^\([\p{Lu}\p{N}&.\s-]{2,20}\)\s*[-–—:]?\s*\p{Lu}/u.test(s) && words(s).length >= 16;
}

/** The page's lines and what is known of them while its zones are read. */
interface Page {
  items: string[];
  /** Related-article lists and their headings: neither body nor metadata. */
  dropped: boolean[];
  /** The first prose line (the body's start) and the first end-of-article marker after it. */
  start: number;
  cut: number;
  /** The headline's line, -1 when it came from markdown or was not found. */
  titleAt: number;
  vietnamese: boolean;
  out: PageAnalysis;
}

/** Analyse an article body (front matter already removed). */
export function analysePage(body: string, markdown: boolean): PageAnalysis {
  const out: PageAnalysis = {
    title: null, author: null, credit: null, url: null, outletTag: null, header: null, byline: null, paragraphs: [],
  };
  const { lines, markdownTitle } = readPageLines(body, markdown);
  out.header = takeHeaderStamp(lines);
  const items = joinWrappedLines(lines);
  const ticker = tickerLines(items);
  const { start, cut } = bodyBounds(items, ticker);
  const dropped = markRelated(items, cut).map((d, i) => d || ticker[i]!);
  const page: Page = { items, dropped, start, cut, titleAt: -1, vietnamese: isVietnamese(items), out };
  if (markdownTitle !== null) out.title = markdownTitle;
  else findTitle(page);

  const kept = readHeaderZone(page);
  const lastBody = lastBodyLine(page);
  findTailAuthor(items, start, cut, lastBody, page.dropped, out);
  readBody(page, lastBody, kept);
  readFooter(page, lastBody);
  out.paragraphs = kept;
  return out;
}

/**
 * The body runs from the first prose line to the first end-of-article marker after it (or the page's end); a
 * headline ticker above the article is not its start.
 */
function bodyBounds(items: string[], ticker: boolean[]): { start: number; cut: number } {
  let start = items.findIndex((s, i) => !ticker[i] && isProse(s) && !isWidgetLine(s) && !isNumberedImageAlt(s));
  if (start < 0) start = items.length;
  for (let i = start + 1; i < items.length; i++) {
    const s = items[i]!;
    if (isCommentHeading(s) || isBackToTop(s) || isSourceLinkBox(s)) return { start, cut: i };
  }
  return { start, cut: items.length };
}

/** Inline "related" links, and each related-articles heading with the non-prose lines under it. */
function markRelated(items: string[], cut: number): boolean[] {
  const dropped = new Array<boolean>(items.length).fill(false);
  for (let i = 0; i < cut; i++) {
    if (isInlineRelated(items[i]!)) dropped[i] = true;
    if (!isRelatedHeading(items[i]!)) continue;
    dropped[i] = true;
    for (let j = i + 1; j < cut && !isProse(items[j]!); j++) dropped[j] = true;
  }
  return dropped;
}

/**
 * The first title-like line up to the body's first line. A headline that carries the page's stamp on its line
 * ("08/03/2023 15:12 Ông Ba nói …") gives the headline without it, and the stamp as the byline.
 */
function findTitle(page: Page): void {
  const { items, dropped, start, out } = page;
  for (let i = 0; i <= Math.min(start, items.length - 1); i++) {
    if (dropped[i]) continue;
    const stamped = splitTitleStamp(items[i]!);
    const title = stamped && isTitleLike(stamped.title, page.vietnamese) ? stamped.title : items[i]!;
    if (isTitleLike(title, page.vietnamese)) {
      out.title = title;
      page.titleAt = i;
      if (stamped && title === stamped.title) readNoteLine(out, stamped.stamp, i);
      return;
    }
  }
}

/** Reads a byline date, the page's URL or a credit line into `out`; true when the line was one of them. */
function readNoteLine(out: PageAnalysis, s: string, line: number): boolean {
  const byline = parseBylineDate(s);
  if (byline) {
    out.byline ??= { date: byline, raw: s, line };
    // A bare day in the site's top bar ("Thứ Năm, 27/11/2025") gives way to the article's stamp with its time of
    // publishing a few lines under it ("Nguyên Thảo", "03/06/2014, 17:42").
    if (!out.byline.date?.includes('T') && byline.includes('T') && line > out.byline.line && line - out.byline.line <= STAMP_LINES) {
      out.byline = { date: byline, raw: s, line };
    }
    return true;
  }
  const url = parseUrlLine(s);
  if (url) {
    out.url ??= url;
    return true;
  }
  const credit = parseCreditLine(s);
  if (credit) {
    out.credit ??= credit;
    return true;
  }
  return false;
}

/** The header (before the first prose line): its metadata read into `out`, and the body-like lines it holds. */
function readHeaderZone(page: Page): string[] {
  const { items, dropped, start, titleAt, out } = page;
  const kept: string[] = [];
  for (let i = 0; i < start; i++) {
    const s = items[i]!;
    if (dropped[i] || i === titleAt || (out.title !== null && sameAsTitle(s, out.title))) continue;
    // A date in the site's top bar (today's date, above the headline) gives way to the article's own stamp under it.
    if (titleAt >= 0 && i > titleAt && out.byline && out.byline.line < titleAt) {
      const own = parseBylineDate(s);
      if (own) out.byline = { date: own, raw: s, line: i };
    }
    if (readNoteLine(out, s, i)) continue;
    const tag = parseOutletTag(s);
    if (tag && tag.rest === '') {
      out.outletTag ??= tag.outlet;
      continue;
    }
    const byline = parseAuthorLine(s);
    const nearTitle = titleAt >= 0 && i > titleAt && i <= titleAt + 3;
    if (byline && (nearTitle || /^[•·*\-–—]|:/.test(s))) {
      out.author ??= byline.author;
      out.credit ??= byline.credit;
      continue;
    }
    if ((isBodyLike(s) || isTaggedLede(s)) && !isWidgetLine(s) && !isNumberedImageAlt(s)) kept.push(s);
  }
  return kept;
}

/** The last body-like line before the end marker (-1 when there is none). */
function lastBodyLine(page: Page): number {
  const { items, dropped, start, cut } = page;
  for (let i = cut - 1; i >= start; i--) {
    if (!dropped[i] && isBodyLike(items[i]!) && !isWidgetLine(items[i]!)) return i;
  }
  return -1;
}

/** The body's paragraphs, verbatim, furniture lines left out; an outlet tag opening the first one read into `out`. */
function readBody(page: Page, lastBody: number, kept: string[]): void {
  const { items, dropped, start, out } = page;
  for (let i = start; i <= lastBody; i++) {
    const s = items[i]!;
    if (dropped[i] || i === page.titleAt || (out.title !== null && sameAsTitle(s, out.title))) continue;
    if (isNumberedImageAlt(s) || isPhotoCredit(s) || readNoteLine(out, s, i)) continue;
    if (isWidgetLine(s) || isAsciiAltText(s, page.vietnamese)) continue;
    let text = stripTrailingPhotoCredit(s);
    if (kept.length === 0) {
      const wire = wireDateline(text);
      if (wire) out.byline ??= { date: wire.date, raw: wire.raw, line: i };
      const tag = parseOutletTag(text);
      if (tag) {
        out.outletTag ??= tag.outlet;
        text = tag.rest;
        if (text === '') continue;
      }
    }
    kept.push(text);
  }
}

/** The footer, and what follows an end marker: only its URL and credit lines are read. */
function readFooter(page: Page, lastBody: number): void {
  const { items, start, out } = page;
  for (let i = Math.max(lastBody + 1, start); i < items.length; i++) {
    const s = items[i]!;
    if (parseBylineDate(s)) continue;
    const url = parseUrlLine(s);
    if (url) out.url ??= url;
    const credit = parseCreditLine(s);
    if (credit) out.credit ??= credit;
  }
}

/** The byline at the end of an article: the last non-furniture line before the footer, if it is a name. */
function findTailAuthor(
  items: string[], start: number, cut: number, lastBody: number, dropped: boolean[], out: PageAnalysis,
): void {
  const from = Math.max(start, lastBody + 1);
  for (let i = from; i < cut && i <= lastBody + 8; i++) {
    const s = items[i]!;
    if (dropped[i]) break;
    const byline = parseAuthorLine(s);
    if (byline) {
      out.author ??= byline.author;
      out.credit ??= byline.credit;
      return;
    }
  }
}

