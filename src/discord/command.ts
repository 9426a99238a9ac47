/**
 * The shape of a command module and the slice of the discord.js interaction API handlers may use.
 * Handlers see these narrow interfaces, not discord.js classes, so the console mode can drive the very
 * same handlers with a small adapter, and tests need no client. Real discord.js interactions satisfy them
 * structurally (bot.ts passes them as is).
 */
import type {
  ApplicationCommandOptionChoiceData,
  InteractionDeferReplyOptions,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.js';

/** Permission bits as discord.js exposes them (PermissionsBitField). */
export interface PermissionsLike {
  has(permission: bigint, checkAdmin?: boolean): boolean;
}

/** A channel picked in an option. `permissionsFor` exists when discord.js has the guild in its cache. */
export interface ChannelLike {
  readonly id: string;
  readonly type: number;
}

/** What every replyable interaction offers. */
export interface Replyable {
  readonly locale: string;
  readonly user: { readonly id: string; readonly username: string };
  readonly guildId: string | null;
  /** The invoking member's permissions in the channel (null outside a guild). */
  readonly memberPermissions: PermissionsLike | null;
  /** The bot's permissions in the channel of the interaction. */
  readonly appPermissions: PermissionsLike | null;
  readonly channelId: string | null;
  /** The bot's application id (also its user id). */
  readonly applicationId: string;
  readonly deferred: boolean;
  readonly replied: boolean;
  reply(options: InteractionReplyOptions): Promise<unknown>;
  deferReply(options?: InteractionDeferReplyOptions): Promise<unknown>;
  editReply(options: InteractionEditReplyOptions): Promise<unknown>;
  followUp(options: InteractionReplyOptions): Promise<unknown>;
}

export interface ChatInputOptions {
  getString(name: string, required?: boolean): string | null;
  getBoolean(name: string, required?: boolean): boolean | null;
  getChannel(name: string, required?: boolean): ChannelLike | null;
  getSubcommand(required: boolean): string | null;
}

/** A slash command invocation. */
export interface ChatInputLike extends Replyable {
  readonly commandName: string;
  readonly options: ChatInputOptions;
}

/** A message context-menu invocation ("Find source"). */
export interface MessageCommandLike extends Replyable {
  readonly commandName: string;
  readonly targetMessage: { readonly id: string; readonly content: string; readonly embeds: ReadonlyArray<{ readonly description: string | null }> };
}

/** An autocomplete request: answer with `respond`, within 3 s, ≤ 25 choices. */
export interface AutocompleteLike {
  readonly locale: string;
  readonly user: { readonly id: string };
  readonly guildId: string | null;
  readonly commandName: string;
  readonly responded: boolean;
  readonly options: {
    getFocused(getFull: true): { name: string; value: string };
    getString(name: string, required?: boolean): string | null;
    getSubcommand(required: boolean): string | null;
  };
  respond(choices: ApplicationCommandOptionChoiceData[]): Promise<unknown>;
}

/** A button click on one of our messages. `update` edits the message the button is on. */
export interface ButtonLike extends Replyable {
  readonly customId: string;
  update(options: InteractionUpdateOptions): Promise<unknown>;
}

interface CommandBase {
  /** A discord.js builder (or anything with a name and toJSON). */
  readonly data: { readonly name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  /** Handles clicks on buttons whose custom_id starts with `<data.name>:`; `args` are the parts after it. */
  button?(interaction: ButtonLike, ctx: BotContext, args: string[]): Promise<void>;
}

export interface SlashCommand extends CommandBase {
  readonly kind: 'slash';
  execute(interaction: ChatInputLike, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteLike, ctx: BotContext): Promise<void>;
}

export interface MessageCommand extends CommandBase {
  readonly kind: 'message';
  execute(interaction: MessageCommandLike, ctx: BotContext): Promise<void>;
}

/** A command module: one file in commands/, exported as `{ kind, data, execute, … } satisfies Command`. */
export type Command = SlashCommand | MessageCommand;

/** An interaction routed to the dispatcher, already classified by the adapter (bot.ts or console.ts). */
export type IncomingInteraction =
  | { kind: 'slash'; interaction: ChatInputLike }
  | { kind: 'message'; interaction: MessageCommandLike }
  | { kind: 'autocomplete'; interaction: AutocompleteLike }
  | { kind: 'button'; interaction: ButtonLike };
