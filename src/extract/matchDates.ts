/**
 * Words said after a match ("Chia sẻ sau trận đấu, HLV X nói: …", "Sau trận, phóng viên có cuộc trao đổi với HLV X"
 * then the interview's answers) were said on the match's day. Matches are played in the evening and reported the
 * next morning, so the page's stamp is often the day after: the match's own day when the report names it ("đánh bại
 * Yemen tối 16/1", "tối thứ Bảy vừa qua"), else no day at all when the stamp is of the next morning.
 */
import type { IsoDate } from '../core/types.js';
import type { RawQuote } from './reading.js';
import { daysBefore } from './dating.js';

// "sau trận", "sau trận đấu", "sau khi kết thúc trận đấu", "after the match"; not "sau trận mưa lớn", "sau trận lũ".
const AFTER_MATCH = /(?:^|[\s,(])sau\s+(?:khi\s+)?(?:kết thúc\s+)?trận(?:\s+đấu)?(?!\s+(?:mưa|lũ|bão|lốc|động đất|cháy|hỏa hoạn|hoả hoạn|dịch|sạt|ngập|chiến|đánh))(?=[\s,.;:)]|$)|(?:^|\s)after\s+the\s+(?:match|game)(?=[\s,.;:)]|$)/iu;
// A sentence telling a match: its day is the match's ("Trong trận đấu muộn diễn ra tối 18/1", "thua 4-3 … tối thứ Bảy").
const MATCH = /(?:^|[\s,(])(?:trận|thi đấu|đánh bại|thắng|thua|hòa|hoà|thất bại|tỷ số|tỉ số|lượt (?:đi|về|cuối)|match|game|beat|defeated|drew|victory|win|won|lost|defeat)(?=[\s,.;:)]|$)|(?:^|\s)\d{1,2}\s*-\s*\d{1,2}(?=\s+(?:trước|với|tại|ở)\s)/iu;
// An interview the report had after the match: "phóng viên có cuộc trao đổi với HLV X", "trả lời phỏng vấn".
const INTERVIEW = /(?:^|[\s,(])(?:trao đổi|phỏng vấn|họp báo|chia sẻ|trả lời)(?=[\s,.;:)]|$)/iu;

/** Whether a statement's attribution says the words were said after a match. */
export function saidAfterMatch(attribution: string): boolean {
  return AFTER_MATCH.test(attribution);
}

// A result with its score ("Thua ngược 2-3 …", "đánh bại Yemen 3-1", "cầm hòa 0-0", "beat X 2-1"): a match report, not
// an election won or a lawsuit lost. Lower case only: "Phú Lâm Xanh 2-1" is no result.
const RESULT = /(?:^|[\s,(])(?:thắng|thua|hòa|hoà|đánh bại|vượt qua|tỷ số|tỉ số|beat|defeated|won|lost|drew)(?:\s+(?:ngược|đậm|sát nút|cách biệt|trước|với)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})?\s+\d{1,2}\s*-\s*\d{1,2}(?![\d/.-])/u;

/** Whether a sentence tells a match's result with its score, the mark of a match report. */
export function tellsResult(sentence: string): boolean {
  return RESULT.test(sentence.charAt(0).toLowerCase() + sentence.slice(1));
}

/** Whether a sentence tells a match, so that its day is the match's day. */
export function tellsMatch(sentence: string): boolean {
  return MATCH.test(sentence);
}

/** Whether a sentence reporting no words announces an interview held after a match, whose answers follow. */
export function announcesMatchInterview(sentence: string): boolean {
  return AFTER_MATCH.test(sentence) && INTERVIEW.test(sentence);
}

// Before noon, a page reports the evening before: a match is played in the afternoon or evening.
const MORNING_STAMP = /T(?:0\d|1[01]):\d{2}/;

/**
 * The date of words said after a match: the match's day when the report names it; else, under a stamp of the
 * morning ("09/08/2023 05:38"), none (the match was the evening before); else the date they were given.
 * `stamp` is the page's publication date as found, with its time when it has one.
 */
export function afterMatchDate(matchDay: IsoDate, stamp: IsoDate, dated: Pick<RawQuote, 'date' | 'dateSource' | 'dateVia'>): Pick<RawQuote, 'date' | 'dateSource' | 'dateVia'> {
  if (matchDay) return { date: matchDay, dateSource: 'context', dateVia: 'match-day' };
  return stamp && MORNING_STAMP.test(stamp) && dated.dateSource === 'published' ? { date: null, dateSource: null, dateVia: 'blank:morning-stamp' } : dated;
}

/**
 * Words a match report gives without a day of its own ("Người ghi hai bàn … không giấu nỗi buồn khi ra về. “…”, X chia
 * sẻ"), on a page stamped the morning after the match it tells: they were said at the match, the evening before, not
 * on the stamp's day. A stamp without its time counts as a morning one (the usual hour of a match report). Only words
 * that fell back to the stamp move; a page stamped in the afternoon of the next day, or days on, is left as it was
 * (the words may then be of a training session or a press conference since).
 */
export function matchPageDate(matchDay: IsoDate, stamp: IsoDate, dated: Pick<RawQuote, 'date' | 'dateSource' | 'dateVia'>): Pick<RawQuote, 'date' | 'dateSource' | 'dateVia'> {
  if (!matchDay || !stamp || dated.dateSource !== 'published' || (/T\d/.test(stamp) && !MORNING_STAMP.test(stamp))) return dated;
  return daysBefore(matchDay, stamp.slice(0, 10)) === 1 ? { date: matchDay, dateSource: 'context', dateVia: 'match-page' } : dated;
}
