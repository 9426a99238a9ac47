/**
 * Several machines, one Discord application, one PostgreSQL: two bot processes with their own shard (SHARD_COUNT=2,
 * SHARD_IDS=0 and 1), their own DATA_DIR and one DATABASE_URL, against the Discord stand-in, over a simulated week.
 * Admins set the digest through whichever process holds their server's shard; both processes run the scheduler and
 * race for every server's day. On day 3 one of them is killed (SIGKILL) while its post is in flight — Discord already
 * created the message — and the survivor takes the day over after the lease, with the same nonce; on day 5 the
 * killed one comes back. Each server must see exactly one digest a day.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestNonce } from '../../src/digest/scheduler.js';
import { slashCommand, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { textOf } from '../helpers/messageText.js';
import { POSTGRES_SKIPPED, TEST_DATABASE_URL, announcePostgresSkip } from '../helpers/storeBackends.js';

const ROOT = join(import.meta.dirname, '../..');
const HARNESS = join(ROOT, 'tests/helpers/botProcess.ts');
const ADMIN = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
const DAYS = 7;

// Four servers, two on each shard of 2: Discord's shard of a guild is (id >> 22) % shard_count.
const BASE = 1_700_000_000_000_000_000n;
const GUILDS = [0n, 1n, 2n, 3n].map((i) => (BASE + (i << 22n)).toString());
const shardOf = (guildId: string): number => Number((BigInt(guildId) >> 22n) % 2n);
const channelOf = (guildId: string): string => (BigInt(guildId) + 1n).toString();
/** Local 2024-11-(18+day) hh:mm in Ho Chi Minh City (UTC+7, no DST), as ms since the epoch. */
const at = (day: number, hh: number, mm: number): number => Date.UTC(2024, 10, 18 + day, hh - 7, mm);
const localDate = (day: number): string => new Date(Date.UTC(2024, 10, 18 + day)).toISOString().slice(0, 10);
// The minutes each process is woken for, every day: around the two digest times in use.
const MINUTES: Array<[number, number]> = [[7, 14], [7, 15], [7, 16], [7, 59], [8, 0], [8, 1], [8, 2], [8, 3], [8, 4]];

interface BotProcess {
  child: ChildProcess;
  output: () => string;
  tick(ms: number): Promise<void>;
}

announcePostgresSkip('two processes, one database');

