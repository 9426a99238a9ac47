/**
 * "Người phát ngôn hãng X nói gì …", "What did X's CEO say …": a question whose subject is no known speaker but an
 * office, a role and whose it is. Every statement of X's article is about X, so the body's words tell its statements
 * apart no more than the topic's do; the role does: the statement of the speaker the article gives that role (in a
 * name, an alias or the office the extraction read) is the one asked for, rather than an earlier head's words quoted
 * in passing or the company's own announcement.
 */
import { foldText } from '../core/text.js';
import { ROLE_NOUNS } from '../extract/lexicon.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { holdsRole, renderings, speakerOffices } from './unknownOffice.js';

// Roles as a question writes them, folded, longest first: the extraction's titles, and English ones ("the head of …").
const ROLES = [...new Set([
  ...ROLE_NOUNS.map((r) => foldText(r.toLowerCase())),
  'ceo', 'chief executive', 'chief executive officer', 'general director', 'director', 'chairman', 'chairwoman', 'head',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'deputy minister', 'governor', 'mayor', 'president',
])].map((r) => r.split(' ')).sort((a, b) => b.length - a.length);

// Roles any person of a body may hold, or that name a trade rather than an office: they tell no one speaker apart.
const ANY = new Set(['dai dien', 'lanh dao', 'quan chuc', 'chuyen gia', 'nha phan tich', 'nha nghien cuu', 'bac si', 'luat su']);

/**
 * The folded forms of the role the subject of a reported question opens or ends on (after "the", before "of" in
 * English: "the head of …", "VinFast's CEO"), or null when the question has no such subject.
 */
export function subjectRoleForms(e: Engine, p: ParsedQuestion): string[] | null {
  if (!p.reported || p.intent !== 'topic') return null;
  const subject = p.words.filter((w) => w.subject).map((w) => w.folded);
  if (subject.length < 2) return null;
  const from = subject[0] === 'the' ? 1 : 0;
  const at = (k: number, r: string[]): boolean => r.every((w, i) => subject[k + i] === w);
  const role = ROLES.find((r) => at(from, r) && subject.length > from + r.length)
    ?? (p.language === 'en' ? ROLES.find((r) => subject.length - r.length > from && at(subject.length - r.length, r)) : undefined);
  if (!role || ANY.has(role.join(' '))) return null;
  return renderings(e, role.join(' '));
}

/** Whether the speaker of statement `u` holds the role (one of `forms`) in a name, an alias or the office read. */
export function speakerHoldsRole(e: Engine, u: number, forms: string[]): boolean {
  const id = e.units.speakerId(u);
  const held = id ? speakerOffices(e).get(id) : undefined;
  return held !== undefined && holdsRole(held, forms);
}
