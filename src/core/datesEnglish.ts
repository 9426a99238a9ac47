/**
 * English date forms, for the English pages of a corpus (agency copy, foreign outlets): "on Tuesday",
 * "yesterday", "December 15", "in May", "last month", "two weeks ago", "in 2016". Resolved like the
 * Vietnamese forms: against the publication date, preferring the past (news reports what happened), the
 * future only after "next" or in a sentence about what will or is expected to happen.
 */
import {
  resolveDayMonth, resolveDayOffset, resolveMonth, resolvePeriodOffset, resolveSpan, resolveWeek, resolveWeekday, refDay,
  type Direction, type Rule,
} from './datesResolve.js';
import { addDays } from './datesCalendar.js';

const s = String.raw;
const L = s`(?<![\p{L}\p{N}_])`;
const R = s`(?![\p{L}\p{N}_])`;
const re = (source: string) => new RegExp(source, 'gu');
// A word as English writes it inside a sentence or opening one ("last week", "Last week, …"): the rules stay
// case-sensitive elsewhere, since a capitalised month or weekday name is what tells it from a common word.
const opening = (...words: string[]) => `(?:${words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Full names and the agency abbreviations ("Dec. 15", "Sept. 3"); capitalised, as English writes month names.
const MONTH = s`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = s`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// A sentence about what will happen: "are expected to be at the summit in July", "will visit in May".
const FUTURE_SENTENCE = /\b(?:will|shall|is expected|are expected|expected to|plans? to|scheduled|due to|set to|going to)\b/iu;

// Case-sensitive: a capitalised English month name must be in the text for either month rule to run.
const HAS_MONTH = /January|February|March|April|May|June|July|August|Sept?\.|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec)\./u;

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
// Words in quotation marks are the speaker's, in the speaker's tense: "On June 28 she said: “Prices will fall.”" is a
// report of the past all the same.
const QUOTED = /“[^”]*”?|"[^"]*"?/gu;
const directionOf = (text: string, next: boolean): Direction => (next || FUTURE_SENTENCE.test(text.replace(QUOTED, ' ')) ? 'future' : 'past');

// "May" is also a Vietnamese word (to sew): "Tổng Công ty May 10", "Công ty Cổ phần May 2", "ngành Dệt May 10 tháng"
// are a company's name or a trade, not 10 May. Read so when one of the two words before it is written with Vietnamese
// marks; an English sentence naming a Vietnamese person keeps its date ("Deputy PM Trần Minh Khoa on May 10").
const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
function inVietnameseName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).split(/\s+/u).filter(Boolean).slice(-2);
  return before.some((w) => VIETNAMESE_MARKED.test(w));
}

// "December 15", "Dec. 15, 2019", "15 December 2019".
const monthDay: Rule = {
  quick: HAS_MONTH,
  re: re(s`${L}(?:(?<m>${MONTH})\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?|(?<d2>\d{1,2})\s+(?<m2>${MONTH})(?:,?\s+(?<y2>\d{4}))?)(?![\p{L}\p{N}_])`),
  resolve(m, text, ref) {
    const g = m.groups!;
    if ((g.m ?? g.m2) === 'May' && inVietnameseName(text, m.index)) return null;
    const yearText = g.y ?? g.y2;
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && (year < 1900 || year > 2100)) return null;
    return resolveDayMonth(Number(g.d ?? g.d2), monthIndex((g.m ?? g.m2)!), year, null, directionOf(text, false), ref);
  },
};

// "in May", "in May 2016", "May 2016", "last April", "early July". A bare "May" is also the verb: never alone.
const monthOnly: Rule = {
  quick: HAS_MONTH,
  re: re(
    // "in late August", "mid-July": the part of the month, then a space or a hyphen.
    s`${L}(?:(?<lead>${opening('in', 'since', 'until', 'by', 'during')}|(?:${opening('in')}\s+)?${opening('early', 'mid', 'late')}-?|(?<last>${opening('last')})|(?<next>${opening('next')}))(?:(?<=-)|\s+)(?<m>${MONTH})(?:\s+(?<y>\d{4}))?|(?<m2>${MONTH})\s+(?<y2>\d{4}))${R}`,
  ),
  resolve(m, text, ref) {
    const g = m.groups!;
    const yearText = g.y ?? g.y2;
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && (year < 1900 || year > 2100)) return null;
    const month = monthIndex((g.m ?? g.m2)!);
    if (g.last && year === null && ref.year !== null && ref.month !== null) {
      // "last April" in May is last year's: the April just gone would be "in April" or "last month".
      return resolveMonth(month, ref.year - (month >= ref.month ? 1 : 0), null, 'past', ref);
    }
    return resolveMonth(month, year, null, directionOf(text, g.next !== undefined), ref);
  },
};

// A past reporting verb, perhaps with whom it told, right before the day: "said (on)", "told reporters (on)".
const SAID_BEFORE = /(?:said|told|added|announced|stated|confirmed|warned|noted|stressed|reported)(?:\s+(?:reporters|journalists|the\s+press|(?:a|an|the)\s+[a-z]+\s+(?:conference|briefing)|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?\s+$/u;

// "on Tuesday", "last Friday", "next Monday", "Tuesday" (capitalised: English writes weekday names so).
const weekday: Rule = {
  quick: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/u,
  // Not a title that starts with a weekday: "the Sunday Times", "Monday Morning".
  // Not a schedule: "every Thursday", "on Thursdays", "each Monday" name no one day.
  re: re(s`${L}(?<!(?:every|each)\s+)(?:(?<mode>${opening('last', 'next', 'this', 'on')})\s+)?(?<wd>${WEEKDAY})${R}(?!s\b)(?!\s+\p{Lu})`),
  resolve(m, text, ref) {
    const g = m.groups!;
    const index = WEEKDAYS.indexOf(g.wd!.toLowerCase());
    const mode = g.mode?.toLowerCase();
    if (mode === 'last') return resolveWeekday(index, 'past', ref);
    // "…, the minister said Thursday.", "X told reporters on Monday that … will …": the day of the past reporting verb
    // it follows, whatever future the reported words tell.
    if (mode === 'next' || (FUTURE_SENTENCE.test(text) && !SAID_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)))) {
      return resolveWeekday(index, 'future', ref);
    }
    return resolveWeekday(index, 'past-inclusive', ref);
  },
};

// "yesterday", "today", "tonight", "this morning", "tomorrow". Capitalised right after a capitalised word, the word ends a
// name ("USA Today", "Cẩm Giang Today", "Vietnam Tonight"), not a day.
const NAME_BEFORE = s`(?<!\p{Lu}[\p{L}\p{M}.]*[ \u00a0])`;
const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'last night': -1 };
const relativeDay: Rule = {
  quick: /yesterday|today|tonight|tomorrow|this\s|last\s+night/iu,
  re: re(s`${L}(?<w>(?:yesterday|today|tonight|tomorrow|${NAME_BEFORE}(?:Yesterday|Today|Tonight|Tomorrow))|${opening('this')}\s+(?:morning|afternoon|evening)|${opening('last')}\s+night)${R}`),
  resolve(m, _text, ref) {
    return resolveDayOffset(DAY_WORDS[m.groups!.w!.toLowerCase().replace(/\s+/g, ' ')]!, ref);
  },
};

// "last month", "this year", "next week".
const period: Rule = {
  quick: /last|this|next/iu,
  re: re(s`${L}(?<w>${opening('last', 'this', 'next')})\s+(?<unit>week|month|year)${R}`),
  resolve(m, _text, ref) {
    const g = m.groups!;
    const offset = { last: -1, this: 0, next: 1 }[g.w!.toLowerCase() as 'last' | 'this' | 'next'];
    const unit = g.unit!.toLowerCase();
    if (unit === 'week') return resolveWeek(offset, ref);
    return resolvePeriodOffset(unit === 'year' ? 'year' : 'month', offset, ref);
  },
};

// "two weeks ago", "5 days ago", "a year ago".
const ago: Rule = {
  quick: /ago/iu,
  re: re(s`${L}(?<n>\d{1,3}|${opening('a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten')})\s+(?<unit>day|week|month|year)s?\s+ago${R}`),
  resolve(m, _text, ref) {
    const g = m.groups!;
    const n = NUMBER[g.n!.toLowerCase()] ?? Number(g.n);
    switch (g.unit!.toLowerCase()) {
      case 'day':
        return resolveDayOffset(-n, ref);
      case 'week': {
        const today = refDay(ref);
        return today ? resolveSpan(addDays(today, -7 * n - 3), addDays(today, -7 * n + 3)) : resolveWeek(-n, ref);
      }
      case 'month':
        return resolvePeriodOffset('month', -n, ref);
      default:
        return resolvePeriodOffset('year', -n, ref);
    }
  },
};

// "in 2016", "since 2014", "in early 2019". Not "in the 1990s" (a decade) nor a quantity ("in 2016 cases" is rare).
const year: Rule = {
  quick: /\d{4}/u,
  re: re(s`${L}(?:${opening('in', 'since', 'until', 'by', 'during')}|of)\s+(?:(?:early|mid|late)(?:-|\s+))?(?<y>(?:19|20)\d{2})(?![\p{L}\p{N}_]|s\b)`),
  resolve(m) {
    return { date: m.groups!.y!, relative: false };
  },
};

/** The English recognisers, appended to the Vietnamese ones (forms do not overlap: English words, English order). */
export const ENGLISH_RULES: readonly Rule[] = [monthDay, monthOnly, weekday, relativeDay, period, ago, year];
