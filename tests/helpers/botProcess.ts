/**
 * A bot process for multi-process tests: config from the environment, the app and the discord.js client wired as
 * src/main.ts wires them (same createApp, createBot with SHARD_COUNT/SHARD_IDS, Discord publisher), but with the
 * clock and the scheduler's minutes driven by the parent over IPC, so a simulated week takes seconds.
 *
 * Run with `fork(…, { execArgv: ['--import', 'tsx'], env })`; START_MS sets the clock. Protocol:
 *   child → parent  { ready: true }                      once connected and the scheduler is built
 *   parent → child  { tick: <ms since epoch> }           set the clock, run one scheduler minute
 *   child → parent  { ticked: <ms> }                     when that minute's sends have settled (or hung: see below)
 * A tick whose send never answers (the stand-in's hangNext) reports `ticked` after `TICK_REPORT_MS`, so the parent
 * can kill -9 the process while its send is in flight.
 */
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createBot, createDiscordPublisher } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { COMMANDS } from '../../commands/index.js';

const TICK_REPORT_MS = 1_500;

let nowMs = Number(process.env.START_MS);
const clock = { now: () => new Date(nowMs) };
const config = parseConfig(process.env);
const logger = createLogger({ level: 'warn', destination: process.stderr });
const app = await createApp(config, logger, { clock });
const bot = createBot(app.ctx, { commands: COMMANDS, token: config.discordToken!, apiBase: config.apiBase, shardCount: config.shardCount, shardIds: config.shardIds });
await bot.start();
const scheduler = app.startScheduler(createDiscordPublisher(bot.client), { timer: false });
process.send!({ ready: true });

process.on('message', (message: { tick?: number; stop?: boolean }) => {
  if (message.stop) {
    void bot.stop().then(() => app.close()).then(() => process.exit(0));
    return;
  }
  if (typeof message.tick !== 'number') return;
  nowMs = message.tick;
  let reported = false;
  const report = (): void => {
    if (reported) return;
    reported = true;
    process.send!({ ticked: message.tick });
  };
  const timer = setTimeout(report, TICK_REPORT_MS);
  void scheduler.tick().then(() => {
    clearTimeout(timer);
    report();
  });
});
