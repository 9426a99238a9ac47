/**
 * The shape of a statement read from one sentence, and of the sentence handed to the readers of statements
 * (statements.ts, indirectStatements.ts), shared without tying them to one another.
 */
import type { QuoteKind } from '../core/types.js';
import type { ArticleContext } from './context.js';
import type { LastStatement } from './reading.js';
import type { QuoteSpan } from './quoteSpans.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';

export interface Statement {
  speaker: SpeakerEntry | null;
  text: string;
  kind: QuoteKind;
  /** Dates before this offset belong to the attribution ("… hôm 7/2 cho biết"). */
  attributionEnd: number;
  /** Start of the text after the last quotation ("”, ông X nói hôm 5/2."), whose dates also count; else null. */
  attributionStart: number | null;
  /** True when the speaker was carried over from the statement this one continues. */
  inherited: boolean;
  /** Where its attribution starts when the sentence holds another report before it ("… về việc X nói …"). */
  attributionFrom?: number;
  /** Said by someone the article describes but does not name ("luật sư cho biết …" with no lawyer named). */
  unnamed?: boolean;
  /**
   * Said by one person the article describes instead of naming ("một bị hại cho biết …", "“…”, quan chức Nga nói"):
   * a pronoun after it ("người này nói", "ông cho biết thêm") means that person, not whoever was named before.
   */
  described?: boolean;
  /** A country's or a capital's stand ("Na Uy khẳng định …"): no one occasion, so only a date of its own sentence. */
  stance?: boolean;
  /** Which rule gave the speaker ("verb/pronoun:lastSpeaker", "continued:opens:prevPara" …): read by speakerPaths.ts only. */
  path?: string;
}

export interface SentenceInput {
  text: string;
  masked: string;
  spans: QuoteSpan[];
  last: LastStatement | null;
  paragraph: number;
  /** True for the paragraph's first sentence. */
  opensParagraph?: boolean;
  ctx: ArticleContext;
  registry: SpeakerRegistry;
}
