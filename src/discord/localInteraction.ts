/**
 * Interactions that live in this process: the console mode types commands into them, and tests use them as
 * doubles. They implement the slice of the discord.js API in command.ts and follow its state rules
 * (reply twice → InteractionAlreadyReplied, edit before reply → InteractionNotReplied).
 */
import { MessageFlags, PermissionsBitField } from 'discord.js';
import type {
  AutocompleteLike,
  ButtonLike,
  ChannelLike,
  ChatInputLike,
  MessageCommandLike,
  Replyable,
} from './command.js';

/** One thing the handler sent, in order. */
export interface LocalSend {
  kind: 'reply' | 'defer' | 'edit' | 'followUp' | 'update' | 'respond';
  /** The options object as the handler passed it. */
  payload: unknown;
  ephemeral: boolean;
}

export type LocalOptionValue = string | boolean | ChannelLike;

export interface LocalInteractionInit {
  locale?: string;
  userId?: string;
  username?: string;
  /** null = a DM. */
  guildId?: string | null;
  channelId?: string | null;
  applicationId?: string;
  /** The member's permissions; default: all (the console user is the operator). */
  permissions?: bigint;
  appPermissions?: bigint;
  /** Called for every send, as it happens. */
  onSend?: (send: LocalSend) => void;
}

class LocalError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'LocalInteractionError';
  }
}

function isEphemeral(payload: unknown): boolean {
  const flags = (payload as { flags?: unknown } | undefined)?.flags;
  return typeof flags === 'number' && (flags & MessageFlags.Ephemeral) !== 0;
}

class LocalReplyable implements Replyable {
  readonly locale: string;
  readonly user: { id: string; username: string };
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly applicationId: string;
  readonly memberPermissions: PermissionsBitField | null;
  readonly appPermissions: PermissionsBitField;
  deferred = false;
  replied = false;
  ephemeral = false;
  readonly sends: LocalSend[] = [];
  private readonly onSend: ((send: LocalSend) => void) | undefined;

  constructor(init: LocalInteractionInit) {
    this.locale = init.locale ?? 'en-US';
    this.user = { id: init.userId ?? '100000000000000001', username: init.username ?? 'console' };
    this.guildId = init.guildId === undefined ? '200000000000000001' : init.guildId;
    this.channelId = init.channelId === undefined ? '300000000000000001' : init.channelId;
    this.applicationId = init.applicationId ?? '400000000000000001';
    this.memberPermissions = this.guildId ? new PermissionsBitField(init.permissions ?? PermissionsBitField.All) : null;
    this.appPermissions = new PermissionsBitField(init.appPermissions ?? PermissionsBitField.All);
    this.onSend = init.onSend;
  }

  protected record(kind: LocalSend['kind'], payload: unknown, ephemeral: boolean): void {
    const send = { kind, payload, ephemeral };
    this.sends.push(send);
    this.onSend?.(send);
  }

  async reply(options: unknown): Promise<void> {
    if (this.deferred || this.replied) throw new LocalError('InteractionAlreadyReplied');
    this.replied = true;
    this.ephemeral = isEphemeral(options);
    this.record('reply', options, this.ephemeral);
  }

  async deferReply(options?: unknown): Promise<void> {
    if (this.deferred || this.replied) throw new LocalError('InteractionAlreadyReplied');
    this.deferred = true;
    this.ephemeral = isEphemeral(options);
    this.record('defer', options ?? {}, this.ephemeral);
  }

  async editReply(options: unknown): Promise<void> {
    if (!this.deferred && !this.replied) throw new LocalError('InteractionNotReplied');
    this.replied = true;
    this.record('edit', options, this.ephemeral);
  }

  async followUp(options: unknown): Promise<void> {
    if (!this.deferred && !this.replied) throw new LocalError('InteractionNotReplied');
    this.record('followUp', options, isEphemeral(options));
  }
}

function optionsOf(values: Record<string, LocalOptionValue | undefined>, subcommand: string | null) {
  const get = <T>(name: string, required: boolean | undefined, ok: (v: unknown) => v is T): T | null => {
    const v = values[name];
    if (v === undefined || v === '') {
      if (required) throw new LocalError(`CommandInteractionOptionNotFound: ${name}`);
      return null;
    }
    if (!ok(v)) throw new LocalError(`CommandInteractionOptionType: ${name}`);
    return v;
  };
  return {
    getString: (name: string, required?: boolean) => get(name, required, (v): v is string => typeof v === 'string'),
    getBoolean: (name: string, required?: boolean) => get(name, required, (v): v is boolean => typeof v === 'boolean'),
    getChannel: (name: string, required?: boolean) =>
      get(name, required, (v): v is ChannelLike => typeof v === 'object' && v !== null && 'id' in v),
    getSubcommand: (required: boolean) => {
      if (subcommand === null && required) throw new LocalError('CommandInteractionOptionNoSubcommand');
      return subcommand;
    },
  };
}

/** A slash command typed locally. */
export class LocalChatInput extends LocalReplyable implements ChatInputLike {
  readonly options: ChatInputLike['options'];
  constructor(
    readonly commandName: string,
    values: Record<string, LocalOptionValue | undefined>,
    init: LocalInteractionInit & { subcommand?: string | null } = {},
  ) {
    super(init);
    this.options = optionsOf(values, init.subcommand ?? null);
  }
}

/** A message context-menu command on a local message. */
export class LocalMessageCommand extends LocalReplyable implements MessageCommandLike {
  readonly targetMessage: MessageCommandLike['targetMessage'];
  constructor(
    readonly commandName: string,
    content: string,
    init: LocalInteractionInit = {},
  ) {
    super(init);
    this.targetMessage = { id: '500000000000000001', content, embeds: [] };
  }
}

/** A button click on a local message. */
export class LocalButton extends LocalReplyable implements ButtonLike {
  constructor(
    readonly customId: string,
    init: LocalInteractionInit = {},
  ) {
    super(init);
  }

  async update(options: unknown): Promise<void> {
    if (this.deferred || this.replied) throw new LocalError('InteractionAlreadyReplied');
    this.replied = true;
    this.record('update', options, false);
  }
}

/** An autocomplete request typed locally. */
export class LocalAutocomplete implements AutocompleteLike {
  readonly locale: string;
  readonly user: { id: string };
  readonly guildId: string | null;
  responded = false;
  choices: Array<{ name: string; value: string | number }> = [];
  readonly options: AutocompleteLike['options'];

  constructor(
    readonly commandName: string,
    focused: { name: string; value: string },
    values: Record<string, string> = {},
    init: LocalInteractionInit & { subcommand?: string | null } = {},
  ) {
    this.locale = init.locale ?? 'en-US';
    this.user = { id: init.userId ?? '100000000000000001' };
    this.guildId = init.guildId === undefined ? '200000000000000001' : init.guildId;
    const sub = init.subcommand ?? null;
    this.options = {
      getFocused: () => focused,
      getString: (name: string) => values[name] ?? null,
      getSubcommand: (required: boolean) => {
        if (sub === null && required) throw new LocalError('CommandInteractionOptionNoSubcommand');
        return sub;
      },
    };
  }

  async respond(choices: Array<{ name: string; value: string | number }>): Promise<void> {
    if (this.responded) throw new LocalError('InteractionAlreadyReplied');
    this.responded = true;
    this.choices = choices;
  }
}
