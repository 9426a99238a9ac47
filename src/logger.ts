/**
 * The root logger. One is made by the entry point and passed down; modules take `logger.child({ module })`.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths redacted in every log line: the bot token must never reach a log, whatever object carries it. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'config.discordToken',
  'discordToken',
  '*.discordToken',
  'headers.authorization',
  '*.headers.authorization',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
];

export interface LoggerOptions {
  level: string;
  /** Pretty-print (pino-pretty) — only for a person at a terminal. */
  pretty?: boolean;
  /** Write here instead of stdout (tests, console mode keeps stdout for replies). */
  destination?: NodeJS.WritableStream;
  /**
   * Strings (the bot token) replaced by `[redacted]` wherever they appear in a finished line: the paths above only
   * cover known shapes, not `{ ctx: { config } }` or a library error that quotes the token in its message.
   */
  secrets?: readonly string[];
}

/** A pino streamWrite hook that blanks every secret, raw or as JSON escapes it; undefined when there is none. */
function secretScrubber(secrets: readonly string[] | undefined): ((line: string) => string) | undefined {
  const forms = [...new Set((secrets ?? []).filter((x) => x.length >= 8).flatMap((x) => [x, JSON.stringify(x).slice(1, -1)]))];
  if (forms.length === 0) return undefined;
  return (line) => forms.reduce((out, secret) => out.split(secret).join('[redacted]'), line);
}

/** Create the root logger. JSON lines by default; pretty only when asked (a TTY). */
export function createLogger(options: LoggerOptions): Logger {
  const streamWrite = secretScrubber(options.secrets);
  const base = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(streamWrite ? { hooks: { streamWrite } } : {}),
  };
  if (options.pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { destination: options.destination === process.stderr ? 2 : 1, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return options.destination ? pino(base, options.destination as pino.DestinationStream) : pino(base);
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
