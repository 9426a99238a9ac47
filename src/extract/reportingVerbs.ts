/**
 * Which words of a sentence are reporting verbs ("cho biết", "khẳng định", "said", "told"), and which uses of them
 * report nothing: passive, negated, of purpose, a noun ("niềm hy vọng"), part of a name ("Bùi Viết Hiểu").
 * Works on a sentence whose quoted spans are masked.
 */
import { ENGLISH_PARTICIPLES, GATED_REPORTING_VERBS, REPORTING_VERBS } from './lexicon.js';
import { isNarratedClause, isToldClause } from './narratedClause.js';

export interface VerbHit {
  start: number;
  end: number;
  verb: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VERBS = [...REPORTING_VERBS, ...GATED_REPORTING_VERBS].sort((a, b) => b.length - a.length);
const VERB_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${VERBS.map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'giu');
// "được cho biết" is passive and "Nói về X, …" names a topic: neither introduces the subject's words.
const PASSIVE_BEFORE = /(?:được|bị)\s*$/iu;
const PURPOSE_BEFORE = /(?:^|\s)(?:để|nhằm)\s+$/iu;
// "X không xác nhận …", "Y chưa cho biết …": a verb denied reports nothing its subject said.
export const NEGATED_BEFORE = /(?:^|[^\p{L}\p{M}])(?:(?:không|chưa|chẳng)(?:\s+(?:hề|từng))?|từ chối)\s+$/iu;

// After "hy vọng"/"tự tin": "rằng", or a clause that opens on its own subject (not on "sẽ", "vào", "được" …) and has
// "sẽ"/"có thể" within the same clause.
const HOPE_CLAUSE = /^\s+(?:rằng(?![\p{L}\p{M}])|(?!(?:sẽ|có thể|được|vào|ở|cho|về|của|với|là|và|nhưng|mình|lắm|hơn|khi|nếu|để)(?![\p{L}\p{M}]))[\p{L}\p{M}][^,.;:!?§()–]{0,70}?\s(?:sẽ|có thể)(?![\p{L}\p{M}]))/iu;
// "niềm hy vọng", "đặt hy vọng", "tỏ ra tự tin": the word is a noun or a manner, not a report.
// "thông tin rằng", "đưa tin rằng", "lòng tin tưởng": "tin" is news or trust there, not a belief stated.
const HOPE_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:niềm|tia|nhiều|đầy|hết|mất|nuôi|đặt|trao|gửi|mang|một|những|các|sự|tỏ ra|rất|khá|thiếu|lòng|thông|đưa|loan|bản|mẩu|nguồn|có|được|bị)\s+$/iu;

// Words after which "thông tin" is a noun: its determiners, prepositions and the verbs that take it as object.
const INFO_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:theo|các|những|mọi|của|về|có|nhận|cung cấp|nắm|đưa|công bố|chia sẻ|trao đổi|xác minh|tìm|biết|bản|lời|nguồn|một|cổng|trang|kênh|hệ thống|công nghệ|bảng|phương tiện|thêm|với|cho|từ)\s+$/iu;

// Words after which "dự báo" is a noun (a forecast), and nouns it names rather than a forecast it states.
const FORECAST_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:theo|các|những|mọi|của|về|có|mức|mô hình|phần mềm|hệ thống|bản tin|bản|số liệu|kết quả|công tác|trung tâm|đài|cơ quan|phòng|khác với|với|như|đúng|giữ nguyên|nâng|hạ|tăng|giảm|điều chỉnh|đưa ra|công bố|trong|nhiều|vượt|thấp hơn|cao hơn)\s+$/iu;
const FORECAST_NOUN_AFTER = /^\s+(?:thời tiết|khí tượng|thủy văn|thuỷ văn|viên|tồn kho|trước đó|ban đầu|này|đó|của|cho thấy|mới nhất|trước|nói trên)(?![\p{L}\p{M}])/iu;

// Words around an English verb: no Vietnamese letter within them.
const ENGLISH_AROUND = /^[\x20-\x7E’‘“”§]*$/u;

