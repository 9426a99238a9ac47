/**
 * A question that asks what the holder of an office said when no article writes that office ("Bộ trưởng Nông
 * nghiệp nói gì về Y" when no article gives a minister of agriculture, "HLV <team> nói gì" when no article names
 * that team's coach): as for a person no article names (unknownPerson.ts), any answer would be someone else's words,
 * found because a few of the office's words happen to stand in a sentence on another topic, or through the role
 * word alone. The question is then answered with nothing, and the reply says no article names the office.
 *
 * The office is read once (askedOffices), in one of two forms (a question may read in both):
 * - a field office: the subject of a reporting verb is a head-of-body title (HEAD_OF_ROLES, "thứ trưởng", "phó …")
 *   followed by a field of office or a body ("Tài chính", "Y tế", "Công an", "Sở …"), typed in any case. It is
 *   written when one sentence, one article's headline and first paragraph, or one speaker's name and role holds
 *   the title and every content word after it (a word of a place's rank, "tỉnh", "huyện", need not stand);
 * - a named office: the question opens on a role (ROLE_NOUNS) followed by the capitalised name of whose it is (a
 *   body, a place, a team), then a reporting verb ("HLV Phù Đổng nói gì", "Đại diện Công ty X cho biết gì"). It is
 *   written when a speaker's name and office, an article's headline and first paragraph, or one paragraph holds
 *   the role (or a synonym, or its English rendering) and every word of whose it is (or its English rendering); a
 *   role that stands for anyone speaking for a body ("đại diện", "lãnh đạo") needs only the body.
 * Where the office may be written in other words than those read (a synonym of a field office, a word of a named
 * office the corpus never writes: a typo or a name), nothing is decided.
 */
import { foldText } from '../core/text.js';
import { ADMIN_UNITS, HEAD_OF_ROLES, OFFICE_FIELDS, ORG_HEADS, ROLE_NOUNS, ROLE_SYNONYMS, VIETNAMESE_SURNAMES } from '../extract/lexicon.js';
import { splitWords } from './analyze.js';
import { inOneEntity } from './cooccur.js';
import type { Engine } from './engine.js';
import { anyVoice, englishOffice, type EnglishOffice } from './englishOffice.js';
import { FIELD_LEAD, FIELD_SPEAKER, FIELD_TEXT } from './fields.js';
import { phraseLengthAt } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import { VERBS_TEXT } from './questionVerbs.js';
import { STOPWORDS } from './stopwords.js';

const words = (phrase: string): string[] => foldText(phrase).split(/\s+/).filter(Boolean);

/** The office a question asks of: its role and the words of whose it is (folded), and the office as typed. */
export interface AskedOffice {
  /** 'field': a head-of-body title and a field of office; 'named': a role and the capitalised name of whose it is. */
  form: 'field' | 'named';
  role: string;
  body: string[];
  /** The body's words as typed, lower-cased (stopwords are told apart by them). */
  lower: string[];
  typed: string;
}

// Field offices: titles of a body's head, longest first, with their deputies ("phó giám đốc"), and what may follow.
const TITLES = [...new Set([...HEAD_OF_ROLES, 'thứ trưởng', 'phó thủ tướng', 'phó chủ tịch', 'phó giám đốc', 'phó thống đốc', 'phó chánh án'])]
  .filter((t) => t === t.toLowerCase())
  .map(words)
  .sort((a, b) => b.length - a.length);
const FIELDS = [...OFFICE_FIELDS, ...ORG_HEADS].map(words).sort((a, b) => b.length - a.length);
const OFFICE_FIELD_WORDS = OFFICE_FIELDS.map(words).sort((a, b) => b.length - a.length);
// A body of government named by its field ("Bộ Y tế", "Sở Tài chính", "Cục Hải quan" is no field: not read).
const BODIES = [['bo'], ['so'], ['tong', 'cuc'], ['cuc']];
const ADMIN = new Set(ADMIN_UNITS.flatMap(words));
const SYNONYMS = ROLE_SYNONYMS.flat().map((p) => ` ${words(p).join(' ')} `);

