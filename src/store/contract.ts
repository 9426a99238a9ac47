/**
 * What every store backend honours: the Store interface, its records and its defaults. The backends
 * (sqliteStore.ts, pgStore.ts) implement it; the rest of the bot imports it through store.ts.
 */
import type { DigestSettings } from '../core/services.js';

/** Settings as stored, with the instant a person last configured them (no back-fill before it). */
export interface StoredDigestSettings extends DigestSettings {
  /** ISO instant of the last `upsertSettings`; a scheduled time that passed before it is not sent that day. */
  configuredAt: string;
}

export type DeliveryState = 'claimed' | 'sent' | 'failed' | 'skipped';

/** One row of the delivery ledger: at most one per server and local day. */
export interface Delivery {
  guildId: string;
  localDate: string;
  state: DeliveryState;
  /** Discord message nonce; kept across re-claims so a resend after a crash is deduplicated. */
  nonce: string;
  messageId: string | null;
  attempts: number;
  lastError: string | null;
  claimedAt: string;
  sentAt: string | null;
  /** Earliest instant to try again after a failure (backoff or rate limit). */
  retryAt: string | null;
}

/** `already-sent` also covers a day deliberately skipped (nothing to say and `emptyDay: 'skip'`). */
export type ClaimResult = 'claimed' | 'already-sent' | 'in-progress';

export interface SeenArticle {
  file: string;
  fingerprint?: string | null;
}

/** Every method may reject with a StoreError (database unreachable, locked, damaged). */
export interface Store {
  /** Which backend holds the state, for logs and `/about`-style reports. */
  readonly backend: 'sqlite' | 'postgres';
  getSettings(guildId: string): Promise<StoredDigestSettings | null>;
  listEnabledSettings(): Promise<StoredDigestSettings[]>;
  /** Insert or replace a server's settings; `at` becomes `configuredAt`. */
  upsertSettings(settings: DigestSettings, at?: Date): Promise<void>;
  disableDigest(guildId: string): Promise<void>;
  /** Count one more consecutive failure and keep the error for `/digest status`. Resolves to the new count. */
  recordFailure(guildId: string, error: string, at?: Date): Promise<number>;
  /** Reset the failure count and remember the day sent. */
  recordSuccess(guildId: string, localDate: string, at: Date): Promise<void>;
  /**
   * Take the right to send a server's digest for a local day. A `failed` row, or a `claimed` row older
   * than `leaseMs` (its sender died), is re-claimed and keeps its original nonce. Atomic across every
   * process sharing the database: of two concurrent claims exactly one is `claimed`.
   */
  claimDelivery(guildId: string, localDate: string, nonce: string, at: Date, leaseMs?: number): Promise<ClaimResult>;
  /** Mark the day sent and record success on the settings, in one transaction. */
  markSent(guildId: string, localDate: string, messageId: string, at: Date): Promise<void>;
  /** Mark the day as having nothing to post (not an error). */
  markSkipped(guildId: string, localDate: string, at: Date): Promise<void>;
  markFailed(guildId: string, localDate: string, error: string, at: Date, retryAt?: Date | null): Promise<void>;
  getDelivery(guildId: string, localDate: string): Promise<Delivery | null>;
  /** Quote ids picked for a server on local dates in [sinceLocalDate, beforeLocalDate). */
  recentQuoteIds(guildId: string, sinceLocalDate: string, beforeLocalDate?: string): Promise<string[]>;
  /** Remember the quote of the day; idempotent per (server, day). */
  recordQuoteOfDay(guildId: string, localDate: string, quoteId: string): Promise<void>;
  /** Record files as seen; a file already seen keeps its first-seen time. */
  markArticlesSeen(files: ReadonlyArray<string | SeenArticle>, at: Date): Promise<void>;
  /** Files first seen strictly after the ISO instant, oldest first. */
  articlesFirstSeenSince(iso: string): Promise<string[]>;
  /**
   * When the server's last digest sent before a local day was composed (its final claim), or null.
   * Articles first seen after this instant are "new" for the next digest: using the send time instead would
   * lose an article seen while the previous send was in flight.
   */
  lastDigestAt(guildId: string, beforeLocalDate: string): Promise<string | null>;
  close(): Promise<void>;
}

/** Default lease of a claim: longer than any send, shorter than Discord's nonce dedupe window ("a few minutes"). */
export const DEFAULT_CLAIM_LEASE_MS = 2 * 60_000;
/** How long a write waits for another connection's lock before a StoreError('locked'). */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
