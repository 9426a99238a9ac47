import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestSettings } from '../../src/core/services.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from '../../src/store/migrations.js';
import { StoreError, openStore, type Store } from '../../src/store/store.js';

function settings(over: Partial<DigestSettings> = {}): DigestSettings {
  return {
    guildId: 'g1', channelId: 'c1', time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'vi',
    sections: ['on-this-day', 'quote-of-the-day'], emptyDay: 'note', enabled: true, failures: 0,
    lastError: null, lastRunAt: null, lastSentDate: null, ...over,
  };
}

let dir: string;
let stores: Store[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-store-'));
  stores = [];
});
afterEach(() => {
  for (const s of stores) s.close();
  rmSync(dir, { recursive: true, force: true });
});
const open = (name = 'bot.db'): Store => {
  const s = openStore(join(dir, name), { busyTimeoutMs: 200 });
  stores.push(s);
  return s;
};

describe('settings', () => {
  it('round-trips every field and survives reopening the file', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    open().upsertSettings(settings({ sections: ['new-articles'], emptyDay: 'skip', language: 'en' }), at);
    stores[0]!.close();
    const got = open().getSettings('g1');
    expect(got).toMatchObject({ ...settings({ sections: ['new-articles'], emptyDay: 'skip', language: 'en' }) });
    expect(got?.configuredAt).toBe(at.toISOString());
  });

  it('lists only enabled servers; disable, failures and success are remembered', () => {
    const s = open();
    s.upsertSettings(settings({ guildId: 'a' }));
    s.upsertSettings(settings({ guildId: 'b' }));
    expect(s.recordFailure('b', 'Unknown Channel')).toBe(1);
    expect(s.recordFailure('b', 'Unknown Channel again')).toBe(2);
    s.disableDigest('b');
    expect(s.listEnabledSettings().map((x) => x.guildId)).toEqual(['a']);
    expect(s.getSettings('b')).toMatchObject({ enabled: false, failures: 2, lastError: 'Unknown Channel again' });
    s.recordSuccess('a', '2026-03-02', new Date('2026-03-02T01:00:00Z'));
    expect(s.getSettings('a')).toMatchObject({ failures: 0, lastSentDate: '2026-03-02' });
  });
});

describe('delivery ledger', () => {
  const t0 = new Date('2026-03-02T01:00:00Z');
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it('claims once; a live claim is in progress; a sent day is never claimed again', () => {
    const s = open();
    s.upsertSettings(settings());
    expect(s.claimDelivery('g1', '2026-03-02', 'n1', t0)).toBe('claimed');
    expect(s.claimDelivery('g1', '2026-03-02', 'n1', later(1000))).toBe('in-progress');
    s.markSent('g1', '2026-03-02', 'm1', later(2000));
    expect(s.claimDelivery('g1', '2026-03-02', 'n1', later(3_600_000))).toBe('already-sent');
    expect(s.getDelivery('g1', '2026-03-02')).toMatchObject({ state: 'sent', messageId: 'm1', attempts: 1 });
    expect(s.getSettings('g1')).toMatchObject({ lastSentDate: '2026-03-02', failures: 0 });
  });

  it('re-claims an expired claim from another store instance and keeps the original nonce', () => {
    open().upsertSettings(settings());
    expect(stores[0]!.claimDelivery('g1', '2026-03-02', 'first-nonce', t0, 60_000)).toBe('claimed');
    stores[0]!.close(); // the process died between claim and send
    const s2 = open();
    expect(s2.claimDelivery('g1', '2026-03-02', 'other-nonce', later(30_000), 60_000)).toBe('in-progress');
    expect(s2.claimDelivery('g1', '2026-03-02', 'other-nonce', later(61_000), 60_000)).toBe('claimed');
    expect(s2.getDelivery('g1', '2026-03-02')).toMatchObject({ state: 'claimed', nonce: 'first-nonce', attempts: 2 });
  });

  it('a failed delivery is re-claimable, keeps its error and retry time until then', () => {
    const s = open();
    s.upsertSettings(settings());
    s.claimDelivery('g1', '2026-03-02', 'n', t0);
    s.markFailed('g1', '2026-03-02', 'Missing Access', later(1), later(300_000));
    expect(s.getDelivery('g1', '2026-03-02')).toMatchObject({
      state: 'failed', lastError: 'Missing Access', retryAt: later(300_000).toISOString(),
    });
    expect(s.claimDelivery('g1', '2026-03-02', 'n', later(300_000))).toBe('claimed');
  });

  it('two store instances on one file: exactly one wins the claim', () => {
    const a = open();
    const b = open();
    a.upsertSettings(settings());
    const results = [a.claimDelivery('g1', '2026-03-02', 'n', t0), b.claimDelivery('g1', '2026-03-02', 'n', t0)];
    expect(results.sort()).toEqual(['claimed', 'in-progress']);
  });
});

