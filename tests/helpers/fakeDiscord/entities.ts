import type { FakeGuildInput, Wire } from './types.js';

// Permission bits from https://discord.com/developers/docs/topics/permissions
const P = {
  createInstantInvite: 1n << 0n,
  addReactions: 1n << 6n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readMessageHistory: 1n << 16n,
  useExternalEmojis: 1n << 18n,
  changeNickname: 1n << 26n,
  useApplicationCommands: 1n << 31n,
  sendMessagesInThreads: 1n << 38n,
};

/** What an ordinary member (no admin, no manage rights) has in a default guild. */
export const MEMBER_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);

/** A user object as the API returns it. */
export function makeUser(id: string, username: string, bot = false): Record<string, Wire> {
  return {
    id,
    username,
    global_name: bot ? null : username,
    discriminator: bot ? '0001' : '0',
    avatar: null,
    bot,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

/** A guild member object (as in GUILD_CREATE and interaction payloads). */
export function makeMember(user: Record<string, Wire>, roles: string[] = []): Record<string, Wire> {
  return {
    user,
    nick: null,
    avatar: null,
    roles,
    joined_at: new Date(Date.UTC(2024, 0, 1)).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** A guild channel object; text channels carry the fields discord.js patches. */
export function makeChannel(guildId: string, channel: { id: string; name: string; type?: number }, position: number): Record<string, Wire> {
  return {
    id: channel.id,
    type: channel.type ?? 0,
    guild_id: guildId,
    name: channel.name,
    position,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** The @everyone role: its id is the guild id, as on Discord. */
export function makeEveryoneRole(guildId: string): Record<string, Wire> {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: MEMBER_PERMISSIONS.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

/** The guild object of GET /guilds/:id (no channels or members, like the REST API). */
export function makeGuild(guild: FakeGuildInput, ownerId: string): Record<string, Wire> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: [makeEveryoneRole(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: guild.locale ?? 'vi',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
  };
}

/** A message object as returned by POST /channels/:id/messages and webhook routes. */
export function makeMessage(fields: {
  id: string;
  channelId: string;
  guildId?: string | null;
  author: Record<string, Wire>;
  body: Record<string, Wire>;
  type?: number;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Record<string, Wire>;
}): Record<string, Wire> {
  const { body } = fields;
  const message: Record<string, Wire> = {
    id: fields.id,
    type: fields.type ?? 0,
    channel_id: fields.channelId,
    author: fields.author,
    content: typeof body['content'] === 'string' ? body['content'] : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body['tts'] === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body['embeds']) ? body['embeds'] : [],
    components: Array.isArray(body['components']) ? body['components'] : [],
    pinned: false,
    flags: typeof body['flags'] === 'number' ? body['flags'] : 0,
  };
  if (fields.guildId) message['guild_id'] = fields.guildId;
  if (body['nonce'] !== undefined) message['nonce'] = body['nonce'];
  if (body['message_reference']) message['message_reference'] = { ...body['message_reference'], channel_id: fields.channelId };
  if (fields.webhookId) message['webhook_id'] = fields.webhookId;
  if (fields.applicationId) message['application_id'] = fields.applicationId;
  if (fields.interactionMetadata) message['interaction_metadata'] = fields.interactionMetadata;
  return message;
}

/** Applies a PATCH body to a stored message the way Discord does: only sent fields change. */
export function applyEdit(message: Record<string, Wire>, body: Record<string, Wire>): void {
  for (const key of ['content', 'embeds', 'components', 'flags', 'attachments'] as const) {
    if (body[key] !== undefined) message[key] = body[key] ?? (key === 'content' ? '' : key === 'flags' ? 0 : []);
  }
  message['edited_timestamp'] = new Date().toISOString();
}
