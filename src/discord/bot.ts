/**
 * The discord.js client: minimal intents (Guilds: enough for slash commands and channel permissions, no
 * privileged intent), no mentions by default, command registration on ready, interactions to the dispatcher.
 */
import {
  Client,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  type Interaction,
} from 'discord.js';
import type { Command, IncomingInteraction } from './command.js';
import type { BotContext } from './context.js';
import { createDispatcher } from './dispatcher.js';
import { registerCommands } from './register.js';

export { createDiscordPublisher } from './publisher.js';

const STOP_TIMEOUT_MS = 10_000;

export interface BotOptions {
  token: string;
  /** REST base such as `http://127.0.0.1:8080/api` (tests' Discord stand-in); null → discord.com. */
  apiBase?: string | null;
  /** The command registry the client registers and dispatches (the product's is `COMMANDS` of commands/index.ts). */
  commands: readonly Command[];
  /** Re-register even when the stored hash matches. */
  forceRegister?: boolean;
  /**
   * Total shards of the application and the ones this client runs (all of them by default). One client with
   * several shards keeps one corpus index for all of them; null leaves it to discord.js (one shard, or the
   * ShardingManager's SHARDS/SHARD_COUNT).
   */
  shardCount?: number | null;
  shardIds?: readonly number[] | null;
}

export interface Bot {
  client: Client;
  /** Log in, wait for READY and register commands. Rejects with a clear error on a bad token. */
  start(): Promise<void>;
  /** Destroy the client; resolves within 10 s whatever the network does. */
  stop(): Promise<void>;
}

/** Thrown by start() when Discord refuses the token. */
export class TokenInvalidError extends Error {
  readonly code = 'TokenInvalid';
  constructor(cause: unknown) {
    super('Discord rejected the bot token (TokenInvalid): check DISCORD_TOKEN in .env', { cause });
    this.name = 'TokenInvalidError';
  }
}

/** Classify a discord.js interaction for the dispatcher; null for kinds the bot does not handle. */
export function toIncoming(i: Interaction): IncomingInteraction | null {
  if (i.isChatInputCommand()) return { kind: 'slash', interaction: i };
  if (i.isMessageContextMenuCommand()) return { kind: 'message', interaction: i };
  if (i.isAutocomplete()) return { kind: 'autocomplete', interaction: i };
  if (i.isButton()) return { kind: 'button', interaction: i };
  return null;
}

/** Create the bot. Nothing connects until start(). */
export function createBot(ctx: BotContext, options: BotOptions): Bot {
  const log = ctx.logger.child({ module: 'bot' });
  const commands = options.commands;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(options.apiBase ? { rest: { api: options.apiBase } } : {}),
    ...(options.shardCount
      ? { shardCount: options.shardCount, shards: [...(options.shardIds ?? Array.from({ length: options.shardCount }, (_, id) => id))] }
      : {}),
  });
  const dispatcher = createDispatcher(ctx, commands);

  client.on(Events.InteractionCreate, (interaction) => {
    const incoming = toIncoming(interaction);
    if (!incoming) return;
    // The dispatcher has its own error boundary; this catch is for a bug in the boundary itself.
    dispatcher.handle(incoming).catch((err: unknown) => log.error({ err }, 'dispatcher failed'));
  });
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'client warning'));

  return {
    client,
    async start() {
      const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
      try {
        await client.login(options.token);
      } catch (err) {
        if ((err as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) throw new TokenInvalidError(err);
        throw err;
      }
      const readyClient = await ready;
      log.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
      await registerCommands({
        rest: readyClient.rest,
        applicationId: readyClient.application.id,
        guildId: ctx.config.guildId,
        dataDir: ctx.config.dataDir,
        force: options.forceRegister ?? false,
        commands,
        logger: ctx.logger,
      });
    },
    async stop() {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref());
      await Promise.race([client.destroy(), timeout]).catch((err: unknown) => log.warn({ err }, 'error while stopping'));
      log.info('disconnected from Discord');
    },
  };
}
