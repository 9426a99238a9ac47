/**
 * The form of address a page gives a person is kept through the article: a man written "ông X" is "ông" again, a young
 * man written "anh Y" is "anh" ("“…”, anh nói" is never the "ông X" quoted before). A pronoun of the other age group
 * than every form the page wrote before a person's name cannot mean that person.
 */

// Vietnamese forms of address by age group: the elder ("ông", "bà") and the younger ("anh", "chị").
const AGE_OF: ReadonlyMap<string, 'elder' | 'younger'> = new Map([
  ['ông', 'elder'], ['bà', 'elder'], ['anh', 'younger'], ['chị', 'younger'],
]);
const FORM_BEFORE_NAME = /^(\S+)\s+\p{Lu}/u;

/**
 * Whether `pronoun` ("anh", "ông" …) can mean someone written with `aliases` (the surfaces the page gave them): false
 * only when the page wrote a form of address before their name, and none of the pronoun's age group.
 */
export function addressFits(pronoun: string, aliases: Iterable<string>): boolean {
  const age = AGE_OF.get(pronoun.toLowerCase());
  if (!age) return true;
  const ages = new Set<string>();
  for (const a of aliases) {
    const form = FORM_BEFORE_NAME.exec(a)?.[1]?.toLowerCase();
    const g = form ? AGE_OF.get(form) : undefined;
    if (g) ages.add(g);
  }
  return !ages.size || ages.has(age);
}
