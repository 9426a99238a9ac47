/**
 * Two more forms of a happening told without a date of its own whose day a reader still knows (see undatedEvent in
 * events.ts): the page's opening sentence reporting its news ("Đội tuyển X giành chiến thắng 4-1 trước Y …"), and a
 * sentence opening on a bare clock time ("Đến 14h40, tâm bão đổ bộ …"), the form of a live report written through
 * one day.
 */
import { tokenize } from '../core/text.js';

// Happenings that a news page opens on when they are its news: results, arrests and verdicts, acts of office,
// ceremonies, disasters, deaths. Narrower than the event cues: a lede "Giá vàng tăng mạnh …" or "Ông X cho biết …"
// tells a trend or a statement, not a happening of the day.
const HAPPENED = [
  'giành chiến thắng', 'chiến thắng', 'đánh bại', 'vô địch', 'đoạt', 'giành', 'thắng', 'bắt giữ', 'bắt khẩn cấp',
  'khởi tố', 'tạm giữ', 'tuyên án', 'tuyên phạt', 'ký kết', 'công bố', 'ban hành', 'thông qua', 'phê duyệt', 'khai mạc',
  'bế mạc', 'khánh thành', 'khởi công', 'đổ bộ', 'qua đời', 'tử vong', 'thiệt mạng', 'xảy ra', 'bổ nhiệm', 'bầu',
  'đắc cử', 'từ chức', 'ra mắt', 'công nhận', 'vinh danh', 'khởi đầu', 'hội đàm', 'điện đàm',
].map((c) => tokenize(c));

// A clause of time ("…, khi đang nghe HĐXX tuyên án, …") sets the scene of the main clause: its happening is not the news.
const TIME_CLAUSE = /(?:^|[\s,])(?:khi|lúc|trong khi|sau khi|trước khi)\s[^,.;]*/giu;

// "Cùng ngày, …", "Sau đó, …": a sentence pointing back to a day told before it is not the page's opening news.
const POINTS_BACK = /(?:^|[\s,])(?:cùng ngày|cùng lúc|khi đó|lúc đó|hôm đó|sau đó|tiếp đó)(?=[\s,.;:]|$)/iu;

/**
 * Whether a sentence (its quotations masked) tells a happening by one of the words above, outside a clause of time,
 * and points back to no day told before it.
 */
export function tellsHappening(masked: string): boolean {
  if (POINTS_BACK.test(masked)) return false;
  // Not folded: "thắng" (won) is not "tháng" (month).
  const toks = tokenize(masked.replace(TIME_CLAUSE, ' ').toLowerCase());
  return toks.some((_, i) => HAPPENED.some((cue) => cue.every((w, k) => toks[i + k] === w)));
}

// "14h50:", "Đến 14h40,", "Hồi 14h15,", "Lúc 9 giờ 30 phút sáng,", "Khoảng 10h,": a clock time with no day before
// the clause it opens.
const CLOCK_OPENING = /^\s*(?:(?:đến|tới|hồi|lúc|vào lúc|vào khoảng|khoảng)\s+)?\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?\s*[,:]\s/iu;

/** Whether a sentence opens on a bare clock time and a comma or colon. */
export function opensOnClock(text: string): boolean {
  return CLOCK_OPENING.test(text);
}
