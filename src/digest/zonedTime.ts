/**
 * Wall-clock time in an IANA zone using Intl only, so the answer never depends on the process's TZ.
 */
import { addDays, isoDay } from '../core/datesCalendar.js';

export interface LocalDateTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** Minutes since local midnight, 0..1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Whether Intl knows the zone name (`Asia/Ho_Chi_Minh` yes, `GMT+7 Hanoi` no). */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

function wallParts(ms: number, tz: string): { y: number; mo: number; d: number; h: number; mi: number } {
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute! };
}

/** The wall clock of `ms` in `tz`, encoded as if it were UTC (minute precision). */
function wallMs(ms: number, tz: string): number {
  const w = wallParts(ms, tz);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi);
}

/** Local date and minute of the day of an instant in an IANA zone. */
export function localDateTime(instant: Date, tz: string): LocalDateTime {
  const w = wallParts(instant.getTime(), tz);
  return { date: isoDay({ year: w.y, month: w.mo, day: w.d }), minutes: w.h * 60 + w.mi };
}

/** Minutes since midnight of `HH:MM`, or null when malformed. */
export function parseHhmm(time: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The local date `days` after `date` (YYYY-MM-DD). */
export function addLocalDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return isoDay(addDays({ year: y!, month: m!, day: d! }, days));
}

/**
 * The first instant whose wall clock in `tz` reads `date` at `minutes` or later. On a DST-forward day a
 * time that does not exist (02:30 in New York) gives the first minute after the gap (03:00); in a repeated
 * hour the earlier of the two instants is returned.
 */
export function zonedInstant(date: string, minutes: number, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, 0, minutes);
  const DAY = 86_400_000;
  // Offsets a day either side cover both sides of any transition near this date (zones change at most twice a year).
  const candidates = [...new Set([wall - DAY, wall + DAY].map((probe) => wall - (wallMs(probe, tz) - probe)))].sort((a, b) => a - b);
  const exact = candidates.filter((c) => wallMs(c, tz) === wall);
  if (exact.length > 0) return new Date(exact[0]!);
  // In a gap: binary-search the first minute whose wall clock has reached the wanted time.
  let lo = candidates[0]!;
  let hi = candidates[candidates.length - 1]!;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (wallMs(mid, tz) >= wall) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}
