/**
 * Turning the parts of a Vietnamese date expression into an ISO date, given the article's reference date.
 * News reports the past, so a date without a year is placed in the latest year that does not put it after
 * the reference; an explicit "tới" (coming) flips that to the nearest future. Nothing is invented: when the
 * reference lacks the precision a form needs, the date is null.
 */
import type { IsoDate } from './types.js';
import {
  addDays,
  addMonths,
  isValidDay,
  isoDay,
  isoMonth,
  isoYearless,
  parseIsoDate,
  weekdayMon0,
  type FullDate,
} from './datesCalendar.js';

/** The reference date split into parts (all null when missing or year-less: `--11-18` says nothing of "now"). */
export interface Ref {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** What a rule resolves to: the date (null when it cannot be known) and whether the reference supplied part of it. */
export interface Resolved {
  date: IsoDate;
  relative: boolean;
}

export type Direction = 'past' | 'future';

export function toRef(reference: IsoDate | undefined): Ref {
  const p = parseIsoDate(reference ?? null);
  if (!p || p.year === null) return { year: null, month: null, day: null };
  return p;
}

export function refDay(ref: Ref): FullDate | null {
  return ref.year !== null && ref.month !== null && ref.day !== null
    ? { year: ref.year, month: ref.month, day: ref.day }
    : null;
}

const UNKNOWN: Resolved = { date: null, relative: true };

/**
 * A day and month with an explicit year, a year offset from the reference (`năm ngoái` = -1), or neither.
 * Returns null when the day cannot exist (31/2, 29/2/2023): that text is not a date.
 */
export function resolveDayMonth(
  day: number,
  month: number,
  year: number | null,
  yearOffset: number | null,
  direction: Direction,
  ref: Ref,
): Resolved | null {
  if (!isValidDay(year, month, day)) return null;
  if (year !== null) return { date: isoDay({ year, month, day }), relative: false };
  if (ref.year === null) {
    return yearOffset === null ? { date: isoYearless(month, day), relative: false } : UNKNOWN;
  }
  let y = ref.year + (yearOffset ?? 0);
  if (yearOffset === null && ref.month !== null) {
    const key = month * 100 + day;
    // Without the reference's day only the month can be compared: a date in the reference month stays in its year.
    const refKey = ref.month * 100 + (ref.day ?? (direction === 'past' ? 31 : 0));
    if (direction === 'past' && key > refKey) y -= 1;
    if (direction === 'future' && key < refKey) y += 1;
  }
  // 29/2 in a year that has none: the day and month are still known, the year is not.
  if (!isValidDay(y, month, day)) return { date: isoYearless(month, day), relative: true };
  return { date: isoDay({ year: y, month, day }), relative: true };
}

/** A month with an explicit year, a year offset, or the year inferred from the reference (null without one). */
export function resolveMonth(
  month: number,
  year: number | null,
  yearOffset: number | null,
  direction: Direction,
  ref: Ref,
): Resolved | null {
  if (month < 1 || month > 12) return null;
  if (year !== null) return { date: isoMonth(year, month), relative: false };
  if (ref.year === null) return UNKNOWN;
  let y = ref.year + (yearOffset ?? 0);
  if (yearOffset === null && ref.month !== null) {
    if (direction === 'past' && month > ref.month) y -= 1;
    if (direction === 'future' && month < ref.month) y += 1;
  }
  return { date: isoMonth(y, month), relative: true };
}

/** A day of the reference month (`ngày 18`): the previous month when that day is still ahead of the reference. */
export function resolveDayOfRefMonth(day: number, ref: Ref): Resolved | null {
  if (day < 1 || day > 31) return null;
  if (ref.year === null || ref.month === null) return UNKNOWN;
  let { year, month } = { year: ref.year, month: ref.month };
  if (ref.day !== null && day > ref.day) ({ year, month } = addMonths(year, month, -1));
  return isValidDay(year, month, day) ? { date: isoDay({ year, month, day }), relative: true } : UNKNOWN;
}

/** `hôm qua` (-1), `hôm nay` (0), `ngày mai` (+1)… A month-precise reference still dates `hôm nay` to its month. */
export function resolveDayOffset(offset: number, ref: Ref): Resolved {
  const today = refDay(ref);
  if (today) return { date: isoDay(addDays(today, offset)), relative: true };
  if (offset === 0 && ref.year !== null) {
    return { date: ref.month !== null ? isoMonth(ref.year, ref.month) : String(ref.year), relative: true };
  }
  return UNKNOWN;
}

/**
 * A span of days (a week) reduced to the most precise date that is honest for all of it: its month when
 * it lies in one month, its year when in one year, else null. "Tuần trước" has no single day.
 */
export function resolveSpan(from: FullDate, to: FullDate): Resolved {
  if (from.year !== to.year) return UNKNOWN;
  if (from.month !== to.month) return { date: String(from.year), relative: true };
  return { date: isoMonth(from.year, from.month), relative: true };
}

/** The Monday–Sunday week `weeks` weeks from the reference's week. */
export function resolveWeek(weeks: number, ref: Ref): Resolved {
  const today = refDay(ref);
  if (!today) return UNKNOWN;
  const monday = addDays(today, -weekdayMon0(today) + 7 * weeks);
  return resolveSpan(monday, addDays(monday, 6));
}

export type WeekdayMode = 'past-inclusive' | 'past' | 'future' | { week: number };

/** A weekday (Monday = 0) placed relative to a day-precise reference; null date without one. */
export function resolveWeekday(weekday: number, mode: WeekdayMode, ref: Ref): Resolved {
  const today = refDay(ref);
  if (!today) return UNKNOWN;
  const current = weekdayMon0(today);
  let offset: number;
  if (typeof mode === 'object') offset = weekday - current + 7 * mode.week;
  else if (mode === 'future') offset = ((weekday - current + 6) % 7) + 1;
  else {
    offset = -((current - weekday + 7) % 7);
    if (mode === 'past' && offset === 0) offset = -7;
  }
  return { date: isoDay(addDays(today, offset)), relative: true };
}

/** `năm ngoái`, `tháng trước`, `3 năm trước`: a whole year or month offset from the reference's. */
export function resolvePeriodOffset(unit: 'year' | 'month', offset: number, ref: Ref): Resolved {
  if (ref.year === null) return UNKNOWN;
  if (unit === 'year') return { date: String(ref.year + offset), relative: true };
  if (ref.month === null) return UNKNOWN;
  const m = addMonths(ref.year, ref.month, offset);
  return { date: isoMonth(m.year, m.month), relative: true };
}

/** A recogniser for one family of date forms. */
export interface Rule {
  re: RegExp;
  /** A cheap test every text that `re` can match passes: most sentences skip the slow scan (thousands of articles). */
  quick?: RegExp;
  /** The resolved date, or null when the match is not a date after all. */
  resolve(m: RegExpExecArray, text: string, ref: Ref): Resolved | null;
}
