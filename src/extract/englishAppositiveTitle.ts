/**
 * An English title set off by commas after a bare name: "According to Bui Duc Thang, head of the burns ward at X
 * Hospital, the ward …", "…, according to Vo Thi Lan, deputy director of the provincial Department of Transport.".
 * English writes the title after the name in lower case, with an article or an adjective or two before it; the
 * capitalised words inside it name the body, never someone else.
 */

// The head noun of a title, after at most an article and three lower-case words ("the department's deputy director").
const TITLE_HEADS = [
  'head', 'director', 'chief', 'chairman', 'chairwoman', 'chairperson', 'president', 'minister', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'manager', 'leader', 'professor', 'lecturer', 'researcher', 'expert',
  'lawyer', 'doctor', 'founder', 'owner', 'member', 'representative', 'commander', 'governor', 'mayor', 'coach',
  'analyst', 'economist', 'farmer', 'trader', 'resident', 'teacher',
];
const TITLE = new RegExp(
  String.raw`^\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z][\w’'-]*\s+){0,3}(?:${TITLE_HEADS.join('|')})(?![\w’'-])[^,;:§.!?“”"]{0,110}`,
  'u',
);
const ENGLISH = /^[\x20-\x7E’‘–—§]*$/u;

/**
 * How many characters of `rest` (what follows "According to X,") are X's English title and its comma; 0 for none.
 * Words must be left after it for the statement.
 */
export function englishTitleAfterName(rest: string): number {
  const m = TITLE.exec(rest);
  if (!m || rest[m[0].length] !== ',' || !ENGLISH.test(m[0])) return 0;
  const length = m[0].length + 1 + (/^\s*/u.exec(rest.slice(m[0].length + 1))?.[0].length ?? 0);
  return rest.slice(length).trim().split(/\s+/u).length >= 4 ? length : 0;
}

/** Whether `phrase` is exactly such a title, with nothing after it ("deputy director of the X Department"). */
export function isEnglishTitle(phrase: string): boolean {
  const m = TITLE.exec(phrase);
  return !!m && phrase.slice(m[0].length).trim() === '' && ENGLISH.test(phrase);
}
