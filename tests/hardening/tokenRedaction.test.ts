/**
 * The bot token never reaches a log line. A whole session against the Discord stand-in (start, commands, a gateway
 * drop, a failing REST call, an internal error, stop) logs at `trace` into memory and is searched for the token;
 * objects that carry it, however deeply, are logged on purpose; and src/main.ts itself is run into a start-up failure.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config.js';
import type { Command } from '../../src/discord/command.js';
import { createBot, createDiscordPublisher, type Bot } from '../../src/discord/bot.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { autocomplete, slashCommand, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { runEntry } from './spawnEntry.js';

// Shaped like a real token (id.timestamp.hmac); the last part is what must never show up, whole or alone.
const SECRET = 'redaction-probe-hmac-5f0e9c1d';
const TOKEN = `MTcwMDAwMDAwMDAwMDAwMzAw.GhArDn.${SECRET}`;
const GUILD = '1700000000000000300';
const NEWS = '1700000000000000301';

/** A command whose handler fails after deferring: the dispatcher's internal-error path. */
const broken: Command = {
  kind: 'slash',
  data: { name: 'broken', toJSON: () => ({ name: 'broken', description: 'fails on purpose' }) },
  async execute(i) {
    await i.deferReply();
    throw new Error('the index went away');
  },
};

function memoryLogger(config: Config): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  // As src/main.ts makes the bot's logger.
  return { logger: createLogger({ level: 'trace', destination: sink, secrets: config.discordToken ? [config.discordToken] : [] }), lines };
}

describe('the bot token in logs', () => {
  let fake: FakeDiscord;
  let app: App;
  let bot: Bot;
  let dataDir: string;
  let config: Config;
  let log: { logger: Logger; lines: string[] };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'trichdan-redact-'));
    fake = await startFakeDiscord({ token: TOKEN, guilds: [{ id: GUILD, name: 'Phòng tin', channels: [{ id: NEWS, name: 'tin-tuc' }] }] });
    config = parseConfig({
      DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: GUILD, LOG_LEVEL: 'trace',
      CORPUS_DIR: join(import.meta.dirname, '../../seeds'), DATA_DIR: dataDir, COOLDOWN_SECONDS: '0', WATCH_CORPUS: 'false',
    });
    log = memoryLogger(config);
  });

  afterAll(async () => {
    await bot?.stop();
    await app?.close();
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('appears in no line of a full session at trace level', async () => {
    app = await createApp(config, log.logger);
    bot = createBot(app.ctx, { token: config.discordToken!, apiBase: config.apiBase, commands: [...COMMANDS, broken] });
    await bot.start();
    app.startScheduler(createDiscordPublisher(bot.client));

    const ask = await fake.interact(slashCommand('ask', { question: 'ai là bên khởi xướng cuộc chiến trừng phạt' }, { guildId: GUILD }));
    await ask.waitForEdit();
    await fake.interact(autocomplete('quote', 'speaker', 'pes', { guildId: GUILD }));
    const failing = await fake.interact(slashCommand('broken', {}, { guildId: GUILD, locale: 'en-US' }));
    expect((await failing.waitForEdit()).content).toMatch(/quote this id: `[0-9a-f]{8}`/);
    // A REST failure carries the request in the error discord.js throws.
    fake.failNext({ method: 'PATCH', pathIncludes: '/messages/@original' }, { status: 500 });
    fake.failNext({ method: 'PATCH', pathIncludes: '/messages/@original' }, { status: 500 });
    fake.failNext({ method: 'PATCH', pathIncludes: '/messages/@original' }, { status: 500 });
    fake.failNext({ method: 'PATCH', pathIncludes: '/messages/@original' }, { status: 500 });
    const unlucky = await fake.interact(slashCommand('ask', { question: 'đàm phán' }, { guildId: GUILD }));
    await unlucky.waitForEdit().catch(() => undefined);
    fake.disconnectGateway();
    await fake.waitForGateway();
    await bot.stop();

    const lines = log.lines;
    expect(lines.some((l) => l.includes('"level":10') || l.includes('"level":20')), 'trace/debug lines were written').toBe(true);
    expect(lines.some((l) => l.includes('interaction failed')), 'the internal error was logged').toBe(true);
    const leaks = lines.filter((l) => l.includes(SECRET));
    expect(leaks).toEqual([]);
  });

  it('is [redacted] wherever an object carrying it is logged', () => {
    const objects: Array<[string, object]> = [
      ['config', { config }],
      ['token', { token: TOKEN }],
      ['a spread config', { ...config }],
      ['request headers', { headers: { authorization: `Bot ${TOKEN}` } }],
      ['environment', { env: { DISCORD_TOKEN: TOKEN } }],
      ['an error property', { err: Object.assign(new Error('login failed'), { token: TOKEN }) }],
      ['context two levels down', { ctx: { config } }],
      ['client options', { client: { rest: { options: { token: TOKEN } } } }],
      ['an error message', { err: new Error(`An invalid token was provided: ${TOKEN}`) }],
    ];
    for (const [what, obj] of objects) {
      log.lines.length = 0;
      log.logger.info(obj, what);
      log.logger.child({ token: TOKEN }).warn(obj, what);
      expect(log.lines, what).toHaveLength(2);
      for (const line of log.lines) {
        expect(line, what).not.toContain(SECRET);
        expect(line, what).toContain('[redacted]');
      }
    }
  });

  it('is not logged by src/main.ts when start-up fails at trace level', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'trichdan-redact-cwd-'));
    const api = createServer((_req, res) => res.writeHead(500).end());
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const run = await runEntry('main', [], {
        cwd,
        env: { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`, LOG_LEVEL: 'trace', DATA_DIR: join(cwd, 'data'), CORPUS_DIR: join(import.meta.dirname, '../../seeds') },
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/start-up failed/);
      expect(run.stderr + run.stdout).not.toContain(SECRET);
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('cannot be committed from a .env file', () => {
    const ignored = readFileSync(join(import.meta.dirname, '../../.gitignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toContain('.env');
  });
});
