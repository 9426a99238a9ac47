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
  endsLikeSentence,
  hasDiacritics,
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
  isTruncated,
  isWidgetLine,
  parseCreditLine,
  stripTrailingPhotoCredit,
  words,
} from './furniture.js';
import { isTitleLike, parseAuthorLine, parseOutletTag, parseUrlLine } from './metadata.js';
import { parseBylineDate, parseHeaderDate } from './publishedDate.js';

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

/** Analyse an article body (front matter already removed). */
export function analysePage(body: string, markdown: boolean): PageAnalysis {
  const out: PageAnalysis = {
    title: null, author: null, credit: null, url: null, outletTag: null, header: null, byline: null, paragraphs: [],
  };
  let mdTitle: string | null = null;
  const raw = body.split('\n').map((line) => {
    let s = line.trim();
    if (!markdown) return s;
    if (/^!\[[^\]]*\]\([^)]*\)$/.test(s)) return '';
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(s);
    if (h) {
      s = h[2]!;
      if (h[1] === '#' && mdTitle === null) mdTitle = s;
    }
    return s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  });

  // The date stamp opens the page, or the line under the page's URL line (scrapers write the address first).
  let first = raw.findIndex((s) => s !== '');
  if (first >= 0 && parseUrlLine(raw[first]!)) {
    const next = raw.findIndex((s, i) => i > first && s !== '');
    if (next >= 0 && parseHeaderDate(raw[next]!)) first = next;
  }
  if (first >= 0) {
    const h = parseHeaderDate(raw[first]!);
    if (h) {
      out.header = { date: h.date, raw: h.raw };
      raw[first] = h.rest;
    }
  }
  const items = joinWrappedLines(raw);
  const vietnamese = isVietnamese(items);

  let start = items.findIndex((s) => isProse(s) && !isWidgetLine(s) && !isNumberedImageAlt(s));
  if (start < 0) start = items.length;
  let cut = items.length;
  for (let i = start + 1; i < items.length; i++) {
    const s = items[i]!;
    if (isCommentHeading(s) || isBackToTop(s) || isSourceLinkBox(s)) {
      cut = i;
      break;
    }
  }

  const dropped = new Array<boolean>(items.length).fill(false);
  for (let i = 0; i < cut; i++) {
    if (isInlineRelated(items[i]!)) dropped[i] = true;
    if (!isRelatedHeading(items[i]!)) continue;
    dropped[i] = true;
    for (let j = i + 1; j < cut && !isProse(items[j]!); j++) dropped[j] = true;
  }

  let titleAt = -1;
  if (mdTitle !== null) out.title = mdTitle;
  else {
    for (let i = 0; i <= Math.min(start, items.length - 1); i++) {
      if (!dropped[i] && isTitleLike(items[i]!, vietnamese)) {
        out.title = items[i]!;
        titleAt = i;
        break;
      }
    }
  }

  const notes = (s: string, line: number): boolean => {
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
  };

  const kept: string[] = [];
  for (let i = 0; i < start; i++) {
    const s = items[i]!;
    if (dropped[i] || i === titleAt || (out.title !== null && sameAsTitle(s, out.title))) continue;
    // A date in the site's top bar (today's date, above the headline) gives way to the article's own stamp under it.
    if (titleAt >= 0 && i > titleAt && out.byline && out.byline.line < titleAt) {
      const own = parseBylineDate(s);
      if (own) out.byline = { date: own, raw: s, line: i };
    }
    if (notes(s, i)) continue;
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

  let lastBody = -1;
  for (let i = cut - 1; i >= start; i--) {
    if (!dropped[i] && isBodyLike(items[i]!) && !isWidgetLine(items[i]!)) {
      lastBody = i;
      break;
    }
  }
  findTailAuthor(items, start, cut, lastBody, dropped, out);

  for (let i = start; i <= lastBody; i++) {
    const s = items[i]!;
    if (dropped[i] || (out.title !== null && sameAsTitle(s, out.title))) continue;
    if (isNumberedImageAlt(s) || isPhotoCredit(s) || notes(s, i)) continue;
    if (isWidgetLine(s) || isAsciiAltText(s, vietnamese)) continue;
    let text = stripTrailingPhotoCredit(s);
    if (kept.length === 0) {
      const tag = parseOutletTag(text);
      if (tag) {
        out.outletTag ??= tag.outlet;
        text = tag.rest;
        if (text === '') continue;
      }
    }
    kept.push(text);
  }
  // Footer and what follows an end marker: only metadata is read there.
  for (let i = Math.max(lastBody + 1, start); i < items.length; i++) {
    const s = items[i]!;
    if (!parseBylineDate(s)) {
      const url = parseUrlLine(s);
      if (url) out.url ??= url;
      const credit = parseCreditLine(s);
      if (credit) out.credit ??= credit;
    }
  }
  out.paragraphs = kept;
  return out;
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

/**
 * Joins a hard-wrapped line to the one before it: same block, the previous line does not end a
 * sentence, and this one continues in lower case. One line per paragraph stays as it is.
 */
function joinWrappedLines(raw: string[]): string[] {
  const items: string[] = [];
  let prevBlank = true;
  for (const s of raw) {
    if (s === '') {
      prevBlank = true;
      continue;
    }
    const prev = items[items.length - 1];
    const continues =
      !prevBlank &&
      prev !== undefined &&
      /^\p{Ll}/u.test(s) &&
      words(prev).length >= 3 &&
      !endsLikeSentence(prev) &&
      !isTruncated(prev) &&
      !/[:;]$/.test(prev) &&
      !(hasDiacritics(prev) && !hasDiacritics(s));
    // A drop capital set on its own line ("S" then "áng 3/6, …") is the first letter of the next word.
    const dropCap = !prevBlank && prev !== undefined && /^\p{Lu}$/u.test(prev) && /^\p{Ll}/u.test(s);
    if (dropCap) items[items.length - 1] = `${prev}${s}`;
    else if (continues) items[items.length - 1] = `${prev} ${s}`;
    else items.push(s);
    prevBlank = false;
  }
  return items;
}

// Per character below U+2070: 1 when folding changes it (a diacritic, đ, a combining mark), 0 when not, -1 not yet
// known. Folding and lower-casing work a character at a time there, so a word carries a diacritic exactly when one of
// its characters does; a word with other characters takes hasDiacritics itself. Every word of every page is asked.
const MARKED_CHAR = new Int8Array(0x2070).fill(-1);

function isMarked(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= MARKED_CHAR.length) return hasDiacritics(w);
    let m = MARKED_CHAR[code]!;
    if (m < 0) {
      const ch = String.fromCharCode(code);
      MARKED_CHAR[code] = m = hasDiacritics(ch) ? 1 : 0;
    }
    if (m === 1) return true;
  }
  return false;
}

/** Written with Vietnamese diacritics: at least a fifth of its words carry one. */
function isVietnamese(items: string[]): boolean {
  let all = 0;
  let marked = 0;
  for (const s of items) {
    for (const w of words(s)) {
      all++;
      if (isMarked(w)) marked++;
    }
  }
  return all > 0 && marked / all >= 0.2;
}
