/**
 * Dated happenings: a sentence with a resolved date mention outside quotations and a cue that something took
 * place (a meeting, a call, a speech, a sanction, an election…); in a photo caption the date alone is enough.
 * A sentence without a date of its own is a happening of a known day in two forms only (undatedEvent): it points
 * back to the story's occasion ("Tại buổi làm việc, …"), or it is the lede reporting the page's news.
 */
import { findDateMentions, type DateMention } from '../core/dates.js';
import type { IsoDate, SourceRef } from '../core/types.js';
import { countWords, foldText, tokenize } from '../core/text.js';
import { EVENT_CUES, REPORTING_VERBS } from './lexicon.js';
import { sentenceDates } from './dating.js';
import { opensOnClock, tellsHappening } from './pageDayEvents.js';
import { isComparisonBase } from './comparisonDates.js';
import { isEnglishPlan, isTargetPeriod } from './targetDates.js';
import { isDescribedBirth } from './birthDates.js';
import { isPastClauseDate } from './pastClauses.js';
import { rangeStart } from './dayRanges.js';

/**
 * How an event's date is known: a date phrase of its own sentence; the occasion or the paragraph's date the sentence
 * points back to; or the page's publication day, for the lede's news (shown as the publication date).
 */
export type EventDateSource = 'sentence' | 'context' | 'published';

export interface RawEvent {
  date: IsoDate;
  dateSource: EventDateSource;
  text: string;
  excerpt: string;
  source: SourceRef;
}

/** What an article knows of its days when a sentence names none of its own. */
export interface EventSetting {
  /** The day of the story's last dated happening: the occasion "Tại buổi làm việc, …" points back to. */
  occasion: IsoDate;
  /** The sentence that told that happening: the occasion named again must share a word with it. */
  occasionText: string;
  /** The page's day (or month) when its stamp can be trusted, else null. */
  published: IsoDate;
  /** Whether the sentence is in the lede, the first two paragraphs of text. */
  lede: boolean;
  /** Whether the sentence is the first of the page's text. */
  opening?: boolean;
}

// Cues by their first word, so each word of a sentence is checked against the few cues it can start.
const CUES = new Map<string, string[][]>();
// The same happenings in English copy: "was re-elected Tuesday", "sacked … on Tuesday", "travelled to Moscow last month".
const ENGLISH_CUES = (
  'met meet meeting meetings talks summit visit visited travelled traveled trip elected election elections vote voted ' +
  'signed announced said told sacked fired rejected interview conference attacked launched held arrived chaired ' +
  'approved passed ruled ruling arrested died won warned declared resigned appointed opened closed hosted ' +
  // What was put out or set going: "a report released on Friday", "published on June 1", "started trial runs on Sept. 3".
  'released published issued started began unveiled ' +
  // Who came to a gathering, a flight's arrival: "600 delegates attended the forum on Nov. 18", "landed on Tuesday".
  'attended landed ' +
  // A sentence, a detention, a storm's landfall: "a court sentenced two men to death on Monday", "made landfall on Friday".
  'sentenced detained landfall'
).split(' ').concat(
  // A news report of a day ("VnExpress reported on Wednesday"), not a tally ("4,800 cases reported so far this year").
  ['reported on', 'touched down'],
);

// A dated statement is a happening too ("Ngày 5/2, bộ cảnh báo …").
// "Trận đấu … diễn ra vào ngày 17/1", "sinh năm 1982": a fixture and a birth are dated happenings too.
// "được UNESCO công nhận … năm 1999", "được vinh danh năm 2003": a recognition is a dated happening too, and so is a
// trip ("dành cả năm 2023 để du lịch vòng quanh thế giới"), as "thăm" and "công du" are.
// A stay in hospital and an air strike are happenings of their day too: "ông A nhập viện cuối tháng 10", "xuất viện
// hôm 2/11", "sau một cuộc không kích ngày 19-10".
const MORE_CUES = [
  'chỉ đạo', 'phê duyệt', 'diễn ra', 'trận đấu', 'thi đấu', 'sinh năm', 'sinh ngày', 'công nhận', 'vinh danh', 'ghi danh', 'du lịch',
  'nhập viện', 'xuất viện', 'không kích',
];
for (const c of new Set([...EVENT_CUES, ...REPORTING_VERBS, ...MORE_CUES, ...ENGLISH_CUES])) {
  const seq = c.split(' ');
  CUES.set(seq[0]!, [...(CUES.get(seq[0]!) ?? []), seq]);
}
const MAX_TEXT = 200;
const MIN_CLAUSE = 40;

