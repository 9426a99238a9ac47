/**
 * Reply builders for the list-like commands: /timeline, /sources, /about. Pure, like replies.ts.
 */
import type { APIEmbed } from 'discord.js';
import { formatDate } from '../core/dates.js';
import type { Language } from '../core/services.js';
import type { CorpusDocument } from '../core/types.js';
import { describeDate } from '../answer/labels.js';
import { sourceViewsFor } from '../answer/sources.js';
import type { AnswerView } from '../answer/view.js';
import type { CorpusStats } from './context.js';
import { escapeMarkdown, oneLine, sourceLink } from './format.js';
import { LIMITS, fitEmbeds, truncate } from './limits.js';
import { COLOR, pagerRow, textReply, type ReplyPayload } from './replies.js';
import { stringsFor } from './strings.js';

export const TIMELINE_PAGE_SIZE = 8;
export const SOURCES_PAGE_SIZE = 10;

/** Page count for `n` items. */
export function pageCount(n: number, size: number): number {
  return Math.max(1, Math.ceil(n / size));
}

function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, page), pages - 1);
}

/** /timeline: items in the order given (the index sorts by date), one line each, paged. */
export function buildTimelineReply(input: {
  items: AnswerView[];
  /** Statements under the same filters that no article dates: said on the last page, as they are not listed. */
  undated?: number;
  filters: string | null;
  page: number;
  lang: Language;
  state: string;
}): ReplyPayload {
  const s = stringsFor(input.lang);
  const undated = input.undated ? `*${s.timelineUndated(input.undated)}*` : null;
  if (input.items.length === 0) return textReply(undated ? `${s.timelineEmpty}\n${undated}` : s.timelineEmpty);
  const pages = pageCount(input.items.length, TIMELINE_PAGE_SIZE);
  const page = clampPage(input.page, pages);
  const slice = input.items.slice(page * TIMELINE_PAGE_SIZE, (page + 1) * TIMELINE_PAGE_SIZE);
  const budget = Math.floor((LIMITS.embedDescription - 200) / TIMELINE_PAGE_SIZE);
  const lines = slice.map((v) => {
    const when = `**${describeDate(v, input.lang)}**`;
    // Quotation marks only around verbatim words; a paraphrase is labelled as reported speech.
    const who = v.speaker ? `${escapeMarkdown(oneLine(v.speaker))}${v.kind === 'indirect' ? ` (${s.reportedShort})` : ''}: ` : '';
    const words = v.verbatim ? `“${escapeMarkdown(truncate(oneLine(v.text), 300))}”` : escapeMarkdown(truncate(oneLine(v.text), 300));
    const source = v.sources[0] ? ` · ${sourceLink(v.sources[0], 80)}` : '';
    return truncate(`${when} — ${who}${words}${source}`, budget);
  });
  const embed: APIEmbed = {
    title: s.timelineTitle + (input.filters ? ` · ${oneLine(input.filters)}` : ''),
    description: [...lines, ...(undated && page === pages - 1 ? [undated] : [])].join('\n\n'),
    color: COLOR,
    footer: pages > 1 ? { text: s.pageOf(page + 1, pages) } : undefined,
  };
  return {
    embeds: fitEmbeds([embed]),
    components: pagerRow({ prefix: 'timeline', page, pages, state: input.state }, input.lang),
    allowedMentions: { parse: [] },
  };
}

/** /sources: the corpus articles with outlet, date and link, newest first, paged; `state` goes into the buttons. */
export function buildSourcesReply(documents: readonly CorpusDocument[], page: number, lang: Language, state = '-'): ReplyPayload {
  const s = stringsFor(lang);
  if (documents.length === 0) return textReply(s.sourcesEmpty);
  const pages = pageCount(documents.length, SOURCES_PAGE_SIZE);
  const p = clampPage(page, pages);
  const view = sourceViewsFor(documents);
  const lines = documents.slice(p * SOURCES_PAGE_SIZE, (p + 1) * SOURCES_PAGE_SIZE).map((d) => {
    // Named by title, else by the article's first line; the file name only when the page has no text either.
    const ref = view({ file: d.file, title: d.title, url: d.url, published: d.published, outlet: d.outlet });
    const meta = [ref.outlet ? escapeMarkdown(oneLine(ref.outlet)) : null, formatDate(d.published, lang)].filter(Boolean).join(' · ');
    return `• ${sourceLink({ ...ref, outlet: null }, 150)}\n  ${meta}`;
  });
  const embed: APIEmbed = {
    title: s.sourcesTitle(documents.length),
    description: lines.join('\n'),
    color: COLOR,
    footer: pages > 1 ? { text: s.pageOf(p + 1, pages) } : undefined,
  };
  return { embeds: fitEmbeds([embed]), components: pagerRow({ prefix: 'sources', page: p, pages, state }, lang), allowedMentions: { parse: [] } };
}

/** Uptime as `2d 3h 4m` / `2 ngày 3 giờ 4 phút`. */
export function formatDuration(ms: number, lang: Language): string {
  const totalMin = Math.floor(ms / 60_000);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const m = totalMin % 60;
  const units = lang === 'vi' ? [' ngày', ' giờ', ' phút'] : ['d', 'h', 'm'];
  const parts = [d, h, m].map((v, i) => (v > 0 ? `${v}${units[i]}` : '')).filter(Boolean);
  if (parts.length === 0) return lang === 'vi' ? `${Math.floor(ms / 1000)} giây` : `${Math.floor(ms / 1000)}s`;
  return parts.join(' ');
}

/** /about: corpus size, uptime, version and the last answer latency. */
export function buildAboutReply(input: { corpus: CorpusStats; uptimeMs: number; version: string; lastLatencyMs: number | null; lang: Language }): ReplyPayload {
  const s = stringsFor(input.lang);
  const n = (v: number): string => v.toLocaleString(input.lang === 'vi' ? 'vi-VN' : 'en-US');
  const embed: APIEmbed = {
    title: s.aboutTitle,
    description: s.aboutDescription,
    color: COLOR,
    fields: [
      { name: s.documents, value: n(input.corpus.documents), inline: true },
      { name: s.quotes, value: n(input.corpus.quotes), inline: true },
      { name: s.events, value: n(input.corpus.events), inline: true },
      { name: s.speakers, value: n(input.corpus.speakers), inline: true },
      { name: s.uptime, value: formatDuration(input.uptimeMs, input.lang), inline: true },
      { name: s.version, value: input.version, inline: true },
      { name: s.lastLatency, value: input.lastLatencyMs === null ? s.none : `${Math.round(input.lastLatencyMs)} ms`, inline: true },
    ],
  };
  const skipped = input.corpus.skipped ?? [];
  if (skipped.length > 0) {
    // The file and its reason, so an admin can fix the file without reading the log; fitEmbeds cuts the field.
    embed.fields!.push({ name: s.skippedFiles(skipped.length), value: skipped.map((f) => `${f.file}: ${f.reason}`).join('\n'), inline: false });
  }
  return { embeds: fitEmbeds([embed]), components: [], allowedMentions: { parse: [] } };
}
