/**
 * How well a unit's date answers a date named in a question, and an index from dates to units so a
 * date-only question ("sự kiện tháng 1/2022") needs no scan.
 */
import { parseIsoDate } from '../core/dates.js';
import type { DateParts } from '../core/datesCalendar.js';
import type { IsoDate } from '../core/types.js';

/**
 * 1 when `unit` lies within `asked` (2022-10-30 answers "tháng 10/2022" and "30/10"), a fraction when it is
 * compatible but less precise (2022-10 for "30/10/2022"), 0 when they differ or either is unknown.
 */
export function dateMatch(unit: IsoDate, asked: IsoDate): number {
  const u = partsOf(unit);
  const q = partsOf(asked);
  if (!u || !q) return 0;
  if (q.year !== null) {
    if (u.year === null) return q.day !== null && u.month === q.month && u.day === q.day ? 0.6 : 0;
    if (u.year !== q.year) return 0;
    if (q.month === null) return 1;
    if (u.month === null) return 0.3;
    if (u.month !== q.month) return 0;
    if (q.day === null) return 1;
    if (u.day === null) return 0.5;
    return u.day === q.day ? 1 : 0;
  }
  if (u.month !== q.month) return 0;
  if (q.day === null) return 1;
  if (u.day === null) return 0.3;
  return u.day === q.day ? 1 : 0;
}

/**
 * parseIsoDate of each date as written, read once: a date question weighs every unit of its month and year (tens of
 * thousands at 20 000 articles, carrying a few thousand dates), and parsing each again was most of its time.
 */
const PARTS = new Map<string, DateParts | null>();

function partsOf(iso: IsoDate): DateParts | null {
  if (iso === null || iso === undefined) return null;
  let parts = PARTS.get(iso);
  if (parts === undefined) {
    parts = parseIsoDate(iso);
    // Bounded by the dates a corpus writes; a flood of odd ones is parsed each time rather than kept.
    if (PARTS.size < 100_000) PARTS.set(iso, parts);
  }
  return parts;
}

/** Units by year and by month-day, the two keys every date question can be answered from. */
export class DateIndex {
  private readonly byKey = new Map<string, number[]>();
  /**
   * The lists each date goes to, and whether it has a year, by date as written: 200 000 units of 20 000 articles
   * carry a few thousand dates, each parsed once.
   */
  private readonly ofDate = new Map<string, { lists: number[][]; hasYear: boolean }>();

  /** Files `unit` under its date's year and month; returns whether the date has a year (false for none). */
  add(unit: number, date: IsoDate): boolean {
    if (date === null || date === undefined) return false;
    let known = this.ofDate.get(date);
    if (!known) {
      const p = parseIsoDate(date);
      const keys: string[] = [];
      if (p?.year != null) keys.push(`y${p.year}`);
      if (p?.month != null) keys.push(`m${p.month}`);
      const lists = keys.map((k) => {
        let list = this.byKey.get(k);
        if (!list) this.byKey.set(k, (list = []));
        return list;
      });
      known = { lists, hasYear: p?.year != null };
      this.ofDate.set(date, known);
    }
    for (const list of known.lists) list.push(unit);
    return known.hasYear;
  }

  /**
   * Units whose date may match `asked` (same year, or same month for a year-less date); check with `dateMatch`.
   * With `matching`, a date with a year and no day ("tháng 1/2022"), which no unit of another year nor of none
   * matches (dateMatch), gives its year's list alone, not joined with its month's of every year (tens of thousands
   * of units at 20 000 articles); without, the units come in the same order as its date's and another's would.
   */
  lookup(asked: IsoDate, matching = false): readonly number[] {
    const q = parseIsoDate(asked);
    if (!q) return [];
    if (matching && q.year !== null && q.day === null) return this.byKey.get(`y${q.year}`) ?? [];
    const pool = new Set<number>(q.year !== null ? (this.byKey.get(`y${q.year}`) ?? []) : []);
    if (q.month !== null) for (const u of this.byKey.get(`m${q.month}`) ?? []) pool.add(u);
    return [...pool];
  }
}
