/**
 * Years and months that are the period of a target, not a time something happened: "Năm 2026, tập đoàn đặt mục tiêu
 * doanh thu 20.000 tỷ đồng", "Cả năm 2020, toàn ngành phấn đấu tăng trưởng 3%", "mục tiêu tăng khoảng 4% năm 2018",
 * "the government targets 6.7 percent growth in 2018". Figures reports and plans write them beside their results;
 * shown as events they would put the target's year on the timeline as if it had been reached. A day ("Ngày 5/3, Bộ
 * đặt mục tiêu …") is when the target was set, a happening, and stays.
 */
import type { DateMention } from '../core/dates.js';

// "chỉ tiêu thụ" is "only sold", no target. "kế hoạch" is a target only as one set or of a figure ("đặt kế hoạch", "kế hoạch doanh thu"): "không có kế hoạch gặp …
// tại hội nghị G20 vào tháng 11" names a meeting that takes place. Lower case only: "Bộ Kế hoạch và Đầu tư" is a ministry.
const TARGET = /(?:^|[\s,(“"])(?:mục tiêu|phấn đấu|chỉ tiêu(?!\s+thụ)|đặt kế hoạch|kế hoạch (?:doanh thu|lợi nhuận|kinh doanh|tăng trưởng|sản xuất)|targets?|targeted|goal|aims? to)(?=[\s,.;:”"]|$)/u;
const PERIOD = /^\d{4}(?:-\d{2})?$/;

/** Whether a date of year or month precision names the period of a target told in its clause (`clause`). */
export function isTargetPeriod(clause: string, d: Pick<DateMention, 'date'>): boolean {
  return d.date !== null && PERIOD.test(d.date) && TARGET.test(clause);
}

// "will be released on July 16", "is expected to start on March 1": a release or a start still to come. (A planned
// meeting or summit, "are expected to attend the ASEAN summit in May", is a dated happening a reader looks for, and stays.)
const ENGLISH_PLAN = /(?:^|\s)(?:will|shall|to)\s+(?:be\s+)?(?:released|published|issued|started|unveiled|release|publish|issue|start|begin|unveil)(?![\p{L}])/iu;

/** Whether a clause of English copy tells a release or a start still to come rather than one that took place. */
export function isEnglishPlan(clause: string): boolean {
  return ENGLISH_PLAN.test(clause);
}
