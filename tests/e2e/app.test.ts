/**
 * The whole application as src/main.ts wires it (createApp: corpus, store, digest source and scheduler; createBot;
 * the Discord publisher) against the local Discord stand-in, with an injected clock: an admin sets the digest, time
 * passes, the digest arrives in the channel exactly once, and not again after a restart; an article dropped into the
 * corpus folder is answered and listed as new in the next digest. Run on both stores: SQLite in a temp folder, and
 * PostgreSQL (DATABASE_URL) when TEST_DATABASE_URL is set.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config.js';
import type { Clock } from '../../src/core/services.js';
import type { DigestScheduler } from '../../src/digest/scheduler.js';
import { createBot, createDiscordPublisher, type Bot } from '../../src/discord/bot.js';
import { silentLogger } from '../../src/logger.js';
import { slashCommand, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { textOf } from '../helpers/messageText.js';
import { TEST_DATABASE_URL, announcePostgresSkip, dropSchemas, freshSchema, storeBackends } from '../helpers/storeBackends.js';
import { COMMANDS } from '../../commands/index.js';

const GUILD = '1600000000000000100';
const NEWS = '1600000000000000101';
const ADMIN = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;


announcePostgresSkip('app end to end');

for (const backend of storeBackends()) {
describe.skipIf(backend.skipped !== null)(`digest and growing corpus, end to end, on ${backend.name}`, () => {
  let fake: FakeDiscord;
  let app: App;
  let bot: Bot;
  let scheduler: DigestScheduler;
  let corpusDir: string;
  let dataDir: string;
  // 2024-11-17 23:00 UTC = 2024-11-18 06:00 in Ho Chi Minh City (UTC+7).
  let now = new Date('2024-11-17T23:00:00Z');
  const clock: Clock = { now: () => now };
  const schema = backend.name === 'postgres' ? freshSchema('app') : undefined;
  let config: Config;

  beforeAll(async () => {
    corpusDir = mkdtempSync(join(tmpdir(), 'trichdan-corpus-'));
    dataDir = mkdtempSync(join(tmpdir(), 'trichdan-data-'));
    cpSync(join(import.meta.dirname, '../../seeds'), corpusDir, { recursive: true });
    fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'Phòng tin', channels: [{ id: NEWS, name: 'tin-tuc' }] }] });
    config = parseConfig({
      CORPUS_DIR: corpusDir, DATA_DIR: dataDir, COOLDOWN_SECONDS: '0', DISCORD_GUILD_ID: GUILD,
      DATABASE_URL: backend.name === 'postgres' ? TEST_DATABASE_URL! : undefined,
    });
    app = await createApp(config, silentLogger(), { clock, databaseSchema: schema });
    bot = createBot(app.ctx, { commands: COMMANDS, token: fake.token, apiBase: fake.apiBase });
    await bot.start();
    scheduler = app.startScheduler(createDiscordPublisher(bot.client));
  });

  afterAll(async () => {
    await bot?.stop();
    await app?.close();
    await fake?.close();
    rmSync(corpusDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    if (schema) await dropSchemas(TEST_DATABASE_URL!, [schema]);
  });

  it('refuses /digest set to a member without Manage Server, and stores nothing', async () => {
    const h = await fake.interact(slashCommand('digest', { channel: NEWS, time: '07:30', timezone: 'Asia/Ho_Chi_Minh' }, { subcommand: 'set', guildId: GUILD, channelId: NEWS }));
    const reply = await h.waitForEdit();
    expect(reply.flags & 64).toBe(64); // ephemeral
    expect(await app.store.getSettings(GUILD)).toBeNull();
  });

  it('rejects an invalid time with a clear message, and stores nothing', async () => {
    const h = await fake.interact(slashCommand('digest', { channel: NEWS, time: '25:99', timezone: 'Asia/Ho_Chi_Minh' }, { subcommand: 'set', guildId: GUILD, channelId: NEWS, permissions: ADMIN, locale: 'en-US' }));
    expect(textOf(await h.waitForEdit())).toMatch(/HH:MM/);
    expect(await app.store.getSettings(GUILD)).toBeNull();
  });

  it('posts the digest once when the local time comes, not before and not twice', async () => {
    const h = await fake.interact(slashCommand('digest', { channel: NEWS, time: '07:30', timezone: 'Asia/Ho_Chi_Minh' }, { subcommand: 'set', guildId: GUILD, channelId: NEWS, permissions: ADMIN, locale: 'en-US' }));
    await h.waitForEdit();
    expect(await app.store.getSettings(GUILD)).toMatchObject({ channelId: NEWS, time: '07:30', timezone: 'Asia/Ho_Chi_Minh', enabled: true });

    now = new Date('2024-11-18T00:29:00Z'); // 07:29 local
    await scheduler.tick();
    expect(fake.messages(NEWS)).toHaveLength(0);

    now = new Date('2024-11-18T00:30:00Z'); // 07:30 local
    await scheduler.tick();
    now = new Date('2024-11-18T00:31:00Z');
    await scheduler.tick();
    const posted = fake.messages(NEWS);
    expect(posted).toHaveLength(1);
    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`);
    expect(sent[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(sent[0]!.body.enforce_nonce).toBe(true);
    // 18 November: "on this day" has nothing earlier in the seeds, but a quote of the day with its speaker.
    expect(textOf(posted[0])).toMatch(/Peskov|Putin|Ushakov|Psaki|Trump|Zelensky|Biden/);
    expect(await app.store.getDelivery(GUILD, '2024-11-18')).toMatchObject({ state: 'sent', messageId: posted[0]!.id });
  });

  it('a restart later the same day finds the day sent in the store and posts nothing more', async () => {
    await bot.stop();
    await app.close();
    now = new Date('2024-11-18T02:00:00Z'); // 09:00 local, well past 07:30
    app = await createApp(config, silentLogger(), { clock, databaseSchema: schema });
    bot = createBot(app.ctx, { commands: COMMANDS, token: fake.token, apiBase: fake.apiBase });
    await bot.start();
    scheduler = app.startScheduler(createDiscordPublisher(bot.client));
    await scheduler.tick();
    expect(fake.messages(NEWS)).toHaveLength(1);
    expect(await app.store.getSettings(GUILD)).toMatchObject({ channelId: NEWS, time: '07:30', lastSentDate: '2024-11-18' });
  });

  it('answers from an article dropped into the corpus folder and lists it as new in the next digest', async () => {
    writeFileSync(
      join(corpusDir, 'moi_bai.txt'),
      'Ngoại trưởng Anna Berg thăm Hà Nội\n\nNgày 18/11/2024, Ngoại trưởng Anna Berg cho biết: “Chúng tôi sẽ mở rộng hợp tác về năng lượng tái tạo với các đối tác châu Á”.\n\nBà Berg nói thêm rằng các cuộc đàm phán sẽ tiếp tục vào tháng tới.\n',
    );
    const summary = await app.reloadFiles(['moi_bai.txt']);
    expect(summary).toMatch(/6 articles/);
    const answers = app.ctx.index().ask('Anna Berg nói gì về năng lượng tái tạo?');
    expect(answers[0]).toMatchObject({ speaker: 'Anna Berg', source: { file: 'moi_bai.txt' } });
    expect(answers[0]!.text).toContain('năng lượng tái tạo');

    now = new Date('2024-11-19T00:30:00Z'); // next day, 07:30 local
    await scheduler.tick();
    const posted = fake.messages(NEWS);
    expect(posted).toHaveLength(2);
    expect(textOf(posted[1])).toContain('Ngoại trưởng Anna Berg thăm Hà Nội');
  });

  it('shows the next run in /digest status', async () => {
    const h = await fake.interact(slashCommand('digest', {}, { subcommand: 'status', guildId: GUILD, channelId: NEWS, permissions: ADMIN, locale: 'en-US' }));
    const text = textOf(await h.waitForEdit());
    expect(text).toContain('07:30');
    expect(text).toContain('Asia/Ho_Chi_Minh');
  });

  it('re-reads an article when its sidecar is added or deleted, and forgets a deleted article', async () => {
    const titleOf = () => app.ctx.index().extraction.documents.find((d) => d.file === 'moi_bai.txt')?.title;
    writeFileSync(join(corpusDir, 'moi_bai.json'), JSON.stringify({ title: 'Tiêu đề từ tệp đi kèm' }));
    await app.reloadFiles(['moi_bai.json']);
    expect(titleOf()).toBe('Tiêu đề từ tệp đi kèm');
    rmSync(join(corpusDir, 'moi_bai.json'));
    await app.reloadFiles(['moi_bai.json']);
    expect(titleOf()).toBe('Ngoại trưởng Anna Berg thăm Hà Nội');
    rmSync(join(corpusDir, 'moi_bai.txt'));
    expect(await app.reloadFiles(['moi_bai.txt'])).toMatch(/5 articles/);
    expect(app.ctx.index().ask('Anna Berg nói gì về năng lượng tái tạo?')).toEqual([]);
  });
});
}
