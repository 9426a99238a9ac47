import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestSettings, OutgoingMessage } from '../../src/core/services.js';
import { createDigestScheduler, digestNonce, type DigestScheduler } from '../../src/digest/scheduler.js';
import { openStore, type Store } from '../../src/store/store.js';
import { FakeDiscord, MutableClock, recordingLogger, type PostedMessage } from './doubles.js';

const MINUTE = 60_000;

let dir: string;
let opened: Store[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-digest-'));
  opened = [];
});
afterEach(() => {
  for (const s of opened) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function openDb(): Store {
  const s = openStore(join(dir, 'bot.db'));
  opened.push(s);
  return s;
}

function guild(guildId: string, timezone: string, time: string, over: Partial<DigestSettings> = {}): DigestSettings {
  return {
    guildId, channelId: `chan-${guildId}`, time, timezone, language: 'vi', sections: ['quote-of-the-day'],
    emptyDay: 'note', enabled: true, failures: 0, lastError: null, lastRunAt: null, lastSentDate: null, ...over,
  };
}

/** Each digest says which server and local day it is for, so a test can tell every post apart. */
const compose = (s: DigestSettings, localDate: string): OutgoingMessage => ({ content: `digest ${s.guildId} ${localDate}` });

function makeScheduler(store: Store, clock: MutableClock, discord: FakeDiscord, over: { maxFailures?: number; compose?: typeof compose | ((s: DigestSettings, d: string) => OutgoingMessage | null) } = {}): DigestScheduler {
  return createDigestScheduler({
    store, clock, publisher: discord, compose: over.compose ?? compose, logger: recordingLogger(), maxFailures: over.maxFailures,
  });
}

async function runMinutes(clock: MutableClock, scheduler: DigestScheduler, untilIso: string): Promise<void> {
  const end = Date.parse(untilIso);
  for (; clock.ms < end; clock.ms += MINUTE) await scheduler.tick();
}

/** Local 'YYYY-MM-DD HH:MM' of an instant, computed independently of the code under test. */
function localStamp(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(ms));
}

function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

interface Expectation {
  g: DigestSettings;
  first: string;
  last: string;
  /** Local dates on which the post comes at another wall time (DST gap), with that time. */
  shifted?: Record<string, string>;
}

function expectDailyPosts(discord: FakeDiscord, e: Expectation): void {
  const posts: PostedMessage[] = discord.in(e.g.channelId);
  const dates = posts.map((p) => p.content!.split(' ')[2]!);
  expect(dates, e.g.guildId).toEqual(datesBetween(e.first, e.last));
  for (const [i, p] of posts.entries()) {
    const wall = e.shifted?.[dates[i]!] ?? e.g.time;
    expect(localStamp(p.at, e.g.timezone), `${e.g.guildId} ${dates[i]}`).toBe(`${dates[i]} ${wall}`);
  }
}

describe('daily digests across time zones and DST', () => {
  it('spring: every server gets exactly one digest a local day at its local time, through DST changes', async () => {
    const start = '2026-03-05T00:00:00Z';
    const clock = MutableClock.at(start);
    const store = openDb();
    const discord = new FakeDiscord(clock);
    const cases: Expectation[] = [
      { g: guild('hcm', 'Asia/Ho_Chi_Minh', '09:00'), first: '2026-03-05', last: '2026-04-07' },
      // Configured at 19:00 local on 4 March, after that day's 08:00: first digest the next morning.
      { g: guild('ny', 'America/New_York', '08:00'), first: '2026-03-05', last: '2026-04-07' },
      // 02:30 does not exist in New York on 8 March 2026 (02:00 → 03:00): posted at 03:00 instead.
      { g: guild('ny-night', 'America/New_York', '02:30'), first: '2026-03-05', last: '2026-04-07', shifted: { '2026-03-08': '03:00' } },
      // London springs forward 01:00 → 02:00 on 29 March 2026.
      { g: guild('london', 'Europe/London', '01:30'), first: '2026-03-05', last: '2026-04-07', shifted: { '2026-03-29': '02:00' } },
      // Sydney falls back 03:00 → 02:00 on 5 April 2026: 02:30 happens twice, one digest.
      { g: guild('sydney', 'Australia/Sydney', '02:30'), first: '2026-03-06', last: '2026-04-08' },
    ];
    for (const c of cases) await store.upsertSettings(c.g, clock.now());
    const scheduler = makeScheduler(store, clock, discord);
    await runMinutes(clock, scheduler, '2026-04-08T00:00:00Z');
    for (const c of cases) expectDailyPosts(discord, c);
    expect(discord.calls).toBe(discord.messages.length); // no retries were needed, none were made
  });

  it('autumn: a repeated 01:30 posts once, at the first of the two', async () => {
    const clock = MutableClock.at('2026-10-20T12:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    const cases: Expectation[] = [
      // New York falls back 02:00 → 01:00 on 1 November 2026.
      { g: guild('ny', 'America/New_York', '01:30'), first: '2026-10-21', last: '2026-11-04' },
      // London falls back 02:00 → 01:00 on 25 October 2026.
      { g: guild('london', 'Europe/London', '01:30'), first: '2026-10-21', last: '2026-11-04' },
      { g: guild('hcm', 'Asia/Ho_Chi_Minh', '00:00'), first: '2026-10-21', last: '2026-11-05' },
    ];
    for (const c of cases) await store.upsertSettings(c.g, clock.now());
    const scheduler = makeScheduler(store, clock, discord);
    await runMinutes(clock, scheduler, '2026-11-05T00:00:00Z');
    for (const c of cases) expectDailyPosts(discord, c);
    // The first of the two 01:30s: 05:30Z in New York (EDT), 00:30Z in London (BST).
    expect(new Date(discord.in('chan-ny').find((m) => m.content!.endsWith('2026-11-01'))!.at).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(discord.in('chan-london').find((m) => m.content!.endsWith('2026-10-25'))!.at).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('Sydney spring-forward: 02:30 on 4 October 2026 does not exist, the digest comes at 03:00', async () => {
    const clock = MutableClock.at('2026-10-02T00:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    const c: Expectation = { g: guild('syd', 'Australia/Sydney', '02:30'), first: '2026-10-03', last: '2026-10-06', shifted: { '2026-10-04': '03:00' } };
    await store.upsertSettings(c.g, clock.now());
    await runMinutes(clock, makeScheduler(store, clock, discord), '2026-10-06T00:00:00Z');
    expectDailyPosts(discord, c);
  });
});

describe('start-up, new servers and no back-fill', () => {
  it('after downtime it sends today once at start-up and never the missed days before', async () => {
    const clock = MutableClock.at('2026-05-10T00:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    const g = guild('hcm', 'Asia/Ho_Chi_Minh', '08:00');
    await store.upsertSettings(g, clock.now());
    const scheduler = makeScheduler(store, clock, discord);
    await runMinutes(clock, scheduler, '2026-05-10T02:00:00Z'); // 09:00 local: 10 May sent
    clock.ms = Date.parse('2026-05-13T05:00:00Z'); // down for three days; now 12:00 local on 13 May
    await scheduler.tick();
    await scheduler.tick();
    expect(discord.in('chan-hcm').map((m) => m.content)).toEqual(['digest hcm 2026-05-10', 'digest hcm 2026-05-13']);
    expect(localStamp(discord.in('chan-hcm')[1]!.at, 'Asia/Ho_Chi_Minh')).toBe('2026-05-13 12:00');
  });

  it('a server set up after today\'s time waits for tomorrow; one set up before gets today', async () => {
    const clock = MutableClock.at('2026-05-10T03:00:00Z'); // 10:00 in Ho Chi Minh City
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('late', 'Asia/Ho_Chi_Minh', '08:00'), clock.now());
    await store.upsertSettings(guild('soon', 'Asia/Ho_Chi_Minh', '11:00'), clock.now());
    const scheduler = makeScheduler(store, clock, discord);
    expect((await scheduler.nextRun((await store.getSettings('late'))!))!.toISOString()).toBe('2026-05-11T01:00:00.000Z');
    expect((await scheduler.nextRun((await store.getSettings('soon'))!))!.toISOString()).toBe('2026-05-10T04:00:00.000Z');
    await runMinutes(clock, scheduler, '2026-05-11T02:00:00Z');
    expect(discord.in('chan-late').map((m) => m.content)).toEqual(['digest late 2026-05-11']);
    expect(discord.in('chan-soon').map((m) => m.content)).toEqual(['digest soon 2026-05-10']);
    expect((await scheduler.nextRun((await store.getSettings('soon'))!))!.toISOString()).toBe('2026-05-11T04:00:00.000Z');
  });

  it('two servers due in the same minute both get exactly one digest', async () => {
    const clock = MutableClock.at('2026-05-10T00:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('a', 'Asia/Ho_Chi_Minh', '08:00'), clock.now());
    await store.upsertSettings(guild('b', 'Asia/Bangkok', '08:00'), clock.now());
    const scheduler = makeScheduler(store, clock, discord);
    clock.ms = Date.parse('2026-05-10T01:00:00Z');
    await Promise.all([scheduler.tick(), scheduler.tick()]); // overlapping ticks, too
    await scheduler.tick();
    expect(discord.messages.map((m) => m.content).sort()).toEqual(['digest a 2026-05-10', 'digest b 2026-05-10']);
    expect(discord.calls).toBe(2);
  });

  it('a day with nothing to post is skipped once, not retried every minute', async () => {
    const clock = MutableClock.at('2026-05-10T00:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('quiet', 'UTC', '06:00'), clock.now());
    let composed = 0;
    const scheduler = makeScheduler(store, clock, discord, { compose: () => (composed++, null) });
    await runMinutes(clock, scheduler, '2026-05-10T12:00:00Z');
    expect(discord.messages).toEqual([]);
    expect(composed).toBe(1);
    expect((await store.getDelivery('quiet', '2026-05-10'))?.state).toBe('skipped');
  });
});

describe('crash safety', () => {
  it('killed after Discord created the message but before "sent" was recorded: a restart completes it with the same nonce, one post', async () => {
    const clock = MutableClock.at('2026-06-01T00:59:00Z');
    const discord = new FakeDiscord(clock);
    const first = openDb();
    await first.upsertSettings(guild('hcm', 'Asia/Ho_Chi_Minh', '08:00'), clock.now());
    discord.hangAfterCreate.add('chan-hcm');
    clock.advance(MINUTE);
    void makeScheduler(first, clock, discord).tick(); // never settles: the process "dies" here
    await new Promise((r) => setImmediate(r));
    expect(discord.in('chan-hcm')).toHaveLength(1);
    expect((await first.getDelivery('hcm', '2026-06-01'))?.state).toBe('claimed');
    await first.close();

    discord.hangAfterCreate.clear();
    clock.advance(MINUTE); // restarted a minute later: the claim's lease has not run out yet
    const second = openDb();
    const restarted = makeScheduler(second, clock, discord);
    await restarted.tick();
    expect(discord.calls).toBe(1);
    await runMinutes(clock, restarted, '2026-06-01T01:10:00Z');
    expect(discord.in('chan-hcm')).toHaveLength(1);
    expect(discord.calls).toBe(2); // resent once, deduplicated by its nonce
    const delivery = await second.getDelivery('hcm', '2026-06-01');
    expect(delivery).toMatchObject({ state: 'sent', messageId: discord.in('chan-hcm')[0]!.id, nonce: digestNonce('hcm', '2026-06-01') });
    expect((await second.getSettings('hcm'))?.lastSentDate).toBe('2026-06-01');
  });

  it('killed after claiming but before sending: the restart sends it (never silently skipped)', async () => {
    const clock = MutableClock.at('2026-06-01T01:00:00Z');
    const discord = new FakeDiscord(clock);
    const first = openDb();
    await first.upsertSettings(guild('hcm', 'Asia/Ho_Chi_Minh', '08:00'), clock.now());
    expect(await first.claimDelivery('hcm', '2026-06-01', digestNonce('hcm', '2026-06-01'), clock.now())).toBe('claimed');
    await first.close();
    const second = openDb();
    await runMinutes(clock, makeScheduler(second, clock, discord), '2026-06-01T02:00:00Z');
    expect(discord.in('chan-hcm').map((m) => m.content)).toEqual(['digest hcm 2026-06-01']);
    expect(discord.in('chan-hcm')[0]!.nonce).toBe(digestNonce('hcm', '2026-06-01'));
  });

  it('connection dropped after Discord created the message: the retry is deduplicated, one post', async () => {
    const clock = MutableClock.at('2026-06-01T01:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('hcm', 'Asia/Ho_Chi_Minh', '08:00'), clock.now());
    discord.dropAfterCreate.add('chan-hcm');
    const scheduler = makeScheduler(store, clock, discord);
    await runMinutes(clock, scheduler, '2026-06-01T03:00:00Z');
    expect(discord.calls).toBe(2);
    expect(discord.in('chan-hcm')).toHaveLength(1);
    expect(await store.getDelivery('hcm', '2026-06-01')).toMatchObject({ state: 'sent', attempts: 2 });
    expect((await store.getSettings('hcm'))?.failures).toBe(0);
  });
});

describe('failures', () => {
  it('a send that never answers times out and is retried; Discord dedupes it, one post', async () => {
    const clock = MutableClock.at('2026-07-01T08:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('g', 'UTC', '08:00'), clock.now());
    discord.hangAfterCreate.add('chan-g');
    const scheduler = createDigestScheduler({ store, clock, publisher: discord, compose, logger: recordingLogger(), sendTimeoutMs: 20 });
    await scheduler.tick();
    expect(await store.getDelivery('g', '2026-07-01')).toMatchObject({ state: 'failed', lastError: expect.stringContaining('no answer') });
    discord.hangAfterCreate.clear();
    await runMinutes(clock, scheduler, '2026-07-01T08:10:00Z');
    expect(discord.in('chan-g')).toHaveLength(1);
    expect((await store.getDelivery('g', '2026-07-01'))?.state).toBe('sent');
  });

  it('a server with an unusable time zone is skipped and reported once; the others are served', async () => {
    const clock = MutableClock.at('2026-07-01T07:58:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('bad', 'Mars/Olympus_Mons', '08:00'), clock.now());
    await store.upsertSettings(guild('ok', 'UTC', '08:00'), clock.now());
    const records: Array<{ level: string; obj: object; msg?: string }> = [];
    const scheduler = createDigestScheduler({ store, clock, publisher: discord, compose, logger: recordingLogger(records) });
    await runMinutes(clock, scheduler, '2026-07-01T08:05:00Z');
    expect(discord.messages.map((m) => m.content)).toEqual(['digest ok 2026-07-01']);
    expect(records.filter((r) => r.level === 'error').map((r) => (r.obj as { guildId?: string }).guildId)).toEqual(['bad']);
    expect(await scheduler.nextRun((await store.getSettings('bad'))!)).toBeNull();
  });

  it('a deleted channel is retried with growing delays, then the digest is disabled with its last error; other servers go on', async () => {
    const clock = MutableClock.at('2026-07-01T00:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('gone', 'UTC', '08:00'), clock.now());
    await store.upsertSettings(guild('fine', 'UTC', '08:00'), clock.now());
    discord.deletedChannels.add('chan-gone');
    const attempts: number[] = [];
    const publisher = { send: (c: string, m: OutgoingMessage) => (c === 'chan-gone' && attempts.push(clock.ms), discord.send(c, m)) };
    const scheduler = createDigestScheduler({ store, clock, publisher, compose, logger: recordingLogger(), maxFailures: 4 });
    await runMinutes(clock, scheduler, '2026-07-03T00:00:00Z');

    const gaps = attempts.slice(1).map((t, i) => (t - attempts[i]!) / MINUTE);
    expect(attempts).toHaveLength(4);
    expect(gaps).toEqual([5, 10, 20]);
    expect(await store.getSettings('gone')).toMatchObject({ enabled: false, failures: 4, lastError: expect.stringContaining('Unknown Channel') });
    expect(await scheduler.nextRun((await store.getSettings('gone'))!)).toBeNull();
    expect(discord.in('chan-fine').map((m) => m.content)).toEqual(['digest fine 2026-07-01', 'digest fine 2026-07-02']);
  });

  it('a channel restored before the limit resets the failure count', async () => {
    const clock = MutableClock.at('2026-07-01T07:59:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('g', 'UTC', '08:00'), clock.now());
    discord.forbiddenChannels.add('chan-g');
    const scheduler = makeScheduler(store, clock, discord);
    await runMinutes(clock, scheduler, '2026-07-01T08:10:00Z');
    expect(await store.getSettings('g')).toMatchObject({ failures: 2, enabled: true, lastError: expect.stringContaining('Missing Access') });
    discord.forbiddenChannels.clear();
    await runMinutes(clock, scheduler, '2026-07-01T09:00:00Z');
    expect(discord.in('chan-g').map((m) => m.content)).toEqual(['digest g 2026-07-01']);
    expect(await store.getSettings('g')).toMatchObject({ failures: 0, lastError: null });
  });

  it('a rate limit waits retry-after and is not counted as a failure', async () => {
    const clock = MutableClock.at('2026-07-01T08:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('g', 'UTC', '08:00'), clock.now());
    discord.rateLimited.set('chan-g', 3 * MINUTE);
    const scheduler = makeScheduler(store, clock, discord);
    await runMinutes(clock, scheduler, '2026-07-01T08:30:00Z');
    const [post] = discord.in('chan-g');
    expect(new Date(post!.at).toISOString()).toBe('2026-07-01T08:03:00.000Z');
    expect(discord.calls).toBe(2);
    expect((await store.getSettings('g'))?.failures).toBe(0);
  });
});

describe('digest nonce', () => {
  it('fits Discord\'s 25-character nonce and differs per server and per day', () => {
    const nonces = [digestNonce('g1', '2026-01-01'), digestNonce('g1', '2026-01-02'), digestNonce('g2', '2026-01-01')];
    for (const n of nonces) expect(n.length).toBeLessThanOrEqual(25);
    expect(new Set(nonces).size).toBe(3);
    expect(digestNonce('g1', '2026-01-01')).toBe(nonces[0]);
  });
});

describe('start and stop', () => {
  it('start() catches up immediately and stop() ends the timer', async () => {
    const clock = MutableClock.at('2026-08-01T09:00:00Z');
    const store = openDb();
    const discord = new FakeDiscord(clock);
    await store.upsertSettings(guild('g', 'UTC', '08:00'), new Date('2026-07-01T00:00:00Z'));
    const scheduler = makeScheduler(store, clock, discord);
    scheduler.start();
    scheduler.start(); // idempotent
    await new Promise((r) => setTimeout(r, 50));
    scheduler.stop();
    expect(discord.in('chan-g').map((m) => m.content)).toEqual(['digest g 2026-08-01']);
  });
});
