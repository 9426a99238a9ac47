/**
 * The recognisers behind findDateMentions: each is a regular expression plus a resolver that may reject
 * its match (a score, a fraction, an ordinal, a quantity). Why each form exists is noted beside it.
 */
import {
  resolveDayMonth,
  resolveDayOfRefMonth,
  resolveDayOffset,
  resolveMonth,
  resolvePeriodOffset,
  resolveSpan,
  resolveWeek,
  resolveWeekday,
  toRef,
  refDay,
  type Direction,
  type Rule,
  type WeekdayMode,
} from './datesResolve.js';
import { addDays } from './datesCalendar.js';
import { ENGLISH_RULES } from './datesEnglish.js';

const s = String.raw;
// JavaScript's \b knows only ASCII letters, so Vietnamese words need Unicode-aware boundaries.
const L = s`(?<![\p{L}\p{N}_])`;
const R = s`(?![\p{L}\p{N}_])`;
// A day or month must not be a piece of a bigger number: `22.000`, `1.5`, `3,14`, `08:34`, a URL path `/2022/10`.
const NUM_L = s`(?<![\p{L}\p{N}_]|\p{N}[.,:/])`;
const NUM_R = s`(?![\p{L}\p{N}_]|[.,:/]\p{N}|\s*%)`;
// Times of day Vietnamese press puts straight before a date: "chiều 30/12", "rạng sáng 5/2".
const TOD = s`(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm|khuya)`;
const WEEKDAY = s`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)${R}`;
// "tới" means "coming" after a date ("ngày 20/1 tới,") but "to" before another ("từ 18/11 tới 20/11").
const FUTURE = s`(?<fut>\s+(?:sắp\s+tới|tới\s+đây|tới(?=\s*(?:[,.;:!?)]|$))))?`;
const YEAR_WORD: Record<string, number> = { ngoái: -1, trước: -1, kia: -2, nay: 0, này: 0, tới: 1, sau: 1 };
const WEEKDAY_INDEX: Record<string, number> = { hai: 0, ba: 1, tư: 2, năm: 3, sáu: 4, bảy: 5, '2': 0, '3': 1, '4': 2, '5': 3, '6': 4, '7': 5 };
const NUMBER_WORD: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

function re(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/** The words just before `index`, lower-cased, for cue checks. */
function before(text: string, index: number): string {
  return text.slice(Math.max(0, index - 24), index).toLowerCase();
}

// Words that announce a date. Needed for the dash and dot forms, which are otherwise scores (2-1) and
// decimals or versions (1.5, iOS 17.1); Vietnamese press does write dates as 18-11 and 18.11 after them.
const DATE_CUE_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:từ|đến|tới|vào|hồi|trước|sau|dịp|lễ|hạn|hết)\s+$/u;

// A deadline before a day without its year ("chậm nhất trong ngày 12/2", "hạn chót là 5/3"): a day still to come, not
// the same day a year back.
const DEADLINE_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:chậm nhất|muộn nhất|hạn chót|hạn cuối)(?:\s+(?:là|vào|trong|đến|tới|hết))*\s+$/iu;

function weekdayIndex(wd: string): number {
  const word = wd.toLowerCase().replace(/\s+/g, ' ');
  if (word === 'chủ nhật') return 6;
  return WEEKDAY_INDEX[word.slice(4)] ?? -1;
}

function direction(fut: string | undefined): Direction {
  return fut ? 'future' : 'past';
}

