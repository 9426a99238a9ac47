/**
 * The composition root: config → logger → corpus → index → store → (bot + scheduler + watcher) or console
 * mode, and an orderly shutdown on SIGINT/SIGTERM. Like the other entry points (src/cli.ts, src/register.ts,
 * src/sharded.ts) it is the only kind of module that reads process.env (through src/env.ts).
 */
import type { Config } from './config.js';
import { readConfigOrExit } from './env.js';
import { createLogger, type Logger } from './logger.js';
import { createApp, type App } from './app.js';
import { describeStage } from './pipeline.js';
import { CorpusError } from './corpus/load.js';
import { watchCorpus, type CorpusWatcher } from './corpus/watch.js';
import { createBot, createDiscordPublisher, TokenInvalidError, type Bot } from './discord/bot.js';
import { COMMANDS } from '../commands/index.js';
import { runConsole } from './console/console.js';
import { StoreError } from './store/store.js';

const SHUTDOWN_DEADLINE_MS = 10_000;
const HEALTH_INTERVAL_MS = 60_000;

/**
 * Whether this process posts digests. With PostgreSQL every process does: the shared ledger's claims and leases
 * let exactly one post each server's day, and any survivor takes over. With SQLite (one machine), shard 0 or the
 * only process: discord.js' ShardingManager passes the shard list in SHARDS.
 */
function runsScheduler(config: Config): boolean {
  if (config.databaseUrl) return true;
  const shards = process.env.SHARDS;
  return shards === undefined || shards.split(',').map((s) => s.trim()).includes('0');
}

/**
 * Exit code for a failure to start: 2 for settings a person must fix (DATABASE_URL's server, login or database),
 * like an invalid .env; 1 otherwise.
 */
function startFailureCode(err: unknown, config: Config): number {
  return config.databaseUrl && err instanceof StoreError && ['unavailable', 'auth', 'no-database'].includes(err.code) ? 2 : 1;
}


/**
 * With WATCH_CORPUS, re-read the articles added, changed or removed in the corpus folder while running (bot and
 * console mode alike); null when watching is off.
 */
function watchForChanges(config: Config, app: App, logger: Logger): CorpusWatcher | null {
  if (!config.watchCorpus) return null;
  let queue: Promise<unknown> = Promise.resolve();
  return watchCorpus(
    config.corpusDir,
    (files) => {
      // Reloads run one after another, so two bursts never interleave.
      queue = queue
        .then(() => app.reloadFiles(files))
        .then((summary) => logger.info({ files: files.length }, summary))
        .catch((err: unknown) => logger.error({ err }, 'corpus update failed'));
    },
    { onError: (err) => logger.warn({ err }, 'corpus watching stopped') },
  );
}

/** Console mode: the same commands and handlers, on the terminal or piped stdin, without Discord. */
async function runConsoleMode(config: Config): Promise<void> {
  // Replies go to stdout; logs stay out of the way on stderr (warnings and worse only).
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, destination: process.stderr });
  // One person at one terminal: a per-user cooldown would only reject piped commands.
  const consoleConfig: Config = Object.freeze({ ...config, cooldownSeconds: 0 });
  // Settings live in memory here, but a large corpus is still snapshotted in DATA_DIR: a restart is then seconds,
  // not minutes. Progress lines go to a person watching stderr.
  const app = await createApp(consoleConfig, logger, {
    databaseFile: ':memory:',
    snapshot: true,
    onStage: (stage, documents) => {
      if (process.stderr.isTTY && documents >= 200) process.stderr.write(`${describeStage(stage, documents)}\n`);
    },
  });
  const watcher = watchForChanges(config, app, logger);
  const interactive = Boolean(process.stdin.isTTY);
  if (interactive) {
    const s = app.ctx.stats.corpus();
    process.stdout.write(
      `trichdan console — no DISCORD_TOKEN set, so commands run here on ${config.corpusDir}/ ` +
        `(${s.documents} articles, ${s.quotes} quotes, ${s.events} events).\nType /help for commands, /quit to leave.\n`,
    );
  }
  await runConsole(app.ctx, { input: process.stdin, output: process.stdout, interactive });
  watcher?.close();
  await app.close();
}

async function runBot(config: Config, token: string, logger: Logger): Promise<void> {
  const app: App = await createApp(config, logger);
  const bot: Bot = createBot(app.ctx, { token, commands: COMMANDS, apiBase: config.apiBase, shardCount: config.shardCount, shardIds: config.shardIds });
  let watcher: CorpusWatcher | null = null;
  let health: NodeJS.Timeout | null = null;

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error({}, 'shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    if (health) clearInterval(health);
    watcher?.close();
    await bot.stop().catch((err: unknown) => logger.error({ err }, 'error while stopping the client'));
    await app.close().catch((err: unknown) => logger.error({ err }, 'error while closing the store'));
    logger.info({}, 'stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await bot.start();
  } catch (err) {
    await app.close().catch(() => undefined);
    if (err instanceof TokenInvalidError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // Under the ShardingManager every shard runs this file; digests are posted over REST, so one shard suffices.
  if (runsScheduler(config)) app.startScheduler(createDiscordPublisher(bot.client));

  watcher = watchForChanges(config, app, logger);

  health = setInterval(() => {
    logger.info(
      { guilds: bot.client.guilds.cache.size, wsPingMs: bot.client.ws.ping, lastAnswerMs: app.ctx.stats.lastLatencyMs, corpus: app.ctx.stats.corpus() },
      'health',
    );
  }, HEALTH_INTERVAL_MS);
  health.unref();
  logger.info({ user: bot.client.user?.tag, guilds: bot.client.guilds.cache.size }, 'bot ready');
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  if (!config.discordToken) {
    await runConsoleMode(config);
    return;
  }
  const logger = createLogger({ level: config.logLevel, pretty: Boolean(process.stderr.isTTY), destination: process.stderr, secrets: [config.discordToken] });
  try {
    await runBot(config, config.discordToken, logger);
  } catch (err) {
    if (err instanceof StoreError || err instanceof CorpusError) {
      process.stderr.write(`error: ${err.message}\n`);
      process.exit(startFailureCode(err, config));
    }
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  if (err instanceof StoreError || err instanceof CorpusError) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`error: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
