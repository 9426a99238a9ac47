/**
 * Words recalled from an earlier occasion: "Ông X nhắc lại lời ông từng phát biểu khi nhận nhiệm vụ vào tháng 4/2024:
 * “…”", "nhắc lại thông điệp mà chính ông đưa ra hồi tháng 3 năm ngoái: “…”", "Bà kể năm 2020 lũ cũng về, khi đó bà
 * đã dặn con cháu: “…”". The quotation was said at the date the recalling names, not on the day of the report, nor
 * at the occasion where it was recalled.
 */
import type { DateMention } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';
import { isAfterPublication } from './dating.js';

// Verbs that bring back something said or lived before: "nhắc lại", "nhớ lại", "kể lại", "kể" — not "kể từ" (since),
// "kể cả" (including), "đáng kể" (notable), "chưa kể" / "không kể" (not counting).
const RECALL = /(?<![\p{L}\p{M}])(?<!(?:đáng|chưa|không)\s+)(?:nhắc lại|nhớ lại|kể lại|kể)(?![\p{L}\p{M}])(?!\s+(?:từ|cả)(?![\p{L}\p{M}]))/giu;
// What makes the quotation itself words of then: before the date, a word of the speaking recalled ("lời ông từng phát
// biểu vào tháng 4/2024", "thông điệp mà ông đưa ra hồi tháng 3"), in lower case ("Tuyên bố về …" names a document);
// after it, "khi đó" or a finished act of speaking ("hồi tháng 5, khi …, ông đã khẳng định “…”"). Not a verb of the
// report itself: "nhắc lại rằng năm ngoái hai nước đã kỷ niệm …, và cho rằng “…”" says the words now.
const SPOKEN_BEFORE = /(?<![\p{L}\p{M}])(?:lời|câu nói|thông điệp|phát biểu|tuyên bố|khẳng định|nói|hứa|cam kết|đưa ra)(?![\p{L}\p{M}])/u;
const SPOKEN_AFTER = /(?<![\p{L}\p{M}])(?:khi đó|lúc đó|khi ấy|lúc ấy|đã\s+(?:từng\s+)?(?:nói|khẳng định|tuyên bố|dặn|hứa|cam kết|cảnh báo|phát biểu))(?![\p{L}\p{M}])/iu;
// A date that bounds a span or a term ("đến tháng 3", "từ năm 2019") is not when anything was said.
const SPAN_BEFORE = /(?<![\p{L}\p{M}])(?:đến|tới|từ|kể từ|trước|sau)\s+(?:ngày\s+|tháng\s+|năm\s+)?$/iu;

/**
 * The date a quotation was first said, when the sentence recalls it: a recalling verb, then before the quotation a
 * date of the page's past, and the speaking of then named before that date or told after it. `quoteStart`: where the
 * quotation opens in `sentence`.
 */
export function recalledDate(sentence: string, quoteStart: number, dates: readonly DateMention[], published: IsoDate): IsoDate {
  if (quoteStart <= 0) return null;
  const head = sentence.slice(0, quoteStart);
  let recallEnd = -1;
  for (const m of head.matchAll(RECALL)) recallEnd = m.index + m[0].length;
  if (recallEnd < 0) return null;
  const between = head.slice(recallEnd);
  const date = dates.find((d) => d.date !== null && d.start >= recallEnd && d.end <= quoteStart && !isAfterPublication(d.date, published) &&
    !SPAN_BEFORE.test(sentence.slice(Math.max(0, d.start - 20), d.start)));
  if (!date) return null;
  const spoken = SPOKEN_BEFORE.test(between.slice(0, date.start - recallEnd)) || SPOKEN_AFTER.test(between.slice(date.end - recallEnd));
  return spoken ? date.date : null;
}
