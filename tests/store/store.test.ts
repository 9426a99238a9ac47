import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestSettings } from '../../src/core/services.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/pgStore.js';
import { StoreError, openStore, type Store } from '../../src/store/store.js';
import { TEST_DATABASE_URL, POSTGRES_SKIPPED, announcePostgresSkip, dropSchemas, freshSchema, storeBackends } from '../helpers/storeBackends.js';

function settings(over: Partial<DigestSettings> = {}): DigestSettings {
  return {
    guildId: 'g1', channelId: 'c1', time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'vi',
    sections: ['on-this-day', 'quote-of-the-day'], emptyDay: 'note', enabled: true, failures: 0,
    lastError: null, lastRunAt: null, lastSentDate: null, ...over,
  };
}

announcePostgresSkip('store suite');

// The same cases on both backends: what the bot relies on must not depend on which database holds it.
for (const backend of storeBackends()) {
describe.skipIf(backend.skipped !== null)(`store on ${backend.name}${backend.skipped ? ` (skipped: ${backend.skipped})` : ''}`, () => {
  beforeEach(() => backend.setup());
  afterEach(() => backend.teardown());
  const open = (name?: string): Promise<Store> => backend.open(name);

  describe('settings', () => {
    it('round-trips every field and survives reopening the file', async () => {
      const at = new Date('2026-03-01T10:00:00Z');
      const first = await open();
      await first.upsertSettings(settings({ sections: ['new-articles'], emptyDay: 'skip', language: 'en' }), at);
      await first.close();
      const got = await (await open()).getSettings('g1');
      expect(got).toMatchObject({ ...settings({ sections: ['new-articles'], emptyDay: 'skip', language: 'en' }) });
      expect(got?.configuredAt).toBe(at.toISOString());
    });

    it('lists only enabled servers; disable, failures and success are remembered', async () => {
      const s = await open();
      await s.upsertSettings(settings({ guildId: 'a' }));
      await s.upsertSettings(settings({ guildId: 'b' }));
      expect(await s.recordFailure('b', 'Unknown Channel')).toBe(1);
      expect(await s.recordFailure('b', 'Unknown Channel again')).toBe(2);
      await s.disableDigest('b');
      expect((await s.listEnabledSettings()).map((x) => x.guildId)).toEqual(['a']);
      expect(await s.getSettings('b')).toMatchObject({ enabled: false, failures: 2, lastError: 'Unknown Channel again' });
      await s.recordSuccess('a', '2026-03-02', new Date('2026-03-02T01:00:00Z'));
      expect(await s.getSettings('a')).toMatchObject({ failures: 0, lastSentDate: '2026-03-02' });
    });
  });

  describe('delivery ledger', () => {
    const t0 = new Date('2026-03-02T01:00:00Z');
    const later = (ms: number) => new Date(t0.getTime() + ms);

    it('claims once; a live claim is in progress; a sent day is never claimed again', async () => {
      const s = await open();
      await s.upsertSettings(settings());
      expect(await s.claimDelivery('g1', '2026-03-02', 'n1', t0)).toBe('claimed');
      expect(await s.claimDelivery('g1', '2026-03-02', 'n1', later(1000))).toBe('in-progress');
      await s.markSent('g1', '2026-03-02', 'm1', later(2000));
      expect(await s.claimDelivery('g1', '2026-03-02', 'n1', later(3_600_000))).toBe('already-sent');
      expect(await s.getDelivery('g1', '2026-03-02')).toMatchObject({ state: 'sent', messageId: 'm1', attempts: 1 });
      expect(await s.getSettings('g1')).toMatchObject({ lastSentDate: '2026-03-02', failures: 0 });
    });

    it('re-claims an expired claim from another store instance and keeps the original nonce', async () => {
      const s1 = await open();
      await s1.upsertSettings(settings());
      expect(await s1.claimDelivery('g1', '2026-03-02', 'first-nonce', t0, 60_000)).toBe('claimed');
      await s1.close(); // the process died between claim and send
      const s2 = await open();
      expect(await s2.claimDelivery('g1', '2026-03-02', 'other-nonce', later(30_000), 60_000)).toBe('in-progress');
      expect(await s2.claimDelivery('g1', '2026-03-02', 'other-nonce', later(61_000), 60_000)).toBe('claimed');
      expect(await s2.getDelivery('g1', '2026-03-02')).toMatchObject({ state: 'claimed', nonce: 'first-nonce', attempts: 2 });
    });

    it('a failed delivery is re-claimable, keeps its error and retry time until then', async () => {
      const s = await open();
      await s.upsertSettings(settings());
      await s.claimDelivery('g1', '2026-03-02', 'n', t0);
      await s.markFailed('g1', '2026-03-02', 'Missing Access', later(1), later(300_000));
      expect(await s.getDelivery('g1', '2026-03-02')).toMatchObject({
        state: 'failed', lastError: 'Missing Access', retryAt: later(300_000).toISOString(),
      });
      expect(await s.claimDelivery('g1', '2026-03-02', 'n', later(300_000))).toBe('claimed');
    });

    it('a delivery for a server without settings is refused (foreign key), as a StoreError', async () => {
      const s = await open();
      await expect(s.claimDelivery('no-such-guild', '2026-03-02', 'n', new Date())).rejects.toThrow(StoreError);
    });

  it('two store instances on one database: exactly one wins each claim, even when they race', async () => {
      const a = await open();
      const b = await open();
      for (let day = 1; day <= 20; day++) await a.upsertSettings(settings({ guildId: `g${day}` }));
      for (let day = 1; day <= 20; day++) {
        const results = await Promise.all([(await a.claimDelivery(`g${day}`, '2026-03-02', 'n', t0)), (await b.claimDelivery(`g${day}`, '2026-03-02', 'n', t0))]);
        expect(results.sort(), `g${day}`).toEqual(['claimed', 'in-progress']);
      }
    });
  });

  describe('quote history and seen articles', () => {
    it('an article seen while the last digest was being sent counts as new for the next one', async () => {
      const s = await open();
      await s.upsertSettings(settings());
      const claimedAt = new Date('2026-03-01T01:00:00Z');
      await s.claimDelivery('g1', '2026-03-01', 'n', claimedAt);
      await s.markArticlesSeen(['during-send.txt'], new Date('2026-03-01T01:00:01Z'));
      await s.markSent('g1', '2026-03-01', 'm', new Date('2026-03-01T01:00:02Z'));
      expect(await s.lastDigestAt('g1', '2026-03-02')).toBe(claimedAt.toISOString());
      expect(await s.lastDigestAt('g1', '2026-03-01')).toBeNull();
      expect(await s.articlesFirstSeenSince((await s.lastDigestAt('g1', '2026-03-02'))!)).toEqual(['during-send.txt']);
    });

    it('recent quote ids cover [since, before) and recording is idempotent per day', async () => {
      const s = await open();
      await s.recordQuoteOfDay('g1', '2026-02-01', 'q-old');
      await s.recordQuoteOfDay('g1', '2026-02-20', 'q-a');
      await s.recordQuoteOfDay('g1', '2026-03-01', 'q-b');
      await s.recordQuoteOfDay('g1', '2026-03-01', 'q-b');
      await s.recordQuoteOfDay('g2', '2026-03-01', 'q-other-server');
      expect(await s.recentQuoteIds('g1', '2026-02-02', '2026-03-01')).toEqual(['q-a']);
      expect((await s.recentQuoteIds('g1', '2026-02-02')).sort()).toEqual(['q-a', 'q-b']);
    });

    it('an article keeps its first-seen time; "since" works with any ISO offset', async () => {
      const s = await open();
      await s.markArticlesSeen(['a.txt', { file: 'b.txt', fingerprint: 'abc' }], new Date('2026-03-01T00:00:00Z'));
      await s.markArticlesSeen(['a.txt', 'c.txt'], new Date('2026-03-02T00:00:00Z'));
      expect(await s.articlesFirstSeenSince('2026-03-01T12:00:00Z')).toEqual(['c.txt']);
      // 06:00+07:00 is 2026-02-28T23:00Z: before a and b were seen, though a plain string compare says "after".
      expect(await s.articlesFirstSeenSince('2026-03-01T06:00+07:00')).toEqual(['a.txt', 'b.txt', 'c.txt']);
      expect(await s.articlesFirstSeenSince('2026-03-01T07:30+07:00')).toEqual(['c.txt']); // 00:30Z
      expect(await s.articlesFirstSeenSince('2026-02-28T00:00:00Z')).toEqual(['a.txt', 'b.txt', 'c.txt']);
    });
  });
});
}

