/**
 * A question that asks of a person by full name whom no article names ("Tài xế xe tải <name> khai gì với cơ quan
 * điều tra?"): another person's statement would be a wrong name shown, so the question is answered with nothing
 * and the reply says the person is not in the articles. The question must show it names a person (a title or role
 * before the name, or the name as the subject of a reporting verb), and the name must be unknown three ways: no
 * speaker of that name, not even with one syllable mistyped ("Tạ Xân Lộc"), and not written in any article.
 */
import { foldText } from '../core/text.js';
import type { Speaker } from '../core/types.js';
import { ADMIN_UNITS, HONORIFICS, ORG_HEADS, ORG_TAILS, REPORTING_VERBS, ROLE_NOUNS, VIETNAMESE_SURNAMES } from '../extract/lexicon.js';
import { editDistance, hasDiacritics, isVietnameseSyllable, splitWords } from './analyze.js';
import type { Engine } from './engine.js';
import { inOneEntity } from './cooccur.js';
import { FIELD_LEAD, FIELD_TEXT } from './fields.js';
import { stripChatMarkup } from './chatMarkup.js';
import { VERBS_TEXT } from './questionVerbs.js';
import { STOPWORDS } from './stopwords.js';

/** A person a question asks of by full name; `foreign` for a name that is not Vietnamese. */
export interface AskedPerson {
  name: string;
  foreign: boolean;
}

/** A person the question asks of whom the corpus does not know, and known speakers with close names. */
export interface UnknownPerson {
  name: string;
  close: Speaker[];
}

// People of news stories named by what they are before their name: titles and roles (lexicon.ts) and the people of
// police and court reports ("nghi phạm", "nạn nhân").
const PERSON_TITLES = [...ROLE_NOUNS, ...HONORIFICS, 'nghi phạm', 'nghi can', 'đối tượng', 'nạn nhân', 'cựu', 'cháu', 'em']
  .map((t) => t.toLowerCase().split(/\s+/));
// Reporting verbs of news copy and of questions ("khai" is what a suspect tells the police).
const SPEECH = [...new Set([...REPORTING_VERBS, ...VERBS_TEXT])].map((v) => v.toLowerCase().split(/\s+/));
// Between the subject and its verb: "X đã khai gì", "X có nói", "X vừa cho biết".
const AUXILIARIES = new Set(['da', 'co', 'dang', 'se', 'vua', 'moi', 'tung', 'did', 'has', 'had']);
// "Thành phố Hồ Chí Minh", "tỉnh Lê …": a place named after a person is not the person.
const PLACE_UNITS = ADMIN_UNITS.map((u) => u.toLowerCase().replace(/\.$/, '').split(/\s+/));
// "Công an Đồng Nai", "Bệnh viện Bạch Mai": after a body's head written with a lower-case word, a capitalised run that
// opens on a family name is the body's place or name, not a person (a single capitalised head, "Sở", joins the run).
const BODY_HEADS = ORG_HEADS.filter((h) => h.includes(' ')).map((h) => h.toLowerCase().split(/\s+/));
const SURNAMES = new Set([...VIETNAMESE_SURNAMES].map((s) => foldText(s)));
// Descriptors between a role and the name ("tài xế xe tải X", "bị cáo 45 tuổi X"): a few lower-case words.
const MAX_GAP = 2;
const MAX_CLOSE = 3;

/** Whether a phrase (lower-case words) is at `at`: with diacritics when the question has them, folded otherwise. */
function phraseAt(lower: string[], folded: string[], at: number, phrase: string[], marks: boolean): boolean {
  return at >= 0 && phrase.every((w, k) => (marks ? lower[at + k] === w : folded[at + k] === foldText(w)));
}

