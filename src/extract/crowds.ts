/**
 * Subjects that speak without being one person the article could name: a crowd or a group ("nhiều người dân", "các
 * chuyên gia", "một người dân sống gần đó", "cử tri tỉnh X"), or a side ("phía Nga"). Their words are a report all the
 * same; the statement is kept with no speaker (a group is never shown as a name, nor resolved to someone of the cast).
 */
import { englishGroupMention } from './englishBodies.js';
import type { Mention } from './mentions.js';

// A determiner of number, then a noun for people of a kind. Vietnamese news writes these as the subject of a report
// ("Nhiều người dân cho biết …", "“…”, một người dân chia sẻ.", "Theo phản ánh của người dân, …").
const DETERMINER = '(?:(?:một số|một vài|không ít|đa số|phần lớn|hầu hết|nhiều|các|những|một|vài|đông đảo)\\s+)?';
const GROUP_NOUNS = [
  'người dân', 'cư dân mạng', 'cư dân', 'dân mạng', 'bà con', 'cử tri', 'phụ huynh', 'chuyên gia', 'nhà phân tích',
  'giới phân tích', 'giới chuyên gia', 'giới quan sát', 'nhà quan sát', 'người hâm mộ', 'khán giả', 'tiểu thương',
  'nông dân', 'ngư dân', 'du khách', 'hành khách', 'nhà đầu tư', 'người lao động', 'công nhân', 'nhân chứng',
  'người chứng kiến', 'người trong cuộc', 'người dùng', 'người tiêu dùng', 'chủ hộ', 'hộ dân', 'người bán', 'người mua',
  'học sinh', 'sinh viên', 'thí sinh', 'giáo viên', 'người bệnh', 'người nhà',
  // Bodies by description, with no name to show ("cơ quan chức năng", "nhà chức trách", "chính quyền địa phương").
  'cơ quan', 'lực lượng chức năng', 'ngành chức năng', 'nhà chức trách', 'giới chức', 'chính quyền', 'ban tổ chức',
];
// English plurals that report as a body ("Residents said …", "analysts say …").
const ENGLISH_GROUPS = '(?:(?:some|many|several|most|local)\\s+)?(?:residents|analysts|experts|witnesses|observers|voters|fans|villagers|investors|economists|officials|authorities|police)';
// "phía Nga", "phía Mỹ": a side in a dispute, written with its place.
const SIDE = 'phía\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)?';
// A short description may follow the noun ("một người dân sống gần đó", "cử tri tỉnh X"): no clause punctuation, and
// no word that opens another clause ("người dân chờ khi chính quyền cho biết …" is the authority's report).
const CLAUSE_WORD = '(?:khi|mà|nghe|chờ|đợi|được|bị|để|nếu|vì|do|rằng|thì|là|nhưng|và|còn|theo|với)';
const MODIFIER = `(?:\\s+(?!${CLAUSE_WORD}(?![\\p{L}\\p{M}]))[^\\s,;:.!?§()\\-–—]+){0,7}?`;

