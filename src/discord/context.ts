/**
 * What command handlers receive. The composition root (src/main.ts) builds one BotContext and passes it to
 * `createBot` and `runConsole`; tests build one from in-memory doubles.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock, Digest, DigestSettings, SearchIndex } from '../core/services.js';
import type { SkippedFile } from '../core/types.js';

/**
 * The part of the settings store the bot needs. Narrow on purpose: the `Store` of src/store/store.ts
 * satisfies it as is (`getSettings`, `upsertSettings`, `disableDigest`; asynchronous, as PostgreSQL is),
 * and tests use a Map. Callers always `await` the result.
 */
export interface DigestStore {
  getSettings(guildId: string): DigestSettings | null | Promise<DigestSettings | null>;
  /** Insert or replace a server's settings (the caller resets failures/lastError when re-enabling). */
  /** `at`: when it was configured (the context clock), so a server set up after today's time gets no back-fill. */
  upsertSettings(settings: DigestSettings, at?: Date): void | Promise<void>;
  disableDigest(guildId: string): void | Promise<void>;
}

/** Digest composition and scheduling as the bot sees them (wired to src/digest by main.ts). */
export interface DigestPort {
  /** Compose the digest these settings would produce now, without sending or recording anything. */
  preview(settings: DigestSettings): Digest | Promise<Digest>;
  /** The next instant the scheduler will post for these settings, or null when disabled / never. */
  nextRun(settings: DigestSettings): Date | null | Promise<Date | null>;
}

/** Counts shown by /about. */
export interface CorpusStats {
  documents: number;
  quotes: number;
  events: number;
  speakers: number;
  /** Files of the corpus folder not loaded (unreadable, or left out by extraction), with the reason. */
  skipped?: SkippedFile[];
}

export interface BotStats {
  /** ms since epoch when the process started serving. */
  readonly startedAt: number;
  /** How long the last /ask took to answer (ms), updated by the handler. */
  lastLatencyMs: number | null;
  corpus(): CorpusStats;
}

export interface BotContext {
  /** The current search index; a function because /reload (or the corpus watcher) swaps it. */
  index(): SearchIndex;
  /** null when the bot runs without a store (console mode, tests): /digest then says it is unavailable. */
  store: DigestStore | null;
  config: Config;
  logger: Logger;
  clock: Clock;
  stats: BotStats;
  /** Reload the corpus and swap the index; resolves with a one-line summary for the admin. */
  reload(): Promise<string>;
  digest: DigestPort;
}

/** Corpus counts from an index, for `stats.corpus`. */
export function corpusStatsOf(index: SearchIndex): CorpusStats {
  const x = index.extraction;
  return { documents: x.documents.length, quotes: x.quotes.length, events: x.events.length, speakers: x.speakers.length };
}
