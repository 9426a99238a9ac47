/**
 * A span of days written with one month ("từ ngày 24-25/4/2017", "diễn ra từ 20-23/9", "trong hai ngày 27-28/5"): the
 * date reader takes the day and month after the dash; a happening told over those days began on the first one, the day
 * a reader dates it by, as "Từ ngày 2 đến 6/2" and "From October 2" are dated by their first day.
 */
import type { DateMention } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';

// The first day and its dash right before the mention: "24-", "20 – ", "(29-"; not a score, a sum or a clock ("3-0/", "1.000-").
const FIRST_DAY = /(?:^|[\s(])(\d{1,2})\s*[-–]\s*$/u;
// The mention itself opens on its day: "25/4/2017", "23/9", "28.5", "25-4" (not "ngày 25/4", whose dash would be far).
const OWN_DAY = /^(\d{1,2})\s*[/.-]\s*\d{1,2}/u;
const DAY_DATE = /^((?:\d{4}|-)-\d{2}-)(\d{2})$/u;

/** The first day of a span "dd-dd/mm" the mention `d` closes, or null when `d` closes no such span. */
export function rangeStart(text: string, d: Pick<DateMention, 'start' | 'raw' | 'date'>): IsoDate {
  const first = FIRST_DAY.exec(text.slice(0, d.start));
  const own = OWN_DAY.exec(d.raw);
  const iso = DAY_DATE.exec(d.date ?? '');
  if (!first || !own || !iso) return null;
  const from = Number(first[1]);
  if (from < 1 || from >= Number(own[1])) return null;
  return `${iso[1]}${String(from).padStart(2, '0')}`;
}
