import { makeChannel, makeUser } from './entities.js';
import type { FakeDiscordOptions, FakeGuildInput, RecordedRequest, Wire } from './types.js';

/** An interaction the stand-in dispatched, with everything the bot did in answer to it. */
export interface InteractionRecord {
  id: string;
  token: string;
  payload: Wire;
  dispatchedAt: number;
  /** Every callback attempt, rejected ones included (their `status` says so). */
  callbacks: RecordedRequest[];
  /** Set by the first accepted callback. */
  callbackType: number | null;
  original: Record<string, Wire> | null;
  edits: Wire[];
  followUps: Record<string, Wire>[];
  listeners: Set<() => void>;
}

/** Everything the REST side and the gateway side of the stand-in share. */
export class World {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: Record<string, Wire>;
  readonly guilds: FakeGuildInput[];
  /** Channel id → channel object (with guild_id), deleted ones removed. */
  readonly channels = new Map<string, Record<string, Wire>>();
  readonly deletedChannels = new Set<string>();
  /** Messages by channel id; only POST /channels/:id/messages lands here. */
  readonly channelMessages = new Map<string, Record<string, Wire>[]>();
  readonly globalCommands: Record<string, Wire>[] = [];
  readonly guildCommands = new Map<string, Record<string, Wire>[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly requests: RecordedRequest[] = [];
  /** Users seen in interactions, so GET /guilds/:id/members/:uid can answer for them. */
  readonly users = new Map<string, Record<string, Wire>>();
  port = 0;

  constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake.bot.token';
    this.applicationId = options.applicationId ?? '1300000000000000001';
    this.botUser = { ...makeUser(options.botUserId ?? this.applicationId, 'trichdan-test', true), verified: true, mfa_enabled: false, email: null };
    this.guilds = (options.guilds ?? [
      { id: '1300000000000000100', name: 'Phòng tin', channels: [{ id: '1300000000000000101', name: 'tin-tuc' }] },
    ]).map((guild) => ({ ...guild, channels: [...guild.channels] }));
    for (const guild of this.guilds) {
      guild.channels.forEach((channel, position) => this.channels.set(channel.id, makeChannel(guild.id, channel, position)));
    }
  }

  get origin(): string {
    return `127.0.0.1:${this.port}`;
  }

  guild(id: string): FakeGuildInput | undefined {
    return this.guilds.find((guild) => guild.id === id);
  }

  /** Channels of a guild as the API lists them (deleted ones gone). */
  guildChannels(guildId: string): Record<string, Wire>[] {
    return [...this.channels.values()].filter((channel) => channel['guild_id'] === guildId);
  }

  commandList(guildId?: string): Record<string, Wire>[] {
    if (!guildId) return this.globalCommands;
    let list = this.guildCommands.get(guildId);
    if (!list) {
      list = [];
      this.guildCommands.set(guildId, list);
    }
    return list;
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const record of this.interactions.values()) if (record.token === token) return record;
    return undefined;
  }

  /** Finds a message by id anywhere: channel messages, interaction originals and follow-ups. */
  findMessage(id: string): Record<string, Wire> | undefined {
    for (const list of this.channelMessages.values()) {
      const found = list.find((message) => message['id'] === id);
      if (found) return found;
    }
    for (const record of this.interactions.values()) {
      if (record.original?.['id'] === id) return record.original;
      const followUp = record.followUps.find((message) => message['id'] === id);
      if (followUp) return followUp;
    }
    return undefined;
  }
}
