/**
 * Publication dates as pages and metadata write them → IsoDate (see src/core/types.ts).
 * Only metadata-shaped text is read here (front matter, a header line, a byline line, a URL path):
 * dates inside body sentences are events, never the publication date.
 */
import { foldText } from '../core/text.js';
import type { IsoDate } from '../core/types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function withTime(date: string, hh?: string, mm?: string, offset?: string): string {
  if (hh === undefined || mm === undefined) return date;
  const h = Number(hh);
  const m = Number(mm);
  if (h > 23 || m > 59) return date;
  return `${date}T${pad(h)}:${pad(m)}${offset ?? ''}`;
}

/** `GMT+7`, `UTC+07:00`, `+07:00`, `Z` → `+07:00` / `Z`; undefined when absent or malformed. */
function parseOffset(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/^z$/i.test(s.trim())) return 'Z';
  const m = /([+-])\s*(\d{1,2})(?::?(\d{2}))?/.exec(s);
  if (!m) return undefined;
  const h = Number(m[2]);
  if (h > 14) return undefined;
  return `${m[1]}${pad(h)}:${m[3] ?? '00'}`;
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\sT,-]+(\d{1,2})[:h](\d{2}))?(?:\s*\(?\s*(?:GMT|UTC)?\s*([+-]\s*\d{1,2}(?::?\d{2})?)\)?)?$/i;

/**
 * A date written in metadata (front matter, sidecar, header line): ISO `2024`, `2024-11`, `2024-11-23`,
 * `2024-11-25T08:41:00+07:00`, or Vietnamese day-first `25/11/2024 08:41 GMT+7`. Null when not a date.
 */
export function parseDateValue(raw: string): IsoDate {
  const s = raw.trim().replace(/^["']|["']$/g, '');
  let m = ISO.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (m[2] === undefined) return y >= 1900 && y <= 2100 ? String(y) : null;
    const mo = Number(m[2]);
    if (m[3] === undefined) return validDay(y, mo, 1) ? `${y}-${pad(mo)}` : null;
    const d = Number(m[3]);
    if (!validDay(y, mo, d)) return null;
    return withTime(`${y}-${pad(mo)}-${pad(d)}`, m[4], m[5], parseOffset(m[6]));
  }
  m = DMY.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    return withTime(`${y}-${pad(mo)}-${pad(d)}`, m[4], m[5], parseOffset(m[6]));
  }
  return null;
}

const HEADER = /^(?:date|published|ngày|ngày đăng|ngày xuất bản)\s*:?\s+(\d{4}(?:-\d{1,2}){0,2}|\d{1,2}\/\d{1,2}\/\d{4})(?=\s|$)\s*/iu;

/**
 * A header at the very start of a line, `date 2022-10 …` or `Ngày: 23/11/2024 …`. Returns the date,
 * the raw header and the text after it on the same line (which is article text).
 */
export function parseHeaderDate(line: string): { date: IsoDate; raw: string; rest: string } | null {
  const m = HEADER.exec(line);
  if (!m) return null;
  const date = parseDateValue(m[1]!);
  if (!date) return null;
  return { date, raw: m[0].trim(), rest: line.slice(m[0].length).trim() };
}

