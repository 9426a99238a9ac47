/**
 * A question that asks of an office no article mentions ("Bộ trưởng Y tế nói gì về …?" when no article names a
 * health minister, "HLV <team> nói gì …?" when no article names that team's coach): any answer would be someone
 * else's words, found through the topic or through the role word alone, so the question is answered with nothing.
 *
 * The office is read at the start of the question: a role (ROLE_NOUNS) and the words that say whose it is, up to a
 * reporting verb ("Thứ trưởng Bộ Công Thương yêu cầu gì"). It is known when a speaker's name or office, or one
 * paragraph of an article, holds the role (or a synonym, or its English rendering) and every word of whose it is
 * (or its English rendering). A role that stands for anyone speaking for a body ("đại diện", "lãnh đạo") needs only
 * the body. A question naming no body ("Bộ trưởng nói gì") is left alone.
 */
import { foldText } from '../core/text.js';
import { ROLE_NOUNS, VIETNAMESE_SURNAMES } from '../extract/lexicon.js';
import { splitWords } from './analyze.js';
import type { Engine } from './engine.js';
import { FIELD_LEAD, FIELD_TEXT } from './fields.js';
import { VERBS_TEXT } from './questionVerbs.js';
import { STOPWORDS } from './stopwords.js';

/** Roles that any person speaking for a body holds: the body alone tells whether the articles have one. */
const ANY_VOICE = new Set(['dai dien', 'lanh dao', 'quan chuc', 'nguoi phat ngon', 'phat ngon vien', 'nguoi dung dau', 'chuyen gia']);
const ROLES = [...new Set(ROLE_NOUNS.map((r) => foldText(r.toLowerCase())))].map((r) => r.split(' ')).sort((a, b) => b.length - a.length);
const VERBS = VERBS_TEXT.map((v) => foldText(v).split(' '));
// Words between the body and its verb: "X đã nói", "X vừa cho biết".
const AUXILIARIES = new Set(['da', 'co', 'dang', 'se', 'vua', 'moi', 'tung']);
const MAX_BODY = 6;
const SURNAMES = new Set([...VIETNAMESE_SURNAMES].map((w) => foldText(w.toLowerCase())));

/** The office a question asks of: its role and the words of whose it is (folded), or null. */
export interface AskedOffice {
  role: string;
  body: string[];
}

function at(words: string[], i: number, phrase: string[]): boolean {
  return phrase.every((w, k) => words[i + k] === w);
}

/**
 * The office at the start of a Vietnamese question, or null: a role, then the name of whose it is, capitalised (a
 * body, a place, a team, a field: "Y tế", "Bộ Công Thương", "Hải Phòng"), then a reporting verb. A role followed by
 * other words ("Luật sư bào chữa cho X nói gì") says what the person did, not whose office it is: left alone.
 */
export function askedOffice(question: string): AskedOffice | null {
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
    // A person's name after the role ("Bộ trưởng Nguyễn Văn A", typed right or not) is unknownPerson.ts's to read.
    if (folded.slice(first, end - 1).some((w, k) => SURNAMES.has(w) && /^\p{Lu}/u.test(text.slice(starts[first + k + 1]!)))) return null;
    const body = folded.slice(first, end).filter((_, k) => !STOPWORDS.has(lower[first + k]!));
    return body.length ? { role: role.join(' '), body } : null;
  }
  return null;
}

/** The folded ways of writing a phrase: itself, its synonyms and English renderings in the lexicon. */
function renderings(e: Engine, phrase: string): string[] {
  const out = new Set([phrase]);
  for (const v of e.lexicon.phrases.get(phrase) ?? []) out.add(foldText(v.text.toLowerCase()));
  for (const v of e.lexicon.toEnglish.get(phrase) ?? []) out.add(foldText(v.text.toLowerCase()));
  return [...out];
}

function holds(padded: string, forms: string[]): boolean {
  return forms.some((f) => padded.includes(` ${f} `));
}

/** Whether a folded, space-padded text holds the office: the role (unless any voice will do) and the body. */
function holdsOffice(padded: string, roles: string[] | null, body: string[], bodyAsOne: string[]): boolean {
  if (roles && !holds(padded, roles)) return false;
  return body.every((w) => padded.includes(` ${w} `)) || holds(padded, bodyAsOne);
}

function padded(text: string): string {
  return ` ${splitWords(text).folded.join(' ')} `;
}

/** Each speaker's names and office, folded and padded, read once per engine (tens of thousands at scale). */
const OFFICES = new WeakMap<Engine, string[]>();
function speakerOffices(e: Engine): string[] {
  let list = OFFICES.get(e);
  if (!list) {
    list = e.directory.all.map((sp) => padded([sp.name, ...sp.aliases, sp.role ?? ''].join(' . ')));
    OFFICES.set(e, list);
  }
  return list;
}

/**
 * The office a Vietnamese question asks of when no speaker and no paragraph of the corpus holds it (see the file
 * comment), or null when it is known or the question names none.
 */
export function unknownAskedOfficeOf(e: Engine, question: string): AskedOffice | null {
  const office = askedOffice(question);
  // A word of the body the corpus never writes is a typo or a name: the question is left to the usual reading.
  if (!office || office.body.some((w) => e.index.unigram(w) === undefined)) return null;
  const roles = ANY_VOICE.has(office.role) ? null : renderings(e, office.role);
  const bodyAsOne = renderings(e, office.body.join(' ')).slice(1);
  for (const held of speakerOffices(e)) if (holdsOffice(held, roles, office.body, bodyAsOne)) return null;
  // Only the articles that hold the body's rarest word, or the rarest of an English rendering, are read.
  const text = e.index.fields[FIELD_TEXT]!;
  const postings = (w: string): number => {
    const id = e.index.unigram(w);
    return id === undefined ? 0 : text.offsets[id + 1]! - text.offsets[id]!;
  };
  const rarest = (words: string[]): string => words.reduce((a, b) => (postings(b) < postings(a) ? b : a));
  const docs = new Set<number>();
  // The lead field's entities are articles (a headline and its first paragraph): a body named only in the headline.
  const lead = e.index.fields[FIELD_LEAD]!;
  for (const words of [office.body, ...bodyAsOne.map((f) => f.split(' '))]) {
    const id = e.index.unigram(rarest(words));
    if (id === undefined) continue;
    for (let k = text.offsets[id]!; k < text.offsets[id + 1]!; k++) docs.add(e.units.docs[text.ids[k]!]!);
    for (let k = lead.offsets[id]!; k < lead.offsets[id + 1]!; k++) docs.add(lead.ids[k]!);
  }
  for (const d of docs) {
    const doc = e.extraction.documents[d];
    if (!doc) continue;
    // The headline and the first paragraph read as one: "… Kon Tum" in the headline, "Giám đốc Công an tỉnh" under it.
    const lead = `${doc.title ?? ''} . ${doc.paragraphs[0] ?? ''}`;
    for (const p of [lead, ...doc.paragraphs]) if (holdsOffice(padded(p), roles, office.body, bodyAsOne)) return null;
  }
  return office;
}
