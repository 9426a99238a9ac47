/**
 * Composes a server's daily digest from an extraction: pure data in, plain `Digest` out. No I/O, no clock:
 * the caller passes the local date, the recent quote history and the new articles.
 */
import { createHash } from 'node:crypto';
import { formatDate, monthDay, parseIsoDate } from '../core/dates.js';
import { isLeapYear } from '../core/datesCalendar.js';
import { sourceText } from '../answer/plainText.js';
import { sourceViewOf, sourceViewsFor } from '../answer/sources.js';
import type { Digest, DigestSection, DigestSource, Language } from '../core/services.js';
import type { CorpusEvent, Extraction, IsoDate, Quote, SourceRef } from '../core/types.js';
import { DIGEST_STRINGS } from './strings.js';

export const ON_THIS_DAY_LIMIT = 5;
export const NEW_ARTICLES_LIMIT = 10;
/** Words a verbatim quote needs to be preferred as quote of the day. */
export const QUOTE_OF_THE_DAY_MIN_WORDS = 8;

export interface ComposeInput {
  extraction: Extraction;
  /** The server's local day, YYYY-MM-DD. */
  date: string;
  language: Language;
  sections: DigestSection[];
  /** Quotes of the day picked in the last 30 days, not to repeat while others remain. */
  recentQuoteIds?: string[];
  /** Part of the quote pick's seed, so two servers do not all get the same quote. */
  guildId?: string;
  /** Articles first seen since the last digest (the scheduler's caller looks them up). */
  newArticles?: SourceRef[];
}

type OnThisDayItem = Digest['onThisDay'][number];

interface Candidate {
  item: OnThisDayItem;
  /** Year used for ordering: the date's year, or the reporting article's year for a year-less date. */
  year: number;
  /** 0 = event, 1 = quote: events are what "on this day" is about; quotes fill the remaining places. */
  rank: number;
}

/**
 * The year a day-precision date belongs to if it is "this day" in an earlier year than `year`, else null.
 * A year-less `--MM-DD` counts only when its article came out in an earlier year: then it cannot be today's
 * news, and the item keeps its year-less date so it is shown as "year unknown".
 */
function earlierYearOnDay(date: IsoDate, source: SourceRef | undefined, md: string, year: number): number | null {
  if (monthDay(date) !== md) return null;
  const parts = parseIsoDate(date);
  if (!parts) return null;
  if (parts.year !== null) return parts.year < year ? parts.year : null;
  const published = parseIsoDate(source?.published ?? null)?.year ?? null;
  return published !== null && published < year ? published : null;
}

function onThisDay(extraction: Extraction, date: string): OnThisDayItem[] {
  const parts = parseIsoDate(date);
  if (!parts || parts.year === null || parts.month === null || parts.day === null) return [];
  const { year, month, day } = parts;
  const days = [`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`];
  // 29 February comes back only every four years; in other years its anniversaries are told on the 28th.
  if (month === 2 && day === 28 && !isLeapYear(year)) days.push('02-29');

  const found: Candidate[] = [];
  const seen = new Set<string>();
  const add = (date: IsoDate, text: string, excerpt: string, source: SourceRef | undefined, rank: number) => {
    if (!source) return;
    for (const md of days) {
      const y = earlierYearOnDay(date, source, md, year);
      if (y === null) continue;
      // The same sentence often yields an event and a quote; tell it once.
      const key = excerpt.trim() || text.trim();
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ item: { date, text, source }, year: y, rank });
      return;
    }
  };
  const events = [...extraction.events].sort(byId);
  // As for quotes below: an event dated only by its page's publication day (a lede's news) is not told on its anniversary.
  for (const e of events.filter((x) => x.dateSource !== 'published')) add(e.date, e.text, e.excerpt, e.sources[0], 0);
  // Only quotes dated by their own words: a publication date says when it was reported, not said.
  const quotes = [...extraction.quotes].sort(byId)
    .filter((q) => q.speaker !== null && (q.dateSource === 'sentence' || q.dateSource === 'context'));
  // Quotation marks only around verbatim words (decision 8): a paraphrase is told in the article's own sentence.
  for (const q of quotes) add(q.date, q.kind === 'indirect' ? q.excerpt : `${q.speaker}: “${q.text}”`, q.excerpt, q.sources[0], 1);

  return found
    .sort((a, b) => a.rank - b.rank || a.year - b.year)
    .slice(0, ON_THIS_DAY_LIMIT)
    .sort((a, b) => a.year - b.year || a.rank - b.rank)
    .map((c) => c.item);
}

