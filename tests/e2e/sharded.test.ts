/**
 * `npm run start:sharded`: the ShardingManager asks the configured API for the shard count, starts the bot in a
 * shard process that answers, and stops its shards gracefully on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { textOf } from '../helpers/messageText.js';

const GUILD = '1900000000000000100';
const NEWS = '1900000000000000101';
const TOKEN = 'MTkwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.sharded-test-token-0123456789';
const ROOT = join(import.meta.dirname, '../..');

describe('npm run start:sharded', () => {
  let fake: FakeDiscord;
  let dataDir: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN, guilds: [{ id: GUILD, name: 'Phòng tin', channels: [{ id: NEWS, name: 'tin-tuc' }] }] });
    dataDir = mkdtempSync(join(tmpdir(), 'trichdan-sharded-'));
  });

  afterAll(async () => {
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the bot in a shard that answers, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sharded.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: GUILD, DATA_DIR: dataDir, WATCH_CORPUS: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 40_000;
      while (fake.commands(GUILD).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const h = await fake.interact(slashCommand('ask', { question: 'tango' }, { guildId: GUILD, channelId: NEWS }));
      expect(textOf(await h.waitForEdit())).toContain('tango');
      expect(stderr).toContain('shard 0 of 1 started');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('ERR_IPC_CHANNEL_CLOSED');
  }, 60_000);
});