// Named offices: any role, then at most MAX_BODY words of whose it is before the reporting verb.
const ROLES = [...new Set(ROLE_NOUNS.map((r) => foldText(r.toLowerCase())))].map((r) => r.split(' ')).sort((a, b) => b.length - a.length);
/** Roles that any person speaking for a body holds: the body alone tells whether the articles have one. */
const ANY_VOICE = new Set(['dai dien', 'lanh dao', 'quan chuc', 'nguoi phat ngon', 'phat ngon vien', 'nguoi dung dau', 'chuyen gia']);
const VERBS = VERBS_TEXT.map((v) => foldText(v).split(' '));
// Words between the body and its verb: "X đã nói", "X vừa cho biết".
const AUXILIARIES = new Set(['da', 'co', 'dang', 'se', 'vua', 'moi', 'tung']);
const MAX_BODY = 6;
const SURNAMES = new Set([...VIETNAMESE_SURNAMES].map((w) => foldText(w.toLowerCase())));

function at(list: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => list[i + k] === w);
}

/**
 * The offices a Vietnamese question asks of (see the file comment), in both forms where both read: the field form
 * from the parsed subject of a reported question, the named form from the question's first words.
 */
export function askedOffices(p: ParsedQuestion, question: string): AskedOffice[] {
  if (p.language !== 'vi') return [];
  const field = p.reported && p.intent === 'topic' ? fieldOffice(p) : null;
  const named = p.intent !== 'who' && !p.speaker ? namedOffice(question) : null;
  return [field, named].filter((o): o is AskedOffice => o !== null);
}

/** A head-of-body title and a field of office as the subject of a reported question ("Bộ trưởng Y tế nói gì"). */
function fieldOffice(p: ParsedQuestion): AskedOffice | null {
  const subject = p.words.filter((w) => w.subject);
  if (subject.length < 3 || subject.some((w, k) => k > 0 && w.pos !== subject[k - 1]!.pos + 1)) return null;
  const folded = subject.map((w) => w.folded);
  // The head's title, or a ministry, department or agency itself ("Bộ Y tế nói gì"), before the field.
  const title = TITLES.find((t) => at(folded, 0, t)) ?? BODIES.find((t) => at(folded, 0, t));
  if (!title || !OFFICE_FIELD_WORDS.some((f) => at(folded, title.length, f)) && !(TITLES.includes(title) && FIELDS.some((f) => at(folded, title.length, f)))) return null;
  // A synonym of the role ("trưởng công an" for "giám đốc công an") writes the office another way: not decided.
  if (SYNONYMS.some((s) => ` ${folded.join(' ')} `.includes(s))) return null;
  const rest = subject.slice(title.length);
  // A person's name after the office ("Thứ trưởng Quốc phòng Phan Văn Giang"): the question asks of that person,
  // whom unknownPerson.ts looks for; the office may be written in English copy only ("Deputy Minister of Defence").
  if (rest.some((w, k) => w.capital && SURNAMES.has(w.folded) && rest[k + 1]?.capital)) return null;
  const typed = subject.map((w) => w.lower).join(' ');
  return { form: 'field', role: title.join(' '), body: rest.map((w) => w.folded), lower: rest.map((w) => w.lower), typed };
}

/**
 * A role at the start of the question, then the name of whose it is, capitalised ("Y tế", "Bộ Công Thương", "Hải
 * Phòng"), then a reporting verb. A role followed by other words ("Luật sư bào chữa cho X nói gì") says what the
 * person did, not whose office it is; a person's name after the role ("Bộ trưởng Nguyễn Văn A") is unknownPerson.ts's.
 */
