import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeGateway } from './gateway.js';
import type { World } from './state.js';
import type { RecordedRequest } from './types.js';

/** What a route handler answers; `body` undefined means an empty 204-style response. */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What a route handler gets: the recorded request plus the path parameters. */
export interface RouteContext {
  request: RecordedRequest;
  params: string[];
  world: World;
  gateway: FakeGateway;
}

/** One REST route; `auth: false` for interaction and webhook routes, which Discord authorises by token in the URL. */
export interface Route {
  method: string;
  pattern: RegExp;
  name: string;
  auth: boolean;
  handle(context: RouteContext): RouteResult;
}

/** A one-shot failure injected by `failNext`. */
export interface Fault {
  method?: string;
  pathIncludes: string;
  status: number;
  body?: unknown;
  retryAfter?: number;
  /** Carry the request out (a message is created) but never answer it: the caller hangs, as if cut off mid-send. */
  hang?: boolean;
}

const HANG = Symbol('hang');

/** Shorthand for Discord's JSON error body. */
export function apiError(status: number, message: string, code: number): RouteResult {
  return { status, body: { message, code } };
}

const API_PREFIX = /^\/api\/v(\d+)(?=\/)/;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// Multipart is what @discordjs/rest sends when files are attached: JSON goes in the `payload_json` field.
async function parseBody(raw: Buffer, contentType: string): Promise<Pick<RecordedRequest, 'body' | 'files'>> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedRequest['files'] = [];
    let body: unknown = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

function faultResult(fault: Fault): RouteResult {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter ?? 1;
    return {
      status: 429,
      // Discord sends Retry-After in seconds; @discordjs/rest reads that header, not the body.
      headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      body: fault.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    };
  }
  const defaults: Record<number, { message: string; code: number }> = {
    403: { message: 'Missing Permissions', code: 50013 },
    404: { message: 'Unknown Channel', code: 10003 },
  };
  return { status: fault.status, body: fault.body ?? defaults[fault.status] ?? { message: `${fault.status}: Fake failure`, code: 0 } };
}

/** Builds the HTTP handler: records every request, applies injected faults and auth, then routes. */
export function createRestHandler(world: World, gateway: FakeGateway, routes: Route[], faults: Fault[]) {
  return async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', `http://${world.origin}`);
    const raw = await readBody(incoming);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const version = API_PREFIX.exec(url.pathname)?.[1];
    // @discordjs/rest percent-encodes `@original` and `@me`; Discord decodes them, so do we.
    const path = decodeURIComponent(url.pathname.replace(API_PREFIX, ''));
    const method = (incoming.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: null,
      files: [],
      headers,
      time: Date.now(),
      status: 0,
      route: null,
    };
    world.requests.push(record);

    let result: RouteResult | typeof HANG;
    try {
      Object.assign(record, await parseBody(raw, headers['content-type'] ?? ''));
      result = route(record, version);
    } catch (error) {
      result = { status: 500, body: { message: `Stand-in error: ${(error as Error).message}`, code: 0 } };
    }
    if (result === HANG) return;
    record.status = result.status;
    record.response = result.body;
    const payload = result.body === undefined ? '' : JSON.stringify(result.body);
    response.writeHead(result.status, {
      ...(payload ? { 'content-type': 'application/json' } : {}),
      ...result.headers,
    });
    response.end(payload);
  };

  function route(record: RecordedRequest, version: string | undefined): RouteResult | typeof HANG {
    if (version !== '10') return apiError(404, '404: Not Found', 0);
    let params: string[] = [];
    const found = routes.find((candidate) => {
      if (candidate.method !== record.method) return false;
      const match = candidate.pattern.exec(record.path);
      if (match) params = match.slice(1);
      return match !== null;
    });
    if (!found) return apiError(404, '404: Not Found', 0);
    record.route = found.name;
    if (found.auth && record.headers['authorization'] !== `Bot ${world.token}`) {
      return apiError(401, '401: Unauthorized', 0);
    }
    const faultIndex = faults.findIndex(
      (fault) => (!fault.method || fault.method.toUpperCase() === record.method) && record.path.includes(fault.pathIncludes),
    );
    if (faultIndex >= 0) {
      const fault = faults.splice(faultIndex, 1)[0]!;
      if (!fault.hang) return faultResult(fault);
      const done = found.handle({ request: record, params, world, gateway });
      record.status = done.status;
      record.response = done.body;
      return HANG;
    }
    return found.handle({ request: record, params, world, gateway });
  }
}
