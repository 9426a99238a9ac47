/**
 * `npm run start:sharded`: asks the configured API for the shard count and runs every shard in one process (one
 * corpus index), which answers, and stops gracefully on SIGTERM.
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

// Two servers on different shards of 2: Discord's shard of a guild is (id >> 22) % shard_count.
const G0 = (1_900_000_000_000_000_000n).toString();
const G1 = (1_900_000_000_000_000_000n + (1n << 22n)).toString();
const C0 = (BigInt(G0) + 1n).toString();
const C1 = (BigInt(G1) + 1n).toString();

describe('npm run start:sharded', () => {
  let fake: FakeDiscord;
  let dataDir: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({
      token: TOKEN,
      guilds: [
        { id: GUILD, name: 'Phòng tin', channels: [{ id: NEWS, name: 'tin-tuc' }] },
        { id: G0, name: 'Báo 0', channels: [{ id: C0, name: 'tin-0' }] },
        { id: G1, name: 'Báo 1', channels: [{ id: C1, name: 'tin-1' }] },
      ],
    });
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
      expect(stderr).toContain('shards 0 of 1 started in one process');
      expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 1]]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('ERR_IPC_CHANNEL_CLOSED');
  }, 60_000);

  it('SHARD_COUNT=2 with npm start: one process holds both shards and answers in a server of each', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DATA_DIR: dataDir, WATCH_CORPUS: 'false', LOG_LEVEL: 'warn', SHARD_COUNT: '2', COOLDOWN_SECONDS: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const before = fake.identifies.length;
    try {
      const deadline = Date.now() + 40_000;
      while (fake.identifies.length - before < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1_000));
      expect(fake.identifies.slice(before).map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
      for (const [guildId, channelId] of [[G0, C0], [G1, C1]] as const) {
        const h = await fake.interact(slashCommand('ask', { question: 'tango' }, { guildId, channelId }));
        expect(textOf(await h.waitForEdit()), `server on shard ${Number((BigInt(guildId) >> 22n) % 2n)}`).toContain('tango');
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
