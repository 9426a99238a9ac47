/**
 * Dates that are the base of a comparison: "doanh thu tăng 4,6% so với năm 2024", "CPI tháng 9 tăng 0,59% so với
 * tháng trước", "gấp 3 lần so với cùng kỳ năm 2018", "cases more than doubled compared to the same period in 2021".
 * Figures reports (prices, trade, growth, epidemics) write them in almost every sentence. Such a date names the
 * period the new figure is set against, not when anything happened: a page of 2025 saying "tăng 8% so với năm
 * 2024" reports a 2025 result. It dates neither an event nor the statement that holds it.
 */
import type { DateMention } from '../core/dates.js';

// What may stand between "so với" and the period it names: the same point of that period ("cùng kỳ", "cùng thời
// điểm"), the figure it had ("so với 7,09% trong năm 2024", "so với mức 120 triệu đồng hồi tháng 3").
const FILLER = String.raw`(?:cùng\s+(?:kỳ|thời\s+điểm|thời\s+gian|thời\s+kỳ|tháng|quý)|thời\s+điểm|mức|con\s+số|giá|[\d.,]+\s*%?|%|triệu|tỷ|nghìn|ngàn|đồng(?:\/\p{L}+)?|USD|điểm|trong|của|vào|hồi)`;
const VIETNAMESE_BASE = new RegExp(String.raw`(?:^|[\s,(])so(?:\s+với|(?=\s+cùng\s+kỳ))\s+(?:${FILLER}\s+)*$`, 'iu');
// "compared with last year", "compared to the same period in 2021", "up 20% over the same period in 2024", "up 5% from a year earlier" is left out: "from"
// also opens a span ("from May 31 to June 2").
const ENGLISH_BASE = /(?:^|[\s,(])(?:compared\s+(?:with|to)|versus|than|over(?=\s+the\s+same\s))\s+(?:(?:the\s+same\s+(?:period|time|month|quarter)|the\s+level|that|those)\s+)?(?:(?:in|of|during)\s+)?$/iu;

/** Whether a date of `sentence` names the period a figure is compared with, not a time something happened. */
export function isComparisonBase(sentence: string, d: Pick<DateMention, 'start'>): boolean {
  const before = sentence.slice(Math.max(0, d.start - 80), d.start);
  return VIETNAMESE_BASE.test(before) || ENGLISH_BASE.test(before);
}
