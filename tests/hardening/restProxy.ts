/**
 * An HTTP proxy between the bot's REST client and the Discord stand-in, for faults the stand-in cannot make
 * itself: a response that arrives late, and a response lost after Discord already acted on the request (the
 * case an idempotency nonce exists for). The gateway is not proxied: GET /gateway/bot points at the stand-in.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A one-shot fault on the next request that matches. */
export interface ProxyFault {
  method: string;
  pathIncludes: string;
  /** Hold the stand-in's response this long before passing it on. */
  delayMs?: number;
  /** Forward the request (the stand-in acts on it), then answer the bot with this status instead. */
  loseResponseWith?: number;
}

export interface ProxiedResponse {
  method: string;
  path: string;
  status: number;
  /** When the bot was sent the response (`Date.now()`). */
  answeredAt: number;
  fault: ProxyFault | null;
}

export interface RestProxy {
  apiBase: string;
  fault(f: ProxyFault): void;
  /** Every response passed to the bot, in order. */
  responses: ProxiedResponse[];
  close(): Promise<void>;
}

// Hop-by-hop or recomputed headers: fetch has already decoded the body.
const SKIP_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'content-encoding', 'host']);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Start a proxy on 127.0.0.1 in front of `upstreamApiBase` (the stand-in's `apiBase`). */
export async function startRestProxy(upstreamApiBase: string): Promise<RestProxy> {
  const upstream = new URL(upstreamApiBase);
  const faults: ProxyFault[] = [];
  const responses: ProxiedResponse[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const at = faults.findIndex((f) => f.method === method && path.includes(f.pathIncludes));
    const fault = at >= 0 ? faults.splice(at, 1)[0]! : null;
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !SKIP_HEADERS.has(k)) headers[k] = v;
    const answer = await fetch(new URL(path, upstream.origin), { method, headers, body: body.length ? body : undefined });
    const text = Buffer.from(await answer.arrayBuffer());
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.loseResponseWith) {
      const lost = JSON.stringify({ message: 'proxy: response lost', code: 0 });
      res.writeHead(fault.loseResponseWith, { 'content-type': 'application/json' }).end(lost);
      responses.push({ method, path, status: fault.loseResponseWith, answeredAt: Date.now(), fault });
      return;
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((v, k) => {
      if (!SKIP_HEADERS.has(k)) out[k] = v;
    });
    res.writeHead(answer.status, out).end(text);
    responses.push({ method, path, status: answer.status, answeredAt: Date.now(), fault });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => res.writeHead(502).end(String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}${upstream.pathname}`,
    fault: (f) => void faults.push(f),
    responses,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
