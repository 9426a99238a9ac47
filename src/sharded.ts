/**
 * `npm run start:sharded`: run the bot under discord.js' ShardingManager, one process per shard.
 * Each shard runs src/main.ts; the digest scheduler posts through REST, which any shard can do, so only
 * shard 0 schedules (see `isSchedulerShard` in src/main.ts).
 */
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { readConfigOrExit } from './env.js';

/**
 * Discord's recommended shard count, asked of the configured API (ShardingManager's own 'auto' always asks
 * discord.com, which would ignore DISCORD_API_BASE).
 */
async function recommendedShards(config: Config, token: string): Promise<number> {
  const base = (config.apiBase ?? 'https://discord.com/api').replace(/\/$/, '');
  const res = await fetch(`${base}/v10/gateway/bot`, { headers: { Authorization: `Bot ${token}` } });
  if (res.status === 401) throw new Error('Discord rejected the bot token (check DISCORD_TOKEN)');
  if (!res.ok) throw new Error(`GET /gateway/bot answered ${res.status}`);
  const body = (await res.json()) as { shards?: number };
  return Math.max(1, body.shards ?? 1);
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const token = config.discordToken;
  if (!token) {
    process.stderr.write('DISCORD_TOKEN is not set: sharding needs the bot token (see .env.example).\n');
    process.exit(2);
  }
  const totalShards = await recommendedShards(config, token);
  const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    token,
    totalShards,
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => process.stderr.write(`shard ${shard.id} of ${totalShards} started\n`));

  // Stop the shards first, each with its own graceful SIGTERM shutdown, and only then exit: a manager that
  // exits first closes the IPC channel under shards that are still closing.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    const exits = [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill(signal);
        }),
    );
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([Promise.all(exits), deadline]);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await manager.spawn();
}

main().catch((err: unknown) => {
  process.stderr.write(`error: could not start shards: ${(err as Error).message}\n`);
  process.exit(1);
});
