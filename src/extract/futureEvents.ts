/**
 * Events that have not happened when the page was written. A schedule or a plan the page reports ("HĐXX sẽ tuyên án
 * vào chiều 17.11", "dự kiến khởi công ngày 3/9", "X tuyên bố sẽ áp thuế từ ngày 1/11") is a dated happening a reader
 * looks for on the timeline, and stays. A forecast dated after the page does not: what the weather, a market or a
 * figure may do ("Đối với năm sau, ngân hàng giữ nguyên dự báo tăng trưởng …", "theo dự báo, từ ngày 25/8 mưa lớn …")
 * has not happened and may never.
 */
import type { IsoDate } from '../core/types.js';
import { isAfterPublication } from './dating.js';
import type { RawEvent } from './events.js';

// Words of a forecast or a likelihood, anywhere in the sentence (in quoted words too: a speaker's forecast).
// "có thể" is left out: it says what one can do ("Từ ngày 3-5, du khách có thể trải nghiệm …") as often as what may be;
// so are "expected to" ("are expected to be at the regional summit in July" names a meeting a reader looks for) and "khả
// năng" ("không có kế hoạch gặp … tại hội nghị thượng đỉnh vào tháng 11, dù trước đó vẫn để ngỏ khả năng này": the summit takes place).
const FORECAST = /(?:^|[\s,(“"])(?:dự báo|forecasts?|forecasted|projected|likely to)(?=[\s,.;:”")]|$)/iu;

/** The events of a page with a trusted stamp, less the forecasts dated after that stamp. */
export function withoutForecasts(events: RawEvent[], published: IsoDate): RawEvent[] {
  return events.filter((e) => !(isAfterPublication(e.date, published) && FORECAST.test(e.excerpt)));
}
