/**
 * Discord misbehaving, with the application wired as src/main.ts wires it (createApp with a SQLite store in a temp
 * folder, createBot, the Discord publisher, the digest scheduler) against the local stand-in, plus a proxy for
 * late and lost REST responses. Two servers have a daily digest; each test is one local day.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/services.js';
import type { DigestScheduler } from '../../src/digest/scheduler.js';
import { createBot, createDiscordPublisher, type Bot } from '../../src/discord/bot.js';
import { silentLogger } from '../../src/logger.js';
import { slashCommand, startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../helpers/fakeDiscord/index.js';
import { startRestProxy, type RestProxy } from './restProxy.js';
import { textOf } from '../helpers/messageText.js';
import { COMMANDS } from '../../commands/index.js';

const GUILD_A = '1700000000000000100';
const NEWS_A = '1700000000000000101';
const CHAT_A = '1700000000000000102';
const GUILD_B = '1700000000000000200';
const NEWS_B = '1700000000000000201';
const ADMIN = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
const QUESTION = 'ai là bên khởi xướng cuộc chiến trừng phạt';


describe('Discord faults, end to end', () => {
  let fake: FakeDiscord;
  let proxy: RestProxy;
  let app: App;
  let bot: Bot;
  let scheduler: DigestScheduler;
  let dataDir: string;
  let now = new Date('2024-11-17T23:00:00Z'); // 06:00 on 18 November in Ho Chi Minh City
  const clock: Clock = { now: () => now };

  /** 07:30 local (the digest time) on the given day of November 2024, as UTC. */
  const digestTime = (day: number): Date => new Date(Date.UTC(2024, 10, day, 0, 30));
  const posts = (channelId: string): RecordedRequest[] =>
    fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

  async function askIn(guildId: string, channelId: string): Promise<string> {
    const h = await fake.interact(slashCommand('ask', { question: QUESTION }, { guildId, channelId, locale: 'vi' }));
    return textOf(await h.waitForEdit());
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'trichdan-faults-'));
    fake = await startFakeDiscord({
      guilds: [
        { id: GUILD_A, name: 'Phòng tin A', channels: [{ id: NEWS_A, name: 'tin-tuc' }, { id: CHAT_A, name: 'chung' }] },
        { id: GUILD_B, name: 'Phòng tin B', channels: [{ id: NEWS_B, name: 'tin-tuc' }] },
      ],
    });
    proxy = await startRestProxy(fake.apiBase);
    const config = parseConfig({ CORPUS_DIR: join(import.meta.dirname, '../../seeds'), DATA_DIR: dataDir, COOLDOWN_SECONDS: '0', WATCH_CORPUS: 'false' });
    app = await createApp(config, silentLogger(), { clock });
    bot = createBot(app.ctx, { commands: COMMANDS, token: fake.token, apiBase: proxy.apiBase });
    await bot.start();
    scheduler = app.startScheduler(createDiscordPublisher(bot.client));
    for (const [guildId, channel, at] of [[GUILD_A, NEWS_A, CHAT_A], [GUILD_B, NEWS_B, NEWS_B]] as const) {
      const h = await fake.interact(slashCommand('digest', { channel, time: '07:30', timezone: 'Asia/Ho_Chi_Minh' }, { subcommand: 'set', guildId, channelId: at, permissions: ADMIN, locale: 'en-US' }));
      await h.waitForEdit();
      expect(await app.store.getSettings(guildId)).toMatchObject({ channelId: channel, enabled: true });
    }
  });

  afterAll(async () => {
    scheduler?.stop();
    await bot?.stop();
    await app?.close();
    await proxy?.close();
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('(a) answers /ask sent while the gateway connection is down, after resuming the session without a restart', async () => {
    const before = await askIn(GUILD_A, CHAT_A);
    expect(before).toContain('Nguồn');
    const identifies = fake.identifies.length;

    fake.disconnectGateway();
    // Dispatched while the connection is down: Discord keeps it for the resumed session.
    const during = await askIn(GUILD_A, CHAT_A);
    await fake.waitForGateway();

    expect(during).toBe(before);
    expect(fake.identifies.length, 'resumed, not a fresh IDENTIFY').toBe(identifies);
    expect(fake.gatewayReceived.some((p) => p.op === 6), 'a RESUME was sent').toBe(true);
    expect(bot.client.isReady()).toBe(true);
  });

  it('(b) a 429 on the digest post: posted exactly once, after the Retry-After wait', async () => {
    fake.failNext({ method: 'POST', pathIncludes: `/channels/${NEWS_A}/messages` }, { status: 429, retryAfter: 0.2 });
    now = digestTime(18);
    await scheduler.tick();
    // The REST client may retry by itself or hand the wait to the scheduler; either way the next minutes settle it.
    for (let minute = 1; minute <= 3 && fake.messages(NEWS_A).length === 0; minute++) {
      await new Promise((r) => setTimeout(r, 250));
      now = new Date(digestTime(18).getTime() + minute * 60_000);
      await scheduler.tick();
    }
    const attempts = posts(NEWS_A);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[1]!.time - attempts[0]!.time, 'waited Retry-After').toBeGreaterThanOrEqual(190);
    expect(attempts[1]!.body.nonce).toBe(attempts[0]!.body.nonce);
    expect(fake.messages(NEWS_A)).toHaveLength(1);
    expect((await app.store.getDelivery(GUILD_A, '2024-11-18'))?.state).toBe('sent');
    // The other server is not held up by the first one's rate limit.
    expect(fake.messages(NEWS_B)).toHaveLength(1);

    now = new Date(digestTime(18).getTime() + 10 * 60_000);
    await scheduler.tick();
    expect(fake.messages(NEWS_A)).toHaveLength(1);
  });

  it('(c) a 500, and a success whose response is lost: one message each day, deduplicated by the nonce', async () => {
    fake.failNext({ method: 'POST', pathIncludes: `/channels/${NEWS_A}/messages` }, { status: 500 });
    now = digestTime(19);
    await scheduler.tick();
    for (let minute = 2; minute <= 4 && (await app.store.getDelivery(GUILD_A, '2024-11-19'))?.state !== 'sent'; minute++) {
      now = new Date(digestTime(19).getTime() + minute * 60_000);
      await scheduler.tick();
    }
    const day19 = posts(NEWS_A).slice(2);
    expect(day19.map((r) => r.status)).toEqual([500, 200]);
    expect(fake.messages(NEWS_A)).toHaveLength(2);

    // Discord creates the message but the answer never reaches the bot: the resend must not post it again.
    proxy.fault({ method: 'POST', pathIncludes: `/channels/${NEWS_A}/messages`, loseResponseWith: 502 });
    now = digestTime(20);
    await scheduler.tick();
    for (let minute = 2; minute <= 4 && (await app.store.getDelivery(GUILD_A, '2024-11-20'))?.state !== 'sent'; minute++) {
      now = new Date(digestTime(20).getTime() + minute * 60_000);
      await scheduler.tick();
    }
    const day20 = posts(NEWS_A).slice(4);
    expect(day20.length, 'the send was retried').toBeGreaterThanOrEqual(2);
    expect(new Set(day20.map((r) => r.body.nonce)).size, 'with the same nonce').toBe(1);
    expect(day20.every((r) => r.status === 200)).toBe(true);
    expect(fake.messages(NEWS_A)).toHaveLength(3);
    expect((await app.store.getDelivery(GUILD_A, '2024-11-20'))?.state).toBe('sent');
    expect((await app.store.getDelivery(GUILD_A, '2024-11-20'))?.messageId).toBe(fake.messages(NEWS_A)[2]!.id);
  });

  it('(d) a deleted channel: /digest status shows the error, the other server still gets its digest', async () => {
    const bBefore = fake.messages(NEWS_B).length;
    fake.deleteChannel(NEWS_A);
    now = digestTime(21);
    await scheduler.tick();
    expect(fake.messages(NEWS_B)).toHaveLength(bBefore + 1);
    expect((await app.store.getDelivery(GUILD_A, '2024-11-21'))?.state).toBe('failed');

    const h = await fake.interact(slashCommand('digest', {}, { subcommand: 'status', guildId: GUILD_A, channelId: CHAT_A, permissions: ADMIN, locale: 'en-US' }));
    const status = textOf(await h.waitForEdit());
    expect(status).toContain('Last error');
    expect(status).toMatch(/Unknown Channel|channel-missing/);
    expect(status).toMatch(/Consecutive failures\n1/);
    // Commands keep working in the server that lost its channel.
    expect(await askIn(GUILD_A, CHAT_A)).toContain('Nguồn');
  });

  it('(e) a slow REST response: the digest waits for it and is posted once; /ask is answered meanwhile', async () => {
    const bBefore = fake.messages(NEWS_B).length;
    proxy.fault({ method: 'POST', pathIncludes: `/channels/${NEWS_B}/messages`, delayMs: 1500 });
    now = digestTime(22);
    const tick = scheduler.tick();
    await new Promise((r) => setTimeout(r, 100));
    const answer = await askIn(GUILD_A, CHAT_A);
    const answeredAt = Date.now();
    await tick;

    expect(answer).toContain('Nguồn');
    const slow = proxy.responses.find((r) => r.fault?.delayMs && r.path.includes(NEWS_B))!;
    expect(answeredAt, '/ask was answered before the slow response came back').toBeLessThan(slow.answeredAt);
    expect(fake.messages(NEWS_B)).toHaveLength(bBefore + 1);
    expect((await app.store.getDelivery(GUILD_B, '2024-11-22'))?.state).toBe('sent');

    // A slow answer to the interaction's own deferral: the cited answer still arrives, once.
    proxy.fault({ method: 'POST', pathIncludes: '/callback', delayMs: 1500 });
    const h = await fake.interact(slashCommand('ask', { question: QUESTION }, { guildId: GUILD_B, channelId: NEWS_B, locale: 'vi' }));
    expect(textOf(await h.waitForEdit())).toBe(answer);
    expect(fake.requests.filter((r) => r.path.includes(`/interactions/${h.payload.id}/`))).toHaveLength(1);
  });
});
