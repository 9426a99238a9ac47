import { applyEdit, makeMessage } from './entities.js';
import { apiError, type Route, type RouteContext, type RouteResult } from './rest.js';
import { nextSnowflake } from './snowflake.js';
import type { InteractionRecord, World } from './state.js';
import { validateChoices, validateMessage, type ApiError } from './validate.js';
import type { Wire } from './types.js';

const ID = '(\\d+)';
const TOKEN = '([\\w.-]+)';
const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

/** Options for the interaction routes that tests may tune. */
export interface InteractionRouteOptions {
  ackWindowMs: number;
}

function notify(record: InteractionRecord): void {
  for (const listener of record.listeners) listener();
}

function messageType(payload: Wire): number {
  if (payload.type === 2) return payload.data?.type === 1 ? 20 : 23;
  return 0;
}

function newInteractionMessage(world: World, record: InteractionRecord, body: Wire): Record<string, Wire> {
  const payload = record.payload;
  const user = payload.member?.user ?? payload.user;
  return makeMessage({
    id: nextSnowflake(),
    channelId: payload.channel_id,
    guildId: payload.guild_id ?? null,
    author: world.botUser,
    body,
    type: messageType(payload),
    webhookId: world.applicationId,
    applicationId: world.applicationId,
    interactionMetadata: { id: payload.id, type: payload.type, user, authorizing_integration_owners: payload.authorizing_integration_owners },
  });
}

// Which callback types Discord accepts for which interaction type (docs: interaction response object).
function allowedCallbacks(interactionType: number): number[] {
  if (interactionType === 4) return [8];
  if (interactionType === 3) return [4, 5, 6, 7, 9];
  if (interactionType === 5) return [4, 5, 6, 7];
  return [4, 5, 9];
}

function callback(options: InteractionRouteOptions) {
  return (context: RouteContext): RouteResult => {
    const { world, params } = context;
    const record = world.interactions.get(params[0]!);
    if (!record || record.token !== params[1]) return apiError(404, 'Unknown interaction', 10062);
    // Rejected attempts count too: a test must see that the bot's first answer bounced.
    const result = acceptCallback(record, context, options);
    record.callbacks.push(context.request);
    notify(record);
    return result;
  };
}

function acceptCallback(record: InteractionRecord, { world, request }: RouteContext, options: InteractionRouteOptions): RouteResult {
  if (record.callbackType !== null) return apiError(400, 'Interaction has already been acknowledged.', 40060);
  if (Date.now() - record.dispatchedAt > options.ackWindowMs) return apiError(404, 'Unknown interaction', 10062);
  const body = request.body ?? {};
  const type = body.type;
  if (!allowedCallbacks(record.payload.type).includes(type)) {
    return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { type: { _errors: [{ code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }] } } } };
  }
  const data = body.data ?? {};
  let problem: ApiError | null = null;
  if (type === 4 || type === 7) problem = validateMessage(data, request.files.length > 0, type === 4);
  if (type === 8) problem = validateChoices(data);
  if (problem) return problem;

  if (type === 4) record.original = newInteractionMessage(world, record, data);
  if (type === 5) record.original = newInteractionMessage(world, record, { flags: ((data.flags ?? 0) & EPHEMERAL) | LOADING });
  if (type === 6 || type === 7) {
    const clicked = record.payload.message;
    record.original = (clicked && world.findMessage(clicked.id)) ?? clicked ?? null;
    if (type === 7 && record.original) applyEdit(record.original, data);
  }
  record.callbackType = type;

  if (request.query['with_response'] !== 'true') return { status: 204 };
  const message = record.original;
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.payload.type,
        response_message_id: message?.['id'],
        response_message_loading: type === 5,
        response_message_ephemeral: ((message?.['flags'] ?? 0) & EPHEMERAL) !== 0,
      },
      resource: { type, ...(message && [4, 5, 7].includes(type) ? { message } : {}) },
    },
  };
}

