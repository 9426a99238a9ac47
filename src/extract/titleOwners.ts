/**
 * The person a title belongs to when the title stands apart from the name, after a comma or a dash: "Ông C, Giám đốc
 * Sở D, cho biết", "Thượng tá Lê Văn A - Trưởng Công an huyện B thông tin", "Chị Hà Linh, chủ tịch Quỹ Sáng Tạo đồng
 * tình", a chain of one person's titles. subjects.ts walks back to them from a reporting verb.
 */
import { ENGLISH_TITLE_ARTICLE, isFamilyName } from './lexicon.js';
import { endsOnNamesake, NAMESAKE_HEAD } from './namesakes.js';
import type { Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { isDescription } from './descriptions.js';
import { lastBoundary, shift } from './subjectPhrase.js';

// Words that make the name after them their object: "chuyến thăm của X", "câu hỏi về X", "khi gặp X".
export const GOVERNED = /(?:^|[^\p{L}\p{M}])(?:của|về|với|cho|đến|tới|gặp|thăm|hỏi|mời|tiếp|of|about|with|to|for|by)\s+$/iu;

// A body's head inside a title ("Chủ tịch HĐQT Công ty CP Chế biến gỗ", "Giám đốc Hợp tác xã"): the capitalised run the
// title ends on is that body's name.
export const BODY_IN_TITLE = /(?:^|\s)(?:Học viện|Đại học|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Hãng|Hiệp hội|Hội|Liên đoàn|Hợp tác xã|HTX|Quỹ|Trường|Bệnh viện|Trung tâm|Viện|Nhà máy|Xí nghiệp|CLB|Câu lạc bộ|Tổ chức)(?![\p{L}\p{M}])/u;

const ARTICLE_ONLY = new RegExp(String.raw`^\s*${ENGLISH_TITLE_ARTICLE}$`, 'iu');

/**
 * "Chị Hà Linh, chủ tịch Quỹ Sáng Tạo đồng tình": a title with capitalised words right after a named person and
 * a comma is that person's appositive, the words name the body she heads; the named person is the subject.
 * `m` was parsed from `text` at `from`; returns the person of the clause before the comma, or null.
 */
export function appositiveOwner(text: string, from: number, m: Mention, knownName: (n: string) => boolean): Mention | null {
  if (m.type !== 'person' || !m.role || m.start > 2) return null;
  const p = namedPersonBeforeComma(text, from, knownName);
  return p && p.type === 'person' && !p.role ? p : null;
}

/**
 * "Thượng tá Lê Văn A - Trưởng Công an huyện B thông tin:", "Ông C, Giám đốc Sở D, cho biết": a title with no name
 * (`m`, parsed at `from`) right after a dash or a comma names the office of the person the phrase before it names.
 */
export function titledPersonBefore(text: string, from: number, m: Mention, knownName: (n: string) => boolean, depth = 0): Mention | null {
  const sep = /(?:,|\s[-–])\s*$/u.exec(text.slice(0, from));
  // "Ông X - CEO Sao Mai cho hay": a title then a capitalised run that opens with no family name, after a named
  // person, names the body whose title it is (the parser took the run for the holder's name).
  // "Bà X - Hiệu trưởng Trường THPT Trần Phú cho biết": a name right after a school's or a hospital's head is the name
  // the body bears (schools and hospitals are named after people), family name or not.
  // "GS X, Uỷ viên Y, Giám đốc Học viện Nông nghiệp Võ Thị Sáu, cho rằng": after a named person and a comma, a
  // title whose body ends on a full name names the body (named after a person); two people are never set side by side so.
  const namedBody = m.type === 'person' && m.role !== null && BODY_IN_TITLE.test(m.role);
  const bodyAsName = m.type === 'person' && m.role !== null && (!isFamilyName(m.name.split(/\s+/)[0]!) || NAMESAKE_HEAD.test(m.role) || namedBody);
  // "Anna Berg, the Dutch coach of …, said": English puts an article and an adjective before the title.
  const opens = m.start <= 2 || ARTICLE_ONLY.test(text.slice(from, from + m.start));
  if ((m.type !== 'role' && !bodyAsName) || !opens || !sep) return null;
  const prevHead = text.slice(0, sep.index);
  const at = lastBoundary(prevHead);
  const phrase = prevHead.slice(at);
  const p = parseSubject(phrase, knownName);
  // Inside a chain of titles ("Ông X, Uỷ viên Hội đồng Y, Giám đốc Học viện Z, Chủ tịch Hội W, cho biết"), a title
  // with no name before the one ending on a body's name is another of the same person's: the walk goes on.
  // So is a title ending on a body named after a person ("Hiệu trưởng Trường THPT Trần Phú", namesakes.ts).
  // So is a title ending on a body's place or name read as no person ("Giám đốc Học viện Nông nghiệp Đông Sơn",
  // townNames.ts placeAfterBody).
  const chained = depth > 0 || namedBody || (p?.type === 'role' && (endsOnNamesake(p.role) || BODY_IN_TITLE.test(p.role)));
  if (chained && depth < CHAIN_MAX && p?.type === 'role' && p.start <= 2) return titledPersonBefore(text, at, p, knownName, depth + 1);
  if (!p || p.type !== 'person' || !ownsPhrase(phrase, p, knownName)) return null;
  // "Ông X, Giám đốc Trường THPT Tây Sơn, Chủ tịch Hội Y, cho biết": the phrase before is itself a title ending on a
  // body's name (a run with no family name after a body's head); the holder is named before it, or nobody is.
  if (p.role !== null && p.start <= 2 && BODY_IN_TITLE.test(p.role) && !isFamilyName(p.name.split(/\s+/)[0]!)) {
    return depth < CHAIN_MAX ? titledPersonBefore(text, at, p, knownName, depth + 1) : null;
  }
  // A title ending on a full name inside such a body, itself after a named person and a comma: that person holds both.
  if (p.role !== null && p.start <= 2 && BODY_IN_TITLE.test(p.role) && depth < CHAIN_MAX) {
    const holder = titledPersonBefore(text, at, p, knownName, depth + 1);
    if (holder) return holder;
  }
  return shift(p, at);
}

// How many titles of one person a chain walked back over may hold.
const CHAIN_MAX = 4;

// "Ông X- Phó Giám đốc …": a dash written against the name, then the title.
const GLUED_DASH = /^(.*\p{L})[-–]\s+(?=\p{Lu})/u;

/**
 * "Ông X, Phó Giám đốc Ban Y, Bộ Z cho biết", "Ông X- Trưởng phòng Kỹ thuật, Sở Y cho biết": the phrase before the comma
 * ending at `from` is a title with no name, and the phrase before it names its holder; "đại biểu X – Đoàn Y cho rằng":
 * the phrase before the dash names the person. Returns that person, or null.
 */
export function ownerOfTitledBody(text: string, from: number, knownName: (n: string) => boolean): Mention | null {
  const before = text.slice(0, from);
  // "đại biểu X – Đoàn Đại biểu Quốc hội tỉnh Y cho rằng": a body set off by a dash after a named person is where
  // that person sits; the person speaks.
  const dash = /\s[-–—]\s*$/u.exec(before);
  if (dash) {
    const head = before.slice(0, dash.index);
    const at = lastBoundary(head);
    const p = parseSubject(head.slice(at), knownName);
    return p?.type === 'person' && ownsPhrase(head.slice(at), p, knownName) ? shift(p, at) : null;
  }
  if (!/,\s*$/.test(before)) return null;
  const prevHead = before.replace(/,\s*$/, '');
  const at = lastBoundary(prevHead);
  const phrase = prevHead.slice(at);
  const glued = GLUED_DASH.exec(phrase);
  if (glued) {
    const title = parseSubject(phrase.slice(glued[0].length), knownName);
    const p = parseSubject(glued[1]!, knownName);
    return title?.type === 'role' && title.start === 0 && p?.type === 'person' && ownsPhrase(glued[1]!, p, knownName) ? shift(p, at) : null;
  }
  const title = parseSubject(phrase, knownName);
  if (title?.type === 'role') return titledPersonBefore(text, at, title, knownName);
  // "Em X, học sinh lớp 10A3, Trường THPT Y kể": a description read as no title, after a person named alone.
  return title === null && isDescription(phrase) ? namedPersonBeforeComma(text, at, knownName) : null;
}

/** The named person that is the whole phrase before the comma ending at `from`, or null. */
export function namedPersonBeforeComma(text: string, from: number, knownName: (n: string) => boolean): Mention | null {
  const before = text.slice(0, from);
  if (!/,\s*$/.test(before)) return null;
  const prevHead = before.replace(/,\s*$/, '');
  const at = lastBoundary(prevHead);
  const phrase = prevHead.slice(at);
  const p = parseSubject(phrase, knownName);
  if (!p || p.type !== 'person' || !ownsPhrase(phrase, p, knownName)) return null;
  return shift(p, at);
}

/**
 * Whether a person's mention is the whole phrase (after at most one form of address: "Em X"), by a name a reader
 * takes for one: titled, known to the article, or a full name of two words or more ("Lê Minh Khoa").
 */
function ownsPhrase(phrase: string, p: Extract<Mention, { type: 'person' }>, knownName: (n: string) => boolean): boolean {
  const named = !p.bare || knownName(p.name) || /^\p{Lu}\S*\s+\p{Lu}/u.test(p.name);
  const before = phrase.slice(0, p.start);
  // "Với bị cáo X, luật sư cho rằng": a person after a preposition is what the opening phrase is about; the title
  // after the comma is the subject's own, not X's.
  return named && /^\s*(?:\S+\s+)?$/u.test(before) && !GOVERNED.test(before) && phrase.slice(p.end).trim() === '';
}
