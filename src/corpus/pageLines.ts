/**
 * A scraped page as lines, before its zones are read (body.ts): markdown marks taken off, the date stamp on the
 * page's first line (or under its URL line) taken out, hard-wrapped lines joined, and whether it is Vietnamese.
 */
import type { IsoDate } from '../core/types.js';
import { endsLikeSentence, hasDiacritics, isTruncated, words } from './furniture.js';
import { parseUrlLine } from './metadata.js';
import { parseHeaderDate } from './publishedDate.js';

/**
 * The page's trimmed lines; in markdown, image lines blanked, heading marks, emphasis marks and link targets
 * dropped, and the first level-one heading kept as the title.
 */
export function readPageLines(body: string, markdown: boolean): { lines: string[]; markdownTitle: string | null } {
  let markdownTitle: string | null = null;
  const lines = body.split('\n').map((line) => {
    let s = line.trim();
    if (!markdown) return s;
    if (/^!\[[^\]]*\]\([^)]*\)$/.test(s)) return '';
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(s);
    if (h) {
      s = h[2]!;
      if (h[1] === '#' && markdownTitle === null) markdownTitle = s;
    }
    return dropEmphasis(s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'));
  });
  return { lines, markdownTitle };
}

/**
 * A markdown line without its emphasis marks: "**Bà X:** Chúng tôi …" is the label "Bà X:" and the words after it, as
 * a page shows them. A star or an underscore inside a word ("snake_case", "5*3") is no mark.
 */
function dropEmphasis(s: string): string {
  return s
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\p{L}\p{N}*_])/gu, '$2');
}

/**
 * The date stamp that opens the page, or stands on the line under the page's URL line (scrapers write the address
 * first): returned, and taken out of its line (what follows it on the line stays).
 */
export function takeHeaderStamp(lines: string[]): { date: IsoDate; raw: string } | null {
  let first = lines.findIndex((s) => s !== '');
  if (first >= 0 && parseUrlLine(lines[first]!)) {
    const next = lines.findIndex((s, i) => i > first && s !== '');
    if (next >= 0 && parseHeaderDate(lines[next]!)) first = next;
  }
  if (first < 0) return null;
  const h = parseHeaderDate(lines[first]!);
  if (!h) return null;
  lines[first] = h.rest;
  return { date: h.date, raw: h.raw };
}

/**
 * Joins a hard-wrapped line to the one before it: same block, the previous line does not end a
 * sentence, and this one continues in lower case. One line per paragraph stays as it is.
 */
export function joinWrappedLines(raw: string[]): string[] {
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
export function isVietnamese(items: string[]): boolean {
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
