/** Who says a statement and where its words and attribution lie in the sentence (attribution.ts). */
import type { Mention } from './mentions.js';

export interface Attribution {
  mention: Mention;
  /** Offset in the sentence where the reported words start (after the verb and "rằng"/":"). */
  clauseStart: number;
  /** Offset of the end of the attribution phrase (verb or postposed phrase), for dating. */
  attributionEnd: number;
  via: 'verb' | 'postposed' | 'theo' | 'colon';
  verb: string | null;
  /** Reported by a body's finding or document (findings.ts), which was written before the day it is told. */
  finding?: boolean;
}
