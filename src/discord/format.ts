/**
 * Small pure text helpers for replies: Discord markdown escaping, bolding matched words, source links and
 * date wording. Article text is untrusted: it can contain `*`, `_`, `[x](y)` or `<@id>`, so it is always escaped.
 */
import { formatDate, isoPrecision } from '../core/dates.js';
import type { Language } from '../core/services.js';
import { foldText } from '../core/text.js';
import type { IsoDate, Quote, SourceRef } from '../core/types.js';
import { truncate } from './limits.js';
import { stringsFor } from './strings.js';

/** Escape Discord markdown so article text renders literally (a backslash before ASCII punctuation is dropped by Discord). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]()<>]/g, '\\$&')
    .replace(/^(\s*)(#{1,3}|[-+>]|\d+\.)(?=\s)/gm, '$1\\$2');
}

/** One line: newlines and runs of spaces collapse, so a quote stays inside its blockquote. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Escape `text` and bold the words whose folded form is one of `matched` (folded query terms), joining
 * neighbouring bold words into one run: `**Điện Kremlin**`, not `**Điện** **Kremlin**`.
 */
export function highlight(text: string, matched: readonly string[]): string {
  const terms = new Set(matched.flatMap((m) => foldText(m).match(/[\p{L}\p{N}]+/gu) ?? []));
  if (terms.size === 0) return escapeMarkdown(text);
  const parts: Array<{ text: string; bold: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index;
    const bold = terms.has(foldText(m[0]));
    if (start > last) parts.push({ text: text.slice(last, start), bold: false });
    parts.push({ text: m[0], bold });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), bold: false });
  // A whitespace-only gap between two bold words joins the run.
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i]!;
    if (!p.bold && /^ +$/.test(p.text) && parts[i - 1]!.bold && parts[i + 1]!.bold) p.bold = true;
  }
  let out = '';
  let run = '';
  for (const p of parts) {
    if (p.bold) {
      run += p.text;
      continue;
    }
    if (run) out += `**${escapeMarkdown(run)}**`;
    run = '';
    out += escapeMarkdown(p.text);
  }
  if (run) out += `**${escapeMarkdown(run)}**`;
  return out;
}

/** A verbatim excerpt as a blockquote, cut to `max` characters of article text before markdown is added. */
export function blockquote(text: string, matched: readonly string[], max = 1500): string {
  return `> ${highlight(truncate(oneLine(text), max), matched)}`;
}

/** How a source is named: `Outlet — Title`, or whichever of the two exists, else the file name. */
export function sourceName(ref: SourceRef): string {
  const title = ref.title ? oneLine(ref.title) : null;
  const outlet = ref.outlet ? oneLine(ref.outlet) : null;
  if (outlet && title) return `${outlet} — ${title}`;
  return title ?? outlet ?? ref.file;
}

function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
}

/**
 * A source as a masked link `[Outlet — Title](url)` (escaped), or plain text when it has no http(s) URL.
 * `maxName` bounds the visible text; `suppressEmbed` wraps the URL in <> so a message does not unfurl it.
 */
export function sourceLink(ref: SourceRef, maxName = 200, suppressEmbed = false): string {
  const name = escapeMarkdown(truncate(sourceName(ref), maxName));
  const url = safeUrl(ref.url);
  if (!url) return name;
  return suppressEmbed ? `[${name}](<${url}>)` : `[${name}](${url})`;
}

/** Where a displayed date came from (see Quote.dateSource); `undefined` when unknown to the caller. */
export type DateSource = Quote['dateSource'] | undefined;

/**
 * A date as a person reads it, saying when only the month or year is known and when it is the article's
 * publication date rather than when the words were said.
 */
export function dateText(date: IsoDate, lang: Language, dateSource: DateSource, source?: SourceRef): string {
  const s = stringsFor(lang);
  if (date === null) {
    const published = source?.published ?? null;
    return published ? `${formatDate(null, lang)} (${s.reportedOn(formatDate(published, lang))})` : formatDate(null, lang);
  }
  const notes: string[] = [];
  const precision = isoPrecision(date);
  if (precision === 'month') notes.push(s.onlyMonth);
  if (precision === 'year') notes.push(s.onlyYear);
  if (dateSource === 'published') notes.push(s.publicationDate);
  const base = formatDate(date, lang);
  return notes.length > 0 ? `${base} (${notes.join('; ')})` : base;
}
