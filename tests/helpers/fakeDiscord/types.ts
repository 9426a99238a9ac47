/**
 * JSON as it travels on the wire. Untyped on purpose: the stand-in echoes whatever discord.js sends and tests
 * read arbitrary fields of it, which a precise type would only turn into casts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Wire = any;

/** A channel the stand-in serves in a guild; `type` follows Discord's ChannelType (0 = text). */
export interface FakeChannelInput {
  id: string;
  name: string;
  type?: number;
}

/** A guild the bot is in: delivered as GUILD_CREATE after READY. */
export interface FakeGuildInput {
  id: string;
  name: string;
  channels: FakeChannelInput[];
  /** Guild locale sent as `guild_locale` on interactions; defaults to 'vi'. */
  locale?: string;
}

/** Options for {@link startFakeDiscord}. Every field has a believable default. */
export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  guilds?: FakeGuildInput[];
  token?: string;
  /** HELLO's heartbeat_interval. Real Discord sends 41250; tests may shorten it to exercise ACKs. */
  heartbeatIntervalMs?: number;
  /** How long an interaction accepts its first callback (Discord: 3 s), after that → 404 Unknown interaction. */
  interactionAckWindowMs?: number;
  /** Accept GuildMembers/GuildPresences/MessageContent in IDENTIFY (else close 4014, like an unapproved bot). */
  allowPrivilegedIntents?: boolean;
  /** How long `interact()` waits for the first callback before rejecting (default 10 s). */
  interactTimeoutMs?: number;
}

/** One HTTP request as the stand-in saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix, e.g. `/channels/1/messages`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON; for multipart bodies the parsed `payload_json`. */
  body: Wire;
  /** Files of a multipart body (name, filename, type, size). */
  files: Array<{ field: string; filename: string; contentType: string; size: number }>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** `Date.now()` when the request arrived. */
  time: number;
  /** Status the stand-in answered with. */
  status: number;
  /** Body the stand-in answered with (undefined for 204). */
  response?: Wire;
  /** Route the request matched, or null when it hit no route (it then got a 404). */
  route: string | null;
}

/** One IDENTIFY received on the gateway. */
export interface RecordedIdentify {
  intents: number;
  properties: Record<string, string>;
  shard?: [number, number];
  compress?: boolean;
  largeThreshold?: number;
  time: number;
}

/** Who triggers an interaction and where. */
export interface InteractionContext {
  locale?: string;
  /** Member permissions as a decimal string or bigint; default: an ordinary member (no admin). */
  permissions?: string | bigint;
  userId?: string;
  username?: string;
  /** `null` makes a DM interaction (no member, no guild). Defaults to the first guild. */
  guildId?: string | null;
  /** Defaults to the guild's first text channel. */
  channelId?: string;
  roles?: string[];
}

/** Slash-command specifics: options are name → value and get their types from the registered command. */
export interface SlashContext extends InteractionContext {
  subcommand?: string;
  subcommandGroup?: string;
}

/** A message the interaction acts on: either stored (by id) or made up by the test. */
export interface TargetMessageInput {
  id?: string;
  content: string;
  authorId?: string;
  authorName?: string;
  authorBot?: boolean;
  embeds?: Wire[];
  channelId?: string;
  timestamp?: string;
}

/** What `interact()` takes; make one with `slashCommand`, `autocomplete`, `messageCommand` or `button`. */
export type InteractionInput =
  | { kind: 'slash'; name: string; options: Record<string, unknown> | RawOption[]; context: SlashContext }
  | { kind: 'autocomplete'; name: string; focused: string; value: string; otherOptions: Record<string, unknown>; context: SlashContext }
  | { kind: 'message'; name: string; target: TargetMessageInput | string; context: InteractionContext }
  | { kind: 'button'; customId: string; messageId: string; context: InteractionContext }
  | { kind: 'raw'; payload: Record<string, Wire> };

/** An option with its type given explicitly, for cases the registered command cannot answer. */
export interface RawOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: RawOption[];
}

/** What `interact()` resolves with once the bot has answered the interaction. */
export interface InteractionHandle {
  /** The INTERACTION_CREATE payload that was dispatched. */
  payload: Wire;
  firstCallback: RecordedRequest;
  /** Milliseconds from dispatch to the first callback arriving. */
  firstCallbackMs: number;
  /**
   * The message a user finally sees: the reply itself for type 4/7, else the first
   * PATCH @original after a deferral (rejects after `timeoutMs`, default 10 s).
   */
  waitForEdit(timeoutMs?: number): Promise<Wire>;
  /** Every body sent to PATCH @original, in order. */
  edits(): Wire[];
  /** Follow-up messages (POST /webhooks/:app/:token), as stored. */
  followUps(): Wire[];
  /** The original response message as it stands now, or null when none exists. */
  original(): Wire | null;
}