function byId(a: CorpusEvent | Quote, b: CorpusEvent | Quote): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function seedScore(seed: string, id: string): string {
  return createHash('sha256').update(`${seed}\u0000${id}`).digest('hex');
}

/**
 * Deterministic per (server, day): each candidate gets a hash of seed+id and the lowest wins (rendezvous
 * hashing), so adding articles to the corpus rarely changes a day's pick and retries always pick the same.
 */
function quoteOfTheDay(extraction: Extraction, date: string, guildId: string, recent: ReadonlySet<string>): Digest['quoteOfTheDay'] {
  const attributed = extraction.quotes.filter((q) => q.speaker !== null && q.text.trim() !== '' && q.sources[0]);
  // Verbatim words first: an indirect quote is a paraphrase, a weaker "quote of the day"; and among verbatim
  // ones, a statement long enough to stand alone (a 4-word fragment means little without its sentence).
  const verbatim = attributed.filter((q) => q.kind !== 'indirect');
  const standalone = verbatim.filter((q) => q.text.split(/\s+/).length >= QUOTE_OF_THE_DAY_MIN_WORDS);
  // A whole quoted sentence before a partial quote (a fragment of the article's sentence, often mid-clause).
  const whole = standalone.filter((q) => q.kind === 'direct');
  const tier = [whole, standalone, verbatim, attributed].find((t) => t.length > 0) ?? [];
  const fresh = tier.filter((q) => !recent.has(q.id));
  const pool = fresh.length > 0 ? fresh : tier;
  let best: Quote | null = null;
  let bestScore = '';
  const seed = `${guildId}|${date}`;
  for (const q of pool) {
    const score = seedScore(seed, q.id);
    if (best === null || score < bestScore) {
      best = q;
      bestScore = score;
    }
  }
  if (!best) return null;
  return { quoteId: best.id, speaker: best.speaker, text: best.text, date: best.date, source: best.sources[0]! };
}

/** Compose the digest of one local day for the chosen sections; sections not chosen stay empty. */
export function composeDigest(input: ComposeInput): Digest {
  // Sources as /ask names them: the outlet under one name, an untitled page by its first line.
  const views = sourceViewsFor(input.extraction.documents);
  const cited = (ref: SourceRef): DigestSource => {
    const view = views(ref);
    return view.headlineFrom === 'first-line' ? { ...ref, outlet: view.outlet, headline: view.headline } : { ...ref, outlet: view.outlet };
  };
  const chosen = new Set(input.sections);
  const on = (chosen.has('on-this-day') ? onThisDay(input.extraction, input.date) : []).map((x) => ({ ...x, source: cited(x.source) }));
  const picked = chosen.has('quote-of-the-day')
    ? quoteOfTheDay(input.extraction, input.date, input.guildId ?? '', new Set(input.recentQuoteIds ?? []))
    : null;
  const quote = picked && { ...picked, source: cited(picked.source) };
  const fresh = chosen.has('new-articles') ? (input.newArticles ?? []).slice(0, NEW_ARTICLES_LIMIT).map(cited) : [];
  return {
    date: input.date,
    language: input.language,
    onThisDay: on,
    quoteOfTheDay: quote,
    newArticles: fresh,
    empty: on.length === 0 && quote === null && fresh.length === 0,
  };
}

function cite(source: DigestSource, lang: Language): string {
  return sourceText(sourceViewOf(source), lang);
}

/** Plain-text form of a digest for the CLI and console mode. */
export function renderDigestText(digest: Digest): string {
  const lang = digest.language;
  const s = DIGEST_STRINGS[lang];
  const lines = [s.title(formatDate(digest.date, lang))];
  if (digest.empty) {
    lines.push('', s.emptyDay);
    return lines.join('\n');
  }
  if (digest.onThisDay.length > 0) {
    lines.push('', s.onThisDay);
    for (const item of digest.onThisDay) {
      const yearless = parseIsoDate(item.date)?.year === null && item.source.published;
      const when = formatDate(item.date, lang) + (yearless ? `, ${s.reportedOn(formatDate(item.source.published, lang))}` : '');
      lines.push(`• ${when}: ${item.text} (${s.source}: ${cite(item.source, lang)})`);
    }
  }
  const q = digest.quoteOfTheDay;
  if (q) {
    lines.push('', s.quoteOfTheDay, `“${q.text}”`, `— ${q.speaker ?? '?'}, ${formatDate(q.date, lang)} (${s.source}: ${cite(q.source, lang)})`);
  }
  if (digest.newArticles.length > 0) {
    lines.push('', s.newArticles);
    for (const a of digest.newArticles) lines.push(`• ${cite(a, lang)}`);
  }
  return lines.join('\n');
}
