/**
 * Publisher over discord.js REST: posts the digest with Discord's idempotency nonce and maps failures to
 * PublishError kinds the scheduler acts on.
 */
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type Client } from 'discord.js';
import { PublishError, type OutgoingMessage, type Publisher } from '../core/services.js';

// JSON error codes: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;

/** Map a discord.js REST failure to a PublishError kind (network errors count as transient). */
export function toPublishError(err: unknown): PublishError {
  if (err instanceof PublishError) return err;
  if (err instanceof RateLimitError) return new PublishError('rate-limited', err.message, err.retryAfter);
  if (err instanceof DiscordAPIError) {
    if (err.code === UNKNOWN_CHANNEL || err.status === 404) return new PublishError('channel-missing', err.message);
    if (err.code === MISSING_ACCESS || err.code === MISSING_PERMISSIONS || err.status === 403) return new PublishError('forbidden', err.message);
    if (err.status === 429) {
      const retry = (err.rawError as { retry_after?: number }).retry_after;
      return new PublishError('rate-limited', err.message, typeof retry === 'number' ? retry * 1000 : undefined);
    }
    if (err.status >= 500) return new PublishError('transient', err.message);
    // Any other 4xx means the request itself is wrong: retrying will not help, so report it as forbidden.
    return new PublishError('forbidden', err.message);
  }
  if (err instanceof HTTPError) return new PublishError(err.status === 429 ? 'rate-limited' : 'transient', err.message);
  return new PublishError('transient', err instanceof Error ? err.message : String(err));
}

/**
 * A Publisher for the digest scheduler. Uses REST directly (no channel cache needed), sets
 * `enforce_nonce` so a retried send with the same nonce never posts twice, and never pings anyone.
 */
export function createDiscordPublisher(client: Pick<Client, 'rest'>): Publisher {
  return {
    async send(channelId: string, message: OutgoingMessage) {
      const body: Record<string, unknown> = { allowed_mentions: { parse: [] } };
      if (message.content !== undefined) body.content = message.content;
      if (message.embeds !== undefined) body.embeds = message.embeds;
      if (message.nonce !== undefined) {
        // Discord accepts a nonce of at most 25 characters.
        body.nonce = message.nonce.slice(0, 25);
        body.enforce_nonce = true;
      }
      try {
        const created = (await client.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
        return { messageId: created.id };
      } catch (err) {
        throw toPublishError(err);
      }
    },
  };
}
