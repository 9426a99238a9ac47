/**
 * Small pure text helpers for replies: Discord markdown escaping, bolding matched words, source links and
 * date wording. Article text is untrusted: it can contain `*`, `_`, `[x](y)` or `<@id>`, so it is always escaped.
 */
import { escapeMarkdown as djsEscapeMarkdown } from 'discord.js';
import { sourceName } from '../answer/labels.js';
import type { SourceView } from '../answer/sources.js';
import { foldText } from '../core/text.js';
import { truncate } from './limits.js';

/**
 * Escape Discord markdown so article text renders literally: discord.js' `escapeMarkdown` with every rule on
 * (headings, lists, masked links too), plus a `>` that would open a blockquote and `<` that would open a
 * mention, channel or timestamp (allowedMentions stops the ping, not the rendering).
 */
export function escapeMarkdown(text: string): string {
  return djsEscapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/</g, '\\<');
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
  // A term typed with diacritics bolds only that written form ("phạt", not "Phát"); one typed without bolds any.
  const words = matched.flatMap((m) => m.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []);
  const exact = new Set(words.filter((w) => foldText(w) !== w));
  const loose = new Set(words.filter((w) => foldText(w) === w));
  const isTerm = (w: string): boolean => exact.has(w.toLowerCase().normalize('NFC')) || loose.has(foldText(w));
  if (exact.size + loose.size === 0) return escapeMarkdown(text);
  const parts: Array<{ text: string; bold: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index;
    const bold = isTerm(m[0]);
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

function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
}

/**
 * A source as a masked link `[Outlet — Title](url)` (escaped), or plain text when it has no http(s) URL.
 * `maxName` bounds the visible text; `suppressEmbed` wraps the URL in <> so a message does not unfurl it.
 */
export function sourceLink(source: SourceView, maxName = 200, suppressEmbed = false): string {
  // Brackets would end the masked link's text early.
  const name = escapeMarkdown(truncate(sourceName(source), maxName)).replace(/[[\]]/g, '\\$&');
  const url = safeUrl(source.url);
  if (!url) return name;
  return suppressEmbed ? `[${name}](<${url}>)` : `[${name}](${url})`;
}
