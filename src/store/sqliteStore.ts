/**
 * The SQLite backend of the Store: one file in `DATA_DIR`, the embedded default (no server to run).
 * better-sqlite3 is synchronous: each method does its work before its promise is returned, so two
 * read-modify-write sequences of one process never interleave, and a claim is one IMMEDIATE transaction,
 * which also serialises processes sharing the file.
 */
import Database from 'better-sqlite3';
import type { DigestSettings } from '../core/services.js';
import { StoreError, toStoreError } from './errors.js';
import { migrate } from './migrations.js';
import { normaliseInstant, toDelivery, toSettings, type DeliveryRow, type SettingsRow } from './rows.js';
import { DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_CLAIM_LEASE_MS, type ClaimResult, type SeenArticle, type Store } from './contract.js';

export interface OpenStoreOptions {
  busyTimeoutMs?: number;
}

function openDatabase(filePath: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(filePath, { timeout: busyTimeoutMs });
  try {
    // WAL: readers never block the writer. synchronous=FULL fsyncs the WAL at every commit, so a committed
    // setting survives power loss too, not only a killed process (NORMAL would); we write a few rows a day.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError('corrupt', `${filePath} failed SQLite's integrity check (${String(check)}); move it aside to start fresh`);
    try {
      migrate(db);
    } catch (err) {
      if (err instanceof Error && /newer than this bot/.test(err.message)) {
        throw new StoreError('newer-schema', `${filePath}: ${err.message}; upgrade the bot`, { cause: err });
      }
      throw err;
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Open (creating if needed) the store at `filePath` (`':memory:'` for tests) and run pending migrations.
 * Throws a StoreError for a damaged or foreign file, a locked database or an unusable path.
 */
export function openStore(filePath: string, options: OpenStoreOptions = {}): Store {
  let db: Database.Database;
  try {
    db = openDatabase(filePath, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
  } catch (err) {
    throw toStoreError(err, filePath, 'opening the store');
  }
  // The work is done synchronously, before the promise is returned: atomic within this process.
  const guard = <A extends unknown[], R>(doing: string, fn: (...args: A) => R) => (...args: A): Promise<R> => {
    try {
      return Promise.resolve(fn(...args));
    } catch (err) {
      return Promise.reject(toStoreError(err, filePath, doing));
    }
  };

  const q = {
    getSettings: db.prepare<[string], SettingsRow>('SELECT * FROM digest_settings WHERE guild_id = ?'),
    listEnabled: db.prepare<[], SettingsRow>('SELECT * FROM digest_settings WHERE enabled = 1 ORDER BY guild_id'),
    upsert: db.prepare(`
      INSERT INTO digest_settings (guild_id, channel_id, time, timezone, language, sections, empty_day, enabled,
        failures, last_error, last_run_at, last_sent_date, configured_at)
      VALUES (@guildId, @channelId, @time, @timezone, @language, @sections, @emptyDay, @enabled,
        @failures, @lastError, @lastRunAt, @lastSentDate, @configuredAt)
      ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, time = excluded.time,
        timezone = excluded.timezone, language = excluded.language, sections = excluded.sections,
        empty_day = excluded.empty_day, enabled = excluded.enabled, failures = excluded.failures,
        last_error = excluded.last_error, last_run_at = excluded.last_run_at,
        last_sent_date = excluded.last_sent_date, configured_at = excluded.configured_at`),
    disable: db.prepare<[string]>('UPDATE digest_settings SET enabled = 0 WHERE guild_id = ?'),
    failure: db.prepare<[string, string, string]>(
      'UPDATE digest_settings SET failures = failures + 1, last_error = ?, last_run_at = ? WHERE guild_id = ? RETURNING failures'),
    success: db.prepare<[string, string, string]>(
      'UPDATE digest_settings SET failures = 0, last_error = NULL, last_sent_date = ?, last_run_at = ? WHERE guild_id = ?'),
    claim: db.prepare<{ g: string; d: string; nonce: string; at: string; cutoff: string }>(`
      INSERT INTO digest_deliveries (guild_id, local_date, state, nonce, attempts, claimed_at)
      VALUES (@g, @d, 'claimed', @nonce, 1, @at)
      ON CONFLICT (guild_id, local_date) DO UPDATE SET state = 'claimed', claimed_at = @at,
        attempts = attempts + 1, retry_at = NULL
      WHERE state = 'failed' OR (state = 'claimed' AND claimed_at <= @cutoff)`),
    getDelivery: db.prepare<[string, string], DeliveryRow>(
      'SELECT * FROM digest_deliveries WHERE guild_id = ? AND local_date = ?'),
    sent: db.prepare<[string, string, string, string]>(
      `UPDATE digest_deliveries SET state = 'sent', message_id = ?, sent_at = ?, last_error = NULL, retry_at = NULL
       WHERE guild_id = ? AND local_date = ?`),
    skipped: db.prepare<[string, string, string]>(
      `UPDATE digest_deliveries SET state = 'skipped', sent_at = ?, retry_at = NULL WHERE guild_id = ? AND local_date = ?`),
    failed: db.prepare<[string, string | null, string, string]>(
      `UPDATE digest_deliveries SET state = 'failed', last_error = ?, retry_at = ? WHERE guild_id = ? AND local_date = ?`),
    recentQuotes: db.prepare<[string, string, string], { quote_id: string }>(
      'SELECT quote_id FROM quote_of_day WHERE guild_id = ? AND local_date >= ? AND local_date < ? ORDER BY local_date DESC'),
    recordQuote: db.prepare<[string, string, string]>(
      'INSERT OR REPLACE INTO quote_of_day (guild_id, local_date, quote_id) VALUES (?, ?, ?)'),
    seen: db.prepare<[string, string, string | null]>(
      'INSERT INTO seen_articles (file, first_seen_at, fingerprint) VALUES (?, ?, ?) ON CONFLICT (file) DO NOTHING'),
    seenSince: db.prepare<[string], { file: string }>(
      'SELECT file FROM seen_articles WHERE first_seen_at > ? ORDER BY first_seen_at, file'),
    lastDigestAt: db.prepare<[string, string], { claimed_at: string }>(
      `SELECT claimed_at FROM digest_deliveries WHERE guild_id = ? AND local_date < ? AND state = 'sent'
       ORDER BY local_date DESC LIMIT 1`),
  };

  const markSentTx = db.transaction((g: string, d: string, messageId: string, at: string) => {
    q.sent.run(messageId, at, g, d);
    q.success.run(d, at, g);
  });
  const claimTx = db.transaction((g: string, d: string, nonce: string, at: Date, leaseMs: number): ClaimResult => {
    const cutoff = new Date(at.getTime() - leaseMs).toISOString();
    if (q.claim.run({ g, d, nonce, at: at.toISOString(), cutoff }).changes === 1) return 'claimed';
    const row = q.getDelivery.get(g, d);
    return row && (row.state === 'sent' || row.state === 'skipped') ? 'already-sent' : 'in-progress';
  });
  const seenTx = db.transaction((files: ReadonlyArray<string | SeenArticle>, at: string) => {
    for (const f of files) {
      if (typeof f === 'string') q.seen.run(f, at, null);
      else q.seen.run(f.file, at, f.fingerprint ?? null);
    }
  });

  return {
    backend: 'sqlite',
    getSettings: guard('reading settings', (guildId: string) => {
      const row = q.getSettings.get(guildId);
      return row ? toSettings(row) : null;
    }),
    listEnabledSettings: guard('listing settings', () => q.listEnabled.all().map(toSettings)),
    upsertSettings: guard('saving settings', (s: DigestSettings, at: Date = new Date()) => {
      q.upsert.run({
        ...s, sections: JSON.stringify(s.sections), enabled: s.enabled ? 1 : 0, configuredAt: at.toISOString(),
      });
    }),
    disableDigest: guard('disabling a digest', (guildId: string) => void q.disable.run(guildId)),
    recordFailure: guard('recording a failure', (guildId: string, error: string, at: Date = new Date()) => {
      const row = q.failure.get(error, at.toISOString(), guildId) as { failures: number } | undefined;
      return row?.failures ?? 0;
    }),
    recordSuccess: guard('recording a success', (guildId: string, localDate: string, at: Date) => {
      q.success.run(localDate, at.toISOString(), guildId);
    }),
    claimDelivery: guard('claiming a delivery', (g: string, d: string, nonce: string, at: Date, leaseMs = DEFAULT_CLAIM_LEASE_MS) =>
      claimTx.immediate(g, d, nonce, at, leaseMs)),
    markSent: guard('marking a digest sent', (g: string, d: string, messageId: string, at: Date) => {
      markSentTx.immediate(g, d, messageId, at.toISOString());
    }),
    markSkipped: guard('marking a day skipped', (g: string, d: string, at: Date) => void q.skipped.run(at.toISOString(), g, d)),
    markFailed: guard('marking a delivery failed', (g: string, d: string, error: string, _at: Date, retryAt: Date | null = null) => {
      q.failed.run(error, retryAt ? retryAt.toISOString() : null, g, d);
    }),
    getDelivery: guard('reading a delivery', (g: string, d: string) => {
      const row = q.getDelivery.get(g, d);
      return row ? toDelivery(row) : null;
    }),
    recentQuoteIds: guard('reading quote history', (g: string, since: string, before = '9999-12-31') =>
      q.recentQuotes.all(g, since, before).map((r) => r.quote_id)),
    recordQuoteOfDay: guard('recording the quote of the day', (g: string, d: string, quoteId: string) => {
      q.recordQuote.run(g, d, quoteId);
    }),
    markArticlesSeen: guard('recording seen articles', (files: ReadonlyArray<string | SeenArticle>, at: Date) => {
      seenTx.immediate(files, at.toISOString());
    }),
    articlesFirstSeenSince: guard('reading new articles', (iso: string) => {
      const since = normaliseInstant(iso);
      if (since === null) throw new StoreError('failed', `articlesFirstSeenSince: not an ISO instant: ${iso}`);
      return q.seenSince.all(since).map((r) => r.file);
    }),
    lastDigestAt: guard('reading the last digest', (g: string, before: string) => q.lastDigestAt.get(g, before)?.claimed_at ?? null),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
