/**
 * `npm run start:sharded`: run the bot under discord.js' ShardingManager, one process per shard.
 * Each shard runs src/main.ts; the digest scheduler posts through REST, which any shard can do, so only
 * shard 0 schedules (see `isSchedulerShard` in src/main.ts).
 */
import { ShardingManager } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { fileURLToPath } from 'node:url';

loadDotenv({ quiet: true });
const token = process.env.DISCORD_TOKEN?.trim();
if (!token) {
  process.stderr.write('DISCORD_TOKEN is not set: sharding needs the bot token (see .env.example).\n');
  process.exit(2);
}

const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
  token,
  totalShards: 'auto',
  execArgv: ['--import', 'tsx'],
});
manager.on('shardCreate', (shard) => process.stderr.write(`shard ${shard.id} started\n`));
manager.spawn().catch((err: unknown) => {
  process.stderr.write(`error: could not start shards: ${(err as Error).message}\n`);
  process.exit(1);
});
