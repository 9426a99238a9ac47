/**
 * A report often gives a speaker's point first and dates the sitting only with the quotation that follows it:
 * "Ông X khẳng định bệnh viện được tự định giá … . “Bộ không cấm …”, ông X nói với phóng viên chiều 9/5." The point
 * and the quotation were said at one sitting, so the point takes the quotation's day rather than the page's stamp
 * or the lede's occasion.
 */
import type { IsoDate } from '../core/types.js';
import { daysBefore } from './dating.js';
import type { RawQuote } from './reading.js';
import { DAY, STEP_BACK, isLongBefore } from './statementDates.js';

// The same sitting is told in the same paragraph or the next one.
const NEAR_PARAGRAPHS = 1;

// A day told in the attribution after a quotation: "…”, ông X nói với Lao Động chiều 6/3.", "…”, ông Y nói hôm qua.".
// A day before the quotation ("Lý giải về quyết định ở trận đấu hôm nay, HLV X cho biết: …") may be of the topic.
const DAY_AFTER_QUOTE = /[”"»][^”"»“]*(?:\d{1,2}\s*[/.-]\s*\d{1,2}|(?:hôm|sáng|trưa|chiều|tối|đêm)\s+(?:qua|nay|kia)|yesterday|today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))[^”"»“]*$/iu;

/**
 * Gives a statement with no date of its own (the stamp's, the lede's, or none) the day of the same speaker's next
 * statement, when that one follows at once (no other statement between, at most the next paragraph), is dated by
 * its own attribution after the quotation, and that day is of the page's last week. Runs from the end, so a run of points takes the day.
 */
export function redateBySitting(quotes: RawQuote[], paragraphOf: Map<RawQuote, number>, published: IsoDate): void {
  // The statements this pass has dated, which pass their day on to the point before them.
  const sat = new Set<RawQuote>();
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (q.speaker === null || next.speaker !== q.speaker || q.dateSource === 'sentence') continue;
    if (!(next.dateSource === 'sentence' && DAY_AFTER_QUOTE.test(next.excerpt)) && !(next.dateSource === 'context' && sat.has(next))) continue;
    const gap = (paragraphOf.get(next) ?? Infinity) - (paragraphOf.get(q) ?? -Infinity);
    if (gap < 0 || gap > NEAR_PARAGRAPHS || !next.date || !DAY.test(next.date) || STEP_BACK.test(next.excerpt)) continue;
    if (!published || (daysBefore(next.date, published) ?? -1) < 0 || isLongBefore(next.date, published)) continue;
    Object.assign(q, { date: next.date, dateSource: 'context', dateVia: 'sitting' });
    sat.add(q);
  }
}
