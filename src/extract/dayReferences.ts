/**
 * Days a sentence points to by words rather than by a date of its own, as the reading of an article needs them:
 * "cùng ngày" (the day last named), a quotation's spelled-out today ("hôm nay (31-3)"), and the first day of a span
 * ("Từ ngày 2/10, …"), which is when something began rather than the day the page's later words were said.
 */
import type { DateMention } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';
import { isAfterPublication } from './dating.js';
import { DAY } from './statementDates.js';

// "hôm nay (31-3)", "chiều nay (30/10)": today with its day and month spelled out beside it.
const SPELLED_TODAY = /^(?:(?:ngày\s+)?hôm|sáng|trưa|chiều|tối|đêm)\s+nay\s*\(\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;

/** The day a quotation says is its today ("hôm nay (31-3)" in the quoted words), or null. */
export function spelledToday(found: DateMention[], masked: string, quoted: string): IsoDate {
  const d = found.find((x) => x.date && masked[x.start] === '§' && SPELLED_TODAY.test(x.raw) && quoted.includes(x.raw));
  return d?.date ?? null;
}

// "Cùng ngày, …", "trong thông điệp video cùng ngày": the day the text last named, not a day of its own.
const SAME_DAY = /(?<![\p{L}\p{M}])cùng ngày(?![\p{L}\p{M}]|\s+(?:hôm|sinh|với|của|đó))/iu;

/**
 * A sentence's dates with "cùng ngày" read as the last day the article named, when the sentence names no date of
 * its own and that day is a full day not after publication; otherwise the dates as found.
 */
export function withSameDay(found: DateMention[], text: string, lastDate: IsoDate, published: IsoDate): DateMention[] {
  if (found.some((d) => d.date) || !lastDate || !DAY.test(lastDate) || isAfterPublication(lastDate, published)) return found;
  const m = SAME_DAY.exec(text);
  return m ? [...found, { start: m.index, end: m.index + m[0].length, raw: m[0], date: lastDate, relative: true }] : found;
}

// A date that opens a span: "From October 2", "since March 4", "Từ ngày 2/10", "kể từ 1/7".
const SPAN_WORD = '(?:[Ff]rom|[Ss]ince|[Tt]ừ|[Kk]ể từ)';
// Before the date, or opening the date's own words when the date reader took the word in.
const SPAN_OPENER = new RegExp(`(?:^|[\\s,(])${SPAN_WORD}\\s+(?:(?:the|ngày|hôm)\\s+)?$`, 'u');
const SPAN_OPENS_RAW = new RegExp(`^${SPAN_WORD}\\s`, 'u');

/** Whether a date opens a span ("From October 2", "Từ ngày 2/10"): the day something began. */
export function opensSpan(text: string, d: DateMention): boolean {
  return SPAN_OPENER.test(text.slice(Math.max(0, d.start - 16), d.start)) || SPAN_OPENS_RAW.test(d.raw);
}
