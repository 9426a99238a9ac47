/**
 * What "kể" (to tell, to recount) and "thông tin" (to inform) report when no "rằng", colon or comma follows them.
 * Both usually take an object ("kể chuyện", "kể tên", "thông tin chi tiết"); news copy also writes them straight
 * before a clause ("Chị X kể gia đình đã bán hết lúa", "Anh Y kể đã đợi xe từ sáng sớm", "Bà Z kể hồi còn nhỏ, cả
 * làng có hơn 100 lò nung", "Đại diện sở thông tin tuần trước sở đã họp hai bên"). The clause is read only when it
 * has the shape of one: a short subject then a tense or aspect word, the speaker's own tense with the subject
 * dropped, or a time phrase that opens it.
 */

// A decimal comma stays inside its number ("5,3 triệu").
const WORD = String.raw`[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}./-]|,(?=\p{N}))*`;
// Tense, aspect and modal words that follow a clause's subject ("gia đình đã …", "con chị từng bị kẹt …", "doanh thu
// chỉ còn …").
const ASPECT = ['đã', 'đang', 'sẽ', 'vừa', 'mới', 'chưa', 'từng', 'vẫn', 'chỉ còn', 'không thể', 'có thể', 'phải', 'cần'];
// Words a clause's subject never opens on: prepositions, determiners of an object ("những", "các", "một"), the
// particles of "kể lại", "kể ra", and what "kể"/"thông tin" take as an object or a topic.
const NOT_A_SUBJECT = ['về', 'với', 'cho', 'những', 'các', 'một', 'này', 'đó', 'ra', 'lại', 'trên', 'tại', 'trong', 'qua', 'chuyện', 'câu', 'tên', 'cả', 'từ', 'thêm', 'lể', 'chi tiết', 'là', 'rằng'];

/** A clause opening on a subject of one word and up to `more` others (not a word no subject opens on), then one of `after`. */
function subjectThen(more: number, after: readonly string[]): RegExp {
  return new RegExp(
    String.raw`^\s*(?!(?:${NOT_A_SUBJECT.join('|')})(?![\p{L}\p{M}]))${WORD}(?:\s+${WORD}){0,${more}}?\s+(?:${after.join('|')})(?![\p{L}\p{M}])`,
    'u',
  );
}
const SUBJECT_THEN_ASPECT = subjectThen(4, ASPECT);
// A clause's predicate without a tense word also shows after its subject in an adverb of degree, of addition or of
// negation, or a plan: "nước lên rất nhanh trong đêm", "năm ngoái lũ cũng về trong đêm", "mức lương gần như không
// đổi", "kỳ thi dự kiến diễn ra …", "lương của chị sau khi trừ bảo hiểm chỉ còn …". The subject may then run longer
// (a noun with its complement), up to eight words, all before the first comma.
const PREDICATE = [...ASPECT, 'cũng', 'rất', 'không', 'chỉ', 'dự kiến', 'gần như'];
const SUBJECT_THEN_PREDICATE = subjectThen(7, PREDICATE);
// The speaker's own tense, the subject dropped as Vietnamese allows: "kể đã đợi xe từ sáng", "thông tin sẽ mở 4 đợt".
const OWN_ASPECT = /^\s*(?:đã|đang|sẽ|vừa|từng)(?![\p{L}\p{M}])\s+[\p{L}\p{M}]/u;
// The same after a time adverb, negation included: "nói trước đây không biết con còn thiếu mũi tiêm".
const TIMED_OWN_ASPECT = /^\s*(?:trước đây|trước kia|hồi đó|lúc đó|khi đó|bây giờ|giờ|hiện nay|hiện)\s+(?:đã|đang|sẽ|vừa|từng|không|chưa|vẫn)(?![\p{L}\p{M}])\s+[\p{L}\p{M}]/u;
// A time phrase, then a comma and the clause: "hồi cuối tháng 2, …", "hồi còn nhỏ, …", "khoảng 8h ngày 26/8, …".
const TIME_OPENING = /^\s*(?:hồi|năm|lúc|khi|khoảng|sáng|chiều|tối|đêm|ngày|hôm|trước đây|trước đó|thời|tuần trước|tháng trước|có (?:ngày|hôm|lúc|khi|lần|thời điểm))(?![\p{L}\p{M}])[^,.;:§]{0,40},\s*[\p{L}\p{M}]/u;
// The verb's reported words need a few words of their own.
const MIN_WORDS = 4;

/** Whether the text right after "kể" or "thông tin" (quotations masked with "§") is a reported clause. */
export function isNarratedClause(rest: string): boolean {
  if (/§/u.test(rest)) return false;
  if ((rest.trim().match(/\S+/gu)?.length ?? 0) < MIN_WORDS) return false;
  return OWN_ASPECT.test(rest) || TIME_OPENING.test(rest) || SUBJECT_THEN_ASPECT.test(rest);
}

/**
 * The same, also when the clause shows its predicate only by an adverb or a plan after a longer subject, or opens on
 * a time adverb before the speaker's own tense. Read after "kể", "nói" and the verbs that reveal or report a complaint
 * ("tiết lộ", "trình bày", "phản ánh", "thông báo"; complements.ts): "thông tin" is a noun far more often, and its gate
 * stays the narrower one.
 */
export function isToldClause(rest: string): boolean {
  if (isNarratedClause(rest)) return true;
  if (/§/u.test(rest) || (rest.trim().match(/\S+/gu)?.length ?? 0) < MIN_WORDS) return false;
  return TIMED_OWN_ASPECT.test(rest) || SUBJECT_THEN_PREDICATE.test(rest);
}