const DATE_TOKEN = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2})/;
// A date written in words: "17 tháng 11 năm 2026", "17 tháng 11, 2026", or "17 Tháng 11 2026" as content systems
// print the month's Vietnamese name ("Thứ hai, 25 Tháng 9 2017 11:16"); the month as a number.
const WORD_DATE = /(?<![\p{L}\d])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+|\s+)(\d{4})(?!\d)/iu;
// Seconds may follow ("Cập nhật: Thứ hai, 20/7/2016 | 2:12:05 PM").
const TIME_TOKEN = /(\d{1,2})[:h](\d{2})(?::\d{2})?(?!\d)/;
const ZONE_TOKEN = /(?:GMT|UTC)\s*([+-]\s*\d{1,2}(?::?\d{2})?)/i;
// Words a byline puts around a date: labels ("Cập nhật", "Đăng lúc", "Tác giả", and "author" where a theme left
// its label glued to the date: "author06/01/2023 09:50"), weekdays ("Thứ bảy", "Chủ nhật"), time-of-day and zone
// names, and the share button many sites print on the same line ("- Thứ Sáu, 10/11/2019, 15:58 - Chia sẻ").
// Folded, so pages without diacritics match too.
const BYLINE_WORDS = new Set(
  'cap nhat dang ngay luc thu hai ba tu nam sau bay chu nhat sang trua chieu toi dem gmt utc ict am pm gio chia se share published updated posted on at author tac gia phat hanh xuat ban monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

const VIEWS = /(?:lượt xem|lượt đọc|views?)\s*:?\s*[\d.,]+/giu;
// The counts a content system prints bare after the stamp's time, views then comments: "Thứ tư - 30/08/2023 20:43 1.046 0".
const COUNTS_AFTER_TIME = /(\d{1,2}[:h]\d{2})(?:\s+\d[\d.,]*){1,2}\s*$/u;
// Two authors may share the line, joined by a dash ("Hoa - Ly| 11/11/2020 14:59"), and the bar may follow the name unspaced.
const BYLINE_AUTHOR = /^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}(?:\s+[-–&]\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?(?:\s+[-–—|]|\|)\s+(?=\d)/u;
// The section may be hyphenated: "09/04/2021 21:05 GMT+7 | V-League".
const BYLINE_SECTION = /\s+\|\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s*$/u;
// The section before a bar or a middle dot, then the stamp, which may open on its weekday: "Kinh tế - Tài chính |
// 21/08/2024", "Xã hội | 05/03/2024 08:10", "Thời sự | Thứ Ba, 17/11/2026 - 14:20", "Tài chính · 15/07/2026 06:00". A
// section's name is a few words in sentence case (two names may share it, joined by a dash, or a breadcrumb's "Giáo
// dục > Tuyển sinh" or "Trang chủ / Thời sự"); a bar or a dot, not a dash, parts it from the date, so a sentence
// ending on a date is not read as one (a dash only before a stamp with its time: BYLINE_SECTION_DASH).
const BYLINE_SECTION_BEFORE = /^\p{Lu}[\p{L}]*(?:\s+(?:[-–&>»›/]\s+)?[\p{L}]+){0,4}\s*[|·•]\s*(?=\d|(?:Thứ|Chủ nhật)[\s,])/u;
// "Môi trường - 05/08/2026 | 08:10": a section of one to three words in sentence case, a spaced dash, then a stamp
// that carries its time (checked where it is used): a headline ending on a bare date is not a byline.
const BYLINE_SECTION_DASH = /^\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,2}\s+[-–]\s+(?=\d|(?:Thứ|Chủ nhật)[\s,])/u;
// The outlet or the author named before a stamp that carries its time, with no dash or bar between them:
// "Báo Mẫu  24/10/2031 07:25 GMT+7", "Minh Thư, Theo Nhịp sống Mẫu 21:45 05/11/2031", or the place the page was
// filed from, before a comma ("Hà Nội, 9/4/2026, 10:15 (GMT+7)"). Only names (each word capitalised, "theo" between
// them) and a stamp with a time: a headline ending on a date has lowercase words.
const BYLINE_NAMES = /^\p{L}[\p{L}.]*(?:(?:\s+|,\s*)\p{L}[\p{L}.]*){0,7},?\s+(?=\d)/u;
// The time a page was last updated, after its publication stamp on the same line: "Thứ Ba, 19/11/2024, 06:40
// (GMT+7) · Cập nhật: 19/11/2024, 11:15". The stamp before it is when the page was published.
const UPDATED_AFTER = /\s*[·•|–—-]?\s*(?:cập nhật|updated?|last updated)\s*:?\s*(?=.*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}).*$/iu;