const NAME_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}]*\s+$/u;

const REQUESTED_SPEECH = /^\s+(?:cho biết|bình luận|làm rõ|giải thích|phát biểu)(?![\p{L}\p{M}])/iu;

// What a plea asks of a court or an authority, or to be granted: "xin HĐXX …", "xin tòa …", "xin được …", "xin cho …",
// "xin giảm án", "xin khoan hồng", "xin cơ hội …", "xin nhận mức án …".
const PLEADED = /^\s+(?:HĐXX|Hội đồng xét xử|(?:quý\s+)?tòa|toà|chủ tọa|chủ toạ|được|cho|giảm|khoan hồng|khoan dung|hưởng|cơ hội|nhận mức|nhận tội|tha thứ|lượng thứ)(?![\p{L}\p{M}])/iu;
// "đơn xin …", "lời xin …", "việc xin …": the plea named as a thing.
const PLEA_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:đơn|lời|việc|thủ tục|hồ sơ|trước khi|sau khi|để)\s+$/iu;

// "A commune official was quoted by a local newspaper as saying: …": the outlet between the verb's words.
const QUOTED_BY_AS_SAYING = /(?<![\p{L}\p{M}])(?:was|were|is|has been)\s+quoted\s+by\s+[\x20-\x7E’]{2,60}?\s+as\s+saying(?![\p{L}\p{M}])/gu;

// What is shared when "chia sẻ" posts something rather than tells it: a clip, a photo, a post, a link.
const SHARED_POST = /^\s+(?:(?:một|những|các|loạt|nhiều|hai|ba|vài)\s+)?(?:(?:đoạn|bức|tấm|bộ|loạt)\s+)?(?:clip|video|hình ảnh|ảnh|bài viết|bài đăng|status|trạng thái|đường link|link|đoạn phim|khoảnh khắc|story)(?![\p{L}\p{M}])/iu;

// A clause with its own subject (one to five words, not a preposition or a determiner) and a tense or modal word.
const OWN_CLAUSE = /^\s*(?!(?:về|với|cho|những|các|một|này|đó|ra|trên|tại|trong|qua|lại|nhiều|sự)(?![\p{L}\p{M}]))[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.-]*(?:\s+[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.-]*){0,4}?\s+(?:đã|đang|sẽ|vừa|mới|chưa|không thể|có thể|bị|được)(?![\p{L}\p{M}])/u;

// Verbs already found, by the text searched: a sentence is searched by a dozen readers (attribution, statements,
// continuation, groups …), most of them over the same masked text.
const FOUND = new Map<string, readonly VerbHit[]>();
const FOUND_MAX = 5_000;

/** Reporting verbs of a masked sentence, left to right (a new array of new hits on each call). */
export function findReportingVerbs(masked: string): VerbHit[] {
  let hits = FOUND.get(masked);
  if (!hits) {
    if (FOUND.size >= FOUND_MAX) FOUND.clear();
    FOUND.set(masked, (hits = scanReportingVerbs(masked)));
  }
  return hits.map((h) => ({ ...h }));
}

