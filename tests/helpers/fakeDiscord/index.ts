import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.js';
import { buildInteractionPayload } from './interactions.js';
import { createRestHandler, type Fault } from './rest.js';
import { interactionRoutes } from './restInteractions.js';
import { resourceRoutes } from './restRoutes.js';
import { World, type InteractionRecord } from './state.js';
import type { FakeDiscordOptions, InteractionHandle, InteractionInput, RecordedIdentify, RecordedRequest, Wire } from './types.js';

export { autocomplete, button, messageCommand, slashCommand } from './interactions.js';
export type * from './types.js';

const GUILDS_INTENT = 1 << 0;

/** A running local Discord: REST under `apiBase`, the gateway at the URL GET /gateway/bot returns. */
export interface FakeDiscord {
  /** Pass as discord.js `rest: { api: apiBase }`; @discordjs/rest appends `/v10/...` to it. */
  apiBase: string;
  /** The only token accepted: anything else gets 401 on REST and close code 4004 on IDENTIFY. */
  token: string;
  applicationId: string;
  botUserId: string;
  /** Every REST request in arrival order, unknown routes included (they got 404 with `route: null`). */
  requests: RecordedRequest[];
  /** Every IDENTIFY the gateway received (intents, properties, shard). */
  identifies: RecordedIdentify[];
  /** Every payload the client sent on the gateway, heartbeats included. */
  gatewayReceived: Array<{ op: number; d: unknown; time: number }>;
  /** Registered commands as the stand-in stores them: global without an argument, else that guild's. */
  commands(guildId?: string): Wire[];
  /** Dispatches INTERACTION_CREATE and resolves when the bot's first callback arrives. */
  interact(payload: InteractionInput): Promise<InteractionHandle>;
  /** Messages created with POST /channels/:id/messages (a nonce-enforced repeat is not a new message). */
  messages(channelId: string): Wire[];
  /** Makes the next matching REST request fail once with this status (429 carries Retry-After in seconds). */
  failNext(match: { method?: string; pathIncludes: string }, response: { status: number; body?: Wire; retryAfter?: number }): void;
  /** The next matching REST request is carried out (a message is created) but never answered. */
  hangNext(match: { method?: string; pathIncludes: string }): void;
  /** Drops the gateway connection: no code = network drop (client resumes); a code = that close frame. */
  disconnectGateway(code?: number): void;
  /** Resolves once a gateway session is live again (READY or RESUMED delivered). */
  waitForGateway(timeoutMs?: number): Promise<void>;
  /** Deletes a channel: later REST calls on it → 404 Unknown Channel (10003); CHANNEL_DELETE is dispatched. */
  deleteChannel(channelId: string): void;
  close(): Promise<void>;
}

function waitFor(check: () => boolean, subscribe: (wake: () => void) => () => void, timeoutMs: number, what: string): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const unsubscribe = subscribe(() => {
      if (!check()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

function onRecord(record: InteractionRecord) {
  return (wake: () => void) => {
    record.listeners.add(wake);
    return () => record.listeners.delete(wake);
  };
}

function makeHandle(record: InteractionRecord, first: RecordedRequest): InteractionHandle {
  const snapshot = () => (record.original ? structuredClone(record.original) : null);
  return {
    payload: record.payload,
    firstCallback: first,
    firstCallbackMs: first.time - record.dispatchedAt,
    async waitForEdit(timeoutMs = 10_000) {
      const type = record.callbackType;
      if (type === null) {
        throw new Error(`The bot's callback to interaction ${record.id} was rejected: ${first.status} ${JSON.stringify(first.response)}`);
      }
      if (type === 8 || type === 9) return first.body?.data;
      if (type === 5 || type === 6) {
        await waitFor(() => record.edits.length > 0, onRecord(record), timeoutMs, `an edit of the deferred response to interaction ${record.id}`);
      }
      return snapshot();
    },
    edits: () => [...record.edits],
    followUps: () => record.followUps.map((message) => structuredClone(message)),
    original: snapshot,
  };
}

/** Starts the stand-in on 127.0.0.1 with an OS-assigned port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const world = new World(options);
  const faults: Fault[] = [];
  const gateway = new FakeGateway(world, options.heartbeatIntervalMs ?? 41_250, options.allowPrivilegedIntents ?? false);
  const routes = [...resourceRoutes(), ...interactionRoutes({ ackWindowMs: options.interactionAckWindowMs ?? 3_000 })];
  const handler = createRestHandler(world, gateway, routes, faults);
  const server = createServer((request, response) => void handler(request, response));
  gateway.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  world.port = (server.address() as AddressInfo).port;

  return {
    apiBase: `http://${world.origin}/api`,
    token: world.token,
    applicationId: world.applicationId,
    botUserId: world.botUser['id'],
    requests: world.requests,
    identifies: gateway.identifies,
    gatewayReceived: gateway.received,
    commands: (guildId) => structuredClone(world.commandList(guildId)),
    async interact(input) {
      const payload = buildInteractionPayload(world, input);
      const record: InteractionRecord = {
        id: payload['id'], token: payload['token'], payload, dispatchedAt: Date.now(),
        callbacks: [], callbackType: null, original: null, edits: [], followUps: [], listeners: new Set(),
      };
      world.interactions.set(record.id, record);
      const guildId = (payload as { guild_id?: unknown })['guild_id'];
      gateway.dispatch('INTERACTION_CREATE', payload, undefined, typeof guildId === 'string' ? guildId : undefined);
      const timeoutMs = options.interactTimeoutMs ?? 10_000;
      await waitFor(() => record.callbacks.length > 0, onRecord(record), timeoutMs, `the bot to answer interaction ${record.id} (${input.kind})`);
      return makeHandle(record, record.callbacks[0]!);
    },
    messages: (channelId) => structuredClone(world.channelMessages.get(channelId) ?? []),
    hangNext(match) {
      faults.push({ ...match, status: 0, hang: true });
    },
    failNext(match, response) {
      faults.push({ ...match, ...response });
    },
    disconnectGateway: (code) => gateway.disconnect(code),
    async waitForGateway(timeoutMs = 10_000) {
      await waitFor(() => gateway.connected, (wake) => {
        const timer = setInterval(wake, 20);
        return () => clearInterval(timer);
      }, timeoutMs, 'a live gateway session');
    },
    deleteChannel(channelId) {
      const channel = world.channels.get(channelId);
      if (!channel) throw new Error(`No channel ${channelId}`);
      world.channels.delete(channelId);
      world.deletedChannels.add(channelId);
      gateway.dispatch('CHANNEL_DELETE', channel, GUILDS_INTENT, typeof channel['guild_id'] === 'string' ? channel['guild_id'] : undefined);
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
