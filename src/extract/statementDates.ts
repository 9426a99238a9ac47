/**
 * When a statement was made, decided inside its article: the reporting clause's own date, the occasion the report
 * is about (its lede), the statement it continues, else the publication date (shown as such) or nothing. Dates of
 * other happenings in the sentence (an incident recounted, a term, a deadline) never date a statement.
 */
import type { DateMention } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';
import { daysBefore, isAfterPublication } from './dating.js';
import type { RawQuote } from './reading.js';
import type { Statement } from './statements.js';
import { REPORTING_VERBS } from './lexicon.js';
import { isComparisonBase } from './comparisonDates.js';
import { BIRTH_BEFORE } from './birthDates.js';
import { recalledDate } from './recalledWords.js';

/** A day, with or without its year. */
export const DAY = /^\d{4}-\d{2}-\d{2}$|^--\d{2}-\d{2}$/;

// The opening paragraphs a report takes to name its occasion after an opening quotation or summary.
const OPENING = 3;

/**
 * A report often opens with its most striking words, undated, and dates them in the next lines ("“…” - chia sẻ
 * của Thứ trưởng X." then "Chiều 13/6, Thứ trưởng X đã có cuộc trao đổi …"). An opening statement that fell back
 * to the publication date, or has none, takes the date the same speaker is given a few paragraphs on, else the
 * lede's occasion.
 */
export function redateOpening(quotes: RawQuote[], paragraphOf: Map<RawQuote, number>, leadDate: IsoDate, published: IsoDate): void {
  const opening = quotes.filter((q) => paragraphOf.get(q) === 0 && (q.dateSource === 'published' || q.dateSource === null));
  for (const q of opening) {
    const later = quotes.find((o) => o !== q && o.speaker !== null && o.speaker === q.speaker && o.dateSource === 'sentence' &&
      (paragraphOf.get(o) ?? OPENING + 1) <= OPENING && o.date !== null && DAY.test(o.date) && !isAfterPublication(o.date, published));
    const date = later?.date ?? (q.dateSource === 'published' ? leadDate : null);
    if (date) Object.assign(q, { date, dateSource: 'context', dateVia: later ? 'opening:later-same-speaker' : 'opening:lead' });
  }
}

// Words before a date that make it the occasion of speaking: a briefing, a meeting, an interview.
const OCCASION_BEFORE = /(?:interview|conference|briefing|speech|summit|hearing|meeting|talks|họp báo|cuộc họp|phiên họp|phát biểu|phỏng vấn|hội nghị|hội thảo|diễn đàn|buổi|sự kiện|thông cáo|tuyên bố|trả lời|tọa đàm|toạ đàm|lễ|phiên)[^,;.]*$/iu;
// Before a date, words that tie it to another happening or a term: "vụ việc … bị chặn hôm 30/6", "kéo dài đến tháng 3".
const TERM_BEFORE = /(?:đến|tới|trước|hết|hạn|hiệu lực(?:\s+từ)?|áp dụng từ|kể từ|(?<![\p{L}\p{M}])từ)\s+(?:ngày\s+|tháng\s+)?$/iu;
// A birth year or day describes the speaker ("Nữ ca sĩ sinh năm 1995 liền đáp", "anh A, SN 1990, kể"), never the
// occasion of the words (BIRTH_BEFORE, birthDates.ts).
// A date in brackets after a name ("Lễ kỷ niệm 70 năm (24/7/1947 - 24/7/2017)") says when that thing is; after a
// day word ("chiều nay (30/10)", "thứ Hai (5/3)") it spells out the day of the report.
// "Kỳ họp thứ 2 (sáng 16/11)": the day word inside the brackets dates the sitting named before them.
const DAY_WORD_IN_BRACKET = /^\s*(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm|thứ|chủ nhật|on\s)/iu;
const DAY_WORD_BEFORE_BRACKET = /(?:nay|qua|kia|hôm|sáng|trưa|chiều|tối|đêm|khuya|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|today|yesterday|day)\s*$/iu;
const EVENT_CLAUSE = /(?:^|\s)(?:vụ|vụ việc|sự việc|sự cố|bị|từng)\s/iu;
// English copy recounts an incident in the passive: "was detained in July 2018", "were arrested last week" — unless
// the passive is the reporting itself ("was quoted as saying on Monday").
const ENGLISH_EVENT_CLAUSE = /(?:^|\s)(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt|pt|ld)(?=\s|$)/u;
const ENGLISH_REPORTING = /(?:^|\s)(?:quoted|said|saying|told|asked|interviewed)(?=\s|$)/u;
// An English clause of time before the subject: "…, after police detained them on May 3, the spokesman said". Its date
// is of the happening that came before the words, unless that happening is where the words were said ("After a
// meeting on Monday, X told reporters …").
const ENGLISH_BEFORE_CLAUSE = /^\s*(?:after|before|since|following)\s+(?:the\s+|a\s+|an\s+)?[a-z]/iu;