function hasCue(sentence: string): boolean {
  const toks = tokenize(sentence.toLowerCase());
  return toks.some((t, i) => CUES.get(t)?.some((cue) => cue.every((w, k) => toks[i + k] === w)) ?? false);
}

/** The clause of `sentence` around [start, end): between clause punctuation, widened when too short, ≤ 200 chars. */
export function clauseAround(sentence: string, start: number, end: number, masked = sentence): string {
  // Punctuation inside a quotation ("Hội thảo “Thị trường: cơ hội”") does not end the clause.
  const stops = [...masked.matchAll(/[,;:]\s/g)].map((m) => m.index);
  let a = 0;
  let b = sentence.length;
  for (const s of stops) {
    if (s < start) a = s + 1;
    else if (s >= end && b === sentence.length) b = s;
  }
  // A date in a leading adverbial ("Tới tháng 1/2022, …") needs the clause after it; a short trailing one, the clause before.
  if (b - a < MIN_CLAUSE) {
    const next = stops.find((s) => s > b);
    if (b < sentence.length) b = next ?? sentence.length;
    else {
      const prev = stops.filter((s) => s < a - 1).at(-1);
      a = prev !== undefined ? prev + 1 : 0;
    }
  }
  let text = sentence.slice(a, b).trim();
  if (text.length > MAX_TEXT) {
    const rel = start - sentence.indexOf(text);
    const from = Math.max(0, Math.min(rel - 80, text.length - MAX_TEXT));
    let window = text.slice(from, from + MAX_TEXT);
    // A quotation of several sentences is one sentence to the splitter: the window keeps to the date's own sentence
    // where its ends fall inside it, rather than opening or closing on a cut word ("…ngại của chúng tôi. Chúng tôi …").
    const at = rel - from;
    const ends = [...window.matchAll(/[.!?…]+["”’]?\s+(?=["“]?\p{Lu})/gu)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
    const opening = ends.filter((e) => e.to <= at).at(-1);
    const closing = ends.find((e) => e.from >= at + (end - start));
    if (closing) window = window.slice(0, closing.from);
    else if (from + MAX_TEXT < text.length) window = window.replace(/\s+\S*$/u, '');
    if (opening) window = window.slice(opening.to);
    else if (from > 0) window = window.replace(/^\S*\s+/u, '');
    text = window;
  }
  return text.replace(/[.]+$/u, '').trim();
}

// Before a clause's date: at most a word ("Vào", "Đến") and an hour ("khoảng 11 giờ", "lúc 9h30").
const BEFORE_OPENING_DATE = /^\s*(?:\p{L}+\s+)?(?:(?:khoảng|lúc|vào lúc|vào khoảng)\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s+)?$/u;
// A source named before the clause: "Theo ông X, …", "Theo Công an huyện, …"; or a link in the story's order of
// days: "Trước đó, ngày 3/4, …", "Sau đó, sáng 5/4, …".
const SOURCE_BEFORE = /^\s*(?:theo\s[^,;:]{1,60}|trước đó|sau đó|tiếp đó)\s*,\s*$/iu;

// Before a clause's date, the occasion it dates: "Trong chuyến thăm Nhật Bản hồi tháng 5, …", "Tại hội nghị ngày 3/4, …".
const OCCASION_BEFORE_DATE = /^\s*(?:trong|tại|ở|nhân|qua)\s+(?:chuyến|buổi|cuộc|phiên|trận|lễ|hội nghị|hội thảo|sự kiện|kỳ họp|dịp|đợt)\s[^,;:]{0,60}$/iu;
const PLAN_WORD = /(?:^|[\s,])(?:sẽ|dự kiến|sắp|kế hoạch)(?=[\s,.;:]|$)/iu;