describe.skipIf(POSTGRES_SKIPPED !== null)('two bot processes on one PostgreSQL, a simulated week', () => {
  let fake: FakeDiscord;
  let databaseUrl: string;
  let databaseName: string;
  const dirs: string[] = [];
  const alive = new Set<BotProcess>();

  async function query<R extends object>(url: string, text: string): Promise<R[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<R>(text)).rows;
    } finally {
      await client.end();
    }
  }

  function startBot(shard: number, dataDir: string, startMs: number): Promise<BotProcess> {
    const child = fork(HARNESS, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, DATA_DIR: dataDir, CORPUS_DIR: 'seeds',
        WATCH_CORPUS: 'false', DATABASE_URL: databaseUrl, SHARD_COUNT: '2', SHARD_IDS: String(shard), START_MS: String(startMs),
        LOG_LEVEL: 'warn', COOLDOWN_SECONDS: '0',
      },
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const bot: BotProcess = {
      child,
      output: () => out,
      tick: (ms) =>
        new Promise((resolve, reject) => {
          const onExit = (): void => reject(new Error(`bot on shard ${shard} exited during a tick:\n${out}`));
          const onMessage = (m: { ticked?: number }): void => {
            if (m.ticked !== ms) return;
            child.off('message', onMessage);
            child.off('exit', onExit);
            resolve();
          };
          child.on('message', onMessage);
          child.once('exit', onExit);
          child.send({ tick: ms });
        }),
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bot on shard ${shard} not ready:\n${out}`)), 60_000);
      child.once('exit', (code) => reject(new Error(`bot on shard ${shard} exited (${code}):\n${out}`)));
      child.on('message', (m: { ready?: boolean }) => {
        if (!m.ready) return;
        clearTimeout(timer);
        alive.add(bot);
        resolve(bot);
      });
    });
  }

  beforeAll(async () => {
    fake = await startFakeDiscord({
      token: 'MTcwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.multi-process-token-0123456789',
      guilds: GUILDS.map((id, i) => ({ id, name: `Báo ${i}`, channels: [{ id: channelOf(id), name: `tin-${i}` }] })),
    });
    databaseName = `trichdan_mp_${process.pid}_${Date.now().toString(36)}`;
    await query(TEST_DATABASE_URL!, `CREATE DATABASE ${databaseName}`);
    const u = new URL(TEST_DATABASE_URL!);
    u.pathname = `/${databaseName}`;
    databaseUrl = u.toString();
    for (let i = 0; i < 3; i++) dirs.push(mkdtempSync(join(tmpdir(), `trichdan-mp-${i}-`)));
  }, 30_000);

  afterAll(async () => {
    for (const bot of alive) bot.child.kill('SIGKILL');
    await fake?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    if (databaseName) await query(TEST_DATABASE_URL!, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  });

  it('posts one digest per server per day, whichever process is alive; a process killed mid-send is taken over with the same nonce', async () => {
    await startBot(0, dirs[0]!, at(0, 6, 0));
    let b = await startBot(1, dirs[1]!, at(0, 6, 0));

    // Admins configure through the process holding their server's shard: interactions reach only that shard.
    for (const [i, guildId] of GUILDS.entries()) {
      const h = await fake.interact(slashCommand('digest', { channel: channelOf(guildId), time: i === 3 ? '07:15' : '08:00', timezone: 'Asia/Ho_Chi_Minh' },
        { subcommand: 'set', guildId, channelId: channelOf(guildId), permissions: ADMIN, locale: 'en-US' }));
      const reply = await h.waitForEdit();
      expect(textOf(reply), `settings of server ${i}`).toContain(i === 3 ? '07:15' : '08:00');
    }
    expect(fake.identifies.map((i) => i.shard)).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    const victim = GUILDS[0]!;
    let killedMidSend = false;

    for (let day = 0; day < DAYS; day++) {
      if (day === 4) b = await startBot(1, dirs[2]!, at(day, 6, 0)); // the killed machine comes back, with a fresh disk
      for (const [hh, mm] of MINUTES) {
        const ms = at(day, hh, mm);
        if (day === 2 && hh === 8 && mm === 0) {
          // Only B wakes at 08:00; its post to the first server is created by Discord but never answered.
          fake.hangNext({ method: 'POST', pathIncludes: `/channels/${channelOf(victim)}/messages` });
          await b.tick(ms);
          expect(fake.messages(channelOf(victim))).toHaveLength(3);
          b.child.kill('SIGKILL');
          alive.delete(b);
          await new Promise((resolve) => b.child.once('exit', resolve));
          killedMidSend = true;
          continue;
        }
        await Promise.all([...alive].map((bot) => bot.tick(ms)));
      }
    }
    expect(killedMidSend).toBe(true);

    for (const guildId of GUILDS) {
      const posts = fake.messages(channelOf(guildId));
      expect(posts, `server ${guildId} (shard ${shardOf(guildId)})`).toHaveLength(DAYS);
      expect(posts.map((p) => p['nonce'])).toEqual(Array.from({ length: DAYS }, (_, day) => digestNonce(guildId, localDate(day))));
    }
    // The day-3 post to the victim was sent twice (B, then A after the lease) with one nonce: Discord kept one message.
    const victimSends = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelOf(victim)}/messages`
      && r.body?.nonce === digestNonce(victim, localDate(2)));
    expect(victimSends).toHaveLength(2);

    // The state is in PostgreSQL: every server's every day sent, the taken-over day on its second attempt.
    const rows = await query<{ guild_id: string; local_date: string; state: string; attempts: number; message_id: string }>(
      databaseUrl, 'SELECT guild_id, local_date, state, attempts, message_id FROM digest_deliveries ORDER BY guild_id, local_date');
    expect(rows).toHaveLength(GUILDS.length * DAYS);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    const taken = rows.find((r) => r.guild_id === victim && r.local_date === localDate(2));
    expect(taken).toMatchObject({ attempts: 2, message_id: fake.messages(channelOf(victim))[2]!['id'] });
  }, 180_000);
});
