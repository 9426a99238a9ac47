/**
 * Days a sentence points to by words rather than by a date of its own, as the reading of an article needs them:
 * "cùng ngày" (the day last named), a quotation's spelled-out today ("hôm nay (31-3)"), and the first day of a span
 * ("Từ ngày 2/10, …"), which is when something began rather than the day the page's later words were said.
 */
import { compareIsoDates, type DateMention } from '../core/dates.js';
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

// "Cùng ngày, …", "trong thông điệp video cùng ngày": the day the text last named, not a day of its own. English says
// it "on the same day", "later that day", "at 1 p.m. the same day"; "the same day as …", "the same day each year"
// compare with another time and name no day.
const SAME_DAY = /(?<![\p{L}\p{M}])cùng ngày(?![\p{L}\p{M}]|\s+(?:hôm|sinh|với|của|đó))|(?<![\p{L}])(?:the|that)\s+same\s+day(?!\s+(?:as|each|every|of)(?![\p{L}]))|(?<![\p{L}])(?:later|earlier)\s+that\s+day(?![\p{L}])/iu;

/**
 * A sentence's dates with "cùng ngày" read as the last day the article named, when the sentence names no day of its
 * own at or before it and that day is a full day not after publication; otherwise the dates as found. A year, a
 * month or a week beside it ("Chiều cùng ngày, ông X trả lời … từ tuần trước", "đến 23 giờ cùng ngày, … (sinh năm
 * 1988)"), or a day named further on (a deadline, a plan: "hẹn làm việc vào ngày 30-7"), is another time than the
 * one "cùng ngày" points to. `toldInWords`: the last day was told only inside someone's reported words while the
 * report had named another day of its own; "cùng ngày" is then read as a day that cannot be known.
 */
export function withSameDay(found: DateMention[], text: string, lastDate: IsoDate, published: IsoDate, toldInWords = false): DateMention[] {
  if (!lastDate || !DAY.test(lastDate) || isAfterPublication(lastDate, published)) return found;
  const m = SAME_DAY.exec(text);
  if (!m) return found;
  const end = m.index + m[0].length;
  // "Cùng ngày 5/3": the day is spelled out right after the words.
  if (found.some((d) => d.date && (DAY.test(d.date) ? d.start <= end + 3 : d.start <= end && d.end >= m.index))) return found;
  // "Tối 7/11, ông X cho biết trận lũ rạng sáng 6/11 đã … . Chiều cùng ngày, ông Y cảnh báo …": the last day named was
  // told in X's words, the report's own day is another; which of the two "cùng ngày" means the text does not settle.
  // A day of its own that cannot be known, as "hồi tháng 3" on a page without a year: the statement is left undated.
  return [...found, { start: m.index, end, raw: m[0], date: toldInWords ? null : lastDate, relative: true }].sort((a, b) => a.start - b.start);
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

/**
 * Whether `d` is a "cùng ngày" naming a day before the story's latest: it goes on with the background a "Trước đó,
 * ngày 12/1, …" stepped back to ("Qua điều tra, đến 23 giờ cùng ngày, …"), and does not bring the story back there.
 */
export function continuesStepBack(d: DateMention, storyDate: IsoDate): boolean {
  return SAME_DAY.test(d.raw) && d.date !== null && storyDate !== null && DAY.test(storyDate) && compareIsoDates(d.date, storyDate) < 0;
}

// An appointment before a date: "công an xã làm giấy hẹn ngày 3-8", "hẹn anh ngày 3-8 quay lại". The day is set
// for later, not a day something happened on.
const APPOINTED = /(?:^|[\s,])hẹn(?:\s+[^\s,;.:!?]+){0,3}\s+(?:vào\s+)?(?:ngày\s+)?$/iu;

/** Whether a date is the day of an appointment made ("giấy hẹn ngày 3-8"). */
export function isAppointed(text: string, d: DateMention): boolean {
  return APPOINTED.test(text.slice(Math.max(0, d.start - 40), d.start));
}
