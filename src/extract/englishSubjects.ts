/**
 * A bare name that opens a sentence of English copy and reports ("Tran Van Khoa said …", "Anna Berg, a union
 * official, told reporters …", "…, Anna Berg said."): English news writes a person's name without a title at first mention and the verb
 * says a person (or a company speaking as one) is meant. A Vietnamese name in English copy has lost its marks, so the
 * family-name test of Vietnamese copy cannot confirm it; the sentence's shape does. Places, outlets and buildings are
 * left out by the caller's gazetteer test.
 */
import { describedBeforeName, reportsAfterClosingComma } from './englishDescribedName.js';
import { foldText } from '../core/text.js';
import { VIETNAMESE_SURNAMES } from './lexicon.js';

// Two to four words in title case, English letters only: "Tran Van Khoa", "Anna Berg".
const TITLE_CASE_NAME = /^[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,3}$/u;
// After the name: the verb at once, or after an appositive set off by commas ("…, president of the union, said"), or
// after where the person is from ("Tran Van Giau of Vinh Long Province said: …", "… in Cai Be district said …").
// An office of nested bodies runs past 90 characters ("Director of the Health Ministry’s Department of … Management").
const REPORTS_AFTER = /^(?:\s*,[^,;:.“”"]{3,150},|\s+(?:of|in|from)\s+[^,;:.“”"]{3,60}?)?\s+(?:said|says|told|added|stressed|noted|explained|warned|confirmed)\b/u;
// Vietnamese family names as English copy writes them, without marks (folded, lower case).
const FAMILY_NAMES: ReadonlySet<string> = new Set([...VIETNAMESE_SURNAMES].map((w) => foldText(w)));
// "according to" right before the name (an honorific between them is not part of the name).
const ACCORDING_BEFORE = /(?:^|[\s,])[Aa]ccording to\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$/u;
// "…,” lawyer Ha Van Minh told Reuters", "Activist Le Van Tam said …", "her lawyer Le Van Tam told AFP": what the person
// is, in lower case, between a sentence's start, a comma or a closing quote and the name (a possessive may own it).
const LOWER_DESCRIPTOR_BEFORE = /(?:^|[.!?]\s+|[,”"]\s*)(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][a-z’'-]+['’]s)\s+)?(?:(?!(?:said|says|told|and|or|with|by|for|to|of|from|at|in|on|that|which|who|when|after|before|as|asked|quoted|also)\s)[a-z][a-z-]+\s+){1,2}$/u;
// Or after the words it reports: "…, Tran Van Khoa said." closing the sentence.
const REPORTS_LAST = /^\s+(?:said|says|added|explained|noted)\s*[.!]/u;

/**
 * Whether the name at [`start`, `end`) of `text` is an English subject that reports. What stands before it is read
 * from the characters next to it, never by a pattern over the whole text before (docs/HARDENING.md: linear reading).
 */
export function reportsInEnglish(name: string, text: string, start: number, end: number): boolean {
  if (!TITLE_CASE_NAME.test(name)) return false;
  // Where the whitespace before the name begins.
  let k = start;
  while (k > 0 && /\s/u.test(text[k - 1]!)) k--;
  const prev = text[k - 1] ?? '';
  // Nothing before it, or a sentence's end (a closing quote may follow the stop) and a space.
  const opensSentence = start === 0 || (k < start && (/[.!?]/u.test(prev) || (/["”’]/u.test(prev) && /[.!?]/u.test(text[k - 2] ?? ''))));
  // After the words it reports: a comma or a closing quote.
  const afterWords = /[,”"]/u.test(prev);
  const after = text.slice(end);
  // "The sales director of the X Hotel, Anna Berg, said …": the name closing a description that opens the sentence.
  const described = prev === ',' && reportsAfterClosingComma(after) && describedBeforeName(text.slice(Math.max(0, k - 200), k - 1));
  // "According to Bui Duc Thang, head of …, the ward …", "…, according to Bui Duc Thang.": whose account it is.
  // Only a name with a family name first: a group or a firm is cited so too ("according to Viet Tan").
  const cited = ACCORDING_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && /^\s*[,.]/u.test(after) &&
    FAMILY_NAMES.has(foldText(name.split(' ')[0]!));
  const lowerDescribed = LOWER_DESCRIPTOR_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && REPORTS_AFTER.test(after);
  return (opensSentence && REPORTS_AFTER.test(after)) || (afterWords && REPORTS_LAST.test(after)) || described || cited || lowerDescribed;
}
