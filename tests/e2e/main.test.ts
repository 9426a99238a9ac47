/**
 * `npm start` with a token, as a real process against the local Discord stand-in: it connects, registers its
 * commands, answers, and shuts down cleanly on SIGTERM; a wrong token is a clear error and a non-zero exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { textOf } from '../helpers/messageText.js';

const GUILD = '1800000000000000100';
const NEWS = '1800000000000000101';
const ROOT = join(import.meta.dirname, '../..');
const TOKEN = 'MTgwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.main-test-token-0123456789';

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; ms: number }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  let signalledAt = 0;
  const kill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => ((signalledAt = Date.now()), kill(signal));
  const exited = new Promise<{ code: number | null; ms: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, ms: signalledAt ? Date.now() - signalledAt : 0 })),
  );
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start with a token', () => {
  let fake: FakeDiscord;
  let dataDir: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, guilds: [{ id: GUILD, name: 'Phòng tin', channels: [{ id: NEWS, name: 'tin-tuc' }] }] });
    dataDir = mkdtempSync(join(tmpdir(), 'trichdan-main-'));
  });

  afterAll(async () => {
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('connects, registers, answers /ask with a cited excerpt, and exits 0 on SIGTERM within 10 s', async () => {
    const bot = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: GUILD, DATA_DIR: dataDir, CORPUS_DIR: 'seeds', LOG_LEVEL: 'info', WATCH_CORPUS: 'false' });
    try {
      await until(() => fake.commands(GUILD).length > 0, 'command registration');
      const h = await fake.interact(slashCommand('ask', { question: 'Khi nào Peskov trả lời hãng tin TASS?' }, { guildId: GUILD, channelId: NEWS, locale: 'vi' }));
      const reply = textOf(await h.waitForEdit());
      expect(reply).toContain('TASS');
      expect(reply).toContain('18/11/2024');
    } finally {
      bot.child.kill('SIGTERM');
    }
    const { code, ms } = await bot.exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('says the token was rejected and exits non-zero', async () => {
    const bot = start({ DISCORD_TOKEN: 'MTgwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.this-token-is-wrong-000000', DISCORD_API_BASE: fake.apiBase, DATA_DIR: dataDir, WATCH_CORPUS: 'false' });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.output()).toMatch(/rejected the bot token/);
  });
});
