/**
 * Events that have not happened when the page was written. A schedule the page itself reports ("HĐXX sẽ tuyên án vào
 * chiều 17.11", "dự kiến khởi công ngày 3/9") is a dated happening a reader looks for on the timeline, and stays. Two
 * kinds do not:
 * - a forecast dated after the page: what the weather, a market or a figure may do ("Đối với năm 2026, UOB giữ nguyên
 *   dự báo tăng trưởng …", "khả năng xuất hiện mưa to từ ngày 25/8", "is expected to be freed later on Wednesday");
 * - what someone says will be, dated no earlier than the page ("The new breakwater will be finished in May, he said",
 *   "ông X cho biết cảng sẽ hoàn thành vào tháng 5/2025"): a promise or a plan told in a statement, which is the
 *   statement's words, not a happening.
 */
import type { IsoDate } from '../core/types.js';
import { isAfterPublication } from './dating.js';
import type { RawEvent } from './events.js';
import { REPORTING_VERBS } from './lexicon.js';

// Words of a forecast or a likelihood, anywhere in the sentence (in quoted words too: a speaker's forecast).
// "có thể" is left out: it says what one can do ("Từ ngày 26-4, du khách có thể trải nghiệm …") as often as what may be.
const FORECAST = /(?:^|[\s,(“"])(?:dự báo|khả năng|nhiều khả năng|forecasts?|forecasted|projected|expected to|likely to)(?=[\s,.;:”")]|$)/iu;
// What will be, in the event's own clause.
const WILL = /(?:^|[\s,“"])(?:sẽ|will|would|shall)(?=\s)/iu;
const REPORTED = new RegExp(
  `(?:^|[\\s,“"”])(?:${[...REPORTING_VERBS, 'said', 'says', 'told', 'stated', 'announced', 'added', 'noted']
    .sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|')})(?=[\\s,.:;]|$)`,
  'iu',
);

/** Whether an event of a page published on `published` (a trusted stamp) has not happened by then. */
function isUnhappened(e: RawEvent, published: IsoDate): boolean {
  if (isAfterPublication(e.date, published) && FORECAST.test(e.excerpt)) return true;
  // Not known to lie before the page ("later this year" on a June page is this year, yet to come).
  const notBefore = published !== null && e.date !== null && !isAfterPublication(published, e.date);
  // The narration's "will" before any quotation, not one in quoted words ("“Tôi sẽ là người trình diễn …”" tells no
  // plan of the event; nested marks are too often unpaired to pair them).
  return notBefore && WILL.test(e.text.split(/[“"]/u)[0]!) && REPORTED.test(e.excerpt);
}

/** The events of a page with a trusted stamp, less those that had not happened when it was written. */
export function withoutUnhappened(events: RawEvent[], published: IsoDate): RawEvent[] {
  return published ? events.filter((e) => !isUnhappened(e, published)) : events;
}
