import { makeGuild, makeMember, makeMessage } from './entities.js';
import { apiError, type Route, type RouteContext, type RouteResult } from './rest.js';
import { nextSnowflake } from './snowflake.js';
import type { World } from './state.js';
import { validateCommand, validateMessage } from './validate.js';
import type { Wire } from './types.js';

const ID = '(\\d+)';
const GUILD_MESSAGES_INTENT = 1 << 9;
// Discord keeps an enforced nonce for "a few minutes"; five is a safe reading of the docs.
const NONCE_WINDOW_MS = 5 * 60_000;

function owned(world: World, appId: string | undefined): RouteResult | null {
  return appId === world.applicationId ? null : apiError(403, 'Missing Access', 50001);
}

/** Echoes a command the way Discord stores it: ids, version and defaults the caller did not send. */
function storeCommand(world: World, input: Wire, existing: Record<string, Wire> | undefined, guildId?: string): Record<string, Wire> {
  const type = input.type ?? 1;
  const command: Record<string, Wire> = {
    id: existing?.['id'] ?? nextSnowflake(),
    application_id: world.applicationId,
    version: nextSnowflake(),
    default_member_permissions: input.default_member_permissions ?? null,
    type,
    name: input.name,
    name_localizations: input.name_localizations ?? null,
    description: type === 1 ? input.description : '',
    description_localizations: input.description_localizations ?? null,
    nsfw: input.nsfw ?? false,
    integration_types: input.integration_types ?? [0],
    contexts: input.contexts ?? (guildId ? null : [0, 1, 2]),
    dm_permission: guildId ? undefined : input.dm_permission ?? true,
  };
  if (Array.isArray(input.options) && input.options.length > 0) command['options'] = input.options;
  if (guildId) command['guild_id'] = guildId;
  if (command['dm_permission'] === undefined) delete command['dm_permission'];
  return command;
}

function sameCommand(a: Record<string, Wire>, b: Wire): boolean {
  return a['name'] === b?.name && a['type'] === (b?.type ?? 1);
}

function commandRoutes(scope: 'global' | 'guild'): Route[] {
  const base = scope === 'global' ? `^/applications/${ID}/commands` : `^/applications/${ID}/guilds/${ID}/commands`;
  const list = ({ world, params }: RouteContext) => world.commandList(scope === 'guild' ? params[1] : undefined);
  const guildOf = ({ params }: RouteContext) => (scope === 'guild' ? params[1] : undefined);
  const missingGuild = (context: RouteContext) => {
    const guildId = guildOf(context);
    return guildId && !context.world.guild(guildId) ? apiError(403, 'Missing Access', 50001) : null;
  };
  return [
    {
      method: 'GET', pattern: new RegExp(`${base}$`), name: `${scope} commands list`, auth: true,
      handle: (context) => owned(context.world, context.params[0]) ?? missingGuild(context) ?? { status: 200, body: list(context) },
    },
    {
      method: 'PUT', pattern: new RegExp(`${base}$`), name: `${scope} commands overwrite`, auth: true,
      handle: (context) => {
        const denied = owned(context.world, context.params[0]) ?? missingGuild(context);
        if (denied) return denied;
        const input = context.request.body;
        if (!Array.isArray(input)) return apiError(400, 'Invalid Form Body', 50035);
        if (input.length > 100) return apiError(400, 'Maximum number of application commands reached (100)', 30032);
        for (const [i, command] of input.entries()) {
          const problem = validateCommand(command, String(i));
          if (problem) return problem;
        }
        const current = list(context);
        const next = input.map((command) => storeCommand(context.world, command, current.find((c) => sameCommand(c, command)), guildOf(context)));
        current.splice(0, current.length, ...next);
        return { status: 200, body: next };
      },
    },
    {
      method: 'POST', pattern: new RegExp(`${base}$`), name: `${scope} command create`, auth: true,
      handle: (context) => {
        const denied = owned(context.world, context.params[0]) ?? missingGuild(context) ?? validateCommand(context.request.body, 'body');
        if (denied) return denied;
        const current = list(context);
        const index = current.findIndex((c) => sameCommand(c, context.request.body));
        const stored = storeCommand(context.world, context.request.body, current[index], guildOf(context));
        if (index >= 0) current[index] = stored;
        else current.push(stored);
        return { status: index >= 0 ? 200 : 201, body: stored };
      },
    },
    {
      method: 'DELETE', pattern: new RegExp(`${base}/${ID}$`), name: `${scope} command delete`, auth: true,
      handle: (context) => {
        const current = list(context);
        const index = current.findIndex((c) => c['id'] === context.params.at(-1));
        if (index < 0) return apiError(404, 'Unknown application command', 10063);
        current.splice(index, 1);
        return { status: 204 };
      },
    },
  ];
}

