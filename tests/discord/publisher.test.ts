import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { toPublishError } from '../../src/discord/publisher.js';

const apiError = (status: number, code: number, extra: Record<string, unknown> = {}) =>
  new DiscordAPIError({ message: 'x', code, ...extra }, code, status, 'POST', '/channels/1/messages', {});

describe('toPublishError', () => {
  it.each([
    [404, 10003, 'channel-missing'],
    [403, 50001, 'forbidden'],
    [403, 50013, 'forbidden'],
    [429, 0, 'rate-limited'],
    [500, 0, 'transient'],
    [503, 0, 'transient'],
  ] as const)('HTTP %i / code %i → %s', (status, code, kind) => {
    expect(toPublishError(apiError(status, code)).kind).toBe(kind);
  });

  it('keeps Retry-After for a 429 in milliseconds', () => {
    expect(toPublishError(apiError(429, 0, { retry_after: 2.5 })).retryAfterMs).toBe(2500);
  });

  it('treats a network failure as transient', () => {
    expect(toPublishError(new Error('ECONNRESET')).kind).toBe('transient');
  });
});
