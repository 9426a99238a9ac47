/**
 * Where a person's name starts in English copy, which writes the office between the title and the name:
 * "Minister of Health Karl Olsen", "Secretary for Security Chris Tang", "Head of the NA Standing Committee's
 * Ombudsman Commission Duong Thanh Binh". The capitalised run before the verb is office words, then the name: the
 * name starts after the last office word, or at a Vietnamese family name written without marks ("Le Van Son").
 */
import { foldText } from '../core/text.js';
import { ORG_TAILS, VIETNAMESE_SURNAMES } from './lexicon.js';
import type { Gender } from './mentionTypes.js';
import type { Token } from './tokens.js';

// Words that end the name of a body in English ("Economic Committee", "Budget Office").
const BODY_WORDS: ReadonlySet<string> = new Set([
  'Committee', 'Commission', 'Council', 'Ministry', 'Department', 'Office', 'Agency', 'Bureau', 'Assembly', 'Court',
  'Board', 'Authority', 'Administration',
]);
// Words that name a body or a field of office in English titles; never part of a personal name.
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...BODY_WORDS, 'Standing', 'Ombudsman', 'Health', 'Security', 'Defence', 'Defense',
  'Finance', 'Transport', 'Transportation', 'Justice', 'Education', 'Trade', 'Industry', 'Labour', 'Labor',
  'Agriculture', 'Interior', 'Commerce', 'Energy', 'Environment', 'Treasury', 'Culture', 'Information',
  'Communications', 'Planning', 'Investment', 'Affairs', 'Science', 'Technology', 'Tourism', 'Construction',
  'Police', 'Relations', 'Resources', 'Development', 'Services', 'Welfare',
]);
// English titles written in title case inside such a run ("… Planning Deputy Director Tran Xuan Hai"): the name
// starts after them too. Never a personal name's word in English copy.
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'Deputy', 'Vice', 'Director', 'Head', 'Chairman', 'Chairwoman', 'Chairperson', 'Chief', 'Minister', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'President', 'Secretary', 'Manager', 'Governor', 'Mayor', 'Ambassador', 'Senator',
  'Chancellor', 'Commander', 'Inspector', 'Prosecutor', 'Judge', 'Professor', 'Principal', 'Rector', 'Dean',
]);
const BARE_SURNAMES: ReadonlySet<string> = new Set([...VIETNAMESE_SURNAMES].map((s) => foldText(s).replace(/^./u, (c) => c.toUpperCase())));
const ASCII = /^[\x20-\x7E’‘]+$/u;

/**
 * How many words of the capitalised run `tokens[j .. j+run)` come before the personal name: 0 when the run is the
 * name (or is not English). At least two words are left for the name.
 */
export function englishNameStart(tokens: Token[], j: number, run: number): number {
  if (!tokens.slice(j, j + run).every((t) => ASCII.test(t.text))) return 0;
  let k = 0;
  for (let x = 0; x < run; x++) if (OFFICE_WORDS.has(tokens[j + x]!.text) || TITLE_WORDS.has(tokens[j + x]!.text)) k = x + 1;
  // "Trinh Dinh Quang": a run that opens on a family name is the name whole, though "Dinh" is a family name too.
  if (k === 0 && !BARE_SURNAMES.has(tokens[j]!.text)) {
    // "Transport Le Van Son": a family name that leaves a name of two to four words.
    for (let x = 1; x + 2 <= run && !k; x++) if (BARE_SURNAMES.has(tokens[j + x]!.text) && run - x <= 4) k = x;
  }
  // "Blue Reed Investment Holding Group": what follows the office words is a company, not a person; a name is
  // written in title case ("Chris Tang"), not in capitals.
  const name = tokens.slice(j + k, j + run);
  if (name.some((t) => ORG_TAILS.has(t.text) || OFFICE_WORDS.has(t.text) || TITLE_WORDS.has(t.text) || !/^\p{Lu}\p{Ll}/u.test(t.text))) return 0;
  return run - k >= 2 ? k : 0;
}