let dir: string;
let stores: Store[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-store-'));
  stores = [];
});
afterEach(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});
const open = (name = 'bot.db'): Store => {
  const s = openStore(join(dir, name), { busyTimeoutMs: 200 });
  stores.push(s);
  return s;
};

describe.skipIf(POSTGRES_SKIPPED !== null)('PostgreSQL start-up and schema', () => {
  const url = TEST_DATABASE_URL ?? 'postgresql://unset@127.0.0.1:1/unset';
  const withUrl = (edit: (u: URL) => void): string => {
    const u = new URL(url);
    edit(u);
    return u.toString();
  };
  const openError = async (target: string): Promise<StoreError> => {
    const err: unknown = await openPostgresStore(target, { connectTimeoutMs: 3_000 }).then(
      async (s) => (await s.close(), null),
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreError);
    return err as StoreError;
  };

  it('a server that is not listening: unavailable, naming host and port, never the password', async () => {
    const err = await openError(withUrl((u) => (u.port = '1')));
    expect(err.code).toBe('unavailable');
    expect(err.message).toContain('127.0.0.1:1');
    const password = new URL(url).password;
    if (password) expect(err.message).not.toContain(password);
  });

  it('a wrong password: auth, saying to check the user and password', async () => {
    const err = await openError(withUrl((u) => (u.password = 'not-the-password')));
    expect(err.code).toBe('auth');
    expect(err.message).toMatch(/user and password/);
    expect(err.message).not.toContain('not-the-password');
  });

  it('a database that does not exist: no-database, naming it', async () => {
    const err = await openError(withUrl((u) => (u.pathname = '/no_such_trichdan_db')));
    expect(err.code).toBe('no-database');
    expect(err.message).toContain('no_such_trichdan_db');
  });

  it('migrations are recorded once per version, in PostgreSQL tables, even when two processes start at once', async () => {
    const schema = freshSchema('mig');
    try {
      const [a, b] = await Promise.all([openPostgresStore(url, { schema }), openPostgresStore(url, { schema })]);
      await a.upsertSettings(settings({ guildId: 'pg-guild' }));
      await Promise.all([a.close(), b.close()]);
      const check = await openPostgresStore(url, { schema });
      expect((await check.getSettings('pg-guild'))?.channelId).toBe('c1');
      await check.close();
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const versions = await client.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
        expect(versions.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
        const rows = await client.query<{ guild_id: string }>(`SELECT guild_id FROM ${schema}.digest_settings`);
        expect(rows.rows.map((r) => r.guild_id)).toEqual(['pg-guild']);
      } finally {
        await client.end();
      }
    } finally {
      await dropSchemas(url, [schema]);
    }
  });
});

