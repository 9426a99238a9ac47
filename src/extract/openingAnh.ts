/**
 * "Anh" opening a sentence right before its reporting verb ("Anh cho biết …", "Anh nói …", "Anh cho rằng, …") is the
 * pronoun (he, of a young man addressed as "anh"), not the country: the country speaks through its government or
 * ministries ("Chính phủ Anh", "Bộ Ngoại giao Anh"), and mid-sentence the pronoun is written in lower case ("…, anh
 * nói"), so a capitalised "Anh" after a comma stays the country. A subject phrase of "Anh" alone gave no subject (read
 * as the country with nothing after it), and the report was dropped. Read only for a report no other rule attributes
 * (a quotation's "Anh nói: “…”" is read as before), and the pronoun means only someone the page calls "anh" (else the
 * report stays unattributed, as before: the country is not guessed to be a man).
 */
import { clauseStartAfter } from './attribution.js';
import type { Attribution } from './attributionTypes.js';
import type { Mention } from './mentions.js';
import { findReportingVerbs } from './reportingVerbs.js';

const LONE_ANH = /^(\s*)Anh\s*$/u;

/** The pronoun of a subject phrase that is only "Anh" at the sentence's start (`from` 0), or null. */
export function openingAnh(phrase: string, from: number): Mention | null {
  if (from !== 0) return null;
  const m = LONE_ANH.exec(phrase);
  if (!m) return null;
  const start = m[1]!.length;
  return { type: 'pronoun', gender: 'm', surface: 'Anh', start, end: start + 'Anh'.length, orCountry: true };
}

/** `e` when the page calls them "anh" (the form of address written before their name), else null. */
export function calledAnh<T extends { aliases: Set<string> }>(e: T | null): T | null {
  return e && [...e.aliases].some((a) => /^[Aa]nh\s+\p{Lu}/u.test(a)) ? e : null;
}

/** "Anh cho biết …" opening an indirect report: the pronoun and the verb's words, or null. */
export function openingAnhAttribution(masked: string): Attribution | null {
  const lead = /^\s*Anh\s+/u.exec(masked);
  if (!lead) return null;
  const verb = findReportingVerbs(masked.slice(0, 80))[0];
  if (!verb || verb.start !== lead[0].length) return null;
  const mention = openingAnh(masked.slice(0, verb.start), 0);
  return mention ? { mention, clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb } : null;
}