// A topic put to the speaker before the reporting clause: "Với câu hỏi của phóng viên liên quan đến việc X ngày 9/12,
// bà Y cho biết", "Về khả năng X tháng 1/2020, ông Y cho rằng", "Khi được hỏi về X", "Responding to a question from a
// reporter asking about X on May 2", "In reply to reporters’ questions about X on May 26", "Regarding X". A date in it
// (up to the next comma) is when the topic happened; the answer came later, at the briefing the report is about.
const TOPIC_BEFORE = /(?:^|[\s,;(])(?:(?:với|trả lời|trước|đáp lại|về)\s+(?:các\s+|những\s+)?câu hỏi|(?:khi\s+)?được hỏi|liên quan\s+(?:đến|tới)|về\s+(?:việc|khả năng|thông tin|vụ|vấn đề)|bình luận về|đề cập\s+(?:đến|tới)|(?:when\s+)?asked\s+(?:about|whether|if)|(?:responding|replying|in response|in reply)\s+to\s+(?:a\s+|the\s+)?(?:[a-z]+['’]s?\s+)?(?:questions?|quer(?:y|ies))|regarding|concerning|with regard to)\s[^,;.:!?]*$/iu;

/**
 * A date in the sentence that belongs to something other than the statement: a term, a deadline, an incident
 * recounted, the topic a question put. `from`: where the statement's own clause starts (a report named inside the
 * topic, "về việc X ngày 9/1 tuyên bố …", is dated by its own words).
 */
export function isOtherDate(sentence: string, d: DateMention, from = 0): boolean {
  const before = sentence.slice(0, d.start);
  if (TERM_BEFORE.test(before.slice(-30)) || BIRTH_BEFORE.test(before.slice(-30)) || isComparisonBase(sentence, d)) return true;
  // Words inside a quotation before the date are the speaker's, not the report's.
  const reported = before.slice(Math.max(from, before.search(/[”"»][^”"»]*$/u) + 1));
  if (TOPIC_BEFORE.test(reported)) return true;
  const bracket = before.lastIndexOf('(');
  if (bracket >= 0 && !before.slice(bracket).includes(')') && !DAY_WORD_BEFORE_BRACKET.test(before.slice(0, bracket)) &&
    !DAY_WORD_IN_BRACKET.test(before.slice(bracket + 1) + d.raw)) return true;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (ENGLISH_EVENT_CLAUSE.test(clause) && !ENGLISH_REPORTING.test(clause)) return true;
  if (ENGLISH_BEFORE_CLAUSE.test(clause) && !OCCASION_BEFORE.test(clause)) return true;
  return EVENT_CLAUSE.test(clause) && !OCCASION_BEFORE.test(clause);
}

// Words of a plan in the clause before a date: "Các chất vấn sẽ tiếp tục được trả lời vào sáng mai (10-11)", "X
// announced that Y will visit from May 31". Such a day is when the plan is for, not a day the story has reached.
const PLANNED = /(?:^|[\s,])(?:sẽ|dự kiến|will|is to|are to|plans? to|(?:is|are)\s+scheduled\s+to)(?=\s)/iu;

/** Whether a date is the day of a plan: a plan word in its clause, before it. */
export function isPlannedDate(sentence: string, d: DateMention): boolean {
  const before = sentence.slice(0, d.start);
  return PLANNED.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
}

// A sentence that steps back from the story's day: "Trước đó, ngày 3/4, …", "Earlier, on May 2, …". Its happening is
// background, not the day the story has reached.
export const STEP_BACK = /^\s*(?:trước đó|trước đây|earlier|previously)\s*,/iu;

// What may stand between an English reporting verb and its time adverbial: the person or occasion told
// ("told reporters on Wednesday", "said in an interview in Hanoi on Thursday", "told a news conference on
// Monday"); a clause ("said the vote would take place on Friday") has a subject or a verb and is not such a gap.
const ENGLISH_GAP = /^(?:\s+(?:[A-Za-z'’-]+|\d+)){0,8}\s+$|^\s+$/;
const CLAUSE_WORD = /(?:^|\s)(?:that|who|which|when|if|whether|he|she|they|it|we|I|you|would|will|was|were|is|are|had|has|have|could|should|might|may|can|the\s+[a-z]+\s+(?:would|will|was|is))(?=\s|$)/;
// An English date phrase: "on Thursday", "Tuesday", "yesterday", "last week", "on March 27".
const ENGLISH_DATE = /^[A-Za-z][\x20-\x7e]*$/;

/**
 * A date just after the reporting verb that says when the speaking happened, as English places it ("X said on
 * Tuesday", "X told reporters in Hanoi on Wednesday he …"). Vietnamese puts that date before the verb
 * ("X hôm 27/3 cho biết"); a date after a Vietnamese verb is most often what the statement is about.
 */
export function isVerbAdverbial(sentence: string, attributionEnd: number, d: DateMention): boolean {
  // "said last month's figures were …": the date is of the figures.
  if (d.start < attributionEnd || !ENGLISH_DATE.test(d.raw) || /^['’]s(?![\p{L}])/u.test(sentence.slice(d.end))) return false;
  const gap = sentence.slice(attributionEnd, d.start);
  return ENGLISH_GAP.test(gap) && !CLAUSE_WORD.test(gap);
}

// Vietnamese tells the day of speaking after the verb too when "rằng" then opens what was said: "ông X nói với phóng
// viên qua điện thoại hôm qua rằng …", "bà Y khẳng định trong cuộc phỏng vấn hôm 25/1 rằng …". Between the verb and the
// day stands nothing, or who was told or where ("với …", "trong …", "tại …"): no clause of what was said.
const VI_TOLD_GAP = /^\s*$|^\s+(?:với|trong|tại|ở|qua|trên|trước|bên lề)\s[^,;.:!?"“”]{0,60}$/iu;
const VI_THAT = /^\s*,?\s*rằng(?![\p{L}\p{M}])/u;

/** Whether a date after a Vietnamese reporting verb is when the speaking happened: "X nói với PV hôm qua rằng …". */
export function isToldOnDay(sentence: string, attributionEnd: number, d: DateMention): boolean {
  if (d.start < attributionEnd || !VI_THAT.test(sentence.slice(d.end))) return false;
  const gap = sentence.slice(attributionEnd, d.start);
  // "nói với" ends the attribution on its preposition: the gap is who was told.
  return VI_TOLD_GAP.test(gap) || (/với\s*$/u.test(sentence.slice(0, attributionEnd)) && /^\s+[^,;.:!?"“”]{1,60}$/u.test(gap));
}

// A lede about an occasion where people speak (a briefing, a session, an interview, a premiere), not about a storm
// or a decision: only such a date can stand for when the report's undated statements were made.
export const OCCASION = /(?:^|[\s,(])(?:họp báo|cuộc họp|phiên họp|phiên|kỳ họp|phiên chất vấn|chất vấn|phiên thảo luận|phát biểu|phỏng vấn|hội nghị|đại hội|hội thảo|diễn đàn|tọa đàm|toạ đàm|buổi|sự kiện|lễ|trao đổi|trả lời|gặp gỡ|gặp mặt|gặp nhau|giao lưu|ra mắt|họp|nói chuyện|thông cáo|tuyên bố|xét xử|phiên tòa|phiên xử|lời sau cùng|khánh thành|khai trương|khai mạc|bế mạc|phát động|interview|press conference|news conference|conference|briefing|told reporters|speech|hearing|forum|summit|seminar|workshop|ceremony|opened|inaugurated|launched|unveiled|(?:a|an|the)\s+(?:[\p{L}'-]+\s+){0,3}(?:meeting|talks))(?=[\s,.;:)]|$)/iu;

// Occasions where people gather and are asked questions: not an announcement or a statement issued.
export const GATHERING = /(?:^|[\s,(])(?:họp báo|cuộc họp|phiên họp|kỳ họp|chất vấn|phiên thảo luận|phỏng vấn|hội nghị|hội thảo|diễn đàn|tọa đàm|toạ đàm|buổi|giao lưu|xét xử|phiên tòa|nghị án|tuyên án|HĐXX|trận đấu|trận|interview|press conference|news conference|conference|briefing|hearing|forum|summit|seminar|workshop|(?:a|an|the)\s+(?:[\p{L}'-]+\s+){0,3}(?:meeting|talks))(?=[\s,.;:)]|$)/iu;
// A paragraph that opens with a speaker's label, the form of an interview transcript: "CEO Đặng Văn A: Tôi …".
const TRANSCRIPT_LABEL = /^(?:[*•–-]\s*)?(\p{Lu}[^:.!?“”"]{1,60}):\s+\S/u;

/** Whether a paragraph is an answer in a transcript: a short label (a name, a title), no reporting verb, a colon. */
export function isTranscriptAnswer(text: string): boolean {
  const label = TRANSCRIPT_LABEL.exec(text)?.[1];
  return label !== undefined && label.split(/\s+/).length <= 8 &&
    !/(?:nói|cho biết|cho hay|khẳng định|nhấn mạnh|chia sẻ|trả lời|tuyên bố|phát biểu|bày tỏ|nêu rõ|cho rằng|hỏi|đáp)(?:\s|$)/u.test(label);
}

// "Chiều 11-9", "Tối 12/9", "rạng sáng 5/2": the way a report dates its own occasion.
export const TIME_OF_DAY = /^(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm|khuya)\s/iu;

// How long before its publication a report's opening occasion can be and still date its undated statements:
// the press reports a briefing or a premiere within days ("Chiều 16/12, …" in a page of 19/12).
const LEAD_DAYS = 7;

/** Whether a full day lies more than the lead window before a page's full-day publication date. */
export function isLongBefore(date: IsoDate, published: IsoDate): boolean {
  return (daysBefore(date, published) ?? 0) > LEAD_DAYS;
}

/** Whether the lede's date can stand for the report's occasion: shortly before the publication day, or in its month. */
export function isLeadOccasion(date: string, published: IsoDate, timeOfDay: boolean): boolean {
  if (!published) return false;
  const days = daysBefore(date, published);
  // "Chiều 11-9, tòa tiếp tục xét xử …": a time of day marks the report's own occasion however late the page's
  // stamp (a re-indexed page); a bare "Ngày 3/8, …" further back is more often background.
  if (days !== null) return days >= 0 && (days <= LEAD_DAYS || timeOfDay);
  // A page stamped with a month only ("date 2019-08"): a day of that month.
  return /^\d{4}-\d{2}$/.test(published) && date.startsWith(`${published}-`);
}

// After a quotation's reporting verb, words that open a clause about the topic rather than the occasion.
const ABOUT = /(?:^|[\s,])(?:về|kể từ|từ khi|sau khi|trước khi)(?=\s)/iu;

// Words of the reporting clause that put the speaking at an untold time before the story's day.
// Also the spans of time the date finder cannot place ("hồi đầu tháng", "thứ Hai tuần trước", "mấy hôm trước",
// "mới đây"): the statement was made some day before the page, which one is not told.
const EARLIER = /(?:^|[\s,(])(?:trước đó|trước đây|gần đây|mới đây|earlier|previously|later|(?:hồi\s+)?(?:đầu|cuối|giữa)\s+(?:tháng|tuần)|(?:một|hai|ba|vài|mấy|mấy|những)\s+(?:ngày|hôm|tuần)\s+(?:trước|qua)|tuần trước|hôm trước)(?=[\s,.;:)]|$)/iu;

// English copy recounting an earlier remark as the cause of something: "… ignited controversy at a news conference
// when he said …", "… drew criticism when she called …". The remark is background, said before the story's day.
const RECOUNTED = /(?:^|\s)when\s+(?:he|she|they|it)\s+(?:said|told|declared|claimed|called|described|warned|argued|wrote|tweeted|suggested)(?=\s|$)/u;

const SPEECH_VERB = [...REPORTING_VERBS, 'đăng', 'đăng tải', 'công bố', 'ra tuyên bố']
  .sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
// "Tổng thống X gần đây tuyên bố …", "ông X từng cảnh báo …", "bà X trước đó đã nói …": the person spoke at a time the
// article does not tell.
const SPOKE_EARLIER = new RegExp(
  `^\\s*,?\\s*(?:đã\\s+)?(?:gần đây|mới đây|trước đó|trước đây|đã từng|từng|hồi đầu (?:tháng|tuần|năm))\\s+(?:đã\\s+)?(?:${SPEECH_VERB})(?![\\p{L}\\p{M}])`,
  'iu',
);

// A saying already reported, named back ("câu nói đó", "câu nói cũ", "lời tuyên bố ấy") as what is recalled.
const RECALLED_SAYING = /(?<![\p{L}\p{M}])(?:nhắc lại|nhắc đến|nhắc tới|nhớ lại)\s+(?:câu nói|lời nói|lời tuyên bố|phát ngôn|tuyên bố|lời)\s+(?:cũ|đó|ấy|này|năm xưa|năm nào|ngày trước|ngày ấy)(?![\p{L}\p{M}])/iu;
// Context dates that carry an earlier statement's occasion: not the occasion of new words on a saying recalled.
const EARLIER_OCCASIONS: ReadonlySet<string> = new Set(['backref', 'inherited', 'paragraph', 'remembered']);

// "Khi nhậm chức, ông từng hứa: “…”", "“…”, ông từng nói trên truyền hình": "từng" before the reporting verb says the
// words were said once, at some time before the report, which the clause does not give (a promise too: "từng hứa").
// "từng" alone also means "each" ("trả lời từng câu hỏi"): only before a reporting verb.
const SAID_ONCE = new RegExp(`(?:^|[\\s,])(?:đã\\s+)?từng\\s+(?:đã\\s+)?(?:${SPEECH_VERB}|hứa(?:\\s+hẹn)?)(?![\\p{L}\\p{M}])`, 'iu');

/** Whether an attribution says its words were said once, before the report ("ông từng nói", "bà đã từng hứa"). */
export function isSaidOnce(attribution: string): boolean {
  return SAID_ONCE.test(attribution);
}

/** Whether the words after a person's name say that person spoke at an untold earlier time. */
export function spokeEarlier(afterName: string): boolean {
  return SPOKE_EARLIER.test(afterName);
}

export interface DateContext {
  sentence: string;
  backRef: boolean;
  /** The day of the occasion the sentence opens on, named again ("Tại phiên phúc thẩm, …"), or null. */
  occasionNamed?: IsoDate;
  lastDate: IsoDate;
  paraDate: IsoDate;
  remembered: IsoDate;
  inherited: IsoDate;
  storyDate: IsoDate;
  leadDate: IsoDate;
  published: IsoDate;
  /** False when the article's own words put its writing on another day than its stamp: then no fallback to it. */
  stampTrusted: boolean;
}

// The blanks that say the words were said at a time the page does not give ("Trước đó, ông X cho biết", "ông từng
// nói", "hồi tháng 3" on a page without a year), unlike a blank for want of any date to go by.
const UNTOLD_BLANKS: ReadonlySet<string> = new Set(['blank:earlier', 'blank:said-once', 'blank:yearless-own']);

/** Whether a statement's blank date says it was made at an untold earlier time (see dateStatement). */
export function isToldUntold(dated: Pick<RawQuote, 'date' | 'dateVia'>): boolean {
  return dated.date === null && dated.dateVia !== undefined && UNTOLD_BLANKS.has(dated.dateVia);
}

/**
 * When a statement was made: a date in its own attribution; else the date the text points back to ("Khi đó"),
 * the date of the statement it continues, a date earlier in its paragraph, the date last seen with its speaker,
 * the publication date; in an undated article, the day of the story's latest dated happening.
 */
export function dateStatement(st: Statement, dates: DateMention[], c: DateContext): Pick<RawQuote, 'date' | 'dateSource' | 'dateVia'> {
  // "Ông X nhắc lại lời ông từng phát biểu hồi tháng 4/2024: “…”": the quotation was said then (recalledWords.ts).
  const quoteAt = c.sentence.indexOf(st.text);
  const recalled = st.kind === 'indirect' ? null : recalledDate(c.sentence, quoteAt, dates, c.published);
  if (recalled) return { date: recalled, dateSource: 'sentence', dateVia: 'recalled' };
  // After the quotation, a bare year is background ("… kể từ năm 2014"), not the occasion. Nothing is said after
  // the page that reports it was published: such a date is a plan or a forecast.
  // After the quotation, a date in a clause about the topic ("khi được hỏi về chuyến thăm hồi tháng trước",
  // "kể từ khi nhậm chức") belongs to that topic.
  const trailing = (d: DateMention) => st.attributionStart !== null && d.start >= st.attributionStart &&
    !/^\d{4}$/.test(d.date ?? '') && !ABOUT.test(c.sentence.slice(st.attributionStart, d.start));
  const inAttribution = (d: DateMention) => !isOtherDate(c.sentence, d, st.attributionFrom) && d.start >= (st.attributionFrom ?? 0) &&
    (d.start < st.attributionEnd || trailing(d) || isVerbAdverbial(c.sentence, st.attributionEnd, d) || isToldOnDay(c.sentence, st.attributionEnd, d));
  const candidates = dates.filter((d) => d.date && inAttribution(d) && !isAfterPublication(d.date, c.published) &&
    (!isTopicYear(c.sentence, d, st.attributionFrom ?? 0) || isSpokenYear(c.sentence, st.attributionEnd, d)));
  // "Phát biểu hồi tháng 3, …" in a page without a year: the statement has its own date, which cannot be known.
  if (!candidates.length && dates.some((d) => d.date === null && inAttribution(d))) {
    return { date: null, dateSource: null, dateVia: 'blank:yearless-own' };
  }
  // "Trước đó, ông X cho biết …", "X gần đây tuyên bố …", "ông từng nói": said before the story's day, when is not told.
  const attribution = c.sentence.slice(0, st.attributionEnd) + (st.attributionStart !== null ? ` ${c.sentence.slice(st.attributionStart)}` : '');
  if (!candidates.length && (EARLIER.test(attribution) || RECOUNTED.test(attribution))) return { date: null, dateSource: null, dateVia: 'blank:earlier' };
  if (!candidates.length && SAID_ONCE.test(attribution)) return { date: null, dateSource: null, dateVia: 'blank:said-once' };
  // Of several, the date of the occasion ("Tại cuộc họp báo hôm 2/7, bà dẫn lại vụ việc hôm 30/6, cho rằng …").
  const own = candidates.find((d) => OCCASION_BEFORE.test(c.sentence.slice(Math.max(0, d.start - 40), d.start))) ?? candidates[0];
  if (own) return { date: own.date, dateSource: 'sentence', dateVia: 'sentence' };
  // What a suspect told the police ("Tại cơ quan công an, X khai nhận …") was said during the inquiry, on a day the
  // report does not tell: only a date of its own paragraph dates it, not the lede's occasion nor the page's day.
  const testimony = (TESTIMONY.test(attribution) || TESTIFIED.test(attribution)) && !AT_TRIAL.test(c.sentence);
  if (testimony) {
    const told = (c.backRef ? c.lastDate : null) ?? c.inherited ?? c.paraDate;
    return told ? { date: told, dateSource: 'context', dateVia: 'testimony' } : { date: null, dateSource: null, dateVia: 'blank:testimony' };
  }
  // "Nhắc lại câu nói đó, ông thừa nhận …", "… cười khi được nhắc lại câu nói cũ: “…”": the saying reported before is
  // brought back, and these are new words on it, said at the story's occasion — not when the old saying was, which
  // the paragraph, the speaker's last date or the sentence before carry.
  const reacting = RECALLED_SAYING.test(attribution) || (quoteAt > 0 && RECALLED_SAYING.test(c.sentence.slice(0, quoteAt)));
  // The story's latest dated happening stands in for the publication date only when there is none.
  const chain: [string, IsoDate][] = [
    ['backref', c.backRef ? c.lastDate : null], ['occasion-named', c.occasionNamed ?? null], ['inherited', c.inherited],
    ['paragraph', c.paraDate], ['remembered', c.remembered], ['lead', c.leadDate], ['story', c.published ? null : c.storyDate],
  ];
  const context = chain.find(([via, d]) => d && !(reacting && EARLIER_OCCASIONS.has(via)));
  if (context) return { date: context[1], dateSource: 'context', dateVia: context[0] };
  if (c.published && c.stampTrusted) return { date: c.published, dateSource: 'published', dateVia: 'published' };
  return { date: null, dateSource: null, dateVia: c.published ? 'blank:stamp-untrusted' : 'blank:no-stamp' };
}

/**
 * A year counted from now inside the clause ("Nhắc lại câu chuyện sốt đất cách đây 5 năm, Bộ trưởng cho biết", "Bà dự
 * báo kim ngạch năm nay có thể vượt …"): the period the words are about, not when they were said. Opening the sentence
 * ("Năm ngoái, ông X nói …") it is the time of speaking.
 */
function isTopicYear(sentence: string, d: DateMention, from: number): boolean {
  return d.relative && /^\d{4}$/.test(d.date ?? '') && /\p{L}/u.test(sentence.slice(from, d.start));
}

// After an English year of speaking, what opens the reported words: "that", a quotation, a colon, a comma, a subject
// ("said last year the plant would close"); not a verb, where the year is itself the subject ("said last year was hard").
const SAID_JUST_BEFORE = /(?:^|\s)(?:had\s+)?(?:said|told|added|announced|stated|warned|wrote|noted|stressed)(?:\s+(?:reporters|journalists|the\s+press|parliament|lawmakers))?\s+(?:earlier\s+)?$/u;
const AFTER_SPOKEN_YEAR = /^(?:\s*[,:“"]|\s*$|\s+(?:that|he|she|they|we|I|it|there|the|a|an|his|her|its|their|this|these|those)(?=\s))/u;

/**
 * "X said last year that …", "Y said earlier this year: “…”": a year counted from the stamp, right after the English
 * reporting verb, is when the words were said — not the period they are about, as a year inside the clause is.
 */
function isSpokenYear(sentence: string, attributionEnd: number, d: DateMention): boolean {
  if (!ENGLISH_DATE.test(d.raw) || !AFTER_SPOKEN_YEAR.test(sentence.slice(d.end))) return false;
  // Inside the attribution ("X told reporters last year: “…”") right after the verb, or just after it.
  return SAID_JUST_BEFORE.test(sentence.slice(Math.max(0, d.start - 80), d.start)) || isVerbAdverbial(sentence, attributionEnd, d);
}

// A suspect's or witness's account to the police: "khai nhận", "khai báo", "tại cơ quan công an/điều tra".
// Bare "khai" testifies only before what was said ("khai, …", "khai rằng"), never in "khai mạc", "khai thác".
const TESTIMONY = /(?:^|[\s,])(?:khai nhận|khai báo|tại cơ quan (?:công an|điều tra|CSĐT)|với cơ quan (?:công an|điều tra)|với công an)(?=[\s,.:;]|$)/iu;
// The bare verb in lower case only: "Khai," is a name (Khải written without its marks in English copy), not "khai,".
const TESTIFIED = /(?:^|[\s,])khai(?=\s*(?:[,:]|rằng\s))/u;
// Words told in court are dated by the hearing, which the report names.
const AT_TRIAL = /(?:^|[\s,])(?:tòa|toà|phiên|HĐXX|xét xử)(?=[\s,.:;]|$)/iu;