/** A person title or role ending right before `end` (exclusive), or a few lower-case words before it. */
function titleBefore(lower: string[], folded: string[], caps: boolean[], end: number, marks: boolean): boolean {
  for (let gap = 0; gap <= MAX_GAP && end - gap > 0; gap++) {
    if (gap > 0 && caps[end - gap]) return false;
    const stop = end - gap;
    if (PERSON_TITLES.some((t) => phraseAt(lower, folded, stop - t.length, t, marks))) return true;
  }
  return false;
}

// The capitalised word of a ministry, a department or an agency written before a body's head ("Bộ Công an").
const BODY_OPENERS = new Set(['bo', 'so', 'cuc']);

/** Where a body whose head starts at `at` begins, taking in a capitalised "Bộ"/"Sở"/"Cục" before it. */
function bodyStart(folded: string[], caps: boolean[], at: number): number {
  return at > 0 && caps[at - 1] && BODY_OPENERS.has(folded[at - 1]!) ? at - 1 : at;
}

/** A reporting verb at `at`, past auxiliaries ("đã khai"). */
function verbAfter(lower: string[], folded: string[], at: number, marks: boolean): boolean {
  let i = at;
  while (i < folded.length && AUXILIARIES.has(folded[i]!)) i++;
  return SPEECH.some((v) => phraseAt(lower, folded, i, v, marks));
}

// Words that end the name of a body or a place, never a person's ("Hanoi Police", "Hai Phong City", "Song Lam FC").
const NOT_PERSON = new Set([...ORG_TAILS, 'Police', 'Ministry', 'Committee', 'Council', 'Department', 'Office', 'Agency',
  'City', 'Province', 'Club', 'FC', 'United', 'University', 'School', 'Hospital', 'Court', 'Party', 'Team', 'Army'].map((w) => w.toLowerCase()));

// A foreign person named by one name is asked of by a name of this many letters at least ("Kiatisak", "Troussier"):
// shorter words are as often a body's or a country's letters ("HLV Lào nói gì", "HLV U23 nói gì").
const MIN_ONE_NAME = 4;

/**
 * A foreign full name right after a title ("HLV Anders Molvik", "Tổng thống Pieter Haas", "President Anna Berg"):
 * the last two title-case words of the run, one at least no Vietnamese syllable, or a single one that is the subject
 * of a reporting verb ("HLV Kiatisak nói gì"). Returns [start, end) of the first, or null.
 */
function foreignName(lower: string[], folded: string[], original: string[], caps: boolean[], hyphen: boolean[], marks: boolean): [number, number] | null {
  for (let rs = 0; rs < folded.length; rs++) {
    if (!caps[rs] || (rs > 0 && caps[rs - 1])) continue;
    let re = rs;
    while (re < folded.length && caps[re]) re++;
    // A title inside the run ("Ông Donald Tusk", "HLV Anders Molvik") or just before it.
    let k = rs;
    for (let t = re - 1; t > rs; t--) {
      if (PERSON_TITLES.some((p) => phraseAt(lower, folded, t - p.length, p, marks) && t - p.length >= rs)) { k = t; break; }
    }
    if (k === rs && !titleBefore(lower, folded, caps, rs, marks)) continue;
    // A name written with a hyphen ("Lee Min-jun") is not read here: its parts are not words of their own.
    if (hyphen[re]) continue;
    // The name is the run's last two words: what comes before is a place or a body ("Thủ tướng Anh X Y",
    // "người phát ngôn Điện Z X Y").
    k = Math.max(k, re - 2);
    const words = original.slice(k, re);
    // One word ("HLV Kiatisak nói gì"): a person named by one name, when that name is the subject of a reporting verb.
    if (words.length < 2 && !(words[0]!.length >= MIN_ONE_NAME && verbAfter(lower, folded, re, marks))) continue;
    if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || words.some((w) => NOT_PERSON.has(w.toLowerCase()))) continue;
    if (folded.slice(k, re).every(isVietnameseSyllable)) continue;
    return [k, re];
  }
  return null;
}

