/**
 * The shapes of the answer view model (view.ts builds them; the renderers and renderings.ts read them).
 */
import type { Language } from '../core/services.js';
import type { IsoDate, QuoteKind, ResultType } from '../core/types.js';
import type { SourceView } from './sources.js';

/** How an answer's date is known. */
export type DateBasis =
  /** When the words were said or the event happened, read from the article. */
  | 'stated'
  /**
   * Not given with the words: taken from the article around them (the occasion its lede dates, the day of the
   * paragraph, the speaker's last dated appearance). Labelled, since such a date is less sure than one stated.
   */
  | 'context'
  /** Only the article's publication date is known: labelled as such. */
  | 'published'
  /** No date. */
  | 'unknown';

/** One answer as every surface shows it. */
export interface AnswerView {
  type: ResultType;
  /** For quotes: direct/partial (verbatim, in quotation marks) or indirect (reported, never in quotation marks). */
  kind: QuoteKind | null;
  /** Verbatim words: shown in quotation marks. Only direct and partial quotes. */
  verbatim: boolean;
  /** The speaker's name, or null when the article names none (events and passages). */
  speaker: string | null;
  text: string;
  excerpt: string;
  date: IsoDate;
  dateBasis: DateBasis;
  /** Every article that reported it, the primary source first. */
  sources: SourceView[];
  /** Words of the question found in it, as typed (with diacritics when the question had them), for bolding. */
  matched: string[];
  /**
   * Other renderings of the same statement (the same speaker, on the same occasion, in close words: two
   * translations carried by two articles), shown with this answer rather than as unrelated answers.
   */
  renderings: AnswerView[];
}

/** The answers to one question, with what a reply says around them. */
export interface AnswerSet {
  question: string;
  /** The question's language ('en' for an English question, whatever the user's locale). */
  language: Language;
  answers: AnswerView[];
  /** The speaker a "what did X say" question named when none of the answers is theirs. */
  speakerWithoutAnswer: string | null;
  /** The speaker a "what did X say about Y" question named when the answers are X's statements closest to Y, none on Y. */
  speakerOffTopic?: string | null;
  /**
   * The speaker a "what did X say about Y" question named when nothing is found: X is quoted in the articles, on
   * other things (a reply says so rather than only "nothing found").
   */
  speakerSilentOn?: string | null;
  /** When nothing is found: a close name or term to suggest. */
  suggestion: string | null;
  /**
   * The person the question asks of by a full name no article names (then there are no answers: another person's
   * words would be a wrong name shown), with known speakers of close names; null otherwise.
   */
  unknownPerson?: { name: string; close: string[] } | null;
}
