/**
 * The PostgreSQL backend of the Store (`DATABASE_URL=postgresql://…`): one database shared by every bot process
 * on every machine. The delivery claim is one `INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING` statement,
 * which PostgreSQL runs atomically against the row's latest committed version (the conflicting row is locked), so
 * of two processes claiming a day at once exactly one gets it, and a claim older than its lease is taken over
 * with the nonce of the first attempt.
 */
import pg from 'pg';
import type { DigestSettings } from '../core/services.js';
import { StoreError, toPgStoreError } from './errors.js';
import { migratePostgres } from './migrations.js';
import { normaliseInstant, toDelivery, toSettings, type DeliveryRow, type SettingsRow } from './rows.js';
import { DEFAULT_CLAIM_LEASE_MS, type ClaimResult, type SeenArticle, type Store } from './contract.js';

export interface OpenPostgresStoreOptions {
  /** Use this schema (created if missing) instead of the user's default: tests give each case its own. */
  schema?: string;
  /** How long to wait for a connection before a StoreError('unavailable'). Default 5 s. */
  connectTimeoutMs?: number;
  /** How long one statement may take before it fails. Default 15 s. */
  queryTimeoutMs?: number;
  /** A pooled connection broke while idle (the server went away): reported here instead of crashing the process. */
  onIdleError?: (err: Error) => void;
}

/** `user@host:port/database` of a connection URL, for messages: never the password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `${user}${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : '/'}`;
  } catch {
    return 'DATABASE_URL';
  }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connect to PostgreSQL, check the login and the database, and run pending migrations. Rejects with a StoreError
 * whose code says what is wrong (`unavailable`, `auth`, `no-database`, `newer-schema`) and whose message names the
 * server, so the entry point can print one line and exit before connecting to Discord.
 */