/**
 * "Tháng 3/2023, hai bên …", "Sáng 5/10, …", "Theo ông X, khoảng 11 giờ trưa 26-11, …", "Trước đó, ngày 3/4, …",
 * "Trong chuyến du lịch đầu tháng 9, …": a sentence whose clause opens on its date, or on the occasion it dates, and a
 * comma (after its source or a link, if there is one) tells what happened then, unless it tells a plan.
 */
function leadsWithDate(sentence: string, d: DateMention): boolean {
  // "Cuối tháng 8 vừa qua, …": the date may be told as just past before its comma.
  if (!/^(?:\s+vừa\s+(?:qua|rồi))?\s*,/u.test(sentence.slice(d.end))) return false;
  const before = sentence.slice(0, d.start);
  const cut = before.lastIndexOf(',');
  const clause = cut < 0 ? before : before.slice(cut + 1);
  const occasion = OCCASION_BEFORE_DATE.test(clause) && !PLAN_WORD.test(sentence);
  return (BEFORE_OPENING_DATE.test(clause) || occasion) && (cut < 0 || SOURCE_BEFORE.test(before.slice(0, cut + 1)));
}

/** Events of one sentence: one per distinct resolved date. */
const FORECAST_OPENING = /^\s*(?:theo\s+)?(?:bản tin\s+)?dự báo(?!\s+(?:khí|viên))(?![\p{L}\p{M}])/iu;

export function eventsOfSentence(sentence: string, dates: DateMention[], source: SourceRef, masked = sentence, caption = false): RawEvent[] {
  // "tăng 8% so với năm 2024": the period a figure is set against is no time of a happening.
  // "bị cáo A (sinh năm 1985)": a birth year describing a person dates no happening of the sentence.
  let resolved = dates.filter((d) => d.date && !isComparisonBase(sentence, d) && !isDescribedBirth(sentence, d));
  // "Dự báo đến 7 giờ ngày 12/6, …", "Theo dự báo, …": a forecast names a time still to come, not a happening.
  if (FORECAST_OPENING.test(sentence)) return [];
  if (!resolved.length || countWords(foldText(sentence)) < 5) return [];
  // A photo caption shows something that happened on its date ("Các đại biểu tại hội chợ, sáng 5/10. Ảnh: …").
  // Without a cue, only the dates whose own clause tells the past ("đã …") are happenings (pastClauses.ts).
  if (!(caption || leadsWithDate(sentence, resolved[0]!) || hasCue(sentence))) resolved = resolved.filter((d) => isPastClauseDate(masked, d));
  if (!resolved.length) return [];
  const seen = new Set<string>();
  const out: RawEvent[] = [];
  for (const d of resolved) {
    // "thăm chính thức từ ngày 24-25/4": a happening over days is dated by its first one (dayRanges.ts).
    const date = rangeStart(sentence, d) ?? d.date!;
    if (seen.has(date)) continue;
    const text = clauseAround(sentence, d.start, d.end, masked);
    // "Năm 2026, tập đoàn đặt mục tiêu …": the year a target is for has not happened.
    // "The rules will be published on Friday": a release still to come, not one that took place.
    if (isTargetPeriod(text, d) || isEnglishPlan(text)) continue;
    seen.add(date);
    out.push({ date, dateSource: 'sentence', text, excerpt: sentence, source });
  }
  return out;
}

// A sentence that opens on the occasion the story is about, named again without its date: "Tại buổi làm việc, …",
// "Tại hội nghị, …", "Sau trận đấu này, …", "Ở trận này, …", "Trong cuộc gặp trên, …". "Tại" before a gathering
// names the one just told; another preposition needs a demonstrative ("này", "đó", "ấy", "trên"). Who attended it
// opens the same way: "Tham dự buổi lễ có …", "Góp mặt trong cuộc họp báo cùng HLV còn có …".
// "họp báo" bare too: "Tại họp báo, …" names the briefing just told as "tại cuộc họp báo" does.
const OCCASION_NOUN = String.raw`(?:buổi|cuộc|phiên|trận|hội nghị|hội thảo|hội đàm|tọa đàm|toạ đàm|lễ|sự kiện|chương trình|kỳ họp|họp báo)`;
// "Cũng tại họp báo, …", "Cũng tại buổi giao lưu, …": also at the occasion just told.
const BACK_TO_OCCASION = new RegExp(
  String.raw`^\s*(?:(?:cũng\s+)?tại\s+${OCCASION_NOUN}[^,;:.!?]{0,40},|(?:tại|trong|ở|sau)\s+${OCCASION_NOUN}[^,;:.!?]{0,30}\s(?:này|đó|ấy|trên),|` +
  String.raw`(?:tham dự|có mặt|góp mặt|dự)\s+(?:(?:tại|trong)\s+)?${OCCASION_NOUN}(?:\s+[\p{Ll}\p{M}]+){0,3}\s+(?=có|còn|gồm|cùng))`, 'iu');