function createChannelMessage({ world, gateway, params, request }: RouteContext): RouteResult {
  const channelId = params[0]!;
  const channel = world.channels.get(channelId);
  if (!channel) return apiError(404, 'Unknown Channel', 10003);
  if (![0, 5, 10, 11, 12].includes(channel['type'])) return apiError(400, 'Cannot send messages in a non-text channel', 50008);
  const body = request.body ?? {};
  const problem = validateMessage(body, request.files.length > 0, true);
  if (problem) return problem;
  const list = world.channelMessages.get(channelId) ?? [];
  world.channelMessages.set(channelId, list);
  if (body.enforce_nonce === true && body.nonce !== undefined) {
    const twin = list.find(
      (message) => message['nonce'] === body.nonce && Date.now() - Date.parse(message['timestamp']) < NONCE_WINDOW_MS,
    );
    if (twin) return { status: 200, body: twin };
  }
  const message = makeMessage({ id: nextSnowflake(), channelId, guildId: channel['guild_id'], author: world.botUser, body });
  message['attachments'] = request.files.map((file) => ({
    id: nextSnowflake(), filename: file.filename, size: file.size, content_type: file.contentType,
    url: `http://${world.origin}/attachments/${channelId}/${file.filename}`, proxy_url: `http://${world.origin}/attachments/${channelId}/${file.filename}`,
  }));
  list.push(message);
  channel['last_message_id'] = message['id'];
  const guildId = channel['guild_id'];
  gateway.dispatch('MESSAGE_CREATE', { ...message, member: makeMember(world.botUser) }, GUILD_MESSAGES_INTENT, typeof guildId === 'string' ? guildId : undefined);
  return { status: 200, body: message };
}

/** Gateway discovery, the bot's own user and application, commands, channels and guilds. */
export function resourceRoutes(): Route[] {
  return [
    {
      method: 'GET', pattern: /^\/gateway\/bot$/, name: 'gateway bot', auth: true,
      handle: ({ world }) => ({
        status: 200,
        body: {
          url: `ws://${world.origin}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      }),
    },
    { method: 'GET', pattern: /^\/gateway$/, name: 'gateway', auth: false, handle: ({ world }) => ({ status: 200, body: { url: `ws://${world.origin}` } }) },
    { method: 'GET', pattern: /^\/users\/@me$/, name: 'current user', auth: true, handle: ({ world }) => ({ status: 200, body: world.botUser }) },
    {
      method: 'GET', pattern: /^\/applications\/@me$/, name: 'current application', auth: true,
      handle: ({ world }) => ({
        status: 200,
        body: {
          id: world.applicationId, name: world.botUser['username'], icon: null, description: '', summary: '',
          type: null, bot_public: false, bot_require_code_grant: false, verify_key: '0'.repeat(64), flags: 0,
          owner: { id: '1300000000000000900', username: 'owner', discriminator: '0', avatar: null, flags: 0 },
          team: null, bot: world.botUser, approximate_guild_count: world.guilds.length,
          install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
          integration_types_config: { '0': {} },
        },
      }),
    },
    ...commandRoutes('global'),
    ...commandRoutes('guild'),
    { method: 'POST', pattern: new RegExp(`^/channels/${ID}/messages$`), name: 'channel message create', auth: true, handle: createChannelMessage },
    {
      method: 'GET', pattern: new RegExp(`^/channels/${ID}$`), name: 'channel', auth: true,
      handle: ({ world, params }) => {
        const channel = world.channels.get(params[0]!);
        return channel ? { status: 200, body: channel } : apiError(404, 'Unknown Channel', 10003);
      },
    },
    {
      method: 'GET', pattern: new RegExp(`^/channels/${ID}/messages/${ID}$`), name: 'channel message', auth: true,
      handle: ({ world, params }) => {
        if (!world.channels.has(params[0]!)) return apiError(404, 'Unknown Channel', 10003);
        const message = world.channelMessages.get(params[0]!)?.find((m) => m['id'] === params[1]);
        return message ? { status: 200, body: message } : apiError(404, 'Unknown Message', 10008);
      },
    },
    {
      method: 'GET', pattern: new RegExp(`^/guilds/${ID}$`), name: 'guild', auth: true,
      handle: ({ world, params }) => {
        const guild = world.guild(params[0]!);
        return guild ? { status: 200, body: makeGuild(guild, '1300000000000000900') } : apiError(404, 'Unknown Guild', 10004);
      },
    },
    {
      method: 'GET', pattern: new RegExp(`^/guilds/${ID}/channels$`), name: 'guild channels', auth: true,
      handle: ({ world, params }) =>
        world.guild(params[0]!) ? { status: 200, body: world.guildChannels(params[0]!) } : apiError(404, 'Unknown Guild', 10004),
    },
    {
      method: 'GET', pattern: new RegExp(`^/guilds/${ID}/members/${ID}$`), name: 'guild member', auth: true,
      handle: ({ world, params }) => {
        if (!world.guild(params[0]!)) return apiError(404, 'Unknown Guild', 10004);
        const user = params[1] === world.botUser['id'] ? world.botUser : world.users.get(params[1]!);
        return user ? { status: 200, body: makeMember(user) } : apiError(404, 'Unknown Member', 10007);
      },
    },
  ];
}