// "một người", "nhiều người", "số khác": people counted but not described. Only "khác" or a manner word may follow,
// since "một người phát ngôn …", "một người thân …" describe someone the article may name.
const PEOPLE = '(?:(?:một số|một vài|không ít|nhiều|một|vài|có)\\s+người(?:\\s+khác)?|số khác|người khác)(?:\\s+(?:hài hước|thẳng thắn|cũng|thì|lại|còn|đã))*(?=\\s*$)';
// "một cụ ông", "một người phụ nữ", "một giọng nói": "một" brings in someone new, whom the article does not name; never
// the last speaker, nor anyone of the cast. Only after "một": "cụ ông nói" alone refers back to someone described before.
const INDIVIDUAL_NOUNS = [
  'cụ ông', 'cụ bà', 'ông cụ', 'bà cụ', 'cụ', 'người phụ nữ', 'người đàn ông', 'người đàn bà', 'phụ nữ', 'người mẹ',
  'người cha', 'người bố', 'người vợ', 'người chồng', 'nam thanh niên', 'nữ thanh niên', 'thanh niên', 'cô gái',
  'chàng trai', 'cậu bé', 'cô bé', 'em bé', 'em nhỏ', 'bé gái', 'bé trai', 'bạn trẻ', 'bạn đọc', 'độc giả',
  'người đi đường', 'người qua đường', 'người hàng xóm', 'hàng xóm', 'người bán hàng', 'chủ quán', 'thương lái',
  'tài xế', 'người lái xe', 'giọng nói', 'giọng',
];
const INDIVIDUAL = `một\\s+(?:${INDIVIDUAL_NOUNS.join('|')})`;
const GROUP = `(?:${INDIVIDUAL}|${DETERMINER}(?:${GROUP_NOUNS.join('|')})|${PEOPLE}|${ENGLISH_GROUPS}|${SIDE})`;
const WHOLE_GROUP = new RegExp(`^\\s*(${GROUP})(?![\\p{L}\\p{M}])${MODIFIER}\\s*$`, 'iu');
// "phản ánh của người dân", "ý kiến của nhiều chuyên gia": the noun of what was said, then the group.
const SAID_BY_GROUP = new RegExp(`^\\s*(?:phản ánh|ý kiến|chia sẻ|lời kể|nhận định|đánh giá|lời)\\s+của\\s+(${GROUP})(?![\\p{L}\\p{M}])${MODIFIER}\\s*$`, 'iu');

/**
 * The group that `phrase` is, as a mention nobody is (type 'nonSpeaker'), when the whole phrase is a group with at most
 * a short description; `offset` is where the phrase starts in its sentence. Null for anything else.
 */
export function groupSubject(phrase: string, offset: number): Mention | null {
  const m = WHOLE_GROUP.exec(phrase) ?? SAID_BY_GROUP.exec(phrase);
  // "The disaster officials in the northern province", "the ministry": English groups and unnamed bodies (englishBodies.ts).
  if (!m) return englishGroupMention(phrase, offset);
  const start = offset + m.index + m[0].indexOf(m[1]!);
  // "cơ quan công an": a body described by its field keeps the field, which may say which body (bodyEpithet.ts).
  const surface = /^cơ quan$/iu.test(m[1]!) ? m[0].slice(m[0].indexOf(m[1]!)).trim() : m[1]!;
  return { type: 'nonSpeaker', surface, start, end: start + surface.length };
}

// A group counted or someone new opening a sentence ("Các chuyên gia dự báo …", "Nhiều hộ dân …", "Một người phụ nữ …"):
// the determiner is required, since "Người dân cần …" may go on with a speaker's advice.
const COUNTED_GROUP = new RegExp(`^(?:[^,§]{0,40},\\s*)?(?:${INDIVIDUAL}|(?:một số|một vài|không ít|đa số|phần lớn|hầu hết|nhiều|các|những|vài)\\s+(?:${GROUP_NOUNS.join('|')}))(?![\\p{L}\\p{M}])`, 'iu');

// "Hai bên nhất trí …", "Các bên …", "Hai nước …", "Cả hai …": the parties of a meeting or a dispute, together; what they
// agreed or did is the report of the meeting, not the words of the one who spoke last.
const PARTIES = /^(?:[^,§]{0,40},\s*)?(?:(?:hai|các|đôi|cả hai)\s+(?:bên|phía|nước|quốc gia|nhà lãnh đạo|lãnh đạo|ngoại trưởng|bộ trưởng|đoàn)|cả hai|đôi bên)(?![\p{L}\p{M}])/iu;

/** Whether a sentence opens on a counted group, on someone new or on the parties together, who are not the last speaker. */
export function opensOnGroup(masked: string): boolean {
  return COUNTED_GROUP.test(masked.trimStart()) || PARTIES.test(masked.trimStart());
}
