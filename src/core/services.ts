/**
 * Interfaces between the core services and their users (CLI, console mode, bot, scheduler).
 * Small on purpose: tests use in-memory doubles of these instead of mocking libraries.
 */
import type { AnswerResult, AskOptions, Extraction, IsoDate, SourceRef, Speaker } from './types.js';

export type Language = 'vi' | 'en';

/** The search engine over one extraction. Built by `createSearchIndex` in src/search. */
export interface SearchIndex {
  readonly extraction: Extraction;
  /** Best answers to a free-text question (Vietnamese or English, with or without diacritics), best first. */
  ask(question: string, options?: AskOptions): AnswerResult[];
  /** Speakers ranked for autocomplete (fuse.js); an empty query gives the most quoted speakers first. */
  suggestSpeakers(query: string, limit?: number): Speaker[];
  /** Resolve a typed speaker name / alias / typo to a known speaker, or null. */
  resolveSpeaker(query: string): Speaker | null;
  /** Speakers a typed name that resolves to none may be a slip of ("did you mean"); none when no name is that close. */
  closeSpeakers?(query: string, limit?: number): Speaker[];
  /** Statements of one speaker, optionally about a topic, best first (for /quote). */
  quotesBy(speakerId: string, topic?: string, options?: AskOptions): AnswerResult[];
  /** Dated events and quotes in date order (oldest first), filtered (for /timeline). */
  timeline(options?: AskOptions & { topic?: string }): AnswerResult[];
  /** How many statements under the same filters no article dates, which /timeline leaves out and says so. */
  undatedStatements?(options?: AskOptions & { topic?: string }): number;
  /** The corpus statement a chat message quotes or paraphrases, or null (for the "Find source" menu). */
  findSource(messageText: string): AnswerResult | null;
  /** When a question finds nothing: a close speaker name or corpus term to suggest, or null. */
  suggestAlternative(question: string): string | null;
  /** How a question reads (optional member). */
  readQuestion?(question: string): QuestionReading;
}

/** How a question reads, for the reply around its answers. */
export interface QuestionReading {
  language: Language;
  /** The speaker of a "what did X say" question. */
  speaker: Speaker | null;
  /**
   * A person the question asks of by full name whom no article names (then it has no answers), with the names of
   * known speakers close to it; absent or null otherwise.
   */
  unknownPerson?: { name: string; close: string[] } | null;
  /** A person the question asks of by full name whom the articles name but never quote; absent or null otherwise. */
  silentPerson?: string | null;
}

/** Digest sections a server can choose. */
export type DigestSection = 'on-this-day' | 'quote-of-the-day' | 'new-articles';
export const DIGEST_SECTIONS: readonly DigestSection[] = ['on-this-day', 'quote-of-the-day', 'new-articles'];

/** Per-server digest settings as stored. */
export interface DigestSettings {
  guildId: string;
  channelId: string;
  /** Local time `HH:MM` (24 h). */
  time: string;
  /** IANA zone, e.g. `Asia/Ho_Chi_Minh`. */
  timezone: string;
  language: Language;
  sections: DigestSection[];
  /** What to do on a day with nothing to say: post a short note, or skip the day. */
  emptyDay: 'note' | 'skip';
  enabled: boolean;
  /** Consecutive failures; the digest is disabled after too many. */
  failures: number;
  lastError: string | null;
  lastRunAt: string | null;
  /** Local date (YYYY-MM-DD) of the last digest sent. */
  lastSentDate: string | null;
}

/** One composed digest, plain data. Rendered as text (CLI, console) or as an embed (bot). */
/**
 * A digest item's source: its reference and, for a page without a title, the article's first line (read from the
 * corpus when the digest is composed), so every surface names it as /ask does, not by its file name.
 */
export type DigestSource = SourceRef & { headline?: string | null };

export interface Digest {
  /** The local day it is for, YYYY-MM-DD. */
  date: string;
  language: Language;
  onThisDay: Array<{ date: IsoDate; text: string; source: DigestSource }>;
  quoteOfTheDay: { quoteId: string; speaker: string | null; text: string; date: IsoDate; source: DigestSource } | null;
  newArticles: DigestSource[];
  /** True when every chosen section is empty. */
  empty: boolean;
}

/** Time, injectable so tests can simulate weeks in milliseconds. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A message the core wants posted; the Discord edge turns it into an API call. */
export interface OutgoingMessage {
  content?: string;
  embeds?: unknown[];
  /** Idempotency key: Discord's message nonce with `enforce_nonce`, so a retried send never posts twice. */
  nonce?: string;
}

/** Why a send failed, so the scheduler can decide to retry, wait, or give up. */
export type PublishErrorKind = 'channel-missing' | 'forbidden' | 'rate-limited' | 'transient';

export class PublishError extends Error {
  constructor(
    readonly kind: PublishErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

/** Posts messages to channels. The bot implements it with discord.js; tests with an in-memory double. */
export interface Publisher {
  send(channelId: string, message: OutgoingMessage): Promise<{ messageId: string }>;
}
