/**
 * Quoted words that name a thing rather than report speech: the title of a work or a plan ("bộ phim “…”"), a
 * group's name ("tham gia “Tổ đồng thuận”"), the subject of "là" ("“…” là phim …"), a document's or an offence's name
 * used as a noun in the sentence ("phát hành “Giấy mời tham dự” sai quy định").
 */
import type { QuoteSpan } from './quoteSpans.js';
import { findQuoteSpans, wordCount } from './quoteSpans.js';
import { findReportingVerbs } from './reportingVerbs.js';

// Quoted words right after these are the name of a work, not speech, whatever their length.
// "sách" is a work noun as "phim" is ("ra mắt sách “…”", "bộ sách", "chính sách “…”" a named policy); "gọi vui là" names as "gọi là" does.
const TITLE_BEFORE = /(?:lời mời|lời chào mời|lời hứa hẹn|lời hứa|lời quảng cáo|lời rao|lời dụ dỗ|lời đồn|tin đồn|gọi(?: vui| đùa| nôm na| tắt| thân mật)? là|mệnh danh(?: là)?|biệt danh|tên là|mang tên|có tên|tựa đề|tựa|cuốn sách|cuốn|sách|bộ phim|phim|bài hát|ca khúc|tác phẩm|chương trình|khẩu hiệu|cụm từ|dự án|đề án|phong trào|giải thưởng|cuộc thi|chuyên mục|thương hiệu|nhãn hiệu|ứng dụng|hashtag|vở|tiểu thuyết|album|series|câu chuyện|chủ trương|phương châm|tiêu chí|mô hình|nghị quyết|thông tư|đề tài|chủ đề|tiêu đề|sáng kiến|triết lý|kế hoạch|chiến dịch|kênh|kênh truyền hình|tờ báo|tạp chí|đài truyền hình|nhật báo|trang tin|trang|fanpage|tài khoản|nghi án|vụ án|tội danh|tội|nghi vấn)\s*$/iu;
// Quoted words that open with the head of a group's name are that name ("tham gia “Tổ đồng thuận”", "nhóm “Hội những
// người …”"), when short and not a sentence.
const GROUP_NAME = /^(?:Tổ|Hội|Nhóm|Ban|Câu lạc bộ|CLB|Đội|Quỹ|Liên minh|Mặt trận|Phong trào|Chiến dịch|Dự án|Chương trình|Trang)\s[^.!?:;]*$/u;
const GROUP_NAME_WORDS = 8;
// A work named with a few words of description between its noun and its title ("bộ phim điện ảnh đầu tay “…”").
const WORK_BEFORE = /(?:^|\s)(?:phim|sách|bài hát|ca khúc|tác phẩm|album|vở|tiểu thuyết|chương trình|dự án)(?:\s+[\p{Ll}\p{M}]+){1,4}\s*$/u;
// Quoted words right after the noun of an event, a show, a written work or a charge are its name ("tọa đàm “…”",
// "hội thảo với chủ đề “…”", "MV “…”", "khởi tố … về hành vi “…”"): what such a phrase names is held, shown or
// charged, never said. A word boundary before the noun keeps "lý giải “…”" or "bi kịch" apart from the nouns.
const EVENT_OR_WORK_BEFORE = /(?<![\p{L}\p{M}])(?:tọa đàm|toạ đàm|hội thảo|hội nghị|diễn đàn|triển lãm|hội chợ|lễ hội|liên hoan|festival|sự kiện|hội thi|giải đấu|đêm nhạc|liveshow|minishow|concert|MV|bài thơ|tập thơ|truyện ngắn|truyện|vở kịch|tuyển tập|talkshow|gameshow|podcast|khóa học|danh hiệu|tên gọi|slogan|hành vi|các hành vi|tội phạm)\s*$/iu;
const NAMED_AFTER = /^\s*(?:là|được|thuộc|gồm|của)\s/u;
// Longer than any label or "gọi X là" phrase looked for before a quotation (60 characters and their spaces).
const NEAR_CHARS = 100;

// Mid-sentence, a few quoted words with a capital letter, no stop and no clause of their own ("phát hành “Giấy ủng hộ
// học phí” sai quy định", "2 tội danh “Nhận hối lộ” và …"), which the sentence goes on after, name a document, an
// offence or a title: Vietnamese capitalises only the first word of such names, and quoted speech inside a sentence
// opens in lower case ("gọi đây là “thảm họa”") unless it is a whole statement, which ends the clause.
const NAME_WORDS = 5;
const CAPITALISED_NAME = /^\p{Lu}[^.!?,;:…]*$/u;
// First person, or a word of tense, mood or negation: a clause someone said, not a name.
const SAID_WORDS = /(?:^|[^\p{L}\p{M}])(?:tôi|chúng tôi|chúng ta|chúng em|mình|em|ta|đã|đang|sẽ|không|chưa|là|phải|cần|hãy|đừng|có thể|I|we|you)(?![\p{L}\p{M}])/iu;

/**
 * True when the quoted words of `span` (in the masked sentence, among its quoted `spans`) name something; they are
 * then not a statement.
 */
export function namesAThing(masked: string, span: QuoteSpan, spans: readonly QuoteSpan[] = []): boolean {
  return namingStart(masked, span, spans) >= 0;
}