// Each rule's `quick` is the plain words (or digits) every match of its `re` holds, in the same case-blind Unicode mode:
// a literal first lets the engine skip ahead, where `re` opens on a look-behind tried at every position (half the
// time of finding dates). A change to a rule's `re` changes its `quick` with it, or the new form is never tried.
const dayMonth: Rule = {
  quick: /\d(?:[/.-]\d|\s+tháng\s+\d)/iu,
  re: re(
    s`${L}(?<lead>(?:(?:${TOD}|hôm|đầu|cuối|giữa)\s+)?(?:ngày\s+)?)` +
      s`(?:(?<wd>${WEEKDAY})\s*(?:,\s*|\(\s*)?(?:ngày\s+)?)?` +
      s`${NUM_L}(?<d>\d{1,2})` +
      s`(?:(?<sep>[/.\-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}))?|\s+tháng\s+(?<m2>\d{1,2})(?:\s*(?:,\s*|/)(?<y2>\d{4}))?)${NUM_R}` +
      s`(?:\s+năm\s+(?:(?<y3>\d{4})|(?<ry>ngoái|nay|trước|tới|sau|kia))${NUM_R})?` +
      s`(?<tail>\s*\(\s*${WEEKDAY}\s*\))?${FUTURE}`,
  ),
  resolve(m, text, ref) {
    const g = m.groups!;
    const day = Number(g.d);
    const month = Number(g.m ?? g.m2);
    const yearText = g.y ?? g.y2 ?? g.y3;
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && (year < 1900 || year > 2100)) return null;
    const cued = g.lead!.trim() !== '' || g.wd !== undefined || DATE_CUE_BEFORE.test(before(text, m.index));
    const explicitYear = year !== null || g.ry !== undefined;
    if (g.sep === undefined) {
      // "30 tháng 10" needs "ngày" or a year: "3 tháng 10 ngày" is a duration.
      if (!cued && !explicitYear) return null;
    } else if (g.sep !== '/') {
      // The dash form is also a score and a range, the dot form a decimal or a version: only after a cue
      // or with a year ("từ 2-1"? still a cue: the rule errs towards the date there).
      if (!explicitYear && !cued) return null;
      if (g.sep === '-' && /^-\d/.test(text.slice(m.index + m[0].length))) return null;
    } else if (!explicitYear && !cued) {
      // Bare slash forms are dates in Vietnamese press ("sau cuộc gặp 30/10"), except proper fractions
      // ("giảm 1/3", "2/3 số phiếu") and the "24/7" idiom (always available).
      if ((g.d!.length === 1 && g.m!.length === 1 && day < month) || m[0] === '24/7') return null;
    }
    const ahead = g.fut !== undefined || DEADLINE_BEFORE.test(before(text, m.index));
    return resolveDayMonth(day, month, year, g.ry ? YEAR_WORD[g.ry.toLowerCase()]! : null, ahead ? 'future' : 'past', ref);
  },
};


// ISO dates appear in bylines and data boxes; the year is four digits so nothing else reads like them.
const isoDate: Rule = {
  quick: /\d{4}-\d{2}-\d{2}/u,
  re: re(s`${NUM_L}(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\p{N}]|[.,:/\-]\p{N})`),
  resolve(m, _text, ref) {
    const g = m.groups!;
    return resolveDayMonth(Number(g.d), Number(g.m), Number(g.y), null, 'past', ref);
  },
};

// "ngày 18" names a day of the current month; "ngày 18 và 19/11" and "từ ngày 18 đến 20/11" take
// the month (and year) from the date that follows.
const SHARED_MONTH_AFTER =
  /^\s*(?:và|hoặc|,|-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)(\d{1,2})(?:(?:[/.-]|\s+năm\s+)(\d{4}))?(?![\p{N}])/u;
const dayOnly: Rule = {
  quick: /ngày\s+\d/iu,
  re: re(s`${L}(?:(?:${TOD}|hôm)\s+)?ngày\s+(?<d>\d{1,2})${NUM_R}(?!\s*[/.\-]\s*\d|\s+tháng)`),
  resolve(m, text, ref) {
    const day = Number(m.groups!.d);
    const after = text.slice(m.index + m[0].length);
    // "mỗi ngày 2 lần", "ngày 3 bữa": a rate, not a date.
    if (/(?:mỗi|hằng|hàng|một)\s+$/u.test(before(text, m.index))) return null;
    if (/^\s+(?:lần|bữa|giờ|tiếng|phút|ca|cữ|đợt)(?![\p{L}])/iu.test(after)) return null;
    const shared = SHARED_MONTH_AFTER.exec(after);
    if (shared) {
      const year = shared[2] === undefined ? null : Number(shared[2]);
      return resolveDayMonth(day, Number(shared[1]), year, null, 'past', ref);
    }
    return resolveDayOfRefMonth(day, ref);
  },
};

