/**
 * Who says a statement, from the Vietnamese reporting patterns around it:
 * "X cho biết (rằng) …", "X nói: “…”", "“…”, X nói.", "Theo X, “…”", "Y dẫn lời X cho biết …".
 * Works on a sentence whose quoted spans are masked, so words inside a quotation never attribute it.
 */
import { foldText } from '../core/text.js';
import { COMPLEMENTISERS, ENGLISH_PARTICIPLES, ENGLISH_TITLE_ARTICLE, HONORIFICS, PLACES, PRONOUNS, SENTENCE_OPENERS, isFamilyName, WRITER_PRONOUNS } from './lexicon.js';
import { findMentions, parseSubject, type Mention } from './mentions.js';
import { findReportingVerbs, NEGATED_BEFORE, type VerbHit } from './reportingVerbs.js';


// Where a subject phrase can start: after clause punctuation, a masked quotation, "dẫn lời", or a "rằng".
// "A làm X trong bối cảnh B tuyên bố …", "A tăng trong khi B nói …": the verb's subject is in the subordinate clause.
// The period of initials ("anh H.T.M. cho biết") is inside the name, not a sentence's end.
const BOUNDARY = /[,;:()–—§]|\s-\s|dẫn lời|rằng|(?<!(?:^|[\s.])\p{Lu})\.\s|(?<![\p{L}])trong (?:bối cảnh|khi)(?![\p{L}])/giu;

// A subject phrase (name, role, appositive) is far shorter; looking further back for its start made every verb of a
// long run scan the sentence again.
const SUBJECT_WINDOW = 300;

/** Where the phrase ending at the end of `text` starts: after its last boundary, at most SUBJECT_WINDOW back. */
function lastBoundary(text: string): number {
  const from = Math.max(0, text.length - SUBJECT_WINDOW);
  let at = from;
  for (const m of text.slice(from).matchAll(BOUNDARY)) at = from + m.index + m[0].length;
  return at;
}

