/**
 * The clock jumps (issue 12, item 5): stepped back over midnight, forward a day and back again, or set a day ahead
 * while a server is configured and then corrected. A server never gets a day older than the last one it got, and no
 * day is lost to the correction. Simulated minute by minute with the settable clock of doubles.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestSettings, OutgoingMessage } from '../../src/core/services.js';
import { createDigestScheduler, type DigestScheduler } from '../../src/digest/scheduler.js';
import { openStore, type Store } from '../../src/store/store.js';
import { FakeDiscord, MutableClock, recordingLogger } from './doubles.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-clock-'));
  store = openStore(join(dir, 'bot.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

// Ho Chi Minh City is UTC+7 all year: 08:00 local is 01:00Z.
const settings: DigestSettings = {
  guildId: 'g', channelId: 'news', time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'vi', sections: ['quote-of-the-day'],
  emptyDay: 'note', enabled: true, failures: 0, lastError: null, lastRunAt: null, lastSentDate: null,
};
const compose = (_s: DigestSettings, localDate: string): OutgoingMessage => ({ content: `digest ${localDate}` });

function scheduler(clock: MutableClock, discord: FakeDiscord): DigestScheduler {
  return createDigestScheduler({ store, clock, publisher: discord, compose, logger: recordingLogger() });
}

/** Tick every minute of the next `ms` on the (possibly jumped) clock. */
async function run(clock: MutableClock, s: DigestScheduler, ms: number): Promise<void> {
  const end = clock.ms + ms;
  for (; clock.ms < end; clock.ms += MINUTE) await s.tick();
}

const posted = (discord: FakeDiscord): string[] => discord.in('news').map((m) => m.content!.replace('digest ', ''));

describe('digest scheduler under clock jumps', () => {
  it('a clock stepped back over midnight after today\'s digest never posts the day before', async () => {
    await store.upsertSettings(settings, new Date('2026-05-01T00:00:00Z'));
    // The bot was not running on 9 May; it starts on 10 May at 07:00 and posts 10 May at 08:00.
    const clock = MutableClock.at('2026-05-10T00:00:00Z');
    const discord = new FakeDiscord(clock);
    const s = scheduler(clock, discord);
    await run(clock, s, 2 * HOUR);
    expect(posted(discord)).toEqual(['2026-05-10']);
    // Stepped back ten hours: 22:00 on 9 May, a day that was never posted.
    clock.ms -= 10 * HOUR;
    expect((await s.nextRun((await store.getSettings('g'))!))?.toISOString()).toBe('2026-05-11T01:00:00.000Z');
    await run(clock, s, 12 * HOUR);
    expect(posted(discord)).toEqual(['2026-05-10']);
    await run(clock, s, DAY);
    expect(posted(discord)).toEqual(['2026-05-10', '2026-05-11']);
  });

  it('forward a day, then back: the day skipped over is not posted late, the next one is', async () => {
    await store.upsertSettings(settings, new Date('2026-05-01T00:00:00Z'));
    const clock = MutableClock.at('2026-05-10T00:00:00Z'); // 07:00 on 10 May
    const discord = new FakeDiscord(clock);
    const s = scheduler(clock, discord);
    await run(clock, s, 30 * MINUTE);
    clock.ms += DAY; // 07:30 on 11 May by the clock
    await run(clock, s, HOUR);
    expect(posted(discord)).toEqual(['2026-05-11']);
    clock.ms -= DAY; // corrected: 08:30 on 10 May
    await run(clock, s, 2 * HOUR);
    expect(posted(discord)).toEqual(['2026-05-11']);
    await run(clock, s, 2 * DAY); // to 10:30 on 12 May
    expect(posted(discord)).toEqual(['2026-05-11', '2026-05-12']);
  });

  it('the last day posted survives a restart: a new scheduler after the step back posts nothing older', async () => {
    await store.upsertSettings(settings, new Date('2026-05-01T00:00:00Z'));
    const clock = MutableClock.at('2026-05-10T00:00:00Z');
    const discord = new FakeDiscord(clock);
    await run(clock, scheduler(clock, discord), 2 * HOUR);
    clock.ms -= 10 * HOUR;
    await run(clock, scheduler(clock, discord), 12 * HOUR);
    expect(posted(discord)).toEqual(['2026-05-10']);
  });

  it('configured while the clock was a day ahead, then corrected: the next days are all posted', async () => {
    // Really 10:00 on 10 May; the clock says 11 May.
    const clock = MutableClock.at('2026-05-11T03:00:00Z');
    await store.upsertSettings(settings, clock.now());
    clock.ms -= DAY;
    const discord = new FakeDiscord(clock);
    const s = scheduler(clock, discord);
    expect((await s.nextRun((await store.getSettings('g'))!))?.toISOString()).toBe('2026-05-11T01:00:00.000Z');
    await run(clock, s, 2 * DAY);
    // Set up after 08:00 on 10 May, it waits for 11 May, as a server set up late does; 11 and 12 May are not lost.
    expect(posted(discord)).toEqual(['2026-05-11', '2026-05-12']);
  });
});
