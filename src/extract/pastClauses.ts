/**
 * A dated clause that tells a happening by its tense rather than by a cue word: "đã" before the verb ("bệnh nhân đã
 * được xuất viện hôm 2/11", "Chi cục hôm qua đã lấy 6 mẫu nước giếng"). Vietnamese marks the past with "đã"; a clause that
 * holds it and a date of its own tells what happened then, whatever the verb (the cue lists of events.ts cannot name
 * every verb of news). A plan, a condition or a wish in the clause ("sẽ", "dự kiến", "nếu", "cần") makes it no happening.
 */
import type { DateMention } from '../core/dates.js';

// "đã" as the past marker: before a word, not in "đã qua" (a time phrase) nor as the adjective "đã đời".
const PAST = /(?:^|[\s,(])đã\s+(?!qua(?![\p{L}\p{M}])|đời(?![\p{L}\p{M}]))\p{L}/iu;
// Words that make the clause a plan, a condition, a wish or a question rather than what took place.
const NOT_HAPPENED = /(?:^|[\s,(])(?:sẽ|dự kiến|kế hoạch|sắp|nếu|giá như|cần|phải|nên|mong|muốn|hy vọng|kỳ vọng|chưa|có thể|liệu|hay không)(?=[\s,.;:?)]|$)/iu;

/** The clause of `text` holding [start, end): between the clause punctuation around it. */
function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = text.slice(end).search(/[,;:]\s/u);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/**
 * Whether a date of `masked` (the sentence with its quotations masked) is the time of a happening its own clause tells
 * in the past: "đã" in the clause, outside quotations, and no plan, condition or wish.
 */
export function isPastClauseDate(masked: string, d: Pick<DateMention, 'start' | 'end'>): boolean {
  const clause = clauseOf(masked, d.start, d.end);
  return PAST.test(clause) && !NOT_HAPPENED.test(clause) && !clause.includes('§');
}