describe('SQLite files', () => {
  it('uses WAL and enforces foreign keys', async () => {
    open();
    const raw = new Database(join(dir, 'bot.db'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it('upgrades a file written at an older schema version and keeps its settings', async () => {
    const file = join(dir, 'old.db');
    const raw = new Database(file);
    migrate(raw, 1);
    raw.prepare(`INSERT INTO digest_settings (guild_id, channel_id, time, timezone, language, sections, empty_day,
      enabled, failures, configured_at) VALUES ('old-guild', 'c9', '07:30', 'Europe/London', 'en',
      '["quote-of-the-day"]', 'skip', 1, 2, '2025-01-01T00:00:00.000Z')`).run();
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
    expect(MIGRATIONS.length).toBeGreaterThan(1);

    const s = open('old.db');
    expect(await s.getSettings('old-guild')).toMatchObject({
      channelId: 'c9', time: '07:30', timezone: 'Europe/London', sections: ['quote-of-the-day'], failures: 2,
    });
    await s.markArticlesSeen(['x.txt'], new Date('2026-01-01T00:00:00Z')); // table from migration 2 exists
    expect(await s.articlesFirstSeenSince('2025-12-31T00:00:00Z')).toEqual(['x.txt']);
  });

  it('a non-SQLite file gives a StoreError naming the file, not a raw driver error', async () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'Đây không phải là cơ sở dữ liệu. '.repeat(100));
    let err: unknown;
    try {
      openStore(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('corrupt');
    expect((err as StoreError).message).toContain(file);
  });

  it('a file from a newer bot is refused with a clear message', async () => {
    const file = join(dir, 'future.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStore(file)).toThrow(/newer/);
  });

  it('a database held locked by another connection gives a StoreError with code locked', async () => {
    const s = open();
    await s.upsertSettings(settings());
    const holder = new Database(join(dir, 'bot.db'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      let err: unknown;
      try {
        await s.upsertSettings(settings({ time: '09:00' }));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('locked');
      expect((err as StoreError).message).toMatch(/another process/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