// Between two items of one list of names: "các tội “Giết người”, “Cướp tài sản” và “…”".
const LIST_JOINER = /^\s*(?:,|và|hoặc|,\s*và)\s*$/u;

/**
 * Where the phrase that names something with the quoted words of `span` starts: the noun before them ("tọa đàm",
 * "về tội"), the first item of a list of names it ends, or the quotation itself; -1 when the quoted words name
 * nothing.
 */
function namingStart(masked: string, span: QuoteSpan, spans: readonly QuoteSpan[] = []): number {
  const prefix = masked.slice(0, span.open);
  // The next items of a list the first of which is a name are names too ("về các tội “A”, “B” và “C”").
  const previous = spans.filter((s) => s.closed && s.close < span.open).at(-1);
  if (previous && LIST_JOINER.test(masked.slice(previous.close + 1, span.open))) {
    const first = namingStart(masked, previous, spans);
    if (first >= 0) return first;
  }
  // The label and title patterns end with `\s*$`: test them on the words just before the quotation.
  const near = prefix.slice(-NEAR_CHARS);
  for (const before of [TITLE_BEFORE, WORK_BEFORE, EVENT_OR_WORK_BEFORE]) {
    const m = before.exec(near);
    if (m) return prefix.length - near.length + m.index;
  }
  // "…: “A”, “B” và “C”": a list of a few capitalised words each, none a clause, is a list of titles or names.
  if (opensNameList(masked, span, spans)) return span.open;
  const words = wordCount(span.text);
  if (words <= GROUP_NAME_WORDS && GROUP_NAME.test(span.text)) return span.open;
  const after = span.closed ? masked.slice(span.close + 1) : '';
  // "“…” là phim …": quoted words that are the subject of "là"/"được" name something; they are not said.
  if (prefix.trim() === '' && span.closed && NAMED_AFTER.test(after)) return span.open;
  const named = words <= NAME_WORDS && prefix.trim() !== '' && !/:\s*$/u.test(prefix) && span.closed && CAPITALISED_NAME.test(span.text) &&
    !SAID_WORDS.test(span.text) && /^\s*[\p{Ll}]/u.test(after) && !/^\s*(?:rằng|là)\s/u.test(after);
  return named ? span.open : -1;
}

// What is left hanging when a named thing is cut off the end of a reported clause: a comma, a preposition, the
// purpose that governed the name ("… bắt tạm giam X để điều tra về tội “…”").
const DANGLING_END = /(?:[\s,;:–—-]|(?<![\p{L}\p{M}])(?:để|điều tra|xử lý|truy tố|xét xử|về|với|của|cho|theo|trong|tại|là|và|các|những))+$/u;
const CLAUSE_MIN_WORDS = 4;
const OFFENCE = /(?<![\p{L}\p{M}])(?:tội|tội danh|hành vi|vụ án)(?![\p{L}\p{M}])/iu;

/** Quoted words that could be a title: a few words, the first capitalised, no stop, nothing said in them. */
function titleLike(span: QuoteSpan): boolean {
  return span.closed && wordCount(span.text) <= LIST_NAME_WORDS && CAPITALISED_NAME.test(span.text) && !SAID_WORDS.test(span.text);
}
const LIST_NAME_WORDS = 7;

/** Whether `span` and the quotation right after it, joined by a comma or "và", are both title-like. */
function opensNameList(masked: string, span: QuoteSpan, spans: readonly QuoteSpan[]): boolean {
  const next = spans.find((s) => s.open > span.close);
  if (!next || !titleLike(span) || !titleLike(next) || !LIST_JOINER.test(masked.slice(span.close + 1, next.open))) return false;
  // "Khán giả bình luận: “…”, “…”": after a reporting verb and its colon, the items are what was said.
  const head = masked.slice(Math.max(0, span.open - NEAR_CHARS), span.open).replace(/\s*:\s*$/u, '');
  return !findReportingVerbs(head).some((v) => v.end >= head.length - 1);
}

/**
 * The words of an indirect statement without the quoted name of a thing in them (an event, a work, an offence): a
 * name that opens the clause is its subject and the words said about it follow ("tọa đàm “…” có ý nghĩa thiết thực"
 * → "có ý nghĩa thiết thực"), and an offence's name ends them ("khởi tố 3 bị can về hành vi “…” qua mạng" → "khởi tố
 * 3 bị can"). The name is the title's or the law's, not the speaker's, and shown inside a statement it reads as their
 * words. Left whole otherwise, or when too little would be left.
 */
export function withoutNamedThings(clause: string): string {
  const spans = findQuoteSpans(clause);
  for (const span of spans) {
    const at = namingStart(clause, span, spans);
    if (at < 0) continue;
    const before = clause.slice(0, at).replace(DANGLING_END, '').trim();
    const after = clause.slice(span.closed ? span.close + 1 : clause.length).replace(/^[\s,.;:–—-]+/u, '').trim();
    // Cut off the end only for an offence: another name there is the object of the speaker's own verb ("dẫn đến
    // “Nhóm …” thất bại", "xứng đáng với danh hiệu “…”"), which would leave the words hanging.
    const charge = OFFENCE.test(clause.slice(at, span.open));
    const kept = charge && wordCount(before) >= CLAUSE_MIN_WORDS ? before : wordCount(before) <= 2 && wordCount(after) >= CLAUSE_MIN_WORDS ? after : null;
    return kept === null ? clause : withoutNamedThings(kept);
  }
  return clause;
}
