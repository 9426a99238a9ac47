/**
 * Coverage: the share of a question's clause weight a unit holds, from the clauses its own words hold and, for a
 * quote or event, those its article's title or lead holds. The scorer sums what each clause marks; the rules on
 * what counts in part are here.
 */
import type { Clause } from './clauses.js';

/** A syllable found without the rest of the two-syllable word asked for ("mạc" in "khai mạc" for "bế mạc") counts this much. */
const ORPHAN_SHARE = 0.4;
/**
 * A quote or event is about its article: a clause its own words miss but its article's title or lead (the first
 * paragraph, where news states who, what and where) holds counts too, so between two statements of one article
 * what tells them apart is their own words ("bế mạc" against "khai mạc"), not which one repeats the place. Only
 * for a unit whose own words already hold OWN_MIN of the question: the article alone never makes an answer.
 * Passages get nothing from it (a sentence is not an answer because its article is on topic).
 */
export const TITLE_SHARE = 0.5;
export const OWN_MIN = 0.3;
/** Clauses tracked one bit each per unit; further clauses are scored but never discounted. */
export const MASK_BITS = 32;

/**
 * The clause weight a unit holds: `matched`, the weight of the clauses its words hold (a clause found only in
 * another written form in part), less the orphan syllables of two-syllable words (`paired`: the clauses, within
 * MASK_BITS, that are one syllable of such a word; `mask`: the clauses it holds as asked, one bit each), plus
 * TITLE_SHARE of the clauses only its article's title or lead holds (`docMask`; null for a passage or a unit of no
 * known article) once it holds OWN_MIN of `total`.
 */
export function heldWeight(clauses: Clause[], paired: number[], total: number, matched: number, mask: number, docMask: number | null): number {
  for (const ci of paired) {
    if (!(mask & (1 << ci))) continue;
    const pairs = clauses[ci]!.pairs!;
    if (pairs.every((p) => !(mask & (1 << p.partner)) && !(mask & (1 << p.bigram)))) {
      matched -= (1 - ORPHAN_SHARE) * clauses[ci]!.weight;
    }
  }
  if (docMask !== null && matched >= OWN_MIN * total) {
    for (let extra = docMask & ~mask; extra !== 0; extra &= extra - 1) {
      matched += TITLE_SHARE * clauses[31 - Math.clz32(extra & -extra)]!.weight;
    }
  }
  return matched;
}
