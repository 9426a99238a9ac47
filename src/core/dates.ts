/**
 * Vietnamese dates: ISO helpers with precision (this file) and the date finder for article text
 * (datesMentions.ts, re-exported here). Pure functions, no I/O, no clock: "today" is always a parameter.
 *
 * An IsoDate carries its precision: `2024-11-18` (day), `2024-11` (month), `2024` (year),
 * `--11-18` (day and month known, year unknowable), or null (unknown).
 */
import type { IsoDate } from './types.js';
import { daysInMonth, isValidDay, parseIsoDate, type DateParts } from './datesCalendar.js';

export { parseIsoDate } from './datesCalendar.js';
export { findDateMentions, type DateMention } from './datesMentions.js';

export type DatePrecision = 'day' | 'month' | 'year' | 'month-day';

/** The precision an ISO date carries, or null when it is null or not a valid ISO date. */
export function isoPrecision(iso: IsoDate): DatePrecision | null {
  const p = parseIsoDate(iso);
  if (!p) return null;
  if (p.year === null) return 'month-day';
  if (p.day !== null) return 'day';
  return p.month !== null ? 'month' : 'year';
}

// Year-less dates cannot be placed on a timeline, and unknown dates even less: both sort after every dated item.
function rank(p: DateParts | null): number {
  if (!p) return 2;
  return p.year === null ? 1 : 0;
}

/**
 * Sort order: chronological; of two dates in the same period the less precise first (`2024` < `2024-11` <
 * `2024-11-18`); year-less (`--MM-DD`, by month and day) after every dated one; null and invalid last.
 * A time on a date is ignored.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  const byRank = rank(pa) - rank(pb);
  if (byRank !== 0 || !pa || !pb) return byRank;
  return (
    (pa.year ?? 0) - (pb.year ?? 0) ||
    (pa.month ?? 0) - (pb.month ?? 0) ||
    (pa.day ?? 0) - (pb.day ?? 0)
  );
}

/** First and last day (as yyyymmdd integers) of the period a dated ISO date covers. */
function span(p: DateParts & { year: number }): [number, number] {
  const y = p.year * 10000;
  if (p.month === null) return [y + 101, y + 1231];
  const m = p.month * 100;
  if (p.day === null) return [y + m + 1, y + m + daysInMonth(p.year, p.month)];
  return [y + m + p.day, y + m + p.day];
}

function parseBound(bound: string, name: string): [number, number] {
  const iso = parseIsoDate(bound) ? bound : parseUserDate(bound);
  const p = parseIsoDate(iso);
  if (!p || p.year === null) throw new RangeError(`${name} is not a dated ISO date: ${JSON.stringify(bound)}`);
  return span({ ...p, year: p.year });
}

/**
 * Whether a date overlaps the inclusive range [from, to]. Bounds may be of any precision (`from: '2024'`
 * means from 1 Jan 2024, `to: '2024-11'` up to 30 Nov 2024) or in a form `parseUserDate` accepts; either may be
 * undefined. `2024-11` is in a range ending `2024-11-05` because the month overlaps it.
 * With no bound every date passes (null too); with a bound, null and year-less dates do not.
 * Throws RangeError on a bound that is not a date: parse user input with `parseUserDate` first.
 */
export function isoInRange(iso: IsoDate, from?: string, to?: string): boolean {
  const lo = from === undefined || from === '' ? null : parseBound(from, 'from')[0];
  const hi = to === undefined || to === '' ? null : parseBound(to, 'to')[1];
  if (lo === null && hi === null) return true;
  const p = parseIsoDate(iso);
  if (!p || p.year === null) return false;
  const [start, end] = span({ ...p, year: p.year });
  return (lo === null || end >= lo) && (hi === null || start <= hi);
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Human form. vi: `18/11/2024`, `tháng 11/2024`, `năm 2024`, `18/11 (không rõ năm)`, null → `không rõ ngày`.
 * en: `18 Nov 2024`, `Nov 2024`, `2024`, `18 Nov (year unknown)`, null → `date unknown`.
 * A non-null string that is not an ISO date is returned unchanged, so a person still sees what was stored.
 */
export function formatDate(iso: IsoDate, lang: 'vi' | 'en'): string {
  if (iso === null || iso === undefined) return lang === 'vi' ? 'không rõ ngày' : 'date unknown';
  const p = parseIsoDate(iso);
  if (!p) return iso;
  const { year, month, day } = p;
  if (lang === 'vi') {
    // Day before month, slash-separated: the order Vietnamese readers write and read dates in.
    if (year === null) return `${day}/${month} (không rõ năm)`;
    if (month === null) return `năm ${year}`;
    if (day === null) return `tháng ${month}/${year}`;
    return `${day}/${month}/${year}`;
  }
  const mon = month === null ? '' : EN_MONTHS[month - 1]!;
  if (year === null) return `${day} ${mon} (year unknown)`;
  if (month === null) return String(year);
  if (day === null) return `${mon} ${year}`;
  return `${day} ${mon} ${year}`;
}

const USER_ISO_RE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
// Day-first with `/`, `.` or `-`: the orders a Vietnamese reader types (18/11/2024, 18.11.2024, 11/2024).
const USER_DMY_RE = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/;

/**
 * Parse a date a user typed in a filter: `2024-11-18`, `2024-11`, `2024`, `18/11/2024`, `11/2024`,
 * `18.11.2024`, `18-11-2024`, optionally after `ngày`/`tháng`/`năm`. Returns the ISO date with its precision,
 * or null when it is not a date. A year-less `18/11` is null: it cannot bound a range.
 */
export function parseUserDate(input: string): IsoDate {
  const s = input.trim().replace(/^(?:ngày|tháng|năm)\s+/iu, '');
  let year: number;
  let month: number | null;
  let day: number | null;
  const iso = USER_ISO_RE.exec(s);
  const dmy = iso ? null : USER_DMY_RE.exec(s);
  if (iso) {
    year = Number(iso[1]);
    month = iso[2] === undefined ? null : Number(iso[2]);
    day = iso[3] === undefined ? null : Number(iso[3]);
  } else if (dmy) {
    year = Number(dmy[3]);
    month = Number(dmy[2]);
    day = dmy[1] === undefined ? null : Number(dmy[1]);
  } else {
    return null;
  }
  if (year < 1000 || year > 2999) return null;
  if (month === null) return String(year);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  if (!isValidDay(year, month, day)) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** The `MM-DD` of an ISO date with day precision (incl. `--MM-DD` and dates with a time), for "on this day". */
export function monthDay(iso: IsoDate): string | null {
  const p = parseIsoDate(iso);
  if (!p || p.month === null || p.day === null) return null;
  return `${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