function namedOffice(question: string): AskedOffice | null {
  const text = question.normalize('NFC');
  const { lower, folded, starts } = splitWords(text);
  const role = ROLES.find((r) => at(folded, 0, r));
  if (!role) return null;
  const first = role.length;
  if (first >= folded.length || !/^\p{Lu}/u.test(text.slice(starts[first]!))) return null;
  for (let end = first + 1; end < folded.length && end - first <= MAX_BODY; end++) {
    let verb = end;
    while (verb < folded.length && AUXILIARIES.has(folded[verb]!)) verb++;
    if (!VERBS.some((v) => at(folded, verb, v))) continue;
    if (folded.slice(first, end - 1).some((w, k) => SURNAMES.has(w) && /^\p{Lu}/u.test(text.slice(starts[first + k + 1]!)))) return null;
    const kept = lower.slice(first, end).filter((w) => !STOPWORDS.has(w));
    const body = folded.slice(first, end).filter((_, k) => !STOPWORDS.has(lower[first + k]!));
    if (!body.length) return null;
    const typed = text.slice(0, starts[end - 1]! + lower[end - 1]!.length);
    return { form: 'named', role: role.join(' '), body, lower: kept, typed };
  }
  return null;
}

/**
 * The office a Vietnamese question asks of when no article writes it (see the file comment), as typed, or null when
 * it is written, cannot be decided, or the question asks of none.
 */
export function unknownOfficeOf(e: Engine, p: ParsedQuestion, question: string): string | null {
  for (const office of askedOffices(p, question)) {
    if ((office.form === 'field' ? fieldWritten(e, office) : namedWritten(e, office)) === false) return office.typed;
  }
  if (p.language !== 'en' || p.intent === 'who' || p.speaker) return null;
  const english = englishOffice(e, question);
  return english && englishWritten(e, english) === false ? english.typed : null;
}

/**
 * Whether a field office is written: one sentence, article lead or speaker holds the title's terms and those of
 * every content word after it; null where a phrase of the lexicon ("ủy ban nhân dân", "UBND") may write it otherwise.
 */
function fieldWritten(e: Engine, office: AskedOffice): boolean | null {
  const { body } = office;
  if (body.some((_w, k) => phraseLengthAt(e.lexicon, body, k, (key) => !e.lexicon.englishOnly.has(key)) > 0)) return null;
  const title = office.role.split(' ');
  if (fieldInVietnamese(e, office, title)) return true;
  if (!BODIES.some((b) => b.join(' ') === office.role)) return false;
  // A ministry or department may be written by its initials ("Bộ GD&ĐT", "Sở GTVT") or in English copy only
  // ("the Ministry of Finance"): not decided then.
  if (bodyByInitials(e, title, body)) return null;
  return bodyInEnglish(e, office.role, body);
}

/** Whether the corpus writes the body's head before the initials of its field ("bộ gd", "sở gtvt", "bộ kh"). */
function bodyByInitials(e: Engine, title: string[], body: string[]): boolean {
  const content = body.filter((w) => w !== 'va');
  const forms = [content.slice(0, 2), content].map((ws) => ws.map((w) => w[0]).join(''));
  return forms.some((f) => f.length >= 2 && e.index.bigram(title.at(-1)!, f) !== undefined);
}

/** Whether one sentence, article lead or speaker holds the title's terms and those of every content word after it. */
function fieldInVietnamese(e: Engine, office: AskedOffice, title: string[]): boolean {
  const { body, lower } = office;
  const terms: number[] = [];
  for (let k = 0; k + 1 < title.length; k++) {
    const id = e.index.bigram(title[k]!, title[k + 1]!);
    if (id === undefined) return false;
    terms.push(id);
  }
  if (title.length === 1) {
    // "Bộ", "Sở", "Cục" are written next to their field ("Bộ Y tế"); the syllable alone folds with "bọ", "bỏ", "số".
    const id = BODIES.some((b) => b.join(' ') === office.role) ? e.index.bigram(title[0]!, body[0]!) : e.index.unigram(title[0]!);
    if (id === undefined) return false;
    terms.push(id);
  }
  for (let k = 0; k < body.length; k++) {
    if (ADMIN.has(body[k]!) || STOPWORDS.has(lower[k]!)) continue;
    const id = e.index.unigram(body[k]!) ?? unigramOfCorrected(e, body[k]!);
    if (id === undefined) return false;
    terms.push(id);
  }
  return [FIELD_TEXT, FIELD_LEAD, FIELD_SPEAKER].some((f) => inOneEntity(e, f, terms));
}