/**
 * A byline line that is only a date: `25/11/2024 08:41 GMT+7`, `Thứ bảy, 25/11/2024 - 08:41 (GMT+7)`,
 * `Cập nhật: 2024-11-25 08:41`, after the author's name or before the section's (`Minh Anh - 12/10/2023 14:55`,
 * `19/11/2020 08:28 AM | Kinh doanh`). A line with other words (a sentence) is not a byline.
 */
export function parseBylineDate(text: string): IsoDate {
  // "Thứ Ba, ngày 17 tháng 11 năm 2026", "17 tháng 11, 2026": the date in words, read as its digits.
  const line = text.replace(WORD_DATE, '$1/$2/$3').replace(COUNTS_AFTER_TIME, '$1');
  const d = DATE_TOKEN.exec(line);
  const updated = d ? UPDATED_AFTER.exec(line.slice(d.index + d[0].length)) : null;
  if (updated) return parseBylineDate(line.slice(0, d!.index + d![0].length + updated.index));
  if (line.length > 80) return null;
  if (!d) return englishBylineDate(line);
  // The author's name before a dash ("Minh Anh - 12/10/2023 14:55") and the section after a bar
  // ("19/11/2020 08:28 AM | Kinh doanh") share the byline line on many Vietnamese sites.
  const author = BYLINE_AUTHOR.exec(line) ?? BYLINE_SECTION_BEFORE.exec(line) ?? sectionDashStamp(line, d.index) ?? namesBeforeStamp(line, d.index);
  const section = BYLINE_SECTION.exec(line);
  const core = line.slice(author && author[0].length <= d.index ? author[0].length : 0, section && section.index >= d.index + d[0].length ? section.index : line.length);
  // The view counter many sites print beside the date: "Ngày phát hành: 08/01/2021 Lượt xem 1475".
  const rest = core.replace(DATE_TOKEN, ' ').replace(ZONE_TOKEN, ' ').replace(TIME_TOKEN, ' ').replace(VIEWS, ' ');
  const words = foldText(rest).match(/\p{L}+|\d+/gu) ?? [];
  // A lone digit is a weekday number: "Thứ 7".
  if (words.some((w) => !BYLINE_WORDS.has(w) && !/^[2-8]$/.test(w))) return null;
  const [y, mo, day] = d[1] ? [Number(d[3]), Number(d[2]), Number(d[1])] : [Number(d[4]), Number(d[5]), Number(d[6])];
  if (!validDay(y, mo, day)) return null;
  const t = TIME_TOKEN.exec(line.replace(DATE_TOKEN, ' '));
  const zone = ZONE_TOKEN.exec(line);
  // "2:12:58 PM" is 14:12.
  const hour = t && /\d\s*pm\b/i.test(line) && Number(t[1]) < 12 ? String(Number(t[1]) + 12) : t?.[1];
  return withTime(`${y}-${pad(mo)}-${pad(day)}`, hour, t?.[2], parseOffset(zone?.[1]));
}

// A headline and its stamp flattened onto one line, the stamp (day, month, year and time) before the headline, spaced
// or glued to it ("08/03/2023 15:12 Ông Ba nói …", "30/09/2016 18:09Ông Ba nói …"), or after it ("Ông Ba nói …
// 27/08/2025 06:53"). The time is required: a headline may end on a bare date ("Giá vàng hôm nay 14/11/2024").
const STAMP_AT_TITLE = String.raw`\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}`;
const STAMP_THEN_TITLE = new RegExp(`^(${STAMP_AT_TITLE})\\s*(?=[\\p{Lu}"“‘'])`, 'u');
const TITLE_THEN_STAMP = new RegExp(`\\s(${STAMP_AT_TITLE})$`, 'u');

/**
 * A headline line that carries the page's stamp: the headline without it, and the stamp (read as a byline), or null.
 * The caller checks that what is left is a headline.
 */
