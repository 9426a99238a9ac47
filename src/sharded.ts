/**
 * `npm run start:sharded`: every shard Discord recommends, in THIS process, through one discord.js client
 * (`shards`/`shardCount`), so they share one corpus index instead of each shard process loading its own
 * (~870 MiB each at 20 000 articles). On several machines, set SHARD_COUNT and SHARD_IDS per machine and use
 * `npm start` instead (README, "Running on several machines").
 */
import type { Config } from './config.js';
import { readConfigOrExit } from './env.js';

/**
 * Discord's recommended shard count, asked of the configured API (discord.js' own 'auto' always asks
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
  const total = config.shardCount ?? (await recommendedShards(config, token));
  const ids = config.shardIds ?? Array.from({ length: total }, (_, id) => id);
  process.env.SHARD_COUNT = String(total);
  process.env.SHARD_IDS = ids.join(',');
  process.stderr.write(`shards ${ids.join(', ')} of ${total} started in one process (one corpus index)\n`);
  // The composition root reads SHARD_COUNT/SHARD_IDS like any other setting; importing it starts the bot.
  await import('./main.js');
}

main().catch((err: unknown) => {
  process.stderr.write(`error: could not start shards: ${(err as Error).message}\n`);
  process.exit(1);
});