// "X vừa bắt giữ …", "Bộ vừa ban hành …": what has just happened, the news a page reports on its day. Not "vừa qua"
// or "vừa rồi" (a time phrase the date finder reads), nor "vừa … vừa …" (both … and).
const JUST = /(?:^|[\s,])vừa(?:\s+mới)?\s+(?!qua(?![\p{L}])|rồi(?![\p{L}])|xong(?![\p{L}]))\p{L}/iu;
const BOTH = /(?:^|[\s,])vừa\s[^.;]*\svừa\s/iu;
// Words that put a happening at another time than the story's day, or make it a wish or a plan rather than a
// happening: "trước đó", "từng", "năm ngoái", "mới đây" (a day not told), "sẽ", "dự kiến", "mong muốn", "cần".
const NOT_OF_THE_DAY = /(?:^|[\s,(])(?:trước đó|trước đây|từng|đã từng|năm ngoái|năm trước|gần đây|mới đây|thời gian qua|những năm|hồi|sẽ|dự kiến|kế hoạch|sắp|mong muốn|muốn|hy vọng|kỳ vọng|cần|phải|nên|có thể|nếu)(?=[\s,.;:)]|$)/iu;
// Vietnamese letters: the undated forms are Vietnamese ones (English copy dates its news by weekday, "on Tuesday").
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

const POINTING = new Set(['tai', 'trong', 'o', 'sau', 'nay', 'do', 'ay', 'tren', 'cua', 'cac', 'nhung', 'voi', 'va']);

/** The words naming the occasion in a back-reference ("Tại buổi gặp mặt," → buổi, gặp, mặt), folded. */
function occasionWords(phrase: string): string[] {
  return tokenize(foldText(phrase)).filter((w) => !POINTING.has(w));
}

/** The first `MAX_TEXT` characters of a sentence, cut at a word. */
function opening(sentence: string): string {
  const t = sentence.trim().replace(/[.]+$/u, '');
  return t.length <= MAX_TEXT ? t : t.slice(0, MAX_TEXT).replace(/\s+\S*$/u, '');
}

/**
 * The event of a sentence with no date of its own, or null. Two forms only, as a reader dates them:
 * - it opens on the story's occasion named again ("Tại buổi gặp mặt, đại diện kiều bào bày tỏ …"): the day of the
 *   story's last dated happening when that happening is the occasion named, else, when the article dates no
 *   happening at all, the page's day (its stamp);
 * - in the lede (the first two paragraphs of text) it tells what has just happened ("Công an tỉnh vừa bắt giữ …"),
 *   a happening (a cue, outside quotations) with nothing that puts it at another time: the page's day.
 * Elsewhere an undated sentence is left undated: a blank over a guess.
 */
