import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { constants as zlibConstants, createDeflate, type Deflate } from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';
import { makeEveryoneRole, makeGuild, makeMember } from './entities.js';
import type { World } from './state.js';
import type { RecordedIdentify, Wire } from './types.js';

// Intents Discord treats as privileged: GuildMembers, GuildPresences, MessageContent.
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const GUILDS_INTENT = 1 << 0;
const MAX_BUFFERED_EVENTS = 1000;

interface Session {
  id: string;
  seq: number;
  intents: number;
  /** [shard id, shard count] from IDENTIFY; [0, 1] (every guild) when the client sent none. */
  shard: [number, number];
  events: Array<{ op: 0; s: number; t: string; d: unknown }>;
  connection: Connection | null;
}

interface Connection {
  socket: WebSocket;
  deflate: Deflate | null;
  /** Deflate output waiting for the next sync flush. */
  pending: Buffer[];
  session: Session | null;
}

/** Whether a session on `shard` receives a guild's events (Discord's sharding formula). */
function ownsGuild(shard: [number, number], guildId: string): boolean {
  if (shard[1] <= 1) return true;
  return Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) === shard[0];
}

/** The gateway half of the stand-in: v10, JSON, optional zlib-stream transport compression. */
export class FakeGateway {
  readonly identifies: RecordedIdentify[] = [];
  /** Every payload the client sent (heartbeats included), for tests that check the protocol. */
  readonly received: Array<{ op: number; d: unknown; time: number }> = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private sessionCounter = 0;

