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
// Or an office written in title case with no article, then whose office it is: "Deputy Minister of Industry and
// Trade, Le Van A, said …", "Director of the Seed Centre, …"; it may follow an opening phrase ("Speaking at the
// forum, Vice Chairman of the …, X, said"). The office word is required: a bare capitalised run before the name is
// not read as a description.
const OFFICE_OF = /(?:^|[.!?]["”’]?\s+|,\s+)(?:(?:Deputy|Vice|Acting|Permanent)[\s-]+)?(?:Director(?:[\s-]+General)?|General Director|Head|Chairman|Chairwoman|Chairperson|Chief|Minister|President|Secretary(?:[\s-]+General)?|Manager|Governor|Mayor|Ambassador|Rector|Dean|Principal|Commander|Spokesman|Spokeswoman|Spokesperson|Representative)\s+of\s+[^,;:.!?§“”"]{2,140}$/u;
// Looking back further than a description runs would only rescan the sentence (docs/HARDENING.md: linear reading).
const WINDOW = 160;
const ASCII = /^[\x20-\x7E’]*$/u;

/**
 * Whether `before` (the text up to, not including, the comma that opens the name) ends on such a description that
 * opens its sentence.
 */
export function describedBeforeName(before: string): boolean {
  const tail = before.slice(-WINDOW);
  if (DESCRIPTION.test(tail) && ASCII.test(tail)) return true;
  // The office's own words are English; an opening phrase before it may quote a title in curly marks.
  const office = OFFICE_OF.exec(tail);
  return office !== null && ASCII.test(office[0]);
}

// The name's own comma, then the verb: "…, Anna Berg, said".
const VERB_AFTER_COMMA = /^\s*,\s+(?:(?:had|has)\s+)?(?:said|says|told|tells|added|noted|explained|stressed|warned|confirmed)\b/u;

/** Whether the text after a name closes its appositive and reports ("…, Anna Berg, said …"). */
export function reportsAfterClosingComma(after: string): boolean {
  return VERB_AFTER_COMMA.test(after);
}