const FIRST_PERSON = new RegExp(`^\\s*(${WRITER_PRONOUNS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const IMPERSONAL = /(?:^|[^\p{L}\p{M}])(?:có|nhiều|một số|không ít|vài)\s+(?:ý kiến|người|chuyên gia|quan điểm|nhà phân tích|đại biểu)\s*$|(?:^|[^\p{L}\p{M}])(?:dư luận|ai đó|người ta|some|many|critics)\s*$/iu;
// Words that make the name after them their object: "chuyến thăm của X", "câu hỏi về X", "khi gặp X".
const GOVERNED = /(?:^|[^\p{L}\p{M}])(?:của|về|với|cho|đến|tới|gặp|thăm|hỏi|mời|tiếp|of|about|with|to|for|by)\s+$/iu;

// The second of two joined names, after the first ("Tillerson and McMaster"): a capitalised word, then "and".
const JOINED_BEFORE = /\p{Lu}[\p{L}\p{M}.]*(\s+(?:và|cùng với|and|&)\s+)$/u;

const ARTICLE_ONLY = new RegExp(String.raw`^\s*${ENGLISH_TITLE_ARTICLE}$`, 'iu');

/** True for mentions that can say something. Places and outlets report or host; they do not speak here. */
export function isSpeakerMention(m: Mention | null): m is Exclude<Mention, { type: 'nonSpeaker' }> {
  return !!m && m.type !== 'nonSpeaker';
}

/**
 * The subject of the reporting verb at `verb`: the first mention of the phrase that ends at the verb. When
 * that phrase is empty or only a role ("Ông X, Bộ trưởng Y, cho biết"), the phrase before the comma is tried.
 */
export function subjectOf(masked: string, verb: VerbHit, knownName: (n: string) => boolean): Mention | null {
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
    // "Tillerson and McMaster underlined …": two people say it together; the report is credited to the first named,
    // as for "Ông X và bà Y cho biết …" (the English name read from the end of the phrase is the second).
    const joined = m && hop === 0 ? JOINED_BEFORE.exec(phrase.slice(0, m.start)) : null;
    if (joined) {
      const head = `${phrase.slice(0, m!.start - joined[1]!.length)} `;
      const first = parseSubject(head, knownName) ?? loneName(head, 0);
      return first && first.type === 'person' ? shift(first, from) : null;
    }
    // Past the first comma only a person or pronoun ends the walk: an institution there is an appositive.
    const person = m && (m.type === 'pronoun' || (m.type === 'person' && (!m.bare || knownName(m.name))));
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
    if (!/,\s*$/.test(sep) && !closingDash) break;
    end = sep.replace(closingDash ? /\s[-–—]\s*$/u : /,\s*$/, '').length;
  }
  return fallback;
}

/**
 * "Chị Hà Linh, chủ tịch Quỹ Sáng Tạo đồng tình": a title with capitalised words right after a named person and
 * a comma is that person's appositive, the words name the body she heads; the named person is the subject.
 * `m` was parsed from `text` at `from`; returns the person of the clause before the comma, or null.
 */
function appositiveOwner(text: string, from: number, m: Mention, knownName: (n: string) => boolean): Mention | null {
  if (m.type !== 'person' || !m.role || m.start > 2) return null;
  const before = text.slice(0, from);
  if (!/,\s*$/.test(before)) return null;
  const prevHead = before.replace(/,\s*$/, '');
  const at = lastBoundary(prevHead);
  const phrase = prevHead.slice(at);
  const p = parseSubject(phrase, knownName);
  if (!p || p.type !== 'person' || !ownsPhrase(phrase, p, knownName) || p.role) return null;
  return shift(p, at);
}

/**
 * "Thượng tá Lê Văn A - Trưởng Công an huyện B thông tin:", "Ông C, Giám đốc Sở D, cho biết": a title with no name
 * (`m`, parsed at `from`) right after a dash or a comma names the office of the person the phrase before it names.
 */
function titledPersonBefore(text: string, from: number, m: Mention, knownName: (n: string) => boolean): Mention | null {
  const sep = /(?:,|\s[-–])\s*$/u.exec(text.slice(0, from));
  // "Ông X - CEO Sao Mai cho hay": a title then a capitalised run that opens with no family name, after a named
  // person, names the body whose title it is (the parser took the run for the holder's name).
  const bodyAsName = m.type === 'person' && m.role !== null && !isFamilyName(m.name.split(/\s+/)[0]!);
  // "Anna Berg, the Dutch coach of …, said": English puts an article and an adjective before the title.
  const opens = m.start <= 2 || ARTICLE_ONLY.test(text.slice(from, from + m.start));
  if ((m.type !== 'role' && !bodyAsName) || !opens || !sep) return null;
  const prevHead = text.slice(0, sep.index);
  const at = lastBoundary(prevHead);
  const phrase = prevHead.slice(at);
  const p = parseSubject(phrase, knownName);
  return p && p.type === 'person' && ownsPhrase(phrase, p, knownName) ? shift(p, at) : null;
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
  const poss = /^\s*['’]s\s+/u.exec(phrase.slice(end));
  if (!poss) return null;
  const at = end + poss[0].length;
  const m = parseSubject(phrase.slice(at), knownName);
  return isSpeakerMention(m) && m.start <= 2 ? shift(m, from + at) : null;
}

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

function shift(m: Mention, by: number): Mention {
  return { ...m, start: m.start + by, end: m.end + by };
}

export interface Attribution {
  mention: Mention;
  /** Offset in the sentence where the reported words start (after the verb and "rằng"/":"). */
  clauseStart: number;
  /** Offset of the end of the attribution phrase (verb or postposed phrase), for dating. */
  attributionEnd: number;
  via: 'verb' | 'postposed' | 'theo' | 'colon';
  verb: string | null;
}

// English puts the day between the verb and its clause: "said Thursday (that) …", "vowed later on Monday that …".
const ENGLISH_DAY = '(?:(?:later|earlier)\\s+)?(?:(?:on|last|this)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\s+';
const COMPLEMENT_RE = new RegExp(`^\\s*(?:thêm\\s+)?(?:${ENGLISH_DAY})?(?:,\\s*)?(?:(?:${COMPLEMENTISERS.join('|')})\\s*)?:?\\s*`, 'iu');
// "nói với các phóng viên rằng": the addressee sits between the verb and the reported words.
const ADDRESSEE_RE = /^\s+với\s+[^,.;:§]{1,60}?\s+(?:rằng|là)\s*:?\s*/iu;

const VENUE_THAT = /^\s+(?:trên|tại|trong|qua)\s+[^,.;:§]{1,60}?\s+rằng(?![\p{L}\p{M}])\s*,?\s*/iu;

/** Where the reported words begin after a verb. */
export function clauseStartAfter(masked: string, verb: VerbHit): number {
  const rest = masked.slice(verb.end);
  const addressee = verb.verb.endsWith('với') ? /^\s+[^,.;:§]{1,60}?\s+(?:rằng|là)\s*:?\s*/iu.exec(rest) : ADDRESSEE_RE.exec(rest);
  if (addressee) return verb.end + addressee[0].length;
  // "công bố trên mạng xã hội rằng, …", "cho biết tại cuộc họp rằng …": where it was said, then the words.
  const venue = VENUE_THAT.exec(rest);
  if (venue) return verb.end + venue[0].length;
  return verb.end + (COMPLEMENT_RE.exec(rest)?.[0].length ?? 0);
}

const TOPIC_CLAUSE = /(?:^|\s)việc\s/iu;
const ASKED_TO = /(?:^|[\s,])(?:đề nghị|yêu cầu|mời|xin|kính mong)\s+$/iu;

/** Leftmost reporting verb with a speaker as subject, before `limit` (the quote, or the sentence end). */
export function leftAttribution(masked: string, limit: number, knownName: (n: string) => boolean): Attribution | null {
  for (const verb of findReportingVerbs(masked.slice(0, limit))) {
    const mention = ENGLISH_PARTICIPLES.has(verb.verb)
      ? participleSubject(masked.slice(0, verb.start), knownName)
      : subjectOf(masked, verb, knownName) ?? loneNameBefore(masked.slice(0, verb.start));
    if (!isSpeakerMention(mention)) continue;
    // "Đề nghị Bộ trưởng cho biết …", "mời ông X phát biểu": someone is asked to speak; the words are not theirs yet.
    if (ASKED_TO.test(masked.slice(Math.max(0, mention.start - 16), mention.start))) continue;
    // "trả lời câu hỏi về việc ông X tuyên bố …, bà Y cho biết …": a verb inside "việc …" is the topic, not the report.
    const head = masked.slice(0, verb.start);
    if (TOPIC_CLAUSE.test(head.slice(lastBoundary(head)))) continue;
    // "không tin lệnh ngừng bắn mà ông Y tuyên bố ở Z": a verb of a relative clause names what Y announced before; the
    // sentence reports its own subject's words.
    if (RELATIVE_BEFORE.test(head.slice(lastBoundary(head)))) continue;
    // "Khi nhà báo hỏi lại, bà X đáp “…”": a verb in the opening "when" clause sets the scene; the main clause reports.
    if (WHEN_OPENING.test(head) && masked.slice(verb.end, limit).includes(',')) continue;
    return { mention, clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb };
  }
  return null;
}

const RELATIVE_BEFORE = /\s(?:mà|which)\s+(?:[^\s,;§]+\s+){1,6}$/iu;
const WHEN_OPENING = /^\s*(?:khi|lúc|mỗi khi|sau khi|trước khi|when|after|as)\s[^,;]*$/iu;

// Before the subject of the main clause, at most a short opening phrase ("On Monday, ", "In Oslo, ").
const OPENING_PHRASE = /^(?:[^,§]{1,40},\s*)?$/u;

/**
 * "Berg met the mayor, saying …", "Lindqvist later contradicted Berg, asserting that …": a participle's subject is
 * the subject of the sentence, its first mention, which opens it; never a noun of the clause in between.
 */
function participleSubject(head: string, knownName: (n: string) => boolean): Mention | null {
  // A surname opening the sentence ("Lindqvist later contradicted Berg, …") comes before any mention after it.
  const first = loneName(/^\s*\S+\s/u.exec(head)?.[0] ?? '', 0) ?? findMentions(head, knownName)[0] ?? null;
  if (!isSpeakerMention(first) || !OPENING_PHRASE.test(head.slice(0, first.start))) return null;
  return first;
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
function loneName(phrase: string, at: number): Mention | null {
  const m = LONE_NAME.exec(phrase);
  if (!m || NOT_A_NAME.test(m[1]!) || NOT_NAMES.has(m[1]!.toLowerCase()) || SENTENCE_OPENERS.has(foldText(m[1]!))) return null;
  const start = at + phrase.indexOf(m[1]!);
  return { type: 'person', name: m[1]!, role: null, gender: null, bare: false, surface: m[1]!, start, end: start + m[1]!.length };
}

/** A lone name opening the phrase before a verb, after an opening clause too ("Referring to X, Lindqvist said: …"). */
function loneNameBefore(head: string): Mention | null {
  const from = lastBoundary(head);
  return loneName(head.slice(from), from);
}

// A short description before the name after a quotation ("“…,” Kremlin spokesman Anna Berg said."): a few
// words with no conjunction or preposition that would start another clause.
const DESCRIPTOR_BEFORE = /^(?!.*(?:^|\s)(?:và|nhưng|còn|trong khi|khi|and|but|while|as|when|after|before)\s)(?:[\p{L}\p{M}\p{N}'’.-]+\s+){1,4}$/iu;

/** "“…”, ông X nói." / "“…”, theo bà Y." / "“…,” said X." after a closing quote at `from`. */
export function postposedAttribution(masked: string, from: number, knownName: (n: string) => boolean, innerPunct = false): Attribution | null {
  const rest = masked.slice(from);
  // "“…”, ông X nói." and, as often in Vietnamese copy, "“…” - ông X nói." / "“…”-ông X nói.". English keeps
  // the comma inside the marks ("“…,” Berg said."), as both languages do with "?" and "!": `innerPunct`.
  const found = /^[\s.?!…]*(?:,\s*(?:[–—-]\s*)?|[–—-]\s*)/u.exec(rest) ?? (innerPunct ? /^\s+/u.exec(rest) : null);
  if (!found) return null;
  // "“…”, AFP dẫn lời tổng thống nói.": the outlet quotes; the speaker is the one after "dẫn lời".
  const quoting = /^[^,;§]{1,40}?\s(?:dẫn lời|trích lời)\s+/iu.exec(rest.slice(found[0].length));
  const leadLength = found[0].length + (quoting ? quoting[0].length : 0);
  const body = rest.slice(leadLength);
  // "theo ông X" / "according to X", and the noun forms "- chia sẻ của ông X", "- lời ông X".
  // "- vẫn lời ông X", "- cũng lời bà Y": the same person's words again.
  const theo = /^(?:theo|according to|(?:lời\s+)?(?:chia sẻ|phát biểu|nhận định|nhận xét|bình luận|khẳng định|trả lời)\s+của|(?:(?:vẫn|cũng)\s+)?lời)\s+([^,.;§]{2,80})/iu.exec(body);
  if (theo) {
    const m = parseSubject(theo[1]!, knownName);
    if (!isSpeakerMention(m)) return null;
    const at = from + leadLength + theo[0].length - theo[1]!.length;
    return { mention: { ...m, start: m.start + at, end: m.end + at }, clauseStart: 0, attributionEnd: at + theo[1]!.length, via: 'postposed', verb: null };
  }
  const verb = findReportingVerbs(body.slice(0, 120))[0] ?? closingVerb(body);
  if (!verb) return null;
  const at = from + leadLength;
  // Only right after a quotation: in a sentence of reported words, "…, ông X, Chủ tịch xã, cho biết …" is the subject
  // of a verb that opens its clause, and the words before the comma are not his.
  if (/[,;§]/.test(body.slice(0, verb.start))) return /[§"”»]\s*[.?!…]?\s*$/u.test(masked.slice(0, from)) ? appositivePostposed(body, verb, at, knownName) : null;
  // English puts the verb first as often as last: "“…,” said Anna Berg, the minister.".
  if (ENGLISH_PARTICIPLES.has(verb.verb)) return null;
  if (body.slice(0, verb.start).trim() === '') {
    const after = /^[^,.;:§]{2,80}/u.exec(body.slice(verb.end));
    const m = after ? parseSubject(after[0], knownName) : null;
    // "…, said the provincial chairman." / "…, said Chairman of the People's Committee Le Van Tam.": a description, or
    // in English a title with its office, may come before the subject.
    const titled = m?.type === 'person' && !m.bare && /^[\x20-\x7E’]+$/u.test(after![0]);
    if (!isSpeakerMention(m) || !(m.start <= 2 || titled || DESCRIPTOR_BEFORE.test(after![0].slice(0, m.start)))) return null;
    const off = at + verb.end;
    // "…, said Vu Hong Thanh, head of …": a full name right after the verb is its subject, title or not.
    const named = m.type === 'person' && m.bare && m.start <= 2 && /^\p{Lu}\S*\s+\p{Lu}/u.test(m.name) ? { ...m, bare: false } : m;
    return { mention: { ...named, start: m.start + off, end: m.end + off }, clauseStart: 0, attributionEnd: off + after![0].length, via: 'postposed', verb: verb.verb };
  }
  const m = parseSubject(body.slice(0, verb.start), knownName) ?? loneName(body.slice(0, verb.start), 0);
  // "“…”, một bị cáo khác nói." / "“…,” Kremlin spokesman X said.": a determiner or a short description may come first.
  if (!isSpeakerMention(m) || !(m.start <= 2 || DESCRIPTOR_BEFORE.test(body.slice(0, m.start)))) return null;
  return { mention: { ...m, start: m.start + at, end: m.end + at }, clauseStart: 0, attributionEnd: at + verb.end, via: 'postposed', verb: verb.verb };
}

// "“…” - bà X thông tin.": a noun everywhere else, "thông tin" is the reporting verb when it ends the attribution;
// "…, ông X so sánh.": "so sánh" takes what it compares as its object, except at the end, after the words compared.
const CLOSING_VERB = /(?<![\p{L}\p{M}])(?:thông tin|so sánh)(?=\s*[.!…]*\s*$)/iu;

function closingVerb(body: string): VerbHit | undefined {
  const m = CLOSING_VERB.exec(body);
  return m && m.index < 120 ? { start: m.index, end: m.index + m[0].length, verb: m[0].toLowerCase() } : undefined;
}

// What may stand between a named speaker's comma and the verb after a quotation: their title and office, a few words
// with no clause of their own ("…”, ông X, Chủ tịch UBND xã Y, nói.").
const POSTPOSED_APPOSITIVE = /^,\s*[^,;§:]{2,90}?,?\s*$/u;
// The same set off by a dash ("… – Bộ trưởng, Chủ nhiệm Văn phòng Y nói", "… - Trưởng Công an huyện - cho biết").
const DASHED_APPOSITIVE = /\s[–—-]\s*[^;§:–—]{2,90}?(?:\s[–—-])?,?\s*$/u;

/**
 * "“…” - ông X, Chủ tịch UBND xã Y nói." / "“…”, bà Z, Giám đốc Trung tâm W, cho biết.": after the quotation, a
 * named person, then their title between commas, then the verb. Only a person named as one (a title or an honorific
 * before the name, or a full name) is taken; the description after the comma never names the speaker.
 */
function appositivePostposed(body: string, verb: VerbHit, at: number, knownName: (n: string) => boolean): Attribution | null {
  const comma = body.indexOf(',');
  // "ông X – Bộ trưởng, Chủ nhiệm Văn phòng Y nói": a dash sets off the title, commas and all, up to the verb.
  const dash = DASHED_APPOSITIVE.exec(body.slice(0, verb.start));
  const cut = dash && dash.index < comma ? dash.index : comma;
  if (cut <= 0 || cut > verb.start || (cut === comma && !POSTPOSED_APPOSITIVE.test(body.slice(comma, verb.start)))) return null;
  const head = body.slice(0, cut);
  const m = parseSubject(head, knownName);
  if (!m || m.type !== 'person' || m.start > 2 || head.slice(m.end).trim() !== '') return null;
  if (m.bare && !knownName(m.name) && !/^\p{Lu}\S*\s+\p{Lu}/u.test(m.name)) return null;
  return { mention: { ...m, start: m.start + at, end: m.end + at }, clauseStart: 0, attributionEnd: at + verb.end, via: 'postposed', verb: verb.verb };
}

// Between a country or city that opens the clause and its reporting verb: a few adverbs only ("Na Uy đã khẳng định").
const PLACE_THEN_VERB = /^\s*(?:(?:đã|cũng|vẫn|tiếp tục|từng|liên tục|nhiều lần|mới đây|hôm nay|hôm qua)\s+){0,3}$/iu;

/**
 * "Na Uy khẳng định …", "Oslo đã cáo buộc …": a country or a capital that opens a sentence (after at most a short
 * opening phrase) and says something through its government. A place is never shown as a speaker (cast.ts), so the
 * statement keeps no name; the words are still a report, not narration.
 */
export function placeSubjectAttribution(masked: string, knownName: (n: string) => boolean): Attribution | null {
  const verb = findReportingVerbs(masked)[0];
  if (!verb) return null;
  const head = masked.slice(0, verb.start);
  const first = findMentions(head, knownName)[0];
  if (!first || first.type !== 'nonSpeaker' || !/^(?:[^,§]{0,40},)?\s*$/u.test(head.slice(0, first.start))) return null;
  if (!PLACE_THEN_VERB.test(head.slice(first.end)) || NEGATED_BEFORE.test(head)) return null;
  return { mention: first, clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb };
}

/** "Theo ông X, …" / "Theo ông X: “…”" / "Cũng theo bà Y, …" / "According to X, …" at the start of a sentence (persons and organisations, never outlets). */
export function theoAttribution(masked: string, knownName: (n: string) => boolean): Attribution | null {
  // "Theo bà X, …", "Tuy nhiên, theo bà X, …", "Khi đó, theo trí nhớ của ông, …": a short opener may come first.
  const m = /^(?:[^,§]{0,40}?(?:,\s*|\s))?(?:cũng\s+)?(?:theo|according to)\s+([^,:§]{2,80})[,:]\s*/iu.exec(masked);
  if (!m) return null;
  if (m[0].length - m[1]!.length > 20) return null;
  const subject = parseSubject(m[1]!, knownName);
  if (!isSpeakerMention(subject)) return null;
  const at = m[0].indexOf(m[1]!);
  return {
    mention: { ...subject, start: subject.start + at, end: subject.end + at },
    clauseStart: m[0].length, attributionEnd: m[0].length, via: 'theo', verb: null,
  };
}

/** "Ông X: “…”" — a speaker and a colon right before the quote. */
export function colonAttribution(masked: string, quoteOpen: number, knownName: (n: string) => boolean): Attribution | null {
  const head = masked.slice(0, quoteOpen);
  if (!/:\s*$/.test(head)) return null;
  const body = head.replace(/:\s*$/, '');
  const from = lastBoundary(body);
  const m = parseSubject(body.slice(from), knownName);
  if (!isSpeakerMention(m) || m.start > 2) return null;
  const mention = appositiveOwner(body, from, m, knownName) ?? titledPersonBefore(body, from, m, knownName) ?? shift(m, from);
  return { mention, clauseStart: quoteOpen, attributionEnd: quoteOpen, via: 'colon', verb: null };
}

// Nouns of speech after which "của X" names the speaker: "phần chia sẻ của ông X, …: “…”".
const SPEECH_OF = /(?:chia sẻ|phát biểu|lời|ý kiến|câu trả lời|nhận định|nhận xét|tâm sự|bình luận)\s+của\s*$/iu;

/**
 * A description between the speaker and the colon before a long quotation: "HLV X cũng dành những lời khen cho
 * đồng nghiệp: “…”", "Đại biểu Y (Z) có chung nỗi lo này: “…”". The speaker is the sentence's first person,
 * when it opens the sentence (a few words at most before it) or follows a noun of speech ("phần chia sẻ của ông X").
 */
export function describedColonAttribution(masked: string, quoteOpen: number, knownName: (n: string) => boolean): Attribution | null {
  const head = masked.slice(0, quoteOpen);
  if (!/:\s*$/.test(head)) return null;
  const first = findMentions(head, knownName).find((m) => m.type !== 'org');
  if (!first || (first.type !== 'person' && first.type !== 'role' && first.type !== 'pronoun')) return null;
  const before = head.slice(0, first.start);
  const opening = before.slice(before.lastIndexOf(',') + 1).trim();
  if ((opening.match(/\S+/gu)?.length ?? 0) > 3 && !SPEECH_OF.test(before)) return null;
  return { mention: first, clauseStart: quoteOpen, attributionEnd: quoteOpen, via: 'colon', verb: null };
}

// A comma and a conjunction that opens a contrasting or further clause: "…, song phía Y khẳng định …", "…, nhưng bà
// Y nói …", "…, còn ông Z cho rằng …", "…, while Y said …".
const NEXT_CLAUSE = /,\s*(?:song|nhưng|tuy nhiên|trong khi(?: đó)?|còn|while|but)\s+/giu;
// The subject of a clause is its first words: a verb further on belongs to something it reports.
const SUBJECT_REACH = 40;

/**
 * Where, in the words a report gives from `from` on, another speaker's report begins ("Ông X tuyên bố rằng A, song
 * phía Y khẳng định B": B is Y's, never X's): a conjunction after a comma, then a subject and its reporting verb.
 * -1 when none.
 */
export function otherReportAt(masked: string, from: number, knownName: (n: string) => boolean): number {
  NEXT_CLAUSE.lastIndex = from;
  for (let m = NEXT_CLAUSE.exec(masked); m; m = NEXT_CLAUSE.exec(masked)) {
    const rest = masked.slice(m.index + m[0].length);
    const verb = findReportingVerbs(rest.slice(0, SUBJECT_REACH + 20))[0];
    if (!verb || verb.start > SUBJECT_REACH) continue;
    // A subject of its own ("song phía Y khẳng định", "nhưng bà Y nói"), even one that cannot speak here (a place
    // standing for its government); "…, nhưng cũng khẳng định …" goes on with the same speaker.
    const head = rest.slice(0, verb.start);
    if (!/[,;§]/u.test(head) && findMentions(head, knownName).length) return m.index;
  }
  return -1;
}