// "tháng 6/2021", "tháng 2.2022" and "tháng 6-2021" are month/year (the dot and dash forms are house
// styles of Vietnamese outlets); "đầu/giữa/cuối tháng 11" and "thượng/trung/hạ tuần" narrow a month
// to a third of it, which a month-precision date still honestly covers.
const month: Rule = {
  quick: /tháng\s+\d/iu,
  re: re(
    s`${L}(?:(?:đầu|cuối|giữa|thượng\s+tuần|trung\s+tuần|hạ\s+tuần)\s+)?tháng\s+${NUM_L}(?<m>\d{1,2})` +
      s`(?:\s*(?<sep>[/.\-])\s*(?<y>\d{4})|\s+năm\s+(?:(?<y2>\d{4})|(?<ry>ngoái|nay|trước|tới|sau|kia))|,\s*(?<y3>\d{4}))?${NUM_R}` +
      FUTURE,
  ),
  resolve(m, text, ref) {
    const g = m.groups!;
    // "mỗi tháng 2 lần" is a rate, "3 tháng 10 ngày" a duration; "lương tháng 13" has no month 13 and fails below.
    if (/(?:mỗi|hằng|hàng|\p{N})\s+$/u.test(before(text, m.index))) return null;
    if (/^\s+(?:lần|đợt|kỳ)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length))) return null;
    const yearText = g.y ?? g.y2 ?? g.y3;
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && (year < 1900 || year > 2100)) return null;
    const offset = g.ry ? YEAR_WORD[g.ry.toLowerCase()]! : null;
    return resolveMonth(Number(g.m), year, offset, direction(g.fut), ref);
  },
};

function isYear(y: number): boolean {
  return y >= 1900 && y <= 2100;
}

// "năm 2014", "đầu năm 2022". Not "những năm 1990" or "thập niên 1990": those are decades.
const year: Rule = {
  quick: /năm\s+\d{4}/iu,
  re: re(s`${L}(?:(?:đầu|cuối|giữa)\s+)?năm\s+(?<y>\d{4})${NUM_R}`),
  resolve(m, text) {
    const y = Number(m.groups!.y);
    if (!isYear(y) || /(?:những|các|thập\s+niên|thập\s+kỷ)\s+$/u.test(before(text, m.index))) return null;
    return { date: String(y), relative: false };
  },
};

// A bare year after a preposition ("kể từ 2014", "đến 2030"). A four-digit number there may also be a
// quantity ("từ 2000 người"), so a following lower-case word must be one that can follow a date.
const FOLLOWS_BARE_YEAR = /^(?:đến|tới|và|cho|trở|nay|khi|thì|là|hay|hoặc|trước|sau|vừa|qua|rồi|mà|đã|sẽ|cũng|nhưng|tại|ở)$/u;
const bareYear: Rule = {
  quick: /(?:vào|từ|đến|tới|trước|sau|hồi|trong)\s+\d{4}/iu,
  re: re(s`(?<=(?:^|[^\p{L}\p{N}_])(?:vào|từ|đến|tới|trước|sau|hồi|trong)\s+)${NUM_L}(?<y>\d{4})${NUM_R}`),
  resolve(m, text) {
    const y = Number(m.groups!.y);
    if (!isYear(y)) return null;
    const next = /^\s+(\p{Ll}[\p{L}]*)/u.exec(text.slice(m.index + m[0].length));
    if (next && !FOLLOWS_BARE_YEAR.test(next[1]!)) return null;
    return { date: String(y), relative: false };
  },
};

