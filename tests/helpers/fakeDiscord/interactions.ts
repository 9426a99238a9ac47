import { MEMBER_PERMISSIONS, makeEveryoneRole, makeMember, makeMessage, makeUser } from './entities.js';
import { nextSnowflake } from './snowflake.js';
import type { World } from './state.js';
import type { InteractionContext, InteractionInput, RawOption, SlashContext, TargetMessageInput, Wire } from './types.js';

/** A slash command use; option types come from the registered command, as the Discord client would send them. */
export function slashCommand(name: string, options: Record<string, unknown> | RawOption[] = {}, context: SlashContext = {}): InteractionInput {
  return { kind: 'slash', name, options, context };
}

/** A user typing into an autocomplete option (`value` is the partial text, always a string on Discord). */
export function autocomplete(
  name: string,
  focusedOption: string,
  value: string,
  context: SlashContext & { otherOptions?: Record<string, unknown> } = {},
): InteractionInput {
  return { kind: 'autocomplete', name, focused: focusedOption, value, otherOptions: context.otherOptions ?? {}, context };
}

/** A message context-menu command on a stored message (by id) or on one the test describes. */
export function messageCommand(name: string, targetMessage: TargetMessageInput | string, context: InteractionContext = {}): InteractionInput {
  return { kind: 'message', name, target: targetMessage, context };
}

/** A click on a button of a message the bot sent earlier (looked up by id in the stand-in). */
export function button(customId: string, messageId: string, context: InteractionContext = {}): InteractionInput {
  return { kind: 'button', customId, messageId, context };
}

// Option types: https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type
const OPTION_CHECKS: Record<number, (value: unknown) => boolean> = {
  3: (value) => typeof value === 'string',
  4: (value) => Number.isInteger(value),
  5: (value) => typeof value === 'boolean',
  6: (value) => typeof value === 'string',
  7: (value) => typeof value === 'string',
  8: (value) => typeof value === 'string',
  9: (value) => typeof value === 'string',
  10: (value) => typeof value === 'number',
};

function findCommand(world: World, name: string, type: number, guildId: string | null): Record<string, Wire> {
  const scoped = guildId ? world.commandList(guildId) : [];
  const command = [...scoped, ...world.globalCommands].find((c) => c['name'] === name && c['type'] === type);
  if (!command) {
    const known = [...scoped, ...world.globalCommands].map((c) => c['name']).join(', ') || 'none';
    throw new Error(`Command "${name}" (type ${type}) is not registered with the stand-in (registered: ${known})`);
  }
  return command;
}

/** Turns name → value into typed options, refusing what the Discord client would never let a user send. */
function typedOptions(definitions: Wire[], values: Record<string, unknown>, focused: string | null, where: string): RawOption[] {
  const options: RawOption[] = [];
  for (const [name, value] of Object.entries(values)) {
    const definition = definitions.find((d) => d.name === name);
    if (!definition) throw new Error(`${where} has no option "${name}"`);
    const isFocused = name === focused;
    if (!isFocused) {
      if (!OPTION_CHECKS[definition.type]?.(value)) throw new Error(`${where} option "${name}" (type ${definition.type}) cannot take ${JSON.stringify(value)}`);
      if (Array.isArray(definition.choices) && !definition.choices.some((c: Wire) => c.value === value)) {
        throw new Error(`${where} option "${name}" only accepts its choices, not ${JSON.stringify(value)}`);
      }
    }
    options.push({ name, type: definition.type, value, ...(isFocused ? { focused: true } : {}) });
  }
  if (focused === null) {
    const missing = definitions.filter((d) => d.required === true && !(d.name in values)).map((d) => d.name);
    if (missing.length > 0) throw new Error(`${where} is missing required option(s): ${missing.join(', ')}`);
  }
  return options;
}

function commandOptions(command: Record<string, Wire>, values: Record<string, unknown> | RawOption[], context: SlashContext, focused: string | null): RawOption[] {
  if (Array.isArray(values)) return values;
  let definitions: Wire[] = command['options'] ?? [];
  let where = `/${command['name']}`;
  const path: RawOption[] = [];
  if (context.subcommandGroup) {
    const group = definitions.find((d) => d.type === 2 && d.name === context.subcommandGroup);
    if (!group) throw new Error(`${where} has no subcommand group "${context.subcommandGroup}"`);
    definitions = group.options ?? [];
    where += ` ${group.name}`;
    path.push({ name: group.name, type: 2, options: [] });
  }
  if (context.subcommand) {
    const sub = definitions.find((d) => d.type === 1 && d.name === context.subcommand);
    if (!sub) throw new Error(`${where} has no subcommand "${context.subcommand}"`);
    definitions = sub.options ?? [];
    where += ` ${sub.name}`;
    path.push({ name: sub.name, type: 1, options: [] });
  }
  const leaves = typedOptions(definitions, values, focused, where);
  if (path.length === 0) return leaves;
  path[path.length - 1]!.options = leaves;
  if (path.length === 2) path[0]!.options = [path[1]!];
  return [path[0]!];
}