function webhookRecord(world: World, params: string[]): InteractionRecord | RouteResult {
  if (params[0] !== world.applicationId) return apiError(404, 'Unknown Webhook', 10015);
  const record = world.interactionByToken(params[1]!);
  return record ?? apiError(401, 'Invalid Webhook Token', 50027);
}

function isRecord(value: InteractionRecord | RouteResult): value is InteractionRecord {
  return 'token' in value;
}

function findWebhookMessage(record: InteractionRecord, messageId: string): Record<string, Wire> | undefined {
  if (messageId === '@original' || record.original?.['id'] === messageId) return record.original ?? undefined;
  return record.followUps.find((message) => message['id'] === messageId);
}

function editWebhookMessage({ world, params, request }: RouteContext): RouteResult {
  const record = webhookRecord(world, params);
  if (!isRecord(record)) return record;
  const message = findWebhookMessage(record, params[2]!);
  if (!message) return apiError(404, 'Unknown Message', 10008);
  const problem = validateMessage(request.body ?? {}, request.files.length > 0, false);
  if (problem) return problem;
  applyEdit(message, request.body ?? {});
  message['flags'] = (message['flags'] ?? 0) & ~LOADING;
  if (message === record.original) record.edits.push(request.body);
  notify(record);
  return { status: 200, body: message };
}

function followUp({ world, params, request }: RouteContext): RouteResult {
  const record = webhookRecord(world, params);
  if (!isRecord(record)) return record;
  if (record.callbackType === null) return apiError(404, 'Unknown Webhook', 10015);
  const problem = validateMessage(request.body ?? {}, request.files.length > 0, true);
  if (problem) return problem;
  let message: Record<string, Wire>;
  const original = record.original;
  if (original && (original['flags'] & LOADING) !== 0) {
    // Discord's quirk: the first follow-up after a deferral replaces the "thinking…" message.
    applyEdit(original, request.body);
    original['flags'] &= ~LOADING;
    record.edits.push(request.body);
    message = original;
  } else {
    message = newInteractionMessage(world, record, request.body);
    record.followUps.push(message);
  }
  notify(record);
  return request.query['wait'] === 'true' ? { status: 200, body: message } : { status: 204 };
}

/** Interaction callbacks and the interaction webhook (original response, follow-ups). */
export function interactionRoutes(options: InteractionRouteOptions): Route[] {
  const webhook = `^/webhooks/${ID}/${TOKEN}`;
  return [
    { method: 'POST', pattern: new RegExp(`^/interactions/${ID}/${TOKEN}/callback$`), name: 'interaction callback', auth: false, handle: callback(options) },
    { method: 'POST', pattern: new RegExp(`${webhook}$`), name: 'follow-up create', auth: false, handle: followUp },
    {
      method: 'GET', pattern: new RegExp(`${webhook}/messages/(@original|\\d+)$`), name: 'webhook message', auth: false,
      handle: ({ world, params }) => {
        const record = webhookRecord(world, params);
        if (!isRecord(record)) return record;
        const message = findWebhookMessage(record, params[2]!);
        return message ? { status: 200, body: message } : apiError(404, 'Unknown Message', 10008);
      },
    },
    { method: 'PATCH', pattern: new RegExp(`${webhook}/messages/(@original|\\d+)$`), name: 'webhook message edit', auth: false, handle: editWebhookMessage },
    {
      method: 'DELETE', pattern: new RegExp(`${webhook}/messages/(@original|\\d+)$`), name: 'webhook message delete', auth: false,
      handle: ({ world, params }) => {
        const record = webhookRecord(world, params);
        if (!isRecord(record)) return record;
        const message = findWebhookMessage(record, params[2]!);
        if (!message) return apiError(404, 'Unknown Message', 10008);
        if (message === record.original) record.original = null;
        else record.followUps.splice(record.followUps.indexOf(message), 1);
        notify(record);
        return { status: 204 };
      },
    },
  ];
}