// "hôm qua", "sáng nay", "tối qua", "ngày mai", "hôm kia" (the day before yesterday). The press often spells
// the day out after them, "hôm nay (12/10)", "chiều nay (30-10)": that day and month are what the page says,
// even when the page's own date stamp is only a month or disagrees with it. Some write it without brackets before the
// clause's comma, "Sáng nay 18.7, …", "tối qua 22/4, …": the comma keeps a count ("sáng nay 2.000 người") out.
const DAY_WORD: Record<string, number> = { qua: -1, nay: 0, kia: -2, mai: 1 };
const relativeDay: Rule = {
  quick: /(?:hôm|sáng|trưa|chiều|tối|đêm|khuya|ngày)\s+(?:qua|nay|kia|mai)/iu,
  re: re(
    s`${L}(?:(?:(?:${TOD}|ngày)\s+)?hôm\s+(?<h>qua|nay|kia)|${TOD}\s+(?<t>qua|nay|mai)|ngày\s+(?<n>mai))${R}` +
      s`(?:\s*\(\s*(?:ngày\s+)?(?<pd>\d{1,2})(?<sep>[/.\-])(?<pm>\d{1,2})(?:\k<sep>(?<py>\d{4}))?\s*\)` +
      s`|\s+(?:ngày\s+)?(?<bd>\d{1,2})(?<bsep>[/.\-])(?<bm>\d{1,2})(?:\k<bsep>(?<by>\d{4}))?(?=\s*,))?`,
  ),
  resolve(m, _text, ref) {
    const g = m.groups!;
    const offset = DAY_WORD[(g.h ?? g.t ?? g.n)!.toLowerCase()]!;
    const day = g.pd ?? g.bd;
    if (day !== undefined) {
      const year = g.py ?? g.by;
      const spelled = resolveDayMonth(Number(day), Number(g.pm ?? g.bm), year ? Number(year) : null, null, offset > 0 ? 'future' : 'past', ref);
      if (spelled) return spelled;
    }
    return resolveDayOffset(offset, ref);
  },
};

// "năm ngoái", "tháng trước", "tuần này", "cuối năm nay". A number or plural before them makes a
// duration ("2 năm tới", "những tháng trước") and is rejected; "N … trước" is the `ago` rule.
const PERIOD_WORDS: Record<string, Record<string, number>> = {
  năm: { ngoái: -1, trước: -1, kia: -2, nay: 0, này: 0, tới: 1, sau: 1 },
  // "mấy tháng nay" means "these past months", so "tháng nay" is not a month.
  tháng: { trước: -1, này: 0, tới: 1, sau: 1 },
  tuần: { trước: -1, qua: -1, này: 0, tới: 1, sau: 1 },
};
const relativePeriod: Rule = {
  quick: /(?:năm|tháng|tuần)\s+(?:ngoái|nay|này|trước|tới|sau|kia|qua)/iu,
  re: re(s`${L}(?:(?:đầu|cuối|giữa)\s+)?(?<unit>năm|tháng|tuần)\s+(?<w>ngoái|nay|này|trước|tới|sau|kia|qua)${R}`),
  resolve(m, text, ref) {
    const unit = m.groups!.unit!.toLowerCase();
    const offset = PERIOD_WORDS[unit]?.[m.groups!.w!.toLowerCase()];
    if (offset === undefined) return null;
    if (/(?:\p{N}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|những|các|nhiều|vài|mấy|mỗi|hằng|hàng)\s+$/u.test(before(text, m.index))) {
      return null;
    }
    if (unit === 'tuần') return resolveWeek(offset, ref);
    return resolvePeriodOffset(unit === 'năm' ? 'year' : 'month', offset, ref);
  },
};

// "3 năm trước", "cách đây 2 tuần". Only when the phrase ends there: "2 ngày trước cuộc bầu cử" counts
// from the election, not from the article.
const NUM = s`(?<n>\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`;
const ago: Rule = {
  quick: /cách\s+đây|(?:ngày|tuần|tháng|năm)\s+trước/iu,
  re: re(
    s`${L}(?:cách\s+đây\s+${NUM}\s+(?<u1>ngày|tuần|tháng|năm)(?:\s+trước)?|${NUM_L}${NUM.replace('<n>', '<n2>')}\s+(?<u2>ngày|tuần|tháng|năm)\s+trước(?=\s*(?:[,.;:!?)]|$)))${R}`,
  ),
  resolve(m, _text, ref) {
    const g = m.groups!;
    const nText = (g.n ?? g.n2)!.toLowerCase();
    const n = NUMBER_WORD[nText] ?? Number(nText);
    switch ((g.u1 ?? g.u2)!.toLowerCase()) {
      case 'ngày':
        return resolveDayOffset(-n, ref);
      case 'tuần': {
        const today = refDay(ref);
        return today ? resolveSpan(addDays(today, -7 * n - 3), addDays(today, -7 * n + 3)) : resolveWeek(-n, ref);
      }
      case 'tháng':
        return resolvePeriodOffset('month', -n, ref);
      default:
        return resolvePeriodOffset('year', -n, ref);
    }
  },
};