/**
 * The personal name that ends an English subject phrase after office words ("… Ombudsman Commission Duong Thanh
 * Binh"), as token indices [start, end), or null when the phrase does not end so.
 */
export function englishTailName(tokens: Token[]): [number, number] | null {
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  let s = end;
  while (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.word) s--;
  const run = end - s;
  if (run < 3) return null;
  const k = englishNameStart(tokens, s, run);
  return k > 0 ? [s + k, end] : null;
}

/**
 * Whether the capitalised run `tokens[j .. j+run)` after "of"/"for"/"at" in an English title names the office or the
 * team ("coach of Indian colts", "director of Acme Foods") rather than starting the person's name: it is English and
 * holds no personal name after office words, nor a Vietnamese name.
 */
export function isOfficeAfterPreposition(tokens: Token[], j: number, run: number): boolean {
  // "coach of Indian colts", "chairman of the National Assembly": "the" may come between.
  const the = tokens[j - 1]?.lower === 'the';
  const prep = the ? tokens[j - 2] : tokens[j - 1];
  // "Minister for Lands and the Environment": a second field joined by "and the" (a person takes no "the") to a field
  // after "of"/"for" is the same office; so is one joined by a bare "and" when all its words are office words
  // ("… for Regional Planning and Development"), never a name ("… for Health and Anna Berg").
  if (prep?.lower === 'and') {
    const words = tokens.slice(j, j + run);
    const field = the ? words.every((t) => ASCII.test(t.text)) : words.every((t) => OFFICE_WORDS.has(t.text));
    return field && fieldBefore(tokens, j - (the ? 3 : 2));
  }
  if (!/^(?:of|for|at)$/u.test(prep?.lower ?? '')) return false;
  if (!tokens.slice(j, j + run).every((t) => ASCII.test(t.text))) return false;
  if (englishNameStart(tokens, j, run) > 0) return false;
  return !(BARE_SURNAMES.has(tokens[j]!.text) && run >= 2 && run <= 4);
}

/** Whether the token at `end` closes a capitalised field written after "of"/"for"/"at" ("for Natural Resources"). */
function fieldBefore(tokens: Token[], end: number): boolean {
  let s = end;
  while (s > 0 && tokens[s]?.cap && tokens[s]!.word && tokens[s - 1]?.cap && tokens[s - 1]!.word) s--;
  return s <= end && !!tokens[s]?.cap && isOfficeAfterPreposition(tokens, s, end - s + 1);
}

// "Kumasi-based", "London-born": a place joined to "-based"/"-born" describes what follows; it is never a name's word.
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.’']*-(?:based|born)$/u;

/** Whether `token` is an English adjective of place ("Kumasi-based", "London-born"), and which. */
export function placeAdjective(token: Token | undefined): 'based' | 'born' | null {
  if (!token || !PLACE_ADJECTIVE.test(token.text)) return null;
  return token.text.endsWith('born') ? 'born' : 'based';
}

/** Whether an English capitalised run ends with a word that names a body ("Economic Committee", "Budget Office"). */
export function isEnglishBody(tokens: Token[], j: number, run: number): boolean {
  const last = tokens[j + run - 1];
  return !!last && ASCII.test(last.text) && BODY_WORDS.has(last.text);
}

// Words of an office that may stand before a Vietnamese name written without its marks, in the order the office is
// written ("Ministry of Foreign Affairs Do Thi Mai Lan").
const OFFICE_BEFORE_BARE_NAME: ReadonlySet<string> = new Set([
  'Ministry', 'Affairs', 'Foreign', 'Department', 'Office', 'Committee', 'Council', 'Government', 'Agency', 'Police',
  'Vietnamese', 'Vietnam', 'Embassy', 'Bank', 'Court', 'Party',
]);

/**
 * Tokens of English office words at the start of the capitalised run `tokens[j .. j+run)` that end right before a
 * Vietnamese name without diacritics (two to four words); or 0.
 */
