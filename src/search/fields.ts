/** The fields of the search index and their BM25F parameters. */

export const FIELD_TEXT = 0;
export const FIELD_SPEAKER = 1;
export const FIELD_TITLE = 2;
/** Title and first paragraph of each article: only tells which clauses an article's context holds (not scored). */
export const FIELD_LEAD = 3;

/** BM25F weight and length normalisation of the scored fields (text, speaker, title), by field number. */
export const FIELD_PARAMS: readonly { weight: number; b: number }[] = [
  { weight: 1, b: 0.75 },
  { weight: 1.2, b: 0.3 },
  { weight: 0.3, b: 0.5 },
];

/** BM25F length normalisation of `field` for a unit (or title) of `length` words: a tf is divided by it. */
export function lengthNorm(field: number, length: number, avgLength: number): number {
  const { b } = FIELD_PARAMS[field]!;
  return 1 - b + (b * length) / avgLength;
}
