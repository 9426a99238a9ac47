/**
 * Parsing and validating /digest set options. Pure: a bad value is a UserError, nothing is stored.
 */
import { DIGEST_SECTIONS, type DigestSection } from '../core/services.js';
import { isValidTimeZone } from '../digest/zonedTime.js';
import { UserError } from '../errors.js';
import type { Strings } from './strings.js';

/** `HH:MM` (24 h); `8:05` is accepted and padded, since people type it that way. */
export function parseDigestTime(value: string, s: Strings): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!m || h > 23 || min > 59) throw new UserError('bad-time', s.badTime(value.slice(0, 20)));
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** An IANA zone Intl accepts. */
export function parseDigestTimeZone(value: string, s: Strings): string {
  const zone = value.trim();
  if (zone === '' || !isValidTimeZone(zone)) throw new UserError('bad-timezone', s.badZone(value.slice(0, 60)));
  return zone;
}

/** Sections as a comma-separated choice value (`all` = every section). */
export function parseDigestSections(value: string | null, s: Strings): DigestSection[] {
  if (value === null || value === 'all') return [...DIGEST_SECTIONS];
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  for (const p of parts) {
    if (!(DIGEST_SECTIONS as readonly string[]).includes(p)) throw new UserError('bad-sections', s.badSections(p.slice(0, 40)));
  }
  if (parts.length === 0) throw new UserError('bad-sections', s.badSections(value.slice(0, 40)));
  return DIGEST_SECTIONS.filter((d) => parts.includes(d));
}
