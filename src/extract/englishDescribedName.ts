/**
 * English copy that describes a person first and names them after, set off by commas, before the verb: "The sales
 * director of the X Hotel in Y City, Anna Berg, said …", "A spokeswoman for the company, Tran Thi Hoa, told …",
 * "His lawyer, Le Van Duc, told reporters …" (whose lawyer is the page's earlier subject; the lawyer speaks).
 * The name closing the description is the subject; the capitalised words inside the description (the hotel, the
 * city, the body) are where the person works, never the speaker.
 */

// From the sentence's start to the comma before the name: an article or a possessive, a lower-case word (the title or an adjective),
// then a description with no clause punctuation, stop or quotation of its own.
const DESCRIPTION = /(?:^|[.!?]["”’]?\s+)(?:The|A|An|His|Her|Their)\s+[a-z][^,;:.!?§“”"]{2,140}$/u;
// Looking back further than a description runs would only rescan the sentence (docs/HARDENING.md: linear reading).
const WINDOW = 160;

/**
 * Whether `before` (the text up to, not including, the comma that opens the name) ends on such a description that
 * opens its sentence.
 */
export function describedBeforeName(before: string): boolean {
  return DESCRIPTION.test(before.slice(-WINDOW)) && /^[\x20-\x7E’]*$/u.test(before.slice(-WINDOW));
}

// The name's own comma, then the verb: "…, Anna Berg, said".
const VERB_AFTER_COMMA = /^\s*,\s+(?:said|says|told|tells|added|noted|explained|stressed|warned|confirmed)\b/u;

/** Whether the text after a name closes its appositive and reports ("…, Anna Berg, said …"). */
export function reportsAfterClosingComma(after: string): boolean {
  return VERB_AFTER_COMMA.test(after);
}