/** Whether English copy writes a body of a field ("Ministry of Health" for "Bộ Y tế"): one rendering of each, together. */
function bodyInEnglish(e: Engine, head: string, field: string[]): boolean | null {
  const heads = e.lexicon.toEnglish.get(head) ?? [];
  const fields = e.lexicon.toEnglish.get(field.join(' ')) ?? [];
  for (const h of heads) {
    for (const f of fields) {
      const terms = [...words(h.text), ...words(f.text)].map((w) => e.index.unigram(w));
      if (terms.some((id) => id === undefined)) continue;
      if ([FIELD_TEXT, FIELD_LEAD, FIELD_SPEAKER].some((k) => inOneEntity(e, k, terms as number[]))) return null;
    }
  }
  return false;
}

function unigramOfCorrected(e: Engine, folded: string): number | undefined {
  const fixed = e.corrector.correct(folded, true);
  return fixed ? e.index.unigram(fixed) : undefined;
}

/** The folded ways of writing a phrase: itself, its synonyms and English renderings in the lexicon. */
export function renderings(e: Engine, phrase: string): string[] {
  const out = new Set([phrase]);
  for (const v of e.lexicon.phrases.get(phrase) ?? []) out.add(foldText(v.text.toLowerCase()));
  for (const v of e.lexicon.toEnglish.get(phrase) ?? []) out.add(foldText(v.text.toLowerCase()));
  return [...out];
}

function holds(padded: string, forms: string[]): boolean {
  return forms.some((f) => padded.includes(` ${f} `));
}

// Words before a title that make it another office: the deputy ("Phó Giám đốc"), the board ("Ban Giám đốc"), the chief
// executive ("Tổng giám đốc") of the body are not its director; English copy's "deputy"/"vice" likewise.
const OTHER_OFFICE_BEFORE = new Set(['pho', 'ban', 'tong', 'deputy', 'vice']);

/** Whether a folded, space-padded text holds one of the role's forms as that office, not a deputy's or a board's. */
export function holdsRole(padded: string, roles: string[]): boolean {
  for (const f of roles) {
    for (let at = padded.indexOf(` ${f} `); at >= 0; at = padded.indexOf(` ${f} `, at + 1)) {
      const before = padded.slice(0, at).trimEnd().split(' ').at(-1) ?? '';
      if (!OTHER_OFFICE_BEFORE.has(before)) return true;
    }
  }
  return false;
}

/**
 * Whether a folded, space-padded text holds the office: the role (unless any voice will do) and the body, its words
 * apart or, in `joined` (joinedRun), some of them written as one.
 */
function holdsOffice(padded: string, roles: string[] | null, body: string[], bodyAsOne: string[], joined: RegExp | null = null): boolean {
  if (roles && !holdsRole(padded, roles)) return false;
  return body.every((w) => padded.includes(` ${w} `)) || holds(padded, bodyAsOne) || (joined !== null && joined.test(padded));
}

/**
 * The body's words as a run where English copy may write some of them as one word ("Việt Nam" is "Vietnam", "Hà Nội"
 * "Hanoi" there: "Want Want Việt Nam" is held by "WANT - WANT Vietnam"), or null for a one-word body.
 */
function joinedRun(body: string[]): RegExp | null {
  if (body.length < 2) return null;
  return new RegExp(` ${body.map((w) => w.replace(/[^a-z0-9]/g, '')).join(' ?')} `);
}

function padded(text: string): string {
  return ` ${splitWords(text).folded.join(' ')} `;
}

/** Each speaker's names and office, folded and padded, by id, read once per engine (tens of thousands at scale). */
const OFFICES = new WeakMap<Engine, Map<string, string>>();
export function speakerOffices(e: Engine): Map<string, string> {
  let byId = OFFICES.get(e);
  if (!byId) {
    byId = new Map(e.directory.all.map((sp) => [sp.id, padded([sp.name, ...sp.aliases, sp.role ?? ''].join(' . '))]));
    OFFICES.set(e, byId);
  }
  return byId;
}

