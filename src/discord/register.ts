/**
 * Slash-command registration, only when the commands changed. Discord rate-limits command updates and a
 * bulk overwrite resets user-facing state (permissions UI flicker), so the bot compares a SHA-256 of the
 * normalized command JSON with the hash it stored after the last successful registration, per application
 * and scope. (discord.js `ApplicationCommand.equals()` is no help: Discord adds fields such as
 * `integration_types` on the round trip, so it reports a change every time.)
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'pino';
import type { Command } from './command.js';

export const HASH_FILE = 'commands.hash';

/** The REST call registration needs; discord.js `client.rest` (a `REST`) satisfies it. */
export interface CommandRest {
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

export interface RegisterOptions {
  rest: CommandRest;
  applicationId: string;
  /** Register in this guild (instant, for development); null → global. */
  guildId: string | null;
  /** Where the hash file lives (config.dataDir). */
  dataDir: string;
  /** Register even when the hash matches. */
  force?: boolean;
  commands: readonly Command[];
  logger?: Logger;
}

export interface RegisterResult {
  registered: boolean;
  scope: string;
  hash: string;
  count: number;
}

/** The JSON Discord receives for a registry. */
export function commandsJson(commands: readonly Command[]): RESTPostAPIApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalize(v);
    }
    return out;
  }
  return value;
}

/** SHA-256 of the command JSON with keys sorted and undefined dropped; command order is kept (it is data). */
export function commandsHash(json: readonly RESTPostAPIApplicationCommandsJSONBody[]): string {
  return createHash('sha256').update(JSON.stringify(normalize(json))).digest('hex');
}

function scopeKey(applicationId: string, guildId: string | null): string {
  return guildId ? `${applicationId}:guild:${guildId}` : `${applicationId}:global`;
}

async function readHashes(file: string): Promise<Record<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    // Missing or corrupt: register, then write a fresh file.
    return {};
  }
}

/**
 * Register the registry's commands (bulk overwrite) in the guild or globally, unless the stored hash for
 * this application and scope says they are already there. The hash is written only after Discord accepted.
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const json = commandsJson(options.commands);
  const hash = commandsHash(json);
  const scope = scopeKey(options.applicationId, options.guildId);
  const file = join(options.dataDir, HASH_FILE);
  const hashes = await readHashes(file);
  const log = options.logger?.child({ module: 'register' });
  if (!options.force && hashes[scope] === hash) {
    log?.info({ scope, count: json.length }, 'commands unchanged, not registering');
    return { registered: false, scope, hash, count: json.length };
  }
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  await options.rest.put(route, { body: json });
  await mkdir(options.dataDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ ...hashes, [scope]: hash }, null, 2)}\n`);
  await rename(tmp, file);
  log?.info({ scope, count: json.length }, 'commands registered');
  return { registered: true, scope, hash, count: json.length };
}