export function undatedEvent(sentence: string, masked: string, setting: EventSetting, source: SourceRef): RawEvent | null {
  if (!VIETNAMESE.test(masked) || countWords(foldText(sentence)) < 5 || /\?\s*$/u.test(sentence)) return null;
  const reported = masked.replace(/§+/gu, ' ');
  const back = BACK_TO_OCCASION.exec(reported);
  // "Tại sự kiện X mới đây, …": an occasion of another, untold day.
  if (back && NOT_OF_THE_DAY.test(back[0])) return null;
  if (back) {
    // The happening last dated must be the occasion named again ("buổi gặp mặt" after "có cuộc gặp mặt"): after a
    // crime dated "ngày 3/8", "Tại phiên tòa, …" is another day, not told.
    if (setting.occasion) {
      const named = occasionWords(back[0]);
      const told = new Set(tokenize(foldText(setting.occasionText)));
      if (!named.some((w) => told.has(w))) return null;
      return { date: setting.occasion, dateSource: 'context', text: opening(sentence), excerpt: sentence, source };
    }
    return setting.published ? { date: setting.published, dateSource: 'published', text: opening(sentence), excerpt: sentence, source } : null;
  }
  // A sentence quoting someone is their statement, told as a quote; "X - vừa đầu quân vào Y - nói" describes the speaker.
  const plain = reported === masked && !BOTH.test(reported) && !NOT_OF_THE_DAY.test(reported);
  // "Đến 14h40, tâm bão đổ bộ …": a clock time with no day is of the day the story last told, else of the page's
  // own day (a live report written through that day).
  if (plain && opensOnClock(reported) && hasCue(reported)) {
    if (setting.occasion) return { date: setting.occasion, dateSource: 'context', text: opening(sentence), excerpt: sentence, source };
    return setting.published ? { date: setting.published, dateSource: 'published', text: opening(sentence), excerpt: sentence, source } : null;
  }
  if (!setting.published || !plain) return null;
  // The page's first sentence telling a happening ("Đội tuyển X giành chiến thắng 4-1 trước Y, …") is its news: of
  // the page's day, shown as the publication date.
  if (setting.opening && tellsHappening(reported)) return { date: setting.published, dateSource: 'published', text: opening(sentence), excerpt: sentence, source };
  if (!setting.lede || !JUST.test(reported) || !hasCue(reported)) return null;
  return { date: setting.published, dateSource: 'published', text: opening(sentence), excerpt: sentence, source };
}

export const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PLAN = /(?:^|[\s,“"])(?:sẽ|dự kiến|sắp|kế hoạch)(?=[\s,.;:]|$)/iu;

/**
 * Happenings a speaker tells in words that count from the day they spoke ("“Chiều qua, tôi trực tiếp thăm khám …”",
 * "“Kỳ thi năm nay …”"): those dates read against the day the quotation was said, not against the page's stamp.
 * When that day is only the page's (the statement dated by its publication), a day or a month counted from it would
 * be a guess ("hôm qua" said the day before the report is two days back), but a year ("năm nay", "cách đây hai năm")
 * holds.
 */
export function quotedHappenings(text: string, masked: string, spoken: IsoDate, guessed: boolean, source: SourceRef, known: RawEvent[]): RawEvent[] {
  // A month the sentence's plan words move to the coming year ("sẽ … kể từ tháng 12 đến tháng 1") may as well be the
  // last one the speaker looks back to: such a date is left out.
  const plain = findDateMentions(text, spoken);
  const said = sentenceDates(text, spoken, null)
    .filter((d, i) => d.date && d.date === plain[i]?.date && masked[d.start] === '§' && !isCalendarDate(d) && (!guessed || /^\d{4}$/.test(d.date)));
  if (!said.length) return [];
  // A plan in the quoted words ("“Thư viện sẽ mở cửa … trong năm nay”") is not a happening, as outside them.
  return eventsOfSentence(text, said, source, masked)
    .filter((e) => !PLAN.test(e.text) && !known.some((k) => k.excerpt === e.excerpt && k.date === e.date));
}

// Words that count a day from now ("hôm nay", "tuần trước", "năm tới"): in a quotation, from when it was said.
const DEICTIC = /(?:^|\s)(?:nay|qua|trước|tới|sau|kia|mai|này|ngoái)(?![\p{L}\p{M}])/iu;

/**
 * A date the calendar fixes, read the same inside a quotation as outside: written with its year, or a day and
 * month whose year the page gives ("nghỉ một ngày 4/10"), but not one counted from the time of speaking.
 */
export function isCalendarDate(d: DateMention): boolean {
  return !d.relative || (/\d/.test(d.raw) && !DEICTIC.test(d.raw) && /^(?:\d{4}-)?-?-?\d{2}-\d{2}$/.test(d.date ?? ''));
}
