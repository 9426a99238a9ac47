/**
 * Versioned schema migrations, one list for both backends: each version carries its SQLite and its PostgreSQL
 * text, which create the same tables, columns and constraints (instants are ISO text in both, and PostgreSQL's
 * compared columns use the byte order of the "C" collation, SQLite's own, so the queries order alike). Append new migrations at the end, with both texts; never edit one that has shipped.
 *
 * SQLite keeps the version in `PRAGMA user_version` (a header field SQLite keeps for the application), so no
 * bookkeeping table can drift from the real schema. PostgreSQL keeps it in `schema_migrations`, and migrations run
 * under a transaction-level advisory lock: two machines starting at once apply each version once. In both, a
 * migration runs in one transaction with its version bump, so a crash mid-upgrade leaves the previous version.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'digest settings, delivery ledger, quote-of-the-day history',
    sqlite: `
      CREATE TABLE digest_settings (
        guild_id       TEXT PRIMARY KEY,
        channel_id     TEXT NOT NULL,
        time           TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
        timezone       TEXT NOT NULL,
        language       TEXT NOT NULL CHECK (language IN ('vi', 'en')),
        sections       TEXT NOT NULL,            -- JSON array of DigestSection
        empty_day      TEXT NOT NULL CHECK (empty_day IN ('note', 'skip')),
        enabled        INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        failures       INTEGER NOT NULL DEFAULT 0,
        last_error     TEXT,
        last_run_at    TEXT,
        last_sent_date TEXT,
        configured_at  TEXT NOT NULL             -- when a person last set it: no back-fill before this
      ) STRICT;

      CREATE TABLE digest_deliveries (
        guild_id   TEXT NOT NULL REFERENCES digest_settings(guild_id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed', 'skipped')),
        nonce      TEXT NOT NULL,
        message_id TEXT,
        attempts   INTEGER NOT NULL DEFAULT 1,
        last_error TEXT,
        claimed_at TEXT NOT NULL,
        sent_at    TEXT,
        retry_at   TEXT,
        UNIQUE (guild_id, local_date)
      ) STRICT;

      CREATE TABLE quote_of_day (
        guild_id   TEXT NOT NULL,
        local_date TEXT NOT NULL,
        quote_id   TEXT NOT NULL,
        PRIMARY KEY (guild_id, local_date)
      ) STRICT;
    `,
    postgres: `
      CREATE TABLE digest_settings (
        guild_id       TEXT COLLATE "C" PRIMARY KEY,
        channel_id     TEXT NOT NULL,
        time           TEXT NOT NULL CHECK (time ~ '^[0-2][0-9]:[0-5][0-9]$'),
        timezone       TEXT NOT NULL,
        language       TEXT NOT NULL CHECK (language IN ('vi', 'en')),
        sections       TEXT NOT NULL,
        empty_day      TEXT NOT NULL CHECK (empty_day IN ('note', 'skip')),
        enabled        INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        failures       INTEGER NOT NULL DEFAULT 0,
        last_error     TEXT,
        last_run_at    TEXT,
        last_sent_date TEXT,
        configured_at  TEXT NOT NULL
      );

      CREATE TABLE digest_deliveries (
        guild_id   TEXT COLLATE "C" NOT NULL REFERENCES digest_settings(guild_id) ON DELETE CASCADE,
        local_date TEXT COLLATE "C" NOT NULL,
        state      TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed', 'skipped')),
        nonce      TEXT NOT NULL,
        message_id TEXT,
        attempts   INTEGER NOT NULL DEFAULT 1,
        last_error TEXT,
        claimed_at TEXT COLLATE "C" NOT NULL,
        sent_at    TEXT,
        retry_at   TEXT,
        UNIQUE (guild_id, local_date)
      );

      CREATE TABLE quote_of_day (
        guild_id   TEXT COLLATE "C" NOT NULL,
        local_date TEXT COLLATE "C" NOT NULL,
        quote_id   TEXT NOT NULL,
        PRIMARY KEY (guild_id, local_date)
      );
    `,
  },
  {
    version: 2,
    name: 'seen articles for "new articles"',
    sqlite: `
      CREATE TABLE seen_articles (
        file          TEXT PRIMARY KEY,
        first_seen_at TEXT NOT NULL,
        fingerprint   TEXT
      ) STRICT;
      CREATE INDEX seen_articles_first_seen ON seen_articles (first_seen_at);
    `,
    postgres: `
      CREATE TABLE seen_articles (
        file          TEXT COLLATE "C" PRIMARY KEY,
        first_seen_at TEXT COLLATE "C" NOT NULL,
        fingerprint   TEXT
      );
      CREATE INDEX seen_articles_first_seen ON seen_articles (first_seen_at);
    `,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/** The message both backends give for a database written by a newer bot. */
export function newerSchemaMessage(current: number): string {
  return `database schema version ${current} is newer than this bot understands (${SCHEMA_VERSION})`;
}

/**
 * Bring a SQLite `db` up to `target` (default: the latest version). Returns the versions applied.
 * Refuses a file written by a newer version of the bot rather than guessing at its schema.
 */
export function migrate(db: Database.Database, target: number = SCHEMA_VERSION): number[] {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const current = version();
  if (current > SCHEMA_VERSION) throw new Error(newerSchemaMessage(current));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version > target) break;
    // The version is re-read under the write lock: another process opening the same file may have just
    // applied this migration.
    const ran = db.transaction(() => {
      if (version() >= m.version) return false;
      db.exec(m.sqlite);
      // PRAGMA takes no bound parameters; the version is a number from this file, not input.
      db.pragma(`user_version = ${m.version}`);
      return true;
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}

/** The part of a node-postgres client the migrations use. */
export interface SqlClient {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

// Any fixed 64-bit number: it names "trichdan schema migrations" among advisory locks in the database.
const MIGRATION_LOCK_KEY = 7_364_219_001;

/**
 * Bring a PostgreSQL database (the client's search_path) up to `target`, in one transaction under an advisory
 * lock, so concurrent starts on several machines wait for each other. `schema` (a checked identifier) is created
 * first when given. Returns the versions applied.
 */
export async function migratePostgres(client: SqlClient, target: number = SCHEMA_VERSION, schema?: string): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    // Under the lock: two processes creating the same schema at once would otherwise collide in the catalogue.
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    if (current > SCHEMA_VERSION) throw new Error(newerSchemaMessage(current));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (m.version > target) break;
      if (m.version <= current) continue;
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