// Weekdays. "thứ hai" is also the ordinal "second" ("lần thứ hai", "Thế chiến thứ Hai", "Thứ hai, …"
// = "secondly"). Press capitalises the weekday name (thứ Hai), so: after a time word (hôm, sáng, vào…) any
// form is a weekday; otherwise only a capitalised name (or Chủ nhật) at a clause start or after a date cue.
const WEEK_MODE: Record<string, WeekdayMode> = {
  'tuần trước': { week: -1 },
  'tuần qua': { week: -1 },
  'tuần này': { week: 0 },
  'tuần tới': { week: 1 },
  'tuần sau': { week: 1 },
  này: { week: 0 },
  trước: 'past',
  'vừa qua': 'past',
  tới: 'future',
  'sắp tới': 'future',
};
const WEAK_CUE_BEFORE = /(?:^|[.,;:!?()“"«–-]\s*|(?:^|[^\p{L}\p{N}_])(?:từ|đến|tới|trước|sau|cuối|đầu)\s+)$/u;
// A capitalised weekday that says which week ("thứ Hai vừa qua", "thứ Sáu tuần trước") is a day wherever it stands
// ("được công bố thứ Hai vừa qua"), unless a noun that counts in order comes before it: "kỳ họp thứ Hai vừa qua" is the
// second sitting just held.
const ORDINAL_HEAD = /(?:^|[^\p{L}\p{M}])(?:lần|phiên|kỳ|khóa|khoá|vòng|đợt|lượt|trận|hạng|giải|năm|tuần|ngày|quý|số|mùa|tập|bậc|cấp|chiếc|người|đội|họp|hội nghị|đại hội|chiến|thế hệ|phần|chương|bài|câu|điều|khoản|ca|lứa|nhóm|tầng|lớp|đời|thế giới|xếp|đứng|về|giành|đạt|chiếm|là)\s+$/iu;
const weekday: Rule = {
  quick: /thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật/iu,
  re: re(
    s`${L}(?:(?<strong>${TOD}|hôm|vào)\s+)?(?:(?<ngay>ngày)\s+)?(?<wd>${WEEKDAY})` +
      s`(?:\s+(?<mode>tuần\s+(?:trước|qua|này|tới|sau)|sắp\s+tới|vừa\s+qua|tới|này|trước)${R})?`,
  ),
  resolve(m, text, ref) {
    const g = m.groups!;
    const wd = g.wd!;
    const index = weekdayIndex(wd);
    if (index < 0) return null;
    if (!g.strong) {
      const name = wd.replace(/^thứ\s+/iu, '');
      const sunday = index === 6;
      const capitalised = /^\p{Lu}/u.test(name);
      if (!sunday && !capitalised) return null;
      const said = before(text, m.index);
      if (!g.ngay && !WEAK_CUE_BEFORE.test(said) && !(g.mode && !ORDINAL_HEAD.test(said))) return null;
    }
    const modeText = g.mode?.toLowerCase().replace(/\s+/g, ' ');
    const mode: WeekdayMode = modeText === undefined ? 'past-inclusive' : WEEK_MODE[modeText]!;
    return resolveWeekday(index, mode, ref);
  },
};

/** Every rule; the finder keeps, at each position, the longest match any of them accepts. */
export const RULES: readonly Rule[] = [
  dayMonth, isoDate, dayOnly, month, year, bareYear, relativeDay, relativePeriod, ago, weekday, ...ENGLISH_RULES,
];

export { toRef };
