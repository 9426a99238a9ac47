/**
 * Configuration, parsed once from the environment into a typed, frozen object.
 * Only the entry points read `process.env`; everything else receives a `Config`.
 */
import { z } from 'zod';
import { isValidTimeZone } from './digest/zonedTime.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

/** A number in a range, with one message that says what is allowed (zod's own says "expected number, received NaN"). */
function numberIn(min: number, max: number, what: string) {
  const message = `must be ${what} from ${min} to ${max}`;
  return z.coerce.number({ error: message }).min(min, message).max(max, message);
}

/** Why a DATABASE_URL cannot be a PostgreSQL connection URL, or null when it can. */
function databaseUrlProblem(value: string): string | null {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return 'must be a URL such as postgresql://user:password@host:5432/trichdan (special characters in the password percent-encoded)';
  }
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') return `must start with postgresql:// (got ${u.protocol}//)`;
  if (!u.hostname) return 'must name a host, e.g. postgresql://user:password@db.example.org:5432/trichdan';
  if (u.pathname.replace(/^\//, '') === '') return 'must name a database after the host, e.g. …:5432/trichdan';
  return null;
}

/** "0,1,2" or "0-3" or "0-1,4": shard ids, each once. */
function parseShardIds(value: string): number[] | null {
  const ids = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) return null;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from) return null;
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

const schema = z.object({
  DISCORD_TOKEN: z.string().min(20, 'looks too short to be a bot token').optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  // z.url() alone also accepts ftp:, file: or javascript: URLs, which would only fail once the bot is connecting.
  DISCORD_API_BASE: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' }).optional(),
  CORPUS_DIR: z.string().default('seeds'),
  DATA_DIR: z.string().default('data'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  DIGEST_DEFAULT_TIMEZONE: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh')
    .default('Asia/Ho_Chi_Minh'),
  DIGEST_DEFAULT_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour), e.g. 08:00')
    .default('08:00'),
  DIGEST_MAX_FAILURES: numberIn(1, 100, 'a whole number').int('must be a whole number from 1 to 100').default(5),
  COOLDOWN_SECONDS: numberIn(0, 3600, 'a number of seconds').default(3),
  WATCH_CORPUS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  // Checked by hand: the message must never echo the URL, which holds the password.
  DATABASE_URL: z.string().superRefine((v, ctx) => {
    const problem = databaseUrlProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }).optional(),
  SHARD_COUNT: numberIn(1, 16_384, 'a whole number').int('must be a whole number').optional(),
  SHARD_IDS: z.string().refine((v) => parseShardIds(v) !== null, 'must be shard ids such as 0,1 or 0-3').optional(),
  INGEST_THREADS: numberIn(1, 64, 'a whole number').int('must be a whole number from 1 to 64').optional(),
}).superRefine((c, ctx) => {
  if (c.SHARD_IDS === undefined) return;
  if (c.SHARD_COUNT === undefined) {
    ctx.addIssue({ code: 'custom', path: ['SHARD_IDS'], message: 'needs SHARD_COUNT, the total number of shards over all machines' });
    return;
  }
  const ids = parseShardIds(c.SHARD_IDS) ?? [];
  const out = ids.filter((id) => id >= c.SHARD_COUNT!);
  if (out.length) ctx.addIssue({ code: 'custom', path: ['SHARD_IDS'], message: `shard ${out.join(', ')} is not below SHARD_COUNT (${c.SHARD_COUNT})` });
});

export interface Config {
  readonly discordToken: string | null;
  readonly guildId: string | null;
  readonly apiBase: string | null;
  readonly corpusDir: string;
  readonly dataDir: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly digestDefaultTimezone: string;
  readonly digestDefaultTime: string;
  readonly digestMaxFailures: number;
  readonly cooldownSeconds: number;
  readonly watchCorpus: boolean;
  /** PostgreSQL shared by every process and machine; null: SQLite in `dataDir`. */
  readonly databaseUrl: string | null;
  /** Total shards of the application over every machine; null: one shard (or the ShardingManager decides). */
  readonly shardCount: number | null;
  /** The shards this process runs (all of them in one client, one index); null: all of `shardCount`. */
  readonly shardIds: readonly number[] | null;
  /** Worker threads reading and extracting a large build; null: one per core. */
  readonly ingestThreads: number | null;
}

/** Thrown with every problem at once, so a person fixes the environment in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parse the environment. Blank values (as copied from .env.example) count as unset.
 * @throws ConfigError listing every invalid key with what is allowed.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') present[key] = value.trim();
  }
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  return Object.freeze({
    discordToken: c.DISCORD_TOKEN ?? null,
    guildId: c.DISCORD_GUILD_ID ?? null,
    apiBase: c.DISCORD_API_BASE ?? null,
    corpusDir: c.CORPUS_DIR,
    dataDir: c.DATA_DIR,
    logLevel: c.LOG_LEVEL,
    digestDefaultTimezone: c.DIGEST_DEFAULT_TIMEZONE,
    digestDefaultTime: c.DIGEST_DEFAULT_TIME,
    digestMaxFailures: c.DIGEST_MAX_FAILURES,
    cooldownSeconds: c.COOLDOWN_SECONDS,
    watchCorpus: c.WATCH_CORPUS === 'true',
    databaseUrl: c.DATABASE_URL ?? null,
    shardCount: c.SHARD_COUNT ?? null,
    shardIds: c.SHARD_IDS !== undefined ? Object.freeze(parseShardIds(c.SHARD_IDS) ?? []) : null,
    ingestThreads: c.INGEST_THREADS ?? null,
  });
}
