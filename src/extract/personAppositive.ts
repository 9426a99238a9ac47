/**
 * What the words right after a bare name say about it. Vietnamese copy often names a player, an artist or a guide
 * without "ông"/"anh" and then describes them between commas or brackets: "Văn Tùng, người ghi bàn duy nhất, chia sẻ",
 * "Linh Nguyễn, hướng dẫn viên du lịch, kể", "Mai Chi (24 tuổi) cho biết". Those descriptions are said only of a
 * person, never of a place, a body or a brand, so the bare name before them is a person's.
 */
import { findReportingVerbs } from './reportingVerbs.js';

// "người ghi bàn", "người sáng lập …": "người" then a verb or noun of what the person does or is (not "người dân Hà Nội"
// alone as a group, which is still one person when set off after a name: "X, người dân xã Y, cho biết").
const PERSON_HEAD = /^(?:người\s+[\p{Ll}\p{M}]|cô gái|chàng trai|cậu bé|cô bé|cụ bà|cụ ông)/u;
// "(24 tuổi", ", 24 tuổi,": an age is a person's; "(SN 1990" the same, as court and police reports write it.
const AGE = /^(?:\d{1,3}\s+tuổi|SN\s*\d{4}|sinh năm\s+\d{4})(?![\p{L}\p{N}])/u;
// "em gái của …", "con trai ông …", "vợ anh …": a relative of someone is a person.
const KIN = /^(?:em gái|em trai|anh trai|chị gái|con gái|con trai|vợ|chồng|mẹ|bố|cha|cháu|bạn gái|bạn trai)\s/u;
// An occupation whose last syllable is "viên" (a member, one who does: "sinh viên", "hướng dẫn viên", "nhân viên",
// "vận động viên", "diễn viên") or "sĩ"/"sư" after a Sino-Vietnamese head ("ca sĩ", "bác sĩ", "kỹ sư", "luật sư").
const OCCUPATION = /^(?:[\p{Ll}\p{M}]+\s+){1,3}viên(?![\p{L}\p{M}])|^(?:ca|bác|nghệ|họa|nhạc|võ|y|tiến|thạc)\s+sĩ(?![\p{L}\p{M}])|^(?:kỹ|kĩ|luật|giáo)\s+sư(?![\p{L}\p{M}])/u;

// "Tại Sa Pa, người dân …", "Nhờ Sơn Trà, hướng dẫn viên …": a name after a preposition is where or what the opening
// phrase is about, and the description after its comma opens the main clause: it is its subject, not the name's.
const GOVERNED = /(?:^|[^\p{L}\p{M}])(?:tại|ở|trong|từ|đến|tới|khắp|nhờ|qua|về|cho|của|có|như|sau|trước)\s+$/iu;
// The description runs to the comma or bracket that closes it, without a capitalised word (which would be the name
// of whoever the description introduces: "Tại Đà Lạt, hướng dẫn viên Lê A kể"); a relative's name is allowed.
const CLOSED = /^[^,()§:;.!?\p{Lu}]{2,80}?[,)]/u;
const CLOSED_KIN = /^[^,()§:;.!?]{2,80}?[,)]/u;

/**
 * Whether `after`, the text right after a bare name, opens an appositive that only a person can have: a comma or an
 * opening bracket, then "người …", an age, a relative or an occupation, closed by a comma or a bracket. `before` is
 * the text before the name: a name governed by a preposition has no appositive of its own.
 */
export function opensPersonAppositive(before: string, after: string): boolean {
  const gap = /^\s*([,(])\s*/u.exec(after);
  if (!gap || GOVERNED.test(before.slice(-24))) return false;
  const rest = after.slice(gap[0].length);
  if (gap[1] === '(' && AGE.test(rest)) return true;
  const closed = (KIN.test(rest) ? CLOSED_KIN : CLOSED).exec(rest);
  // "Ở Bản Mù, người dân cho biết, …": a description that reports is the subject of the main clause, not an appositive.
  if (!closed || (closed[0].match(/\S+/gu)?.length ?? 0) > MAX_WORDS || findReportingVerbs(closed[0]).length) return false;
  return PERSON_HEAD.test(rest) || AGE.test(rest) || KIN.test(rest) || OCCUPATION.test(rest);
}

const MAX_WORDS = 10;

// "X chia sẻ trên trang cá nhân", "X đã viết lên Facebook cá nhân", "X đăng tải trên story": a personal page is a
// person's. The verb of posting and the page in the same clause as the name, right after it.
const PERSONAL_POST = /^\s+(?:(?:đã|vừa|cũng|mới|liền|bất ngờ)\s+)*(?:chia sẻ|viết|đăng|đăng tải|bày tỏ|tâm sự|khoe|tiết lộ|thông báo)(?![\p{L}\p{M}])[^.;:!?§]{0,60}?(?:trên|lên|qua)\s+(?:(?:trang|tài khoản|mục|mạng xã hội)\s+)?(?:(?:Facebook|Instagram|TikTok|Threads|X|Weibo|Zalo|story|fanpage)\s+)?(?:cá nhân|riêng|story)(?![\p{L}\p{M}])/iu;

/**
 * Whether the name before `after` is the subject of a post on a personal page ("X chia sẻ trên trang cá nhân"), which
 * only a person has. `before` is the text before the name: it must open its clause.
 */
export function postsOnPersonalPage(before: string, after: string): boolean {
  const clause = before.split(/[.,;:!?()§"“”]/u).pop() ?? '';
  return (clause.match(/\S+/gu)?.length ?? 0) <= 2 && !GOVERNED.test(before.slice(-24)) && PERSONAL_POST.test(after);
}
