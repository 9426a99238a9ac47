/**
 * A bare name that opens a sentence of English copy and reports ("Tran Van Khoa said …", "Anna Berg, a union
 * official, told reporters …", "…, Anna Berg said."): English news writes a person's name without a title at first mention and the verb
 * says a person (or a company speaking as one) is meant. A Vietnamese name in English copy has lost its marks, so the
 * family-name test of Vietnamese copy cannot confirm it; the sentence's shape does. Places, outlets and buildings are
 * left out by the caller's gazetteer test.
 */

// Two to four words in title case, English letters only: "Tran Van Khoa", "Anna Berg".
const TITLE_CASE_NAME = /^[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,3}$/u;
// What opens a sentence before the name: nothing, or a sentence's end.
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+)$/u;
// After the name: the verb at once, or after an appositive set off by commas ("…, president of the union, said").
const REPORTS_AFTER = /^(?:\s*,[^,;:.“”"]{3,90},)?\s+(?:said|says|told|added|stressed|noted|explained|warned|confirmed)\b/u;

// Or after the words it reports: "…, Tran Van Khoa said." closing the sentence.
const AFTER_WORDS = /[,”"]\s*$/u;
const REPORTS_LAST = /^\s+(?:said|says|added|explained|noted)\s*[.!]/u;

/** Whether `name`, between `before` and `after` in its sentence, is an English subject that reports. */
export function reportsInEnglish(name: string, before: string, after: string): boolean {
  if (!TITLE_CASE_NAME.test(name)) return false;
  return (SENTENCE_START.test(before) && REPORTS_AFTER.test(after)) || (AFTER_WORDS.test(before) && REPORTS_LAST.test(after));
}