function scanReportingVerbs(masked: string): VerbHit[] {
  const out: VerbHit[] = [];
  if (masked.includes('quoted by')) {
    for (const m of masked.matchAll(QUOTED_BY_AS_SAYING)) out.push({ start: m.index, end: m.index + m[0].length, verb: 'was quoted as saying' });
  }
  for (const m of masked.matchAll(VERB_RE)) {
    // A short window before the verb: the pattern ends with `\s*$`, which over the whole sentence is quadratic.
    const before = masked.slice(Math.max(0, m.index - 24), m.index);
    if (PASSIVE_BEFORE.test(before) || NEGATED_BEFORE.test(before)) continue;
    // "Pham Gia Khai, a member of …": a capitalised syllable after a capitalised word ends a name, it is no verb.
    if (/^\p{Lu}/u.test(m[0]) && NAME_WORD_BEFORE.test(before)) continue;
    // "khai" testifies only before what was said ("khai, …", "khai rằng", "khai với"), never in "khai mạc", "khai thác".
    // The clause may open on the speaker's own tense or negation, the subject dropped: "tài xế này khai đã ngủ đủ giấc",
    // "bị cáo khai không giết nạn nhân", "khai chỉ được giao …", "khai khi xuống dốc thì …".
    if (/^khai$/iu.test(m[0]) && !/^\s*(?:[,:]|rằng|là|với|tại|trước|(?:đã|đang|vừa|từng|không|chưa|chỉ|khi)(?![\p{L}\p{M}]))/u.test(masked.slice(m.index + 4, m.index + 12))) continue;
    // "… đuổi theo để yêu cầu tài xế bồi thường": a verb of purpose is what the subject set out to do, not a report.
    if (PURPOSE_BEFORE.test(masked.slice(Math.max(0, m.index - 8), m.index))) continue;
    const after = masked.slice(m.index + m[0].length);
    // "né tránh câu hỏi rằng liệu …": what a question asked, not words of the sentence's subject ("đặt câu hỏi: …" is).
    if (/^hỏi$/iu.test(m[0]) && /(?:^|[^\p{L}\p{M}])câu\s+$/iu.test(before) && /^\s+(?:rằng|là|liệu)(?![\p{L}\p{M}])/iu.test(after)) continue;
    if (/^nói$/iu.test(m[0]) && /^\s+(?:về|chung|riêng|cách khác|tóm lại)\b/iu.test(after)) continue;
    // "trả lời câu hỏi phóng viên đề nghị cho biết phản ứng …": a request for a statement, and the statement requested,
    // report nothing yet; the answer's own verb comes later ("…, người phát ngôn X nêu rõ:").
    if (/^(?:đề nghị|yêu cầu)$/iu.test(m[0]) && REQUESTED_SPEECH.test(after)) continue;
    if (/(?:^|[^\p{L}\p{M}])(?:đề nghị|yêu cầu|mời)\s+$/iu.test(before)) continue;
    if (/^xin$/iu.test(m[0]) && (!PLEADED.test(after) || PLEA_NOUN_BEFORE.test(before))) continue;
    // "thông tin" is news or a channel ("cung cấp thông tin, …", "Cổng thông tin, …") except as the verb right before
    // the words: "X thông tin: …", "X thông tin, …", "X thông tin rằng …".
    // "Đại diện sở thông tin tuần trước sở đã họp hai bên": right before a clause of its own, too (narratedClause.ts).
    if (/^thông tin$/iu.test(m[0]) && (!(/^\s*(?:[:,]|rằng(?![\p{L}\p{M}]))/u.test(after) || isNarratedClause(after)) || INFO_NOUN_BEFORE.test(before))) continue;
    // "dự báo" reports a forecast only right after its maker and before the forecast clause ("X dự báo, …", "X dự báo
    // tối nay trời mưa", "X dự báo giá sẽ tăng"): sentence-first, after a comma or after a determiner, a preposition or a verb that
    // takes it as object it is the noun ("Theo dự báo, …", "hạ dự báo tăng trưởng", "được dự báo", "mô hình dự báo").
    if (/^dự báo$/iu.test(m[0]) && (FORECAST_NOUN_BEFORE.test(before) || !/[\p{L}\p{M})]\s+$/u.test(before) || FORECAST_NOUN_AFTER.test(after) ||
      !/^\s*(?:[:,]|rằng(?![\p{L}\p{M}])|[^.;:§]{0,100}?(?<![\p{L}\p{M}])(?:sẽ|có thể|có khả năng|tiếp tục|còn|vẫn|tăng|giảm|đạt)(?![\p{L}\p{M}]))/u.test(after))) continue;
    // "công bố danh sách …" publishes; "công bố (trên mạng xã hội) rằng …" reports.
    if (/^công bố$/iu.test(m[0]) && !/^[^,.;:§]{0,60}?\srằng(?![\p{L}\p{M}])/u.test(after)) continue;
    // "hy vọng"/"tự tin" report a view only before "rằng" or a clause with a subject of its own and "sẽ"/"có thể"
    // ("bà X hy vọng các doanh nghiệp sẽ …"); "hy vọng sẽ thắng", "đặt hy vọng vào …", "niềm hy vọng" are no report.
    if (/^(?:bày tỏ hy vọng|hy vọng|tự tin|tin tưởng)$/iu.test(m[0]) && !HOPE_CLAUSE.test(after)) continue;
    if (/^(?:hy vọng|tự tin|tin tưởng|tin rằng)$/iu.test(m[0]) && HOPE_NOUN_BEFORE.test(before)) continue;
    // "Berg hopes that …", "expressed hope that …"; "hoped for a deal", "expressed hope for peace" give no clause.
    if (/^(?:hopes|hoped|expressed (?:hope|confidence|optimism))$/iu.test(m[0]) && !/^\s+that(?![\p{L}\p{M}])/iu.test(after)) continue;
    // "đáng kể" (considerable), "kể từ" (since), "kể cả" (including) are no "kể" (to tell).
    if (/^kể$/iu.test(m[0]) && (/(?:^|[^\p{L}\p{M}])đáng\s+$/iu.test(before) || /^\s+(?:từ|cả)(?![\p{L}\p{M}])/iu.test(after))) continue;
    // "chia sẻ (một) đoạn clip / hình ảnh / bài viết …" shares a post, it says nothing ("chia sẻ về …", "chia sẻ: …" report).
    if (/^chia sẻ$/iu.test(m[0]) && SHARED_POST.test(after)) continue;
    // "trình bày nhiều tình tiết", "phản ánh thực tế": an object, and the sentence's report may come from a later verb
    // ("luật sư trình bày nhiều tình tiết, xin cho bị cáo …"); they report only before a comma, a colon, "rằng" or a
    // clause with its own subject and tense ("X phản ánh trung tâm chưa về làm việc").
    // "bị cáo trình bày mình hoàn toàn không bàn bạc …", "người lao động phản ánh mức lương gần như không đổi": a told
    // clause's wider shapes (narratedClause.ts) open the words as well.
    if (/^(?:trình bày|phản ánh)$/iu.test(m[0]) && !(/^\s*(?:[:,]|rằng(?![\p{L}\p{M}]))/u.test(after) || OWN_CLAUSE.test(after) || isToldClause(after))) continue;
    // "900 cases have been reported", "the reported attack": a passive or an adjective, no one reporting.
    if (/^reported$/iu.test(m[0]) && /(?:^|[^\p{L}\p{M}])(?:been|was|were|is|are|be|being|the|a|an|its|their|his|her)\s+$/iu.test(before)) continue;
    // "tranh luận" is a debate ("phần tranh luận", "cuộc tranh luận", "tranh luận về …") except right before its words.
    if (/^tranh luận$/iu.test(m[0]) && !/^\s*(?:lại\s+)?(?:rằng(?![\p{L}\p{M}])|:)/u.test(after)) continue;
    // "đáp ứng" (to meet a need) is not "đáp" (to answer).
    if (/^đáp$/iu.test(m[0]) && /^\s+ứng(?![\p{L}\p{M}])/u.test(after)) continue;
    // "Officials say …": "say" reports only among English words; "say rượu", "say sóng" are Vietnamese (drunk, seasick).
    if (/^say$/iu.test(m[0]) && !ENGLISH_AROUND.test(`${masked.slice(Math.max(0, m.index - 30), m.index)}${after.slice(0, 30)}`)) continue;
    // "…, saying …" reports; "the saying", "by adding salt" do not.
    if (ENGLISH_PARTICIPLES.has(m[0].toLowerCase()) && m.index > 0 && !/,\s*$/u.test(masked.slice(Math.max(0, m.index - 4), m.index))) continue;
    // Inside "was quoted by X as saying", already taken whole.
    if (out.some((h) => h.verb === 'was quoted as saying' && m.index >= h.start && m.index < h.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, verb: m[0].toLowerCase() });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}
