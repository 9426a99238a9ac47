/**
 * The database goes away while the bot runs (PostgreSQL restarted, network cut): the scheduler logs, retries the
 * next minutes, and never posts a day twice, even when the outage outlasts Discord's nonce window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestSettings } from '../../src/core/services.js';
import { createDigestScheduler } from '../../src/digest/scheduler.js';
import { StoreError, openStore, type Store } from '../../src/store/store.js';
import { FakeDiscord, MutableClock, NONCE_WINDOW_MS, recordingLogger } from './doubles.js';

const MINUTE = 60_000;
let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-outage-'));
  store = openStore(join(dir, 'bot.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The store, except that while `down.is` every call fails the way an unreachable PostgreSQL does. */
function flaky(inner: Store, down: { is: boolean; from?: keyof Store }): Store {
  return new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (down.from === key) down.is = true;
        if (down.is) return Promise.reject(new StoreError('unavailable', 'cannot reach PostgreSQL at bot@db:5432/trichdan (ECONNREFUSED)'));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

const settings: DigestSettings = {
  guildId: 'g', channelId: 'chan', time: '08:00', timezone: 'UTC', language: 'en', sections: ['quote-of-the-day'],
  emptyDay: 'note', enabled: true, failures: 0, lastError: null, lastRunAt: null, lastSentDate: null,
};

describe('the store goes away while the bot runs', () => {
  it('down when the digest is due: nothing is sent, it is logged, and the digest goes out once the store is back', async () => {
    const clock = MutableClock.at('2026-05-10T07:59:00Z');
    await store.upsertSettings(settings, clock.now());
    const discord = new FakeDiscord(clock);
    const records: Array<{ level: string; obj: object; msg?: string }> = [];
    const down = { is: true };
    const scheduler = createDigestScheduler({ store: flaky(store, down), clock, publisher: discord, logger: recordingLogger(records), compose: () => ({ content: 'digest' }) });
    for (let i = 0; i < 10; i++, clock.advance(MINUTE)) await scheduler.tick();
    expect(discord.messages).toHaveLength(0);
    expect(records.some((r) => r.level === 'error' && /will retry/.test(r.msg ?? ''))).toBe(true);
    down.is = false;
    for (let i = 0; i < 5; i++, clock.advance(MINUTE)) await scheduler.tick();
    expect(discord.messages).toHaveLength(1);
    expect((await store.getDelivery('g', '2026-05-10'))?.state).toBe('sent');
  });

  it('down right after Discord accepted the post, for longer than the nonce window: still one post, recorded when back', async () => {
    const clock = MutableClock.at('2026-05-10T08:00:00Z');
    await store.upsertSettings(settings, clock.now());
    const discord = new FakeDiscord(clock);
    const down: { is: boolean; from?: keyof Store } = { is: false, from: 'markSent' };
    const scheduler = createDigestScheduler({ store: flaky(store, down), clock, publisher: discord, logger: recordingLogger(), compose: () => ({ content: 'digest' }) });
    await scheduler.tick();
    expect(discord.messages).toHaveLength(1);
    const outageMinutes = NONCE_WINDOW_MS / MINUTE + 25;
    for (let i = 0; i < outageMinutes; i++) {
      clock.advance(MINUTE);
      await scheduler.tick();
    }
    down.from = undefined;
    down.is = false;
    for (let i = 0; i < 10; i++) {
      clock.advance(MINUTE);
      await scheduler.tick();
    }
    expect(discord.messages).toHaveLength(1);
    expect(await store.getDelivery('g', '2026-05-10')).toMatchObject({ state: 'sent', messageId: discord.messages[0]!.id });
  });
});