export function splitTitleStamp(line: string): { title: string; stamp: string; date: IsoDate } | null {
  const before = STAMP_THEN_TITLE.exec(line);
  const m = before ?? TITLE_THEN_STAMP.exec(line);
  if (!m) return null;
  const date = parseBylineDate(m[1]!);
  if (!date) return null;
  const title = (before ? line.slice(m[0].length) : line.slice(0, m.index)).trim();
  return { title, stamp: m[1]!, date };
}

/** A section before a spaced dash and a stamp with its time ("Môi trường - 05/08/2026 | 08:10"), or null. */
function sectionDashStamp(line: string, dateAt: number): RegExpExecArray | null {
  const section = BYLINE_SECTION_DASH.exec(line);
  return section && TIME_TOKEN.test(line.slice(dateAt).replace(DATE_TOKEN, ' ')) ? section : null;
}

/** The names before a stamp with its time ("Thanh Niên  24/10/2024 07:25"), as BYLINE_AUTHOR gives an author's. */
function namesBeforeStamp(line: string, dateAt: number): RegExpExecArray | null {
  const names = BYLINE_NAMES.exec(line);
  if (!names) return null;
  // The stamp starts where the names end: with its date, or with its time ("21:45 05/11/2021", "11:04, 10/01/2024").
  const between = line.slice(names[0].length, dateAt);
  if (between !== '' && !/^\d{1,2}[:h]\d{2}'?\s*[-–,]?\s*$/u.test(between)) return null;
  if (!TIME_TOKEN.test(line.slice(names[0].length).replace(DATE_TOKEN, ' '))) return null;
  // Capitalised names; after "Theo" the source may be written in sentence case ("Theo Nhịp sống Mẫu").
  const words = names[0].trim().split(/[\s,]+/u).filter(Boolean);
  const source = words.indexOf('Theo');
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (source >= 0 && i > source)) ? names : null;
}

const validYmd = (y: number, mo: number, d: number): IsoDate => (validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null);
const validTime = (hhmm: string): boolean => Number(hhmm.slice(0, 2)) <= 23 && Number(hhmm.slice(2, 4)) <= 59;

/**
 * The date in a run of digits of an article URL, as Vietnamese publishing systems write it: `20250921` alone
 * (a path segment or a slug suffix), `YYYYMMDDhhmm…` (a time stamp id: `…-20191219145426618.htm`), or a
 * three-digit site prefix before `YYMMDDhhmmss…` (17–18 digits: `…-185260108163558406.htm`). Shorter or other
 * runs are article ids.
 */
function dateFromDigits(run: string): IsoDate {
  const ymd = (at: number) => validYmd(Number(run.slice(at, at + 4)), Number(run.slice(at + 4, at + 6)), Number(run.slice(at + 6, at + 8)));
  if (run.length === 8 && /^(?:19|20)/.test(run)) return ymd(0);
  if (run.length >= 12 && /^(?:19|20)/.test(run) && validTime(run.slice(8, 12))) {
    const d = ymd(0);
    if (d) return d;
  }
  if (run.length >= 17 && run.length <= 18 && validTime(run.slice(9, 13)) && Number(run.slice(13, 15)) <= 59) {
    return validYmd(2000 + Number(run.slice(3, 5)), Number(run.slice(5, 7)), Number(run.slice(7, 9)));
  }
  return null;
}

/**
 * A `/2024/11/23/` path or a time-stamped id (`…-20240229201710341.htm`, `/amp/20250921/`) in an article URL:
 * a guess (evidence `inferred`), not a statement of the page.
 */