export async function openPostgresStore(url: string, options: OpenPostgresStoreOptions = {}): Promise<Store> {
  const target = describeDatabaseUrl(url);
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new StoreError('failed', `not a usable schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    query_timeout: options.queryTimeoutMs ?? 15_000,
    // The schema name was checked against SCHEMA_NAME above: no quoting is needed.
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  // Without a listener, an idle connection dropped by the server would crash the process with an 'error' event.
  pool.on('error', (err) => options.onIdleError?.(err));

  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client, undefined, options.schema);
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    if (err instanceof Error && /newer than this bot/.test(err.message)) {
      throw new StoreError('newer-schema', `${target}: ${err.message}; upgrade the bot`, { cause: err });
    }
    throw toPgStoreError(err, target, 'opening the store');
  }

  const run = async <R extends object>(doing: string, text: string, values: unknown[] = []): Promise<R[]> => {
    try {
      return (await pool.query<R>(text, values)).rows;
    } catch (err) {
      throw toPgStoreError(err, target, doing);
    }
  };
  const transaction = async <R>(doing: string, fn: (client: pg.PoolClient) => Promise<R>): Promise<R> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (err) {
      throw toPgStoreError(err, target, doing);
    }
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw toPgStoreError(err, target, doing);
    } finally {
      client.release();
    }
  };

  const SUCCESS = `UPDATE digest_settings SET failures = 0, last_error = NULL, last_sent_date = $1, last_run_at = $2 WHERE guild_id = $3`;
  let closed = false;

  return {
    backend: 'postgres',
    async getSettings(guildId) {
      const rows = await run<SettingsRow>('reading settings', 'SELECT * FROM digest_settings WHERE guild_id = $1', [guildId]);
      return rows[0] ? toSettings(rows[0]) : null;
    },
    async listEnabledSettings() {
      return (await run<SettingsRow>('listing settings', 'SELECT * FROM digest_settings WHERE enabled = 1 ORDER BY guild_id')).map(toSettings);
    },
    async upsertSettings(s: DigestSettings, at: Date = new Date()) {
      await run('saving settings', `
        INSERT INTO digest_settings (guild_id, channel_id, time, timezone, language, sections, empty_day, enabled,
          failures, last_error, last_run_at, last_sent_date, configured_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, time = excluded.time,
          timezone = excluded.timezone, language = excluded.language, sections = excluded.sections,
          empty_day = excluded.empty_day, enabled = excluded.enabled, failures = excluded.failures,
          last_error = excluded.last_error, last_run_at = excluded.last_run_at,
          last_sent_date = excluded.last_sent_date, configured_at = excluded.configured_at`,
      [s.guildId, s.channelId, s.time, s.timezone, s.language, JSON.stringify(s.sections), s.emptyDay, s.enabled ? 1 : 0,
        s.failures, s.lastError, s.lastRunAt, s.lastSentDate, at.toISOString()]);
    },
    async disableDigest(guildId) {
      await run('disabling a digest', 'UPDATE digest_settings SET enabled = 0 WHERE guild_id = $1', [guildId]);
    },
    async recordFailure(guildId, error, at = new Date()) {
      const rows = await run<{ failures: number }>('recording a failure',
        'UPDATE digest_settings SET failures = failures + 1, last_error = $1, last_run_at = $2 WHERE guild_id = $3 RETURNING failures',
        [error, at.toISOString(), guildId]);
      return rows[0]?.failures ?? 0;
    },
    async recordSuccess(guildId, localDate, at) {
      await run('recording a success', SUCCESS, [localDate, at.toISOString(), guildId]);
    },
    async claimDelivery(g, d, nonce, at, leaseMs = DEFAULT_CLAIM_LEASE_MS): Promise<ClaimResult> {
      const cutoff = new Date(at.getTime() - leaseMs).toISOString();
      const claimed = await run('claiming a delivery', `
        INSERT INTO digest_deliveries AS dd (guild_id, local_date, state, nonce, attempts, claimed_at)
        VALUES ($1, $2, 'claimed', $3, 1, $4)
        ON CONFLICT (guild_id, local_date) DO UPDATE SET state = 'claimed', claimed_at = $4,
          attempts = dd.attempts + 1, retry_at = NULL
        WHERE dd.state = 'failed' OR (dd.state = 'claimed' AND dd.claimed_at <= $5)
        RETURNING dd.nonce`, [g, d, nonce, at.toISOString(), cutoff]);
      if (claimed.length === 1) return 'claimed';
      const rows = await run<{ state: string }>('claiming a delivery',
        'SELECT state FROM digest_deliveries WHERE guild_id = $1 AND local_date = $2', [g, d]);
      const state = rows[0]?.state;
      return state === 'sent' || state === 'skipped' ? 'already-sent' : 'in-progress';
    },
    async markSent(g, d, messageId, at) {
      await transaction('marking a digest sent', async (c) => {
        await c.query(`UPDATE digest_deliveries SET state = 'sent', message_id = $1, sent_at = $2, last_error = NULL, retry_at = NULL
          WHERE guild_id = $3 AND local_date = $4`, [messageId, at.toISOString(), g, d]);
        await c.query(SUCCESS, [d, at.toISOString(), g]);
      });
    },
    async markSkipped(g, d, at) {
      await run('marking a day skipped', `UPDATE digest_deliveries SET state = 'skipped', sent_at = $1, retry_at = NULL
        WHERE guild_id = $2 AND local_date = $3`, [at.toISOString(), g, d]);
    },
    async markFailed(g, d, error, _at, retryAt = null) {
      await run('marking a delivery failed', `UPDATE digest_deliveries SET state = 'failed', last_error = $1, retry_at = $2
        WHERE guild_id = $3 AND local_date = $4`, [error, retryAt ? retryAt.toISOString() : null, g, d]);
    },
    async getDelivery(g, d) {
      const rows = await run<DeliveryRow>('reading a delivery', 'SELECT * FROM digest_deliveries WHERE guild_id = $1 AND local_date = $2', [g, d]);
      return rows[0] ? toDelivery(rows[0]) : null;
    },
    async recentQuoteIds(g, since, before = '9999-12-31') {
      const rows = await run<{ quote_id: string }>('reading quote history',
        'SELECT quote_id FROM quote_of_day WHERE guild_id = $1 AND local_date >= $2 AND local_date < $3 ORDER BY local_date DESC', [g, since, before]);
      return rows.map((r) => r.quote_id);
    },
    async recordQuoteOfDay(g, d, quoteId) {
      await run('recording the quote of the day', `INSERT INTO quote_of_day (guild_id, local_date, quote_id) VALUES ($1, $2, $3)
        ON CONFLICT (guild_id, local_date) DO UPDATE SET quote_id = excluded.quote_id`, [g, d, quoteId]);
    },
    async markArticlesSeen(files: ReadonlyArray<string | SeenArticle>, at: Date) {
      if (files.length === 0) return;
      const names = files.map((f) => (typeof f === 'string' ? f : f.file));
      const prints = files.map((f) => (typeof f === 'string' ? null : f.fingerprint ?? null));
      // One statement for the whole corpus (tens of thousands of files): arrays, not one round trip a file.
      await run('recording seen articles', `INSERT INTO seen_articles (file, first_seen_at, fingerprint)
        SELECT f, $3, p FROM unnest($1::text[], $2::text[]) AS t(f, p) ON CONFLICT (file) DO NOTHING`, [names, prints, at.toISOString()]);
    },
    async articlesFirstSeenSince(iso) {
      const since = normaliseInstant(iso);
      if (since === null) throw new StoreError('failed', `articlesFirstSeenSince: not an ISO instant: ${iso}`);
      const rows = await run<{ file: string }>('reading new articles',
        'SELECT file FROM seen_articles WHERE first_seen_at > $1 ORDER BY first_seen_at, file', [since]);
      return rows.map((r) => r.file);
    },
    async lastDigestAt(g, before) {
      const rows = await run<{ claimed_at: string }>('reading the last digest', `SELECT claimed_at FROM digest_deliveries
        WHERE guild_id = $1 AND local_date < $2 AND state = 'sent' ORDER BY local_date DESC LIMIT 1`, [g, before]);
      return rows[0]?.claimed_at ?? null;
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
