/**
 * Versioned schema migrations for the bot's SQLite store.
 *
 * The schema version lives in `PRAGMA user_version` (a header field SQLite keeps for the application), so
 * no bookkeeping table can drift from the real schema. Each migration runs in its own transaction together
 * with the version bump: a crash mid-upgrade leaves the file at the previous version, never half-migrated.
 * Append new migrations at the end; never edit one that has shipped.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'digest settings, delivery ledger, quote-of-the-day history',
    up(db) {
      db.exec(`
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
      `);
    },
  },
  {
    version: 2,
    name: 'seen articles for "new articles"',
    up(db) {
      db.exec(`
        CREATE TABLE seen_articles (
          file          TEXT PRIMARY KEY,
          first_seen_at TEXT NOT NULL,
          fingerprint   TEXT
        ) STRICT;
        CREATE INDEX seen_articles_first_seen ON seen_articles (first_seen_at);
      `);
    },
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/**
 * Bring `db` up to `target` (default: the latest version). Returns the versions applied.
 * Refuses a file written by a newer version of the bot rather than guessing at its schema.
 */
export function migrate(db: Database.Database, target: number = SCHEMA_VERSION): number[] {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const current = version();
  if (current > SCHEMA_VERSION) {
    throw new Error(`database schema version ${current} is newer than this bot understands (${SCHEMA_VERSION})`);
  }
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version > target) break;
    // The version is re-read under the write lock: another process opening the same file may have just
    // applied this migration.
    const ran = db.transaction(() => {
      if (version() >= m.version) return false;
      m.up(db);
      // PRAGMA takes no bound parameters; the version is a number from this file, not input.
      db.pragma(`user_version = ${m.version}`);
      return true;
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}
