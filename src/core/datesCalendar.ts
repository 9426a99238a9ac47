/**
 * Calendar arithmetic and ISO parsing shared by the date modules. Pure, no I/O, no time zone:
 * every date here is a civil date as written in the article, so arithmetic runs in UTC to avoid DST shifts.
 */
import type { IsoDate } from './types.js';

/** Year, month, day of an ISO date; a part is null when the date does not carry it. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** A civil date with every part known. */
export interface FullDate {
  year: number;
  month: number;
  day: number;
}

// The reference may carry a time and offset (`2024-11-23T08:34+07:00`); the date part is the local date the
// outlet printed, which is what "hôm qua" in its text counts from, so the offset is deliberately not applied.
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
const YEARLESS_RE = /^--(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether day/month (and year when known) name a real calendar day: 31/2 and 29/2/2023 do not. */
export function isValidDay(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parse an ISO date of any precision into its parts, or null when it is null or not a valid ISO date.
 * Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, the same with a time/offset, and `--MM-DD`.
 */
export function parseIsoDate(iso: IsoDate): DateParts | null {
  if (iso === null || iso === undefined) return null;
  const s = iso.trim();
  const yearless = YEARLESS_RE.exec(s);
  if (yearless) {
    const month = Number(yearless[1]);
    const day = Number(yearless[2]);
    return isValidDay(null, month, day) ? { year: null, month, day } : null;
  }
  const m = ISO_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && !isValidDay(year, month, day)) return null;
  return { year, month, day };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(d: FullDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

export function isoYearless(month: number, day: number): string {
  return `--${pad2(month)}-${pad2(day)}`;
}

/** The date `days` days after `d` (negative: before). */
export function addDays(d: FullDate, days: number): FullDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Year and month `months` months after year/month (negative: before). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of week, Monday = 0 … Sunday = 6: the Vietnamese week starts on Monday (thứ Hai). */
export function weekdayMon0(d: FullDate): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}

/** Comparable integer for a full date. */
export function dayKey(d: FullDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}