/**
 * Whether a named office is written: a speaker's names and office, an article's headline with its first paragraph,
 * or one of its paragraphs holds it (holdsOffice); null when a word of the body is never written (a typo or a name).
 */
function namedWritten(e: Engine, office: AskedOffice): boolean | null {
  if (office.body.some((w) => e.index.unigram(w) === undefined)) return null;
  const roles = ANY_VOICE.has(office.role) ? null : renderings(e, office.role);
  const bodyAsOne = renderings(e, office.body.join(' ')).slice(1);
  const joined = joinedRun(office.body);
  for (const held of speakerOffices(e).values()) if (holdsOffice(held, roles, office.body, bodyAsOne, joined)) return true;
  // Only the articles that hold the body's rarest word, or the rarest of an English rendering, are read.
  const text = e.index.fields[FIELD_TEXT]!;
  const postings = (w: string): number => {
    const id = e.index.unigram(w);
    return id === undefined ? 0 : text.offsets[id + 1]! - text.offsets[id]!;
  };
  const rarest = (list: string[]): string => list.reduce((a, b) => (postings(b) < postings(a) ? b : a));
  const docs = new Set<number>();
  // The lead field's entities are articles (a headline and its first paragraph): a body named only in the headline.
  const lead = e.index.fields[FIELD_LEAD]!;
  for (const list of [office.body, ...bodyAsOne.map((f) => f.split(' '))]) {
    const id = e.index.unigram(rarest(list));
    if (id === undefined) continue;
    for (let k = text.offsets[id]!; k < text.offsets[id + 1]!; k++) docs.add(e.units.docs[text.ids[k]!]!);
    for (let k = lead.offsets[id]!; k < lead.offsets[id + 1]!; k++) docs.add(lead.ids[k]!);
  }
  for (const d of docs) {
    const doc = e.extraction.documents[d];
    if (!doc) continue;
    // The headline and the first paragraph read as one: "… Kon Tum" in the headline, "Giám đốc Công an tỉnh" under it.
    const paragraphs = doc.paragraphs;
    const first = `${doc.title ?? ''} . ${paragraphs[0] ?? ''}`;
    for (const para of [first, ...paragraphs]) if (holdsOffice(padded(para), roles, office.body, bodyAsOne, joined)) return true;
  }
  return false;
}

/**
 * Whether an English office is written (englishOffice.ts): a speaker's names and office hold the role (unless any
 * voice will do), every name and every term, each in one of its renderings; or a paragraph of an article that holds
 * the last word of one of its names does, the names and terms standing in it or in the article's headline and first
 * paragraph (the place a story is about qualifies its unqualified offices: "Phó Chủ tịch UBND tỉnh").
 */
function englishWritten(e: Engine, office: EnglishOffice): boolean {
  const roles = anyVoice(office.role) ? null : renderings(e, office.role);
  const parts = [...office.names.map((n) => [n]), ...office.terms.map((t) => renderings(e, foldText(t)))];
  const held = (text: string, lead = ''): boolean =>
    (!roles || holds(text, roles)) && parts.every((forms) => holds(text, forms) || holds(lead, forms));
  for (const t of speakerOffices(e).values()) if (held(t)) return true;
  const text = e.index.fields[FIELD_TEXT]!;
  const leads = e.index.fields[FIELD_LEAD]!;
  const docs = new Set<number>();
  for (const name of office.names) {
    const id = e.index.unigram(name.split(' ').at(-1)!);
    if (id === undefined) return false;
    for (let k = text.offsets[id]!; k < text.offsets[id + 1]!; k++) docs.add(e.units.docs[text.ids[k]!]!);
    for (let k = leads.offsets[id]!; k < leads.offsets[id + 1]!; k++) docs.add(leads.ids[k]!);
  }
  for (const d of docs) {
    const doc = e.extraction.documents[d];
    if (!doc) continue;
    const paragraphs = doc.paragraphs;
    const lead = padded(`${doc.title ?? ''} . ${paragraphs[0] ?? ''}`);
    if ([lead, ...paragraphs.map(padded)].some((para) => held(para, lead))) return true;
  }
  return false;
}
