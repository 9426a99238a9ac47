/**
 * A company or body named in full with the name it goes by in brackets: "Tập đoàn Bưu chính – Viễn thông Sao Mai
 * (Sao Mai) cho biết …", then "Theo Sao Mai, …", "Sao Mai cho biết …". Vietnamese news writes a long official name
 * once and the short one after; the short one is what a reader knows, and a full name cut at a dash or a common
 * word ("… Quân đội") must not stand for the body. An acronym in brackets ("Ngân hàng Nhà nước (NHNN)") is left to
 * the full name, which reads better than the letters.
 */
import type { Attribution } from './attribution.js';
import { clauseStartAfter } from './attribution.js';
import type { ArticleContext } from './context.js';
import { foldText } from '../core/text.js';
import { ORG_ACRONYM } from './lexicon.js';
import { VIETNAMESE_SYLLABLE } from './nameForms.js';
import type { Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { findReportingVerbs } from './reportingVerbs.js';

// The short names an article gave its bodies in brackets, per article (its reading context).
const BRANDS = new WeakMap<ArticleContext, Set<string>>();

const WORD = '\\p{Lu}[\\p{L}\\p{M}\\d&.-]*';
const BRAND = `${WORD}(?:\\s${WORD}){0,2}`;
// Before the subject at most a short opener ("Ngày 5/6, "); between the subject and its verb only adverbs.
const OPENER = /^(?:[^,§]{0,40},\s*)?/u;
const ADVERBS = '(?:\\s*(?:đã|cũng|còn|vừa|mới|đều|hôm nay|ngày \\d{1,2}\\/\\d{1,2})(?![\\p{L}\\p{M}]))*\\s*';
const BRACKETED_SUBJECT = new RegExp(`^(\\p{Lu}[^()§,.;:]{2,100}?)\\s*\\((${BRAND})\\)${ADVERBS}$`, 'u');
// Case matters: the short name is capitalised (a case-blind \\p{Lu} would take any word).
const THEO_BRAND = new RegExp(`^(?:[^,§]{0,40}?(?:,\\s*|\\s))?(?:[Cc]ũng\\s+)?[Tt]heo\\s+(${BRAND})\\s*,\\s*`, 'u');
const BARE_SUBJECT = new RegExp(`^(${BRAND})${ADVERBS}$`, 'u');

/**
 * Whether bracketed words are a body's short name: not an acronym, and nothing else a name can be read as (a place,
 * "Công an phường X (TP Y)"; a person, "Công ty X (Nguyễn Văn A)").
 */
function isBrand(words: string): boolean {
  if (ORG_ACRONYM.test(words)) return false;
  const read = parseSubject(words);
  return !read || (read.type === 'org' && read.start === 0 && read.end === words.length);
}

function note(ctx: ArticleContext, brand: string): void {
  const brands = BRANDS.get(ctx);
  if (!brands) BRANDS.set(ctx, new Set([brand]));
  else brands.add(brand);
}

// "Tập đoàn Vingroup", "hãng Vietjet": a company's head then one word of its own; the word alone names it later.
const HEAD_BRAND = /(?<![\p{L}\p{M}])(?:[Tt]ập đoàn|[Tt]ổng công ty|[Cc]ông ty|[Hh]ãng|[Nn]gân hàng|[Nn]hà mạng)\s+(\p{Lu}[\p{L}\p{M}\d]{2,})(?![\p{L}\p{M}\d]|\s+\p{Lu}|\s*\()/gu;

/**
 * Note the one-word names of companies the sentence writes after their head. A single Vietnamese syllable ("Công ty
 * Sông …") is the start of a longer name, not a brand.
 */
function noteHeadBrands(masked: string, ctx: ArticleContext): void {
  for (const m of masked.matchAll(HEAD_BRAND)) {
    const word = m[1]!;
    if (!VIETNAMESE_SYLLABLE.test(foldText(word).toLowerCase()) && isBrand(word)) note(ctx, word);
  }
}

function orgMention(name: string, start: number): Mention {
  return { type: 'org', name, surface: name, start, end: start + name.length };
}

/**
 * The attribution of a sentence whose subject is a body known by a bracketed short name: the sentence that names it
 * ("Công ty X (Y) cho biết …"), and later ones that use the short name alone ("Theo Y, …", "Y cho biết …").
 */
export function bodyBrandAttribution(masked: string, ctx: ArticleContext): Attribution | null {
  noteHeadBrands(masked, ctx);
  const brands = BRANDS.get(ctx);
  const theo = brands?.size ? THEO_BRAND.exec(masked) : null;
  // "Tuy nhiên, theo Y, …" opens the sentence; "Các động thái này, theo Y, là …" sets Y inside a clause of its own.
  const theoAt = theo ? theo[0].indexOf(theo[1]!) : -1;
  if (theo && theoAt <= 20 && brands!.has(theo[1]!)) {
    return { mention: orgMention(theo[1]!, theoAt), clauseStart: theo[0].length, attributionEnd: theo[0].length, via: 'theo', verb: null };
  }
  const verb = findReportingVerbs(masked)[0];
  if (!verb) return null;
  const opener = OPENER.exec(masked)![0].length;
  if (verb.start <= opener) return null;
  const head = masked.slice(opener, verb.start);
  const named = BRACKETED_SUBJECT.exec(head);
  let brand: string | null = null;
  if (named && isBrand(named[2]!)) {
    const body = parseSubject(named[1]!);
    if (body?.type !== 'org' || body.start !== 0) return null;
    brand = named[2]!;
    note(ctx, brand);
  } else {
    const bare = brands?.size ? BARE_SUBJECT.exec(head) : null;
    if (!bare || !brands!.has(bare[1]!)) return null;
    brand = bare[1]!;
  }
  const at = opener + head.lastIndexOf(brand);
  return { mention: orgMention(brand, at), clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb };
}
