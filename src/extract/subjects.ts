/**
 * The subject of a reporting verb: who, in the phrase before the verb, says the words. Walks back over appositives
 * (titles, offices, places) to the person they describe, and reads a lone capitalised word before a verb as a name.
 * Works on a sentence whose quoted spans are masked (attribution.ts finds the verbs and the forms around them). Where
 * the phrase before a verb starts is in subjectPhrase.ts, the holder of a title set off by a comma or a dash in
 * titleOwners.ts.
 */
import { HONORIFICS, isFamilyName, isSentenceOpener, PLACES, PRONOUNS, WRITER_PRONOUNS } from './lexicon.js';
import { findMentions, type Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { isBareKind } from './bodyAnaphor.js';
import { LOWER_BODY_HEAD } from './descriptions.js';
import { describedBeforeName } from './englishDescribedName.js';
import { lastBoundary, shift } from './subjectPhrase.js';
import { appositiveOwner, BODY_IN_TITLE, GOVERNED, namedPersonBeforeComma, ownerOfTitledBody, titledPersonBefore } from './titleOwners.js';

const FIRST_PERSON = new RegExp(`^\\s*(${WRITER_PRONOUNS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
const IMPERSONAL = /(?:^|[^\p{L}\p{M}])(?:có|nhiều|một số|không ít|vài)\s+(?:ý kiến|người|chuyên gia|quan điểm|nhà phân tích|đại biểu)\s*$|(?:^|[^\p{L}\p{M}])(?:dư luận|ai đó|người ta|some|many|critics)\s*$/iu;
// "… của ông Y": the person after it owns what comes before.
const OF_BEFORE = /(?:^|[^\p{L}\p{M}])của\s+$/iu;
// Conjunctions that open a clause with its own subject ("khi", "còn", "nhưng" …), alone before that subject.
const CLAUSE_OPENER = /^\s*(?:khi|lúc|còn|nhưng|song|trong khi|sau khi|trước khi|rồi)\s+$/iu;

// The second of two joined names, after the first ("Tillerson and McMaster"): a capitalised word, then "and".
const JOINED_BEFORE = /\p{Lu}[\p{L}\p{M}.]*(\s+(?:và|cùng với|and|&)\s+)$/u;

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
