/**
 * What reading one article yields (document.ts reads it; statements.ts, statementDates.ts and merge.ts pass its
 * pieces on): the raw statements with their cast speakers, the last statement a reader carries, the reading itself.
 */
import type { IsoDate, QuoteKind, SourceRef } from '../core/types.js';
import type { RawEvent } from './events.js';
import type { SpeakerEntry } from './speakerEntry.js';

export interface RawQuote {
  speaker: SpeakerEntry | null;
  text: string;
  kind: QuoteKind;
  date: IsoDate;
  dateSource: 'sentence' | 'context' | 'published' | null;
  /** Which rule gave the date (or the blank): read by isToldUntold and by scripts/dateSources.ts (debugging); no surface shows it. */
  dateVia?: string;
  excerpt: string;
  source: SourceRef;
}

export interface LastStatement {
  speaker: SpeakerEntry;
  date: IsoDate;
  dateSource: RawQuote['dateSource'];
  paragraph: number;
  quoted: boolean;
  endsWithColon: boolean;
  /** A later sentence of the paragraph, with no statement, was about someone else. */
  interrupted?: boolean;
  /** Someone the page does not name here has spoken since: no later quotation continues this speaker. */
  superseded?: boolean;
}

/**
 * One article read on its own: statements whose speakers are members of the article's cast (not yet linked to
 * the corpus), its dated events, and the surface forms each cast member was written under. Nothing in it depends
 * on any other article, so it can be computed once per article version, in any order or thread.
 */
export interface ArticleReading {
  quotes: RawQuote[];
  events: RawEvent[];
  aliases: Map<SpeakerEntry, Set<string>>;
}
