/**
 * Test doubles for the digest: a settable clock and an in-memory Discord channel store that dedupes
 * message nonces the way Discord does with `enforce_nonce` (same author + same nonce within a few minutes
 * returns the existing message instead of creating one).
 */
import { PublishError, type Clock, type OutgoingMessage, type Publisher } from '../../src/core/services.js';
import type { DigestLogger } from '../../src/digest/scheduler.js';

export class MutableClock implements Clock {
  constructor(public ms: number) {}
  static at(iso: string): MutableClock {
    return new MutableClock(Date.parse(iso));
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface PostedMessage {
  id: string;
  channelId: string;
  content: string | undefined;
  nonce: string | undefined;
  /** When Discord created it, by the test clock. */
  at: number;
}

/** Discord documents the nonce check as covering "the past few minutes"; we assume five. */
export const NONCE_WINDOW_MS = 5 * 60_000;

export class FakeDiscord implements Publisher {
  readonly messages: PostedMessage[] = [];
  readonly deletedChannels = new Set<string>();
  readonly forbiddenChannels = new Set<string>();
  /** Next sends to these channels answer 429 with this wait. */
  readonly rateLimited = new Map<string, number>();
  /** Sends to these channels are created, then the caller never hears back (the process is killed). */
  readonly hangAfterCreate = new Set<string>();
  /** Sends to these channels are created, then the connection drops (the caller gets an error). */
  readonly dropAfterCreate = new Set<string>();
  calls = 0;
  private seq = 0;

  constructor(private readonly clock: Clock) {}

  async send(channelId: string, message: OutgoingMessage): Promise<{ messageId: string }> {
    this.calls++;
    if (this.deletedChannels.has(channelId)) throw new PublishError('channel-missing', 'Unknown Channel');
    if (this.forbiddenChannels.has(channelId)) throw new PublishError('forbidden', 'Missing Access');
    const wait = this.rateLimited.get(channelId);
    if (wait !== undefined) {
      this.rateLimited.delete(channelId);
      throw new PublishError('rate-limited', 'You are being rate limited.', wait);
    }
    const now = this.clock.now().getTime();
    const dup = message.nonce === undefined ? undefined
      : this.messages.find((m) => m.nonce === message.nonce && now - m.at <= NONCE_WINDOW_MS);
    const posted = dup ?? { id: `m${++this.seq}`, channelId, content: message.content, nonce: message.nonce, at: now };
    if (!dup) this.messages.push(posted);
    if (this.hangAfterCreate.has(channelId)) return new Promise(() => {});
    if (this.dropAfterCreate.has(channelId)) {
      this.dropAfterCreate.delete(channelId);
      throw new PublishError('transient', 'socket hang up');
    }
    return { messageId: posted.id };
  }

  in(channelId: string): PostedMessage[] {
    return this.messages.filter((m) => m.channelId === channelId);
  }
}

/** A logger that keeps records for assertions and prints nothing. */
export function recordingLogger(records: Array<{ level: string; obj: object; msg?: string }> = []): DigestLogger {
  const make = (bindings: object): DigestLogger => ({
    info: (obj, msg) => void records.push({ level: 'info', obj: { ...bindings, ...obj }, msg }),
    warn: (obj, msg) => void records.push({ level: 'warn', obj: { ...bindings, ...obj }, msg }),
    error: (obj, msg) => void records.push({ level: 'error', obj: { ...bindings, ...obj }, msg }),
    child: (more) => make({ ...bindings, ...more }),
  });
  return make({});
}