export function englishOfficeLength(tokens: Token[], j: number, run: number): number {
  let k = 0;
  while (k < run - 2 && OFFICE_BEFORE_BARE_NAME.has(tokens[j + k]!.text)) k++;
  return k > 0 && BARE_SURNAMES.has(tokens[j + k]!.text) && run - k >= 2 && run - k <= 4 ? k : 0;
}

// "Nam, who is on a visit to …", "Anna Berg, who chairs …": English gives a person, not a thing, a "who" clause.
const NAME_WHO = /(?:^|[.!?]\s+|\n)((?:[A-Z][a-z’'-]+\s+){0,3}[A-Z][a-z’'-]+),\s+who\s/gu;

/**
 * Names that open a sentence of English copy and take a "who" clause ("Nam, who is on an official visit, …"): a
 * person's, even as one bare word. Vietnamese copy is left alone (its "người" clauses are read elsewhere).
 */
export function namesWithWhoClause(text: string): string[] {
  if (!text.includes(', who ')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(NAME_WHO)) {
    const name = m[1]!;
    // "But Nam, who …": a conjunction opening the sentence is no part of the name.
    const plain = name.replace(/^(?:But|And|Yet|Then|Meanwhile|However)\s+/u, '');
    if (plain && !/^(?:The|A|An|This|That|Those|These|It|He|She|They|We|I)$/u.test(plain)) out.push(plain);
  }
  return out;
}

// English reporting verbs after an appositive, in the copy that names a person by one word ("Lan, a fish trader, said").
const VERB_AFTER = String.raw`(?:said|says|told|added|explained|noted|stressed|complained|recalled|admitted|warned|insisted)(?![\w-])`;
// "Lan … said she has not …": the pronoun opening the reported clause is the subject's own and tells the sex.
const OWN_PRONOUN = String.raw`(?:\s+(?:that\s+)?(he|she)(?![\w-]))?`;
// "Lan, a fish trader at the port, said", "Tuan, 52, told", "Hoa, 38, a nurse, said": an article or an age sets off what
// the person is; a bare title after the comma ("Vietnam, Laos and Cambodia said") is a list, not an appositive.
const NAME_APPOSITIVE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)([A-Z][a-z’']+),\s+(?:(?:a|an)\s+[^,;:.“”"]{2,80}|\d{1,3}(?:,\s+(?:a|an)\s+[^,;:.“”"]{2,80})?),\s+${VERB_AFTER}${OWN_PRONOUN}`,
  'gu',
);
// "a fisherman named Tuan said": the name the page gives someone it describes first.
const NAMED_PERSON = new RegExp(String.raw`\b(?:a|an)\s+(?:[a-z-]+\s+){1,3}(?:named|called)\s+([A-Z][a-z’']+),?\s+${VERB_AFTER}${OWN_PRONOUN}`, 'gu');
const NOT_A_NAME = /^(?:The|A|An|This|That|Those|These|It|He|She|They|We|I|But|And|Yet|Then|Meanwhile|However)$/u;

/**
 * One-word names of English copy that a person's appositive or description makes a person's: "Lan, a fish trader at
 * the port, said …", "Tuan, 52, said …", "a fisherman named Tuan said …" (a full name is read as a subject already,
 * englishSubjects.ts). Vietnamese copy is left alone.
 */
export function namesWithPersonAppositive(text: string): Array<{ name: string; gender: Gender }> {
  if (!text.includes(', ') && !text.includes('named ') && !text.includes('called ')) return [];
  const out: Array<{ name: string; gender: Gender }> = [];
  for (const re of [NAME_APPOSITIVE, NAMED_PERSON]) {
    for (const m of text.matchAll(re)) {
      if (!NOT_A_NAME.test(m[1]!)) out.push({ name: m[1]!, gender: m[2] === 'she' ? 'f' : m[2] === 'he' ? 'm' : null });
    }
  }
  return out;
}
