/**
 * Glue between the store and the pure composer: what the bot's scheduler `compose` callback needs to build a
 * server's digest for a day (quote history, new articles, the empty-day choice). Still no Discord code: the
 * caller turns the returned Digest into an embed or text.
 */
import type { Clock, Digest, DigestSettings } from '../core/services.js';
import type { Extraction, SourceRef } from '../core/types.js';
import type { Store } from '../store/store.js';
import { composeDigest } from './compose.js';
import { addLocalDays } from './zonedTime.js';

/** Days during which a quote of the day is not repeated (while other quotes remain). */
export const QUOTE_REPEAT_DAYS = 30;
const DAY_MS = 86_400_000;

export interface DigestSourceDeps {
  store: Pick<Store, 'recentQuoteIds' | 'recordQuoteOfDay' | 'articlesFirstSeenSince' | 'lastDigestAt'>;
  /** The current extraction (read at each call, so a corpus reload is picked up). */
  getExtraction: () => Extraction;
  clock: Clock;
}

/**
 * Build `(settings, localDate) => Digest | null` for the scheduler's `compose`: null means skip the day
 * (every chosen section empty and the server chose `emptyDay: 'skip'`). Records the day's quote so the next
 * 30 days avoid it; a retry of the same day picks the same quote (history before the day only).
 */
export function createDigestSource(deps: DigestSourceDeps): (settings: DigestSettings, localDate: string) => Promise<Digest | null> {
  return async (settings, localDate) => {
    const extraction = deps.getExtraction();
    const recentQuoteIds = await deps.store.recentQuoteIds(settings.guildId, addLocalDays(localDate, -QUOTE_REPEAT_DAYS), localDate);
    let newArticles: SourceRef[] = [];
    if (settings.sections.includes('new-articles')) {
      // The first digest of a server lists the last day's arrivals, not the whole corpus.
      const since = (await deps.store.lastDigestAt(settings.guildId, localDate)) ?? new Date(deps.clock.now().getTime() - DAY_MS).toISOString();
      const byFile = new Map(extraction.documents.map((d) => [d.file, d]));
      newArticles = (await deps.store.articlesFirstSeenSince(since)).flatMap((file) => {
        const d = byFile.get(file);
        return d ? [{ file: d.file, title: d.title, url: d.url, published: d.published, outlet: d.outlet }] : [];
      });
    }
    const digest = composeDigest({
      extraction, date: localDate, language: settings.language, sections: settings.sections,
      recentQuoteIds, guildId: settings.guildId, newArticles,
    });
    if (digest.empty && settings.emptyDay === 'skip') return null;
    if (digest.quoteOfTheDay) await deps.store.recordQuoteOfDay(settings.guildId, localDate, digest.quoteOfTheDay.quoteId);
    return digest;
  };
}