/**
 * The full name the question asks of, as typed, or null: a Vietnamese one (a family name and one to three more
 * capitalised syllables, opening its capitalised run or after a title inside it, "Ông Nguyễn Văn A") with a person
 * cue, or a foreign one after a title (`foreignName`). Only the first such name counts: it is who the question asks
 * of ("X hỏi Y thế nào" asks of X).
 */
export function askedPerson(question: string): AskedPerson | null {
  const text = stripChatMarkup(question.normalize('NFC'));
  const marks = hasDiacritics(text);
  const { lower, folded, starts } = splitWords(text);
  const original = starts.map((s, i) => text.slice(s, s + lower[i]!.length));
  const caps = original.map((w) => /^\p{Lu}/u.test(w));
  if (!caps.some(Boolean)) return lowerCaseName(lower, folded, original, marks);
  const hyphen = starts.map((st) => text[st - 1] === '-');
  const foreign = foreignName(lower, folded, original, caps, hyphen, marks);
  for (let i = 0; i < (foreign ? foreign[0] : folded.length); i++) {
    if (!caps[i] || !SURNAMES.has(folded[i]!)) continue;
    // Capitalised words before the family name in the same run must be a title ("Ông", "Bộ trưởng"), or the family
    // name is inside another name ("TP Hồ Chí Minh", "Hà Nội").
    let runStart = i;
    while (runStart > 0 && caps[runStart - 1] && starts[runStart - 1]! + lower[runStart - 1]!.length + 1 >= starts[runStart]!) runStart--;
    if (PLACE_UNITS.some((u) => phraseAt(lower, folded, i - u.length, u, marks))) continue;
    // Unless the body is part of an office ("Chủ tịch Quốc hội X", "Bộ trưởng Bộ Công an X", the ministry's "Bộ" before
    // the body's head): X is then the office holder.
    if (BODY_HEADS.some((h) => phraseAt(lower, folded, i - h.length, h, marks) && !titleBefore(lower, folded, caps, bodyStart(folded, caps, i - h.length), marks))) continue;
    const titled = titleBefore(lower, folded, caps, i, marks);
    if (runStart < i && !titled) continue;
    let end = i + 1;
    while (end < folded.length && caps[end] && end - i < 4) end++;
    if (end < folded.length && caps[end]) continue;
    const name = folded.slice(i, end);
    if (name.length < 2 || !name.every(isVietnameseSyllable)) continue;
    if (!titled && !verbAfter(lower, folded, end, marks)) continue;
    return { name: original.slice(i, end).join(' '), foreign: false };
  }
  return foreign ? { name: original.slice(foreign[0], foreign[1]).join(' '), foreign: true } : null;
}

// The middle names that mark a Vietnamese personal name ("Nguyễn Văn A", "Lê Thị B").
const MIDDLE = new Set(['van', 'thi']);

/**
 * A question typed all in lower case ("tai xe luong van quoc khai gi"): no capital tells a name from words ("họ vẫn
 * phải nói" folds like a name), so both cues are needed, a title before and a reporting verb after, and the name must
 * read as one: a family name, "văn"/"thị", then one or two syllables.
 */
function lowerCaseName(lower: string[], folded: string[], original: string[], marks: boolean): AskedPerson | null {
  const none = folded.map(() => false);
  for (let i = 0; i + 2 < folded.length; i++) {
    if (!SURNAMES.has(folded[i]!) || !MIDDLE.has(folded[i + 1]!) || !titleBefore(lower, folded, none, i, marks)) continue;
    for (const end of [i + 3, i + 4]) {
      if (end > folded.length || !folded.slice(i, end).every(isVietnameseSyllable)) continue;
      if (verbAfter(lower, folded, end, marks)) return { name: original.slice(i, end).join(' '), foreign: false };
    }
  }
  return null;
}

/**
 * Whether the folded syllables of a name are written, in this order, in one sentence or statement of the corpus, or
 * in one article's title and first paragraph (a name the page gives only in its headline is written there), each
 * syllable possibly mistyped, as the corrector reads it. A syllable the index keeps no bigram of, as it is a
 * stopword as typed ("Được"), is not required to join its neighbours.
 */
