/**
 * The subject of a reporting verb: who, in the phrase before the verb, says the words. Walks back over appositives
 * (titles, offices, places) to the person they describe, and reads a lone capitalised word before a verb as a name.
 * Works on a sentence whose quoted spans are masked (attribution.ts finds the verbs and the forms around them).
 */
import { ENGLISH_TITLE_ARTICLE, HONORIFICS, isFamilyName, isSentenceOpener, ORG_HEADS, PLACES, PRONOUNS, ROLE_NOUNS, WRITER_PRONOUNS } from './lexicon.js';
import { endsOnNamesake, NAMESAKE_HEAD } from './namesakes.js';
import { findMentions, type Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { isBareKind } from './bodyAnaphor.js';
import { isDescription, LOWER_BODY_HEAD } from './descriptions.js';
import { describedBeforeName } from './englishDescribedName.js';

// Where a subject phrase can start: after clause punctuation, a masked quotation, "dẫn lời", or a "rằng".
// "A làm X trong bối cảnh B tuyên bố …", "A tăng trong khi B nói …": the verb's subject is in the subordinate clause.
// The period of initials ("anh H.T.M. cho biết") is inside the name, not a sentence's end; nor is that of "TP." (thành
// phố) before a city's name ("Chủ tịch UBND TP. Hồ Chí Minh").
const BOUNDARY = /[,;:()–—§]|\s-\s|dẫn lời|rằng|(?<!(?:^|[\s.])\p{Lu}|(?:^|\s)TP)\.\s|(?<![\p{L}])trong (?:bối cảnh|khi)(?![\p{L}])/giu;

// A subject phrase (name, role, appositive) is far shorter; looking further back for its start made every verb of a
// long run scan the sentence again.
const SUBJECT_WINDOW = 300;

// "Hiệp hội Da giày - Túi xách Việt Nam", "Bộ Lao động - Thương binh và Xã hội", "Công ty Dệt - May X": Vietnamese
// joins the fields of one body's name with a spaced dash. After a body's head and its capitalised name, a dash that
// a capitalised word follows goes on with the name; it opens no phrase.
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BODY_NAME_BEFORE_DASH = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...ORG_HEADS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+[\\p{L}\\p{M}]+){0,3}$`, 'u');
const HONORIFIC_WORDS = new Set(HONORIFICS.map((h) => h.toLowerCase()));
const ROLE_AFTER_DASH = new RegExp(`^(?:${[...ROLE_NOUNS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/** Whether the words after a dash go on with a body's name: a capitalised field, not a person, a title or an address. */
function fieldAfterDash(after: string): boolean {
  const words = after.split(/\s+/u, 2);
  const first = words[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || HONORIFIC_WORDS.has(first.toLowerCase()) || ROLE_AFTER_DASH.test(after)) return false;
  // "Sở Xây dựng - Nguyễn Văn Tùng": a family name then another capitalised word is the person the title belongs to.
  return !(isFamilyName(first) && /^\p{Lu}/u.test(words[1] ?? ''));
}

/** Where the phrase ending at the end of `text` starts: after its last boundary, at most SUBJECT_WINDOW back. */
export function lastBoundary(text: string): number {
  const from = Math.max(0, text.length - SUBJECT_WINDOW);
  let at = from;
  for (const m of text.slice(from).matchAll(BOUNDARY)) {
    const end = from + m.index + m[0].length;
    // A body's head and its name are a few words: only those before the dash are read, so a run of dashes costs
    // no more than the window it is in.
    const dash = from + m.index;
    if (/^\s-\s$/u.test(m[0]) && fieldAfterDash(text.slice(end, end + 80)) && BODY_NAME_BEFORE_DASH.test(text.slice(Math.max(at, dash - 80), dash))) continue;
    at = end;
  }
  return at;
}

const FIRST_PERSON = new RegExp(`^\\s*(${WRITER_PRONOUNS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const IMPERSONAL = /(?:^|[^\p{L}\p{M}])(?:có|nhiều|một số|không ít|vài)\s+(?:ý kiến|người|chuyên gia|quan điểm|nhà phân tích|đại biểu)\s*$|(?:^|[^\p{L}\p{M}])(?:dư luận|ai đó|người ta|some|many|critics)\s*$/iu;
// "… của ông Y": the person after it owns what comes before.
const OF_BEFORE = /(?:^|[^\p{L}\p{M}])của\s+$/iu;
// Conjunctions that open a clause with its own subject ("khi", "còn", "nhưng" …), alone before that subject.
const CLAUSE_OPENER = /^\s*(?:khi|lúc|còn|nhưng|song|trong khi|sau khi|trước khi|rồi)\s+$/iu;
// Words that make the name after them their object: "chuyến thăm của X", "câu hỏi về X", "khi gặp X".
const GOVERNED = /(?:^|[^\p{L}\p{M}])(?:của|về|với|cho|đến|tới|gặp|thăm|hỏi|mời|tiếp|of|about|with|to|for|by)\s+$/iu;

// The second of two joined names, after the first ("Tillerson and McMaster"): a capitalised word, then "and".
const JOINED_BEFORE = /\p{Lu}[\p{L}\p{M}.]*(\s+(?:và|cùng với|and|&)\s+)$/u;

// A body's head inside a title ("Chủ tịch HĐQT Công ty CP Chế biến gỗ", "Giám đốc Hợp tác xã"): the capitalised run the
// title ends on is that body's name.
const BODY_IN_TITLE = /(?:^|\s)(?:Học viện|Đại học|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Hãng|Hiệp hội|Hội|Liên đoàn|Hợp tác xã|HTX|Quỹ|Trường|Bệnh viện|Trung tâm|Viện|Nhà máy|Xí nghiệp|CLB|Câu lạc bộ|Tổ chức)(?![\p{L}\p{M}])/u;

const ARTICLE_ONLY = new RegExp(String.raw`^\s*${ENGLISH_TITLE_ARTICLE}$`, 'iu');

/** True for mentions that can say something. Places and outlets report or host; they do not speak here. */
export function isSpeakerMention(m: Mention | null): m is Exclude<Mention, { type: 'nonSpeaker' }> {
  return !!m && m.type !== 'nonSpeaker';
}

/**
 * The subject of the reporting verb at `verb`: the first mention of the phrase that ends at the verb. When
 * that phrase is empty or only a role ("Ông X, Bộ trưởng Y, cho biết"), the phrase before the comma is tried.
 */
export function subjectOf(masked: string, verb: { start: number }, knownName: (n: string) => boolean): Mention | null {
  const m = subjectInPlain(masked, verb, knownName);
  return m && masked.slice(m.start, m.end).includes(',') ? withNameCommas(m, masked) : m;
}

/**
 * The mention with the commas of its names put back: they were blanked in the text the subject was read from
 * (plainSubjectText), and "Đại diện Sở Lao động, Thương binh và Xã hội" is the body's name as the page writes it.
 */
function withNameCommas(m: Mention, masked: string): Mention {
  const pairs = [...masked.slice(m.start, m.end).matchAll(/([\p{L}\p{M}\p{N}]+),\s*([\p{L}\p{M}\p{N}]+)/gu)];
  const put = (field: string): string => pairs.reduce((f, p) => f.replace(new RegExp(`(?<![\\p{L}\\p{M}])${p[1]}\\s+${p[2]}(?![\\p{L}\\p{M}])`, 'u'), `${p[1]}, ${p[2]}`), field);
  switch (m.type) {
    case 'person': return { ...m, name: put(m.name), role: m.role === null ? null : put(m.role), surface: put(m.surface) };
    case 'org': return { ...m, name: put(m.name), surface: put(m.surface) };
    case 'role': return { ...m, role: put(m.role), surface: put(m.surface) };
    default: return m;
  }
}

function subjectInPlain(masked: string, verb: { start: number }, knownName: (n: string) => boolean): Mention | null {
  let end = verb.start;
  let fallback: Mention | null = null;
  let fallbackHop = -1;
  // "anh Nguyễn Văn C (35 tuổi, ngụ Hà Nội) cho biết": a parenthesis describes the subject, it does not end it.
  const plain = plainSubjectText(masked, knownName);
  // "Ông X, CEO của Y, Đại học Z, nhận định": appositives (roles, places, institutions) sit between the
  // subject and its verb; walk back over them to the first mention that is clearly a speaker.
  for (let hop = 0; hop < 4; hop++) {
    const head = plain.slice(0, end);
    const from = lastBoundary(head);
    const phrase = head.slice(from);
    const m = parseSubject(phrase, knownName);
    // "…, tôi rất ngạc nhiên khi đang nói …": the writer is the subject (nobody of the cast); no one named before
    // the comma is.
    // "…, dư luận quan tâm vì có ý kiến cho rằng …": an unnamed someone says it; nobody before the comma does.
    if (hop === 0 && !m && IMPERSONAL.test(phrase)) return null;
    const self = hop === 0 && !m ? FIRST_PERSON.exec(phrase) : null;
    if (self) {
      const at = from + self.index + self[0].length - self[1]!.length;
      return { type: 'pronoun', gender: null, surface: self[1]!, start: at, end: at + self[1]!.length };
    }
    if (m && m.type === 'nonSpeaker' && hop === 0) return possessed(phrase, m.end, from, knownName);
    // "The sales director of the X Hotel in Y City, Anna Berg, said": a name set off by commas after a description
    // that opens the sentence is its subject; the capitalised words of the description are where the person works.
    if (hop === 0 && m?.type === 'person' && m.bare && m.start <= 2 && phrase.slice(m.end).trim() === '' && describedBeforeName(head.slice(0, from).replace(/,\s*$/u, ''))) {
      return shift({ ...m, bare: false }, from);
    }
    // "Những người bạn của anh kể rằng …": a pronoun after "của" is whose friends they are; the subject is the group.
    if (m && m.type === 'pronoun' && hop === 0 && OF_BEFORE.test(phrase.slice(0, m.start))) return null;
    // "Anh X, 39 tuổi, thợ phụ trong xưởng của ông Y nói": a person after "của" right before the verb is whose the
    // described one is (his workshop, his wife, his lawyer); the subject is the described one: the person named before
    // the commas, or nobody.
    if (m && m.type === 'person' && hop === 0 && OF_BEFORE.test(phrase.slice(0, m.start))) {
      const sep = head.slice(0, from);
      if (!/,\s*$/.test(sep)) return null;
      end = sep.replace(/,\s*$/, '').length;
      continue;
    }
    // "Tillerson and McMaster underlined …": two people say it together; the report is credited to the first named,
    // as for "Ông X và bà Y cho biết …" (the English name read from the end of the phrase is the second).
    const joined = m && hop === 0 ? JOINED_BEFORE.exec(phrase.slice(0, m.start)) : null;
    if (joined) {
      const head = `${phrase.slice(0, m!.start - joined[1]!.length)} `;
      const first = parseSubject(head, knownName) ?? loneName(head, 0);
      return first && first.type === 'person' ? shift(first, from) : null;
    }
    // Past the first comma only a person or pronoun ends the walk: an institution there is an appositive.
    // "Ông X, Phó chủ tịch Hiệp hội Y, Chủ tịch Công ty Z Minh Phát, nói": past a comma, a title then a capitalised
    // run opening with no family name names the body of a second appositive title, not someone of its own; the walk
    // goes on to the person the titles describe (and falls back to the run only when it finds no one).
    const bodyTitle = hop > 0 && m?.type === 'person' && m.role !== null && m.start <= 2 && BODY_IN_TITLE.test(m.role) &&
      !isFamilyName(m.name.split(/\s+/)[0]!);
    const person = m && !bodyTitle && (m.type === 'pronoun' || (m.type === 'person' && (!m.bare || knownName(m.name))));
    const strong = person || (hop === 0 && m && m.type === 'org');
    // "Anh X, cựu học sinh trường THPT Y kể", "X, giám đốc Công ty Z cho biết": an organisation inside a description
    // after a named person and a comma is where that person works or studies; the person speaks.
    // "Luật sư X, người bào chữa cho ông Y, nói", "Ông X, em trai luật sư Y, cho rằng": likewise a person named
    // inside the description is whom the speaker is related to.
    if (strong && (m.type === 'org' || m.type === 'person') && m.start > 2) {
      const owner = namedPersonBeforeComma(plain, from, knownName);
      if (owner) return owner;
    }
    // "Thượng tá X - Chánh Văn phòng Công an tỉnh Y cho biết": a title after a dash is the named person's.
    if (m && (m.type === 'role' || m.type === 'person')) {
      const owner = titledPersonBefore(plain, from, m, knownName);
      if (owner) return owner;
    }
    // "Trả lời câu hỏi về chuyến thăm của Thủ tướng X, người phát ngôn cho biết": past a comma, a person after a
    // preposition or a verb of meeting is what that clause is about, not the subject of the verb; nor is a title
    // between them and the verb's own phrase (his appositive: "làm việc với thầy X, phó hiệu trưởng, tôi …").
    if (strong && hop > 0 && GOVERNED.test(phrase.slice(0, m.start))) return fallbackHop === 0 ? fallback : null;
    if (hop === 0 && m && isBareKind(phrase, m)) return { ...shift(m, from), anaphor: true } as Mention;
    // "Bà X nhớ lại, khi con trai bà nói với mẹ: …", "…, còn người phát ngôn cho biết …": a title opening a clause of its
    // own after a conjunction is that clause's subject, not an appositive of the person before the comma.
    if (hop === 0 && m?.type === 'role' && CLAUSE_OPENER.test(phrase.slice(0, m.start))) return shift(m, from);
    // "Ông X, Phó Giám đốc Ban Y, Bộ Z cho biết": a body right before the verb, after a title and a comma, is the parent
    // body of that title, which is the named person's.
    // "TS X, Trưởng bộ môn Y, trường Đại học Z cho biết": likewise with the body's head in lower case.
    if (hop === 0 && m?.type === 'org' && (m.start <= 2 || LOWER_BODY_HEAD.test(phrase.slice(0, m.start)))) {
      const owner = ownerOfTitledBody(plain, from, knownName);
      if (owner) return owner;
    }
    if (strong) return appositiveOwner(plain, from, m, knownName) ?? shift(m, from);
    // "X, deputy head of the NA Economic Committee, said": a body inside a description is whose office it is; it is
    // the subject only when the phrase is that body ("Bộ Y tế, cơ quan …, cho biết").
    const inside = hop > 0 && m?.type === 'org' && m.start > 2;
    if (m && m.type !== 'nonSpeaker' && !inside && !fallback) {
      fallback = shift(m, from);
      fallbackHop = hop;
    }
    const sep = head.slice(0, from);
    // "Ông X - Giám đốc Sở Y - cho biết": a description set off by a pair of dashes sits between the subject and its
    // verb like one set off by commas; the closing dash right before the verb opens the walk back over it.
    const closingDash = hop === 0 && phrase.trim() === '' && /\s[-–—]\s*$/u.test(sep) && /\s[-–—]\s/u.test(sep.replace(/\s[-–—]\s*$/u, ''));
    // "Anh X (42 tuổi) – người lái chiếc xe …, cho biết": a description opened by a dash and closed by the comma
    // before the verb names no one; the walk goes on back over the dash to whom it describes.
    const openingDash = hop > 0 && !strong && /\s[-–—]\s*$/u.test(sep);
    if (!/,\s*$/.test(sep) && !closingDash && !openingDash) break;
    end = sep.replace(closingDash || openingDash ? /\s[-–—]\s*$/u : /,\s*$/, '').length;
  }
  return fallback;
}

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
function ownerOfTitledBody(text: string, from: number, knownName: (n: string) => boolean): Mention | null {
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
function namedPersonBeforeComma(text: string, from: number, knownName: (n: string) => boolean): Mention | null {
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

/** "Iran's President X said": after a place's possessive, the title and name that follow are the subject. */
function possessed(phrase: string, end: number, from: number, knownName: (n: string) => boolean): Mention | null {
  const m = possessedAfter(phrase, end, knownName);
  return m ? shift(m, from) : null;
}

/**
 * The speaker after a non-speaker's possessive that ends at `end` of `phrase` ("Thailand’s coach Karl Weber"), with
 * offsets in `phrase`, or null.
 */
export function possessedAfter(phrase: string, end: number, knownName: (n: string) => boolean): Mention | null {
  const poss = /^\s*['’]s\s+/u.exec(phrase.slice(end));
  if (!poss) return null;
  const at = end + poss[0].length;
  const m = parseSubject(phrase.slice(at), knownName);
  if (!isSpeakerMention(m)) return null;
  // "Thailand’s German coach Karl Weber", "Vietnam’s national coach X": one or two describing words may stand between
  // the possessive and a person named with their office.
  const gap = phrase.slice(at, at + m.start);
  const described = m.type === 'person' && m.role !== null && POSSESSED_GAP.test(gap);
  return m.start <= 2 || described ? shift(m, at) : null;
}

// Words between "X’s" and a titled name: an adjective or a nationality, at most two, ASCII letters ("national",
// "German", "football"); never a clause of its own.
const POSSESSED_GAP = /^(?:[A-Za-z-]{3,20} ){1,2}$/u;

let plainMemo: { masked: string; knownName: (n: string) => boolean; plain: string } | null = null;

/** The masked sentence with parentheses blanked and commas inside one title blanked; memoised for the sentence's verbs. */
function plainSubjectText(masked: string, knownName: (n: string) => boolean): string {
  if (plainMemo && plainMemo.masked === masked && plainMemo.knownName === knownName) return plainMemo.plain;
  let plain = masked.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  // A comma inside one name or title ("Bộ trưởng Thương mại, Công nghiệp và Năng lượng X") does not end the subject.
  if (plain.includes(',')) {
    for (const m of findMentions(plain, knownName)) {
      const inner = plain.slice(m.start, m.end);
      if (inner.includes(',')) plain = plain.slice(0, m.start) + inner.replace(/,/g, ' ') + plain.slice(m.end);
    }
  }
  plainMemo = { masked, knownName, plain };
  return plain;
}

export function shift(m: Mention, by: number): Mention {
  return { ...m, start: m.start + by, end: m.end + by };
}

const LONE_NAME = /^\s*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?)\s+$/u;
// Pronouns, forms of address and places are read by the mention rules ("Anh nói thêm" is "he", not a name).
const NOT_NAMES = new Set([...PRONOUNS, ...HONORIFICS, ...PLACES].map((w) => w.toLowerCase()));
const NOT_A_NAME = /^(?:it|they|we|this|that|there|he|she|the|một|người|ai|họ|nó|đây|đó|tôi|chúng|nhưng|và|còn)$/iu;

/**
 * A single capitalised word right before a reporting verb, alone in its phrase ("Lindqvist said …",
 * "“…,” Lindqvist said."): in that place it names someone, usually by surname, whether or not the article
 * wrote the name with a title. It is marked as a named person so the cast can resolve it to a full name;
 * an unknown one leaves the quotation without a speaker.
 */
export function loneName(phrase: string, at: number): Mention | null {
  const m = LONE_NAME.exec(phrase);
  if (!m || NOT_A_NAME.test(m[1]!) || NOT_NAMES.has(m[1]!.toLowerCase()) || isSentenceOpener(m[1]!)) return null;
  const start = at + phrase.indexOf(m[1]!);
  return { type: 'person', name: m[1]!, role: null, gender: null, bare: false, surface: m[1]!, start, end: start + m[1]!.length };
}

/** A lone name opening the phrase before a verb, after an opening clause too ("Referring to X, Lindqvist said: …"). */
export function loneNameBefore(head: string): Mention | null {
  const from = lastBoundary(head);
  return loneName(head.slice(from), from);
}