export function dateFromUrl(url: string): IsoDate {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  if (m) {
    const d = validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  // Only the path: a query string carries tracking numbers.
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  // A slug that ends on the day it was filed, as wire sites write it: `…-steeper-duties-2026-11-20/`.
  const slugEnd = /-((?:19|20)\d{2})-(\d{2})-(\d{2})\/?$/.exec(path);
  if (slugEnd) {
    const d = validYmd(Number(slugEnd[1]), Number(slugEnd[2]), Number(slugEnd[3]));
    if (d) return d;
  }
  for (const run of path.match(/\d+/g) ?? []) {
    const d = dateFromDigits(run);
    if (d) return d;
  }
  // A folder of the month the page was filed in, as provincial papers' systems write it (`/tintuc/201509/…`) or as
  // blogs and WordPress sites do (`/2023/06/slug.html`).
  const month = /\/((?:19|20)\d{2})\/?(0[1-9]|1[0-2])\//.exec(path);
  return month ? `${month[1]}-${month[2]}` : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** An English month's number from its name or short name ("Sept" → 9). */
const monthNumber = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
// "19 July 2015" (the day may be glued to the author's initials on a flattened page: "by P.V19 July 2015") or
// "July 17, 2015" / "Jul. 17, 2015".
const ENGLISH_DAY_MONTH = new RegExp(`(\\d{1,2})\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})(?!\\d)`, 'i');
const ENGLISH_MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})(?!\\d)`, 'iu');
// "October, 28/2013": the month's name, then the day and year Vietnamese-style, as some English sites of Vietnamese
// papers print their "Update:" line.
const ENGLISH_MONTH_SLASH = new RegExp(`(?<![\\p{L}])${MONTH_NAME},?\\s+(\\d{1,2})/(\\d{4})(?!\\d)`, 'iu');
// A wire story's dateline opening its first paragraph: the place in capitals, the day with its year, perhaps the
// agency, then a dash: "NHA TRANG, December 2, 2026 – …", "HANOI, Jan. 20, 2026 (Wire) - …". Without a year
// ("HANOI, Nov 20 (Reuters) -") it does not date the page.
const WIRE_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?,\\s+${MONTH_NAME}\\.?\\s+(\\d{1,2}),\\s*(\\d{4})\\s*(?:\\([^()]{2,24}\\)\\s*)?)[-–—]\\s`,
  'u',
);

/** The day a wire story's dateline gives (with the dateline's text), or null. */
export function wireDateline(paragraph: string): { date: IsoDate; raw: string } | null {
  const m = WIRE_DATELINE.exec(paragraph);
  if (!m || !/\p{Lu}{2}/u.test(m[1]!.split(',')[0]!)) return null;
  const date = validYmd(Number(m[4]), monthNumber(m[2]!), Number(m[3]));
  return date ? { date, raw: m[1]!.trim() } : null;
}

// An English page's dateline: it says who wrote it or when it was put up, and is short.
const ENGLISH_BYLINE = /^(?:by\s|posted\b|published\b|updated?\b|last updated\b)|\blast updated\b/i;

/**
 * An English page's byline date: `by A.B19 July 2015 Last updated at 12:07 PM`, `Published: July 19, 2015`,
 * `April 25, 2023 08:35 pm IST`, `Wed, June 3, 2026, 11:27 GMT+7`. Only a short line that is a byline by its words, or holds nothing but the date,
 * a time and a zone; a sentence with a date is not one.
 */
function englishBylineDate(line: string): IsoDate {
  const dm = ENGLISH_DAY_MONTH.exec(line);
  const md = dm ? null : ENGLISH_MONTH_DAY.exec(line) ?? ENGLISH_MONTH_SLASH.exec(line);
  const m = dm ?? md;
  if (!m) return null;
  const [day, month, year] = dm ? [dm[1]!, dm[2]!, dm[3]!] : [md![2]!, md![1]!, md![3]!];
  const rest = line.replace(m[0], ' ').replace(/\d{1,2}[:.]\d{2}\s*(?:am|pm)?/gi, ' ').replace(/\b(?:am|pm|GMT|UTC|ICT|IST|EST|EDT|PST|PDT|BST|CET)\b|[+-]\d{1,2}(?::?\d{2})?|[,|/()\-–—]/gi, ' ');
  // "Wed, June 3, 2026, 11:27 GMT+7": the weekday may be written short.
  if (!ENGLISH_BYLINE.test(line) && !/^\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*)?$/i.test(rest)) return null;
  return validYmd(Number(year), monthNumber(month), Number(day));
}