  constructor(
    private readonly world: World,
    private readonly heartbeatIntervalMs: number,
    private readonly allowPrivilegedIntents: boolean,
  ) {}

  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.wss.handleUpgrade(request, socket, head, (ws) => this.handleConnection(ws, request));
    });
  }

  /**
   * Sends a dispatch to the live sessions; while one is disconnected the event waits for RESUME. With `guildId`,
   * only to the shard that owns the guild, as Discord routes guild events: (guild_id >> 22) % shard_count.
   */
  dispatch(t: string, d: unknown, intent?: number, guildId?: string): void {
    for (const session of this.sessions.values()) {
      if (intent !== undefined && (session.intents & intent) === 0) continue;
      if (guildId !== undefined && !ownsGuild(session.shard, guildId)) continue;
      this.dispatchTo(session, t, d);
    }
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    const payload = { op: 0 as const, s: ++session.seq, t, d };
    session.events.push(payload);
    if (session.events.length > MAX_BUFFERED_EVENTS) session.events.shift();
    if (session.connection) this.send(session.connection, payload);
  }

  /** True when some session is connected and identified (READY or RESUMED sent). */
  get connected(): boolean {
    return [...this.sessions.values()].some((session) => session.connection !== null);
  }

  /**
   * Drops every connection. Without a code the TCP socket is destroyed (the client sees 1006 and resumes);
   * with one, a close frame is sent (4000 → resume, 1000 → fresh identify, 4004 → gives up).
   */
  disconnect(code?: number): void {
    for (const connection of this.connections) {
      if (code === undefined) connection.socket.terminate();
      else connection.socket.close(code);
    }
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private handleConnection(socket: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const connection: Connection = {
      socket,
      deflate: query.get('compress') === 'zlib-stream' ? createDeflate() : null,
      pending: [],
      session: null,
    };
    this.connections.add(connection);
    connection.deflate?.on('data', (chunk: Buffer) => connection.pending.push(chunk));
    socket.on('close', () => {
      this.connections.delete(connection);
      connection.deflate?.close();
      if (connection.session?.connection === connection) connection.session.connection = null;
    });
    socket.on('error', () => undefined);
    if (query.get('v') !== '10') {
      socket.close(4012, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json') {
      socket.close(4002, 'Only JSON encoding is supported by the stand-in');
      return;
    }
    this.send(connection, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["fake-gateway",{"micros":0}]'] } });
    socket.on('message', (data) => this.handleMessage(connection, data.toString()));
  }

  private send(connection: Connection, payload: unknown): void {
    const text = JSON.stringify(payload);
    const { deflate, socket } = connection;
    if (!deflate) {
      socket.send(text);
      return;
    }
    // zlib-stream: one shared deflate context per connection, each payload ends with a sync flush (00 00 ff ff).
    deflate.write(text);
    deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
      const frame = Buffer.concat(connection.pending.splice(0));
      if (frame.length > 0 && socket.readyState === socket.OPEN) socket.send(frame);
    });
  }

  private handleMessage(connection: Connection, text: string): void {
    let payload: { op: number; d: Wire };
    try {
      payload = JSON.parse(text);
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    this.received.push({ op: payload.op, d: payload.d, time: Date.now() });
    switch (payload.op) {
      case 1:
        this.send(connection, { op: 11 });
        return;
      case 2:
        this.identify(connection, payload.d);
        return;
      case 6:
        this.resume(connection, payload.d);
        return;
      case 3:
      case 4:
      case 8:
        if (!connection.session) connection.socket.close(4003, 'Not authenticated.');
        return;
      default:
        connection.socket.close(4001, 'Unknown opcode.');
    }
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot /, '') === this.world.token;
  }

  private identify(connection: Connection, d: Wire): void {
    if (connection.session) {
      connection.socket.close(4005, 'Already authenticated.');
      return;
    }
    const intents = d?.intents;
    this.identifies.push({
      intents,
      properties: d?.properties ?? {},
      shard: d?.shard,
      compress: d?.compress,
      largeThreshold: d?.large_threshold,
      time: Date.now(),
    });
    if (!this.tokenMatches(d?.token)) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    if (!Number.isInteger(intents) || intents < 0 || intents >= 1 << 26) {
      connection.socket.close(4013, 'Invalid intent(s).');
      return;
    }
    if ((intents & PRIVILEGED_INTENTS) !== 0 && !this.allowPrivilegedIntents) {
      connection.socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    const session: Session = { id: `fake-session-${++this.sessionCounter}`, seq: 0, intents, shard, events: [], connection };
    // A fresh IDENTIFY supersedes any older session of this bot on the same shard; other shards stay connected.
    for (const [id, old] of this.sessions) {
      if (old.shard[0] !== shard[0] || old.shard[1] !== shard[1]) continue;
      old.connection?.socket.close(4009, 'Session timed out.');
      this.sessions.delete(id);
    }
    this.sessions.set(session.id, session);
    connection.session = session;
    const world = this.world;
    const guilds = world.guilds.filter((guild) => ownsGuild(shard, guild.id));
    this.dispatchTo(session, 'READY', {
      v: 10,
      user: world.botUser,
      user_settings: {},
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: `ws://${world.origin}`,
      shard,
      application: { id: world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['singapore'],
      auth: {},
      _trace: ['["fake-gateway",{"micros":0}]'],
    });
    for (const guild of guilds) {
      if ((session.intents & GUILDS_INTENT) !== 0) this.dispatchTo(session, 'GUILD_CREATE', this.guildCreate(guild.id));
    }
  }

  private guildCreate(guildId: string): Record<string, unknown> {
    const world = this.world;
    const guild = world.guild(guildId);
    if (!guild) throw new Error(`no guild ${guildId}`);
    const channels = world.guildChannels(guildId).map(({ guild_id: _omit, ...channel }) => channel);
    return {
      ...makeGuild(guild, '1300000000000000900'),
      roles: [makeEveryoneRole(guild.id)],
      joined_at: new Date(Date.UTC(2024, 0, 1)).toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [makeMember(world.botUser)],
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      lazy: true,
    };
  }

  private resume(connection: Connection, d: Wire): void {
    if (!this.tokenMatches(d?.token)) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    const session = this.sessions.get(d?.session_id);
    if (!session) {
      this.send(connection, { op: 9, d: false });
      return;
    }
    if (typeof d.seq !== 'number' || d.seq > session.seq) {
      connection.socket.close(4007, 'Invalid seq.');
      return;
    }
    session.connection?.socket.close(4009, 'Session timed out.');
    session.connection = connection;
    connection.session = session;
    for (const event of session.events) {
      if (event.s > d.seq) this.send(connection, event);
    }
    this.dispatchTo(session, 'RESUMED', { _trace: ['["fake-gateway",{"micros":0}]'] });
  }
}