function resolvedFor(world: World, options: RawOption[], guildId: string | null): Record<string, Wire> | undefined {
  const resolved: Record<string, Record<string, Wire>> = {};
  const visit = (list: RawOption[]) => {
    for (const option of list) {
      if (option.options) visit(option.options);
      if (option.focused || typeof option.value !== 'string') continue;
      const id = option.value;
      if (option.type === 6 || option.type === 9) {
        const user = world.users.get(id) ?? makeUser(id, `user${id.slice(-4)}`);
        (resolved['users'] ??= {})[id] = user;
        if (guildId) {
          const { user: _user, ...member } = makeMember(user);
          (resolved['members'] ??= {})[id] = { ...member, permissions: MEMBER_PERMISSIONS.toString() };
        }
      } else if (option.type === 7) {
        const channel = world.channels.get(id);
        if (!channel) throw new Error(`Channel option value ${id} is not a channel of the stand-in`);
        (resolved['channels'] ??= {})[id] = { id, name: channel['name'], type: channel['type'], permissions: MEMBER_PERMISSIONS.toString() };
      } else if (option.type === 8 && guildId) {
        (resolved['roles'] ??= {})[id] = makeEveryoneRole(guildId);
      }
    }
  };
  visit(options);
  return Object.keys(resolved).length > 0 ? resolved : undefined;
}

function targetMessage(world: World, target: TargetMessageInput | string, channelId: string, guildId: string | null): Record<string, Wire> {
  if (typeof target === 'string') {
    const stored = world.findMessage(target);
    if (!stored) throw new Error(`No message ${target} in the stand-in`);
    return stored;
  }
  const authorId = target.authorId ?? '1300000000000000500';
  const message = makeMessage({
    id: target.id ?? nextSnowflake(),
    channelId: target.channelId ?? channelId,
    guildId,
    author: makeUser(authorId, target.authorName ?? `user${authorId.slice(-4)}`, target.authorBot ?? false),
    body: { content: target.content, embeds: target.embeds ?? [] },
  });
  if (target.timestamp) message['timestamp'] = target.timestamp;
  return message;
}

/** Builds the full INTERACTION_CREATE payload Discord would send for an input, resolving ids and option types. */
export function buildInteractionPayload(world: World, input: InteractionInput): Record<string, Wire> {
  if (input.kind === 'raw') return input.payload;
  const context: InteractionContext = input.context;
  const guildId = context.guildId === undefined ? (world.guilds[0]?.id ?? null) : context.guildId;
  const guild = guildId ? world.guild(guildId) : undefined;
  if (guildId && !guild) throw new Error(`Guild ${guildId} is not served by the stand-in`);
  const channelId = context.channelId ?? (guildId ? world.guildChannels(guildId).find((c) => c['type'] === 0)?.['id'] : undefined) ?? nextSnowflake();
  const channel = world.channels.get(channelId);
  if (guildId && !channel) throw new Error(`Channel ${channelId} is not a live channel of guild ${guildId}`);
  const userId = context.userId ?? '1300000000000000200';
  const user = makeUser(userId, context.username ?? `user${userId.slice(-4)}`);
  world.users.set(userId, user);
  const permissions = (context.permissions ?? MEMBER_PERMISSIONS).toString();

  let type: number;
  let data: Record<string, Wire>;
  let message: Record<string, Wire> | undefined;
  if (input.kind === 'slash' || input.kind === 'autocomplete') {
    const command = findCommand(world, input.name, 1, guildId);
    const focused = input.kind === 'autocomplete' ? input.focused : null;
    const values = input.kind === 'autocomplete' ? { ...input.otherOptions, [input.focused]: input.value } : input.options;
    const options = commandOptions(command, values, input.context, focused);
    type = input.kind === 'slash' ? 2 : 4;
    data = { id: command['id'], name: command['name'], type: 1, ...(options.length > 0 ? { options } : {}) };
    const resolved = resolvedFor(world, options, guildId);
    if (resolved) data['resolved'] = resolved;
    if (command['guild_id']) data['guild_id'] = command['guild_id'];
  } else if (input.kind === 'message') {
    const command = findCommand(world, input.name, 3, guildId);
    const target = targetMessage(world, input.target, channelId, guildId);
    type = 2;
    data = { id: command['id'], name: command['name'], type: 3, target_id: target['id'], resolved: { messages: { [target['id']]: target } } };
  } else {
    message = world.findMessage(input.messageId);
    if (!message) throw new Error(`No message ${input.messageId} in the stand-in to click a button on`);
    type = 3;
    data = { custom_id: input.customId, component_type: 2 };
  }

  const payload: Record<string, Wire> = {
    id: nextSnowflake(),
    application_id: world.applicationId,
    type,
    data,
    channel_id: channelId,
    channel: channel
      ? { ...channel, permissions }
      : { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user] },
    token: `fake-interaction-token-${nextSnowflake()}`,
    version: 1,
    locale: context.locale ?? 'vi',
    app_permissions: MEMBER_PERMISSIONS.toString(),
    entitlements: [],
    authorizing_integration_owners: guildId ? { '0': guildId } : { '1': userId },
    context: guildId ? 0 : 1,
    attachment_size_limit: 10_485_760,
  };
  if (message) payload['message'] = message;
  if (guildId && guild) {
    payload['guild_id'] = guildId;
    payload['guild'] = { id: guildId, locale: guild.locale ?? 'vi', features: [] };
    payload['guild_locale'] = guild.locale ?? 'vi';
    payload['member'] = { ...makeMember(user, context.roles ?? []), permissions };
  } else {
    payload['user'] = user;
  }
  return payload;
}
