/** Reported words and the attribution after them, as postposed.ts and englishAccording.ts read them. */
import type { Attribution } from './attribution.js';

export interface PostposedClause {
  /** The reported words: the sentence up to the comma before the attribution, without a dateline. */
  text: string;
  attribution: Attribution;
  /** Where the attribution starts (the comma before it). */
  comma: number;
}