describe('quote history and seen articles', () => {
  it('an article seen while the last digest was being sent counts as new for the next one', () => {
    const s = open();
    s.upsertSettings(settings());
    const claimedAt = new Date('2026-03-01T01:00:00Z');
    s.claimDelivery('g1', '2026-03-01', 'n', claimedAt);
    s.markArticlesSeen(['during-send.txt'], new Date('2026-03-01T01:00:01Z'));
    s.markSent('g1', '2026-03-01', 'm', new Date('2026-03-01T01:00:02Z'));
    expect(s.lastDigestAt('g1', '2026-03-02')).toBe(claimedAt.toISOString());
    expect(s.lastDigestAt('g1', '2026-03-01')).toBeNull();
    expect(s.articlesFirstSeenSince(s.lastDigestAt('g1', '2026-03-02')!)).toEqual(['during-send.txt']);
  });

  it('recent quote ids cover [since, before) and recording is idempotent per day', () => {
    const s = open();
    s.recordQuoteOfDay('g1', '2026-02-01', 'q-old');
    s.recordQuoteOfDay('g1', '2026-02-20', 'q-a');
    s.recordQuoteOfDay('g1', '2026-03-01', 'q-b');
    s.recordQuoteOfDay('g1', '2026-03-01', 'q-b');
    s.recordQuoteOfDay('g2', '2026-03-01', 'q-other-server');
    expect(s.recentQuoteIds('g1', '2026-02-02', '2026-03-01')).toEqual(['q-a']);
    expect(s.recentQuoteIds('g1', '2026-02-02').sort()).toEqual(['q-a', 'q-b']);
  });

  it('an article keeps its first-seen time; "since" works with any ISO offset', () => {
    const s = open();
    s.markArticlesSeen(['a.txt', { file: 'b.txt', fingerprint: 'abc' }], new Date('2026-03-01T00:00:00Z'));
    s.markArticlesSeen(['a.txt', 'c.txt'], new Date('2026-03-02T00:00:00Z'));
    expect(s.articlesFirstSeenSince('2026-03-01T12:00:00Z')).toEqual(['c.txt']);
    // 06:00+07:00 is 2026-02-28T23:00Z: before a and b were seen, though a plain string compare says "after".
    expect(s.articlesFirstSeenSince('2026-03-01T06:00+07:00')).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(s.articlesFirstSeenSince('2026-03-01T07:30+07:00')).toEqual(['c.txt']); // 00:30Z
    expect(s.articlesFirstSeenSince('2026-02-28T00:00:00Z')).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('opening files', () => {
  it('uses WAL and enforces foreign keys', () => {
    open();
    const raw = new Database(join(dir, 'bot.db'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
    expect(() => stores[0]!.claimDelivery('no-such-guild', '2026-03-02', 'n', new Date())).toThrow(StoreError);
  });

  it('upgrades a file written at an older schema version and keeps its settings', () => {
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
    expect(s.getSettings('old-guild')).toMatchObject({
      channelId: 'c9', time: '07:30', timezone: 'Europe/London', sections: ['quote-of-the-day'], failures: 2,
    });
    s.markArticlesSeen(['x.txt'], new Date('2026-01-01T00:00:00Z')); // table from migration 2 exists
    expect(s.articlesFirstSeenSince('2025-12-31T00:00:00Z')).toEqual(['x.txt']);
  });

  it('a non-SQLite file gives a StoreError naming the file, not a raw driver error', () => {
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

  it('a file from a newer bot is refused with a clear message', () => {
    const file = join(dir, 'future.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStore(file)).toThrow(/newer/);
  });

  it('a database held locked by another connection gives a StoreError with code locked', () => {
    const s = open();
    s.upsertSettings(settings());
    const holder = new Database(join(dir, 'bot.db'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      let err: unknown;
      try {
        s.upsertSettings(settings({ time: '09:00' }));
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
