/** Row shapes shared by both backends (same schema, same column types) and their conversion to store types. */
import { DIGEST_SECTIONS, type DigestSection, type Language } from '../core/services.js';
import type { Delivery, DeliveryState, StoredDigestSettings } from './contract.js';

export interface SettingsRow {
  guild_id: string; channel_id: string; time: string; timezone: string; language: string; sections: string;
  empty_day: string; enabled: number; failures: number; last_error: string | null; last_run_at: string | null;
  last_sent_date: string | null; configured_at: string;
}
export interface DeliveryRow {
  guild_id: string; local_date: string; state: DeliveryState; nonce: string; message_id: string | null;
  attempts: number; last_error: string | null; claimed_at: string; sent_at: string | null; retry_at: string | null;
}

function parseSections(json: string): DigestSection[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? DIGEST_SECTIONS.filter((s) => parsed.includes(s)) : [];
  } catch {
    return [];
  }
}

export function toSettings(r: SettingsRow): StoredDigestSettings {
  return {
    guildId: r.guild_id, channelId: r.channel_id, time: r.time, timezone: r.timezone,
    language: r.language as Language, sections: parseSections(r.sections),
    emptyDay: r.empty_day === 'skip' ? 'skip' : 'note', enabled: Number(r.enabled) === 1, failures: Number(r.failures),
    lastError: r.last_error, lastRunAt: r.last_run_at, lastSentDate: r.last_sent_date, configuredAt: r.configured_at,
  };
}

export function toDelivery(r: DeliveryRow): Delivery {
  return {
    guildId: r.guild_id, localDate: r.local_date, state: r.state, nonce: r.nonce, messageId: r.message_id,
    attempts: Number(r.attempts), lastError: r.last_error, claimedAt: r.claimed_at, sentAt: r.sent_at, retryAt: r.retry_at,
  };
}

/**
 * Instants are stored as `toISOString()` text (UTC, 'Z', fixed width) in both backends, so comparing them as
 * strings orders them in time; a caller's instant in another offset is normalised first.
 */
export function normaliseInstant(iso: string): string | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