function writtenInCorpus(e: Engine, syllables: string[], typed: string[]): boolean {
  const words = syllables.map((w) => (e.index.unigram(w) !== undefined ? w : e.corrector.correct(w, true) ?? w));
  const stop = typed.map((w) => STOPWORDS.has(w));
  if (words.some((w, k) => !stop[k] && e.index.unigram(w) === undefined)) return false;
  const bigrams: number[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    if (stop[k] || stop[k + 1]) continue;
    const id = e.index.bigram(words[k]!, words[k + 1]!);
    if (id === undefined) return false;
    bigrams.push(id);
  }
  return [FIELD_TEXT, FIELD_LEAD].some((field) => inOneEntity(e, field, bigrams));
}

/**
 * Whether the asked name is the end of a speaker's name the question mentions, one syllable mistyped at most: "Ông
 * Lê Quang Hùg" reads as the name "Quang Hùg" (no Vietnamese syllable ends in "g" alone, so it looks foreign) while
 * the question names Lê Quang Hùng, whom the mention finder already recognised.
 */
function tailOfMentioned(folded: readonly string[], mentioned: readonly Speaker[]): boolean {
  return mentioned.some((sp) => [sp.name, ...sp.aliases].some((form) => {
    const tail = splitWords(form).folded.slice(-folded.length);
    if (tail.length !== folded.length) return false;
    const wrong = tail.filter((t, k) => t !== folded[k]);
    return wrong.length <= 1 && tail.every((t, k) => t === folded[k] || editDistance(t, folded[k]!, 1) <= 1);
  }));
}

/**
 * The person a question asks of by full name when the corpus does not know them (see the file comment), or null.
 * `mentioned`: the speakers the question names as the mention finder reads them (typos forgiven).
 */
export function unknownPersonOf(e: Engine, question: string, mentioned: readonly Speaker[] = []): UnknownPerson | null {
  const asked = askedPerson(question);
  if (!asked) return null;
  const { name } = asked;
  if (e.directory.resolve(name)) return null;
  const { lower, folded } = splitWords(name);
  if (tailOfMentioned(folded, mentioned)) return null;
  if (asked.foreign) {
    // A foreign family name is distinctive: written anywhere (or one typo away), the person may be meant.
    const last = folded.at(-1)!;
    if (e.index.unigram(last) !== undefined || e.corrector.correct(last) !== null || e.directory.resolve(last)) return null;
  } else {
    if (e.directory.namesLike(folded).length > 0) return null;
    if (writtenInCorpus(e, folded, lower)) return null;
  }
  // Close names: known people (a Vietnamese name, as asked) sharing a syllable of the given name, the family name aside
  // ("Nguyễn" is everyone's).
  const given = new Set(folded.slice(1).filter((w) => w !== 'van' && w !== 'thi'));
  // A foreign family name one typo from a known one was taken as known above: none is close.
  const close = asked.foreign ? [] : e.directory.suggest(name, 10)
    .filter((sp) => {
      const words = foldText(sp.name).split(/\s+/);
      return words.length <= 4 && SURNAMES.has(words[0]!) && words.slice(1).some((w) => given.has(w));
    })
    .slice(0, MAX_CLOSE);
  return { name, close };
}

/**
 * The person a question asks of by full name (see the file comment) whom the articles name but never quote: a
 * Vietnamese name that is no speaker, not even with one syllable mistyped, and is written in one sentence of the
 * corpus. Any answer is someone else's words, and the reply says so.
 */
export function silentPersonOf(e: Engine, question: string): string | null {
  const asked = askedPerson(question);
  if (!asked || asked.foreign || e.directory.resolve(asked.name)) return null;
  const { lower, folded } = splitWords(asked.name);
  if (e.directory.namesLike(folded).length > 0) return null;
  return writtenInCorpus(e, folded, lower) ? asked.name : null;
}
