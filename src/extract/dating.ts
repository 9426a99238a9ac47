/**
 * Date mentions as extraction needs them: resolved against the publication date, with two corrections that
 * need the sentence or the whole article, which the generic date finder cannot see.
 */
import { compareIsoDates, findDateMentions, type DateMention } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';
import { splitSentences } from '../core/text.js';

/** The reference to resolve relative dates against: the publication date, or null. */
export function referenceOf(published: IsoDate): IsoDate {
  return published && /^\d{4}/.test(published) ? published : null;
}

const FULL = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
// A date that opens a span running up to the writing ("hoạt động từ tháng 3/2018", "kể từ ngày 1/7/2019", "since
// May 2018") says the page is later, not how much later: years may lie between. It anchors nothing.
const SPAN_START = /(?:^|[\s,(])(?:từ|kể từ|since)\s+(?:ngày\s+|hôm\s+)?$/iu;
// The date reader may take the word in: "Since May 2018".
const SPAN_RAW = /^(?:từ|kể từ|since)\s/iu;

// A page telling a trial ("phiên tòa xét xử …", "HĐXX", "phúc thẩm") is written months or years after the crime it
// recounts ("vụ giết người … xảy ra vào tháng 5/2019"): that date says the page is later, not in which year, and
// anchors no year-less day ("hôm qua (25/6)").
const TRIAL = /(?:^|[\s,(])(?:xét xử|phiên tòa|phiên toà|HĐXX|phúc thẩm|sơ thẩm|tuyên án)(?=[\s,.;:)]|$)/iu;
const CRIME_BEFORE = /(?:^|[\s,(])(?:xảy ra|gây án|phạm tội)\s+(?:vào\s+)?(?:(?:khoảng|rạng|ngày|hôm|đêm|sáng|trưa|chiều|tối|tháng)\s+)*$/iu;

/**
 * The earliest date an undated article can have been written: the latest explicit date (with year and
 * month) it mentions. An article reports what has happened, so "30/12" after "7/12/2021" is most likely
 * 2021-12-30 and "tháng 10 vừa qua" after "tháng 1/2022" is 2022-10. Year-only mentions are too coarse
 * (background like "năm 2019") to anchor anything.
 */
export function articleFloor(texts: string[]): IsoDate {
  let floor: IsoDate = null;
  const trial = texts.some((t) => TRIAL.test(t));
  // A deadline or a date something takes effect ("có hiệu lực từ ngày 3/4/2024") may lie after the writing.
  for (const t of texts.flatMap((x) => splitSentences(x)).filter((x) => !isForwardLooking(x))) {
    for (const m of findDateMentions(t, null)) {
      if (m.date && FULL.test(m.date) && !m.relative && !SPAN_START.test(t.slice(Math.max(0, m.start - 12), m.start)) && !SPAN_RAW.test(m.raw) &&
        !(trial && CRIME_BEFORE.test(t.slice(Math.max(0, m.start - 40), m.start))) &&
        (!floor || compareIsoDates(m.date, floor) > 0)) floor = m.date;
    }
  }
  return floor;
}

const pad = (n: number) => String(n).padStart(2, '0');
// How far before an undated page's floor a year-less day may lie and still be of the floor's year.
const JUST_BEFORE_DAYS = 14;

// How far into the year after an undated page's floor a year-less date may be put: "5/1" after "20/12/2021" is 2022-01-05,
// the new year just begun. A date further on is more often one before the floor, the floor being a month planned or
// reported ahead ("Sáng 24/02, … triển khai nhiệm vụ tháng 03/2022" is 24 February 2022, not 2023): its year is unknown.
const ROLLOVER_MONTHS = 2;

/**
 * Give a year-less date the first year that puts it on or after `floor`: the floor's year, or the next within
 * ROLLOVER_MONTHS of the floor. Else it stays year-less.
 */
function anchor(m: DateMention, floor: string): IsoDate {
  const f = FULL.exec(floor);
  if (!f) return m.date;
  let month: number | null = null;
  let day: number | null = null;
  const md = /^--(\d{2})(?:-(\d{2}))?$/.exec(m.date ?? '');
  if (md) {
    month = Number(md[1]);
    day = md[2] ? Number(md[2]) : null;
  } else if (m.date === null) {
    // "tháng 10 vừa qua" without a reference: the month is in the words.
    const raw = /tháng\s+(\d{1,2})(?!\s*[/.-]\s*\d)/iu.exec(m.raw);
    if (raw) month = Number(raw[1]);
  }
  if (month === null || month < 1 || month > 12) return m.date;
  const fy = Number(f[1]);
  const fm = Number(f[2]);
  // A day a few days before the floor ("17/7" beside "15 - 19/7/2008") is of the floor's year, not a year on.
  if (day && f[3] && (Date.parse(`${floor}T00:00:00Z`) - Date.UTC(fy, month - 1, day)) / DAY_MS <= JUST_BEFORE_DAYS &&
    Date.UTC(fy, month - 1, day) <= Date.parse(`${floor}T00:00:00Z`)) return `${fy}-${pad(month)}-${pad(day)}`;
  for (const y of [fy, fy + 1]) {
    const iso = day ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
    const monthsAfter = (y - fy) * 12 + (month - fm);
    if (compareIsoDates(iso, floor) >= 0 && monthsAfter <= (y === fy ? 12 : ROLLOVER_MONTHS)) return iso;
  }
  return m.date;
}

// Words that put a month-only mention in the future: "sẽ … vào tháng 11", "dự kiến", "kế hoạch".
const FUTURE_CUE = /(?:^|[\s,])(?:sẽ|dự kiến|kế hoạch|sắp|chuẩn bị|tới đây|sắp tới|trong tương lai)(?=[\s,.]|$)/iu;
// A forecast names the coming days ("Dự báo đến 4 giờ ngày 7/9" on a page of 6/9), not the same day a year back;
// the weather centre's name ("Trung tâm Dự báo khí tượng") is no forecast.
const FORECAST_CUE = /(?:^|[\s,(])(?<!tâm\s)dự báo(?!\s+khí)(?=[\s,.:]|$)/iu;
const HAS_YEAR = /\d{4}|năm\s+(?:ngoái|trước|nay|sau|tới)/iu;
// A reporting verb after a date: what follows it is the reported words, whose plans ("… sẽ được nâng hạng") are not the
// date's. "Giữa tháng 9, Bộ trưởng cho biết thị trường sẽ …" dates the saying, last September, not next; so does "Tại
// diễn đàn ngày 3/5, ông X thừa nhận … và hứa sẽ …" (not "cam kết" nor "hứa": "yêu cầu các đơn vị cam kết …" is no report).
const REPORTING_AFTER = /(?:^|[\s,])(?:cho biết|cho hay|cho rằng|nói|khẳng định|tuyên bố|nhấn mạnh|chia sẻ|thông báo|phát biểu|nhận định|nêu rõ|bày tỏ|thừa nhận|xác nhận|cảnh báo|tiết lộ)(?=[\s,:]|$)/iu;

// A day a few days after the page's, told with nothing that makes it past ("Đến 4 giờ ngày 8/9, bão di chuyển …" on
// 4 September, the forecast running on from the sentence before), is one of the coming days, not that day a year back.
const JUST_AHEAD_DAYS = 10;
// "vừa" marks the past before a verb ("vừa ký"), not as the adjective of "mưa vừa, mưa to" (moderate rain) or "nhỏ và vừa".
const PAST_MARK = /(?:^|[\s,])(?:(?:đã|từng|qua|trước đó|hôm)(?=[\s,.;:]|$)|vừa(?=\s+\p{L})(?!\s+(?:và|phải|đủ)(?![\p{L}\p{M}])))/iu;

/** Whether last year's `date` (as the date finder gives it) is, a year on, within a few days after `reference`. */
function justAhead(date: string, reference: string): boolean {
  if (reference.length < 10) return false;
  const next = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  const ahead = Math.round((Date.parse(`${next}T00:00:00Z`) - Date.parse(`${reference.slice(0, 10)}T00:00:00Z`)) / DAY_MS);
  return ahead > 0 && ahead <= JUST_AHEAD_DAYS;
}

/** The words that can make a date a plan: the sentence, up to a reporting verb after the date when there is one. */
function governing(text: string, m: DateMention): string {
  const verb = REPORTING_AFTER.exec(text.slice(m.end));
  return verb ? text.slice(0, m.end + verb.index) : text;
}
// Deadlines and start dates of rules: the date may be the next occurrence rather than the last one.
const DEADLINE_CUE = /(?:^|[\s,(])(?:trước ngày|hạn chót|thời hạn|hết hạn|đến hạn|hạn cuối|có hiệu lực|áp dụng từ|bắt đầu từ|kể từ ngày)(?=[\s,.]|$)/iu;
// Every cue of a sentence, for isForwardLooking (made once: matchAll copies it, so the shared lastIndex is never touched).
const DEADLINE_CUES = new RegExp(DEADLINE_CUE.source, 'giu');
const DAY_MS = 86_400_000;

/**
 * Whether a sentence names a deadline or a date a rule takes effect: its dates are not when the story happened.
 * ("sẽ" alone is not enough: a report of a promise, "X cam kết sẽ …" after a call on 30/12, is dated by the call.)
 */
export function isForwardLooking(text: string): boolean {
  // "giấy phép đã hết hạn từ ngày 13/11/2025", "luật đã có hiệu lực từ 3/7": a term that has run out or begun is past.
  return [...text.matchAll(DEADLINE_CUES)].some((m) => !/(?:^|\s)đã\s*$/iu.test(text.slice(0, m.index + (m[0].match(/^[\s,(]/u) ? 1 : 0))));
}
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Whether `date` lies after the publication date at the precision both carry (`2025-11` is after `2025-10-12`,
 * `2025-10` is not). Nothing said before a page was published can be dated after it. Year-less dates and a
 * missing publication date cannot be compared: false.
 */
export function isAfterPublication(date: IsoDate, published: IsoDate): boolean {
  if (!date || !published || date.startsWith('--') || !/^\d{4}/.test(published)) return false;
  const n = Math.min(date.length, published.slice(0, 10).length);
  return date.slice(0, n) > published.slice(0, n);
}

/** Days from `date` to `published` when both are full days (negative when `date` is later), else null. */
export function daysBefore(date: IsoDate, published: IsoDate): number | null {
  if (!date || !published || !/^\d{4}-\d{2}-\d{2}/.test(date) || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  return dayNumber(published.slice(0, 10)) - dayNumber(date.slice(0, 10));
}

/**
 * Date mentions of one sentence, ready for attribution and events. `floor` anchors year-less dates of an
 * undated article; a month-only date in a sentence about a plan takes the next occurrence after the
 * reference instead of the previous one (the date finder prefers the past, which is right for reports).
 */
export function sentenceDates(text: string, reference: IsoDate, floor: IsoDate): DateMention[] {
  const deadline = DEADLINE_CUE.test(text);
  const forecast = FORECAST_CUE.test(text);
  return findDateMentions(text, reference).map((m) => {
    // Read only for a date the cue can move (most dates are not relative): the words before a reporting verb.
    const future = () => FUTURE_CUE.test(governing(text, m));
    let date = m.date;
    if (!reference && floor) date = anchor(m, floor);
    else if (reference && m.relative && date && /^\d{4}-\d{2}$/.test(date) && /tháng/iu.test(m.raw) && !HAS_YEAR.test(m.raw) && future()) {
      // Only a month named in the words: "chiều nay" against a month-precise reference is that month, not a plan.
      // The page's own month is this month's plan ("dự kiến giữa tháng 4" on 2 April), not next year's.
      const next = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
      if (compareIsoDates(date, reference.slice(0, 7)) < 0 && compareIsoDates(next, reference.slice(0, 7)) >= 0) date = next;
    } else if (reference && date && m.relative && /^\d{4}-\d{2}-\d{2}$/.test(date) && !HAS_YEAR.test(m.raw) &&
      (future() || deadline || forecast || /^\s+tới(?![\p{L}])/u.test(text.slice(m.end)) || (justAhead(date, reference) && !PAST_MARK.test(text)))) {
      // "trước ngày 27/4", "áp dụng từ ngày 1 tháng 4 tới", "dự báo đến ngày 7/9": of last year's and next year's day,
      // the nearer one.
      const next = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
      const ref = dayNumber(reference.slice(0, 10));
      if (reference.length >= 10 && Math.abs(dayNumber(next) - ref) < Math.abs(ref - dayNumber(date))) date = next;
    }
    return { ...m, date };
  });
}

// "hôm qua (19-10)", "chiều nay (30/10)", "tối qua (5.2)", "đêm mai (7/8)": the page spells out its own today,
// yesterday or tomorrow.
const SPELLED_DAY = /^(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)\s+|(?:ngày\s+)?hôm\s+|ngày\s+(?=mai))(qua|nay|kia|mai)\s*\(/iu;
const SPELLED_DAY_NEAR = /(?:qua|nay|kia|mai)\s*\(/iu;
const SPELLED_OFFSET: Record<string, number> = { nay: 0, qua: 1, kia: 2, mai: -1 };
// A page written the evening before its stamp, or stamped a day or two late, is still the same report.
const STAMP_SLACK_DAYS = 2;
// A writing day this far from the stamp says the stamp is not even of the page's year ("tối qua (27-10)" under a
// site-wide re-index stamp of March): the page's year-less days have no known year.
const STAMP_FOREIGN_DAYS = 45;

/** Days from the page's stamp (a day, or a month: its nearest day) to the writing day its own words spell out, the largest. */
function writingGap(texts: string[], reference: IsoDate): number {
  if (!reference) return 0;
  const published = reference.slice(0, reference.length >= 10 ? 10 : 7);
  const monthStamp = published.length === 7;
  let gap = 0;
  // Only a paragraph holding "hôm qua (", "sáng nay (", … can hold a spelled day with its date: the rest are not read.
  for (const m of texts.filter((t) => SPELLED_DAY_NEAR.test(t)).flatMap((t) => findDateMentions(t, reference))) {
    const spelled = SPELLED_DAY.exec(m.raw);
    if (!spelled || !m.date || !/^\d{4}-\d{2}-\d{2}$/.test(m.date)) continue;
    const written = new Date(Date.parse(`${m.date}T00:00:00Z`) + SPELLED_OFFSET[spelled[1]!.toLowerCase()]! * DAY_MS).toISOString().slice(0, 10);
    if (monthStamp) {
      if (written.startsWith(published)) continue;
      const first = `${published}-01`;
      const last = new Date(Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)), 0)).toISOString().slice(0, 10);
      // Any day outside the stamp's month contradicts it, however near.
      gap = Math.max(gap, 1, Math.abs(daysBefore(written, written < first ? first : last) ?? 0));
    } else gap = Math.max(gap, Math.abs(daysBefore(written, published) ?? 0));
  }
  return gap;
}

/**
 * Whether the article's own words put its writing on another day than its date stamp: "hôm qua (19-10)" under a
 * page stamped 2017-03 was written on 20 October, so the stamp cannot stand for when its undated statements were
 * made. A stamp of month precision is contradicted by a writing day in another month.
 */
export function isStampContradicted(texts: string[], reference: IsoDate): boolean {
  return writingGap(texts, reference) > STAMP_SLACK_DAYS;
}

/**
 * Whether the page's writing day, as its words spell it, lies so far from its stamp that the stamp's year cannot be
 * trusted either (a site re-indexed its archive under one month): it is then read as an undated page.
 */
export function isStampForeign(texts: string[], reference: IsoDate): boolean {
  return writingGap(texts, reference) > STAMP_FOREIGN_DAYS;
}

// How far before its stamp a page's opening can put its own day, year left out, and the stamp still be when it was
// written: the press reports a briefing within days, a weekly within weeks.
const RESTAMP_DAYS = 31;
// Only a day the page names as a day ("chiều 05-3", "ngày 5/3"): a bare "2 - 3" may be a count.
const DAY_WORD = /^(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm)\s/iu;
// A page re-posted years later still names years of its own time ("năm 2015 là năm …"), none near its stamp.
const RESTAMP_YEARS = 2;

/**
 * Whether a page's stamp is when it was re-posted, not written: its opening names a day without a year that falls
 * more than a month before the stamp ("chiều 05-3" under a stamp of 17/12), and every year its text writes out is
 * two or more years before the stamp's. The year of its year-less dates is then unknown: a day of the stamp's year
 * would be a guess (the URL check in corpus/parse.ts catches the same re-indexing when the URL names a year).
 * A stamp of a month only ("date 2017-03" over "Chiều 27-9, …") is a site's re-indexing more often than a day is:
 * there no year of the text may reach the stamp's.
 */
export function isRestamped(opening: string[], texts: string[], reference: IsoDate): boolean {
  if (!reference || !/^\d{4}-\d{2}/.test(reference)) return false;
  const month = reference.length < 10;
  const stampDay = month ? `${reference.slice(0, 7)}-01` : reference;
  // The end of a term or a plan ("kéo dài đến ngày 27-4") lies ahead of the writing, not in a year before it.
  const early = opening.flatMap((t) => findDateMentions(t, reference).filter((m) => !TERM_END_BEFORE.test(t.slice(Math.max(0, m.start - 24), m.start))))
    .some((m) => m.relative && m.date && DAY_WORD.test(m.raw) && !/\d{4}/.test(m.raw) &&
      /^\d{4}-\d{2}-\d{2}$/.test(m.date) && (daysBefore(m.date, stampDay) ?? 0) > RESTAMP_DAYS);
  if (!early) return false;
  const years = texts.flatMap((t) => [...t.matchAll(/(?<![\p{L}\p{N}])(?:năm|year|in)\s+((?:19|20)\d{2})(?![\p{N}])|\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?![\p{N}])/giu)]
    .map((m) => Number(m[1] ?? m[2])));
  const stampYear = Number(reference.slice(0, 4));
  if (month) return years.every((y) => y < stampYear);
  return years.length > 0 && Math.max(...years) <= stampYear - RESTAMP_YEARS;
}

// Before a day: the end of a term, what is planned for it, or the day a rule or price starts ("đến ngày 30-4",
// "dự kiến ngày 5-6", "Từ ngày 1/8, vé tăng …", "until May 3", "from June 1"): none is the day the page opens on.
const TERM_END_BEFORE = /(?:đến|tới|trước|hết|dự kiến|sẽ|until|by|(?<![\p{L}])(?:từ|from))\s+(?:(?:hết\s+)?ngày\s+)?$/iu;

// A sentence that opens on its own day and a comma: "Ngày 5.1, …", "Chiều 25-11, …".
const OPENING_DAY = /^\s*(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya|ngày)\s+)?$/iu;
// "Tối qua (2-3), …" opens on the day before the writing, not on the writing day: such a page is left to isStampContradicted.

/**
 * The day of the report under a stamp of month precision ("date 2018-01"): the day its opening sentence starts on
 * ("Ngày 5.1, Công an huyện cho biết …"), when that day lies in the stamp's month. A report is written on the day it
 * opens with or just after; the stamp's month alone would date every undated statement to a month. Null otherwise.
 */
export function openingDay(opening: string[], reference: IsoDate): IsoDate {
  if (!reference || !/^\d{4}-\d{2}$/.test(reference)) return null;
  for (const text of opening) {
    const first = splitSentences(text)[0] ?? '';
    const m = findDateMentions(first, reference)[0];
    if (m?.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date) && m.date.startsWith(`${reference}-`) && OPENING_DAY.test(first.slice(0, m.start)) && !/(?:qua|nay|kia)(?![\p{L}])/iu.test(m.raw) &&
      /^\s*,/u.test(first.slice(m.end))) return m.date;
  }
  return null;
}

