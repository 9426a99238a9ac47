/**
 * The plain-data model shared by the corpus pipeline, search, digest, CLI and bot.
 * Nothing here knows about Discord. Every module under src/core, src/corpus, src/extract,
 * src/search, src/digest and src/store speaks these types.
 */

/**
 * An ISO date with its precision: `2024-11-18` (day), `2024-11` (month), `2024` (year),
 * `--11-18` (day and month known, year unknowable), or `null` (unknown).
 */
export type IsoDate = string | null;

/** How a document's publication date was found. `inferred` dates are guesses and are labelled as such. */
export type DateEvidence = 'front-matter' | 'sidecar' | 'header' | 'byline' | 'inferred';

/** A document of the corpus after decoding, boilerplate removal and metadata extraction. */
export interface CorpusDocument {
  /** The article's file name (no directory), e.g. `003_ce13c093f4624df1.txt`. Unique in a corpus. */
  file: string;
  /** Absolute or corpus-relative path it was read from. */
  path: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  /** Publication date (ISO with precision; may carry a time and offset: `2024-11-23T08:34+07:00`). */
  published: IsoDate;
  /** How `published` was found (null when `published` is null). */
  publishedEvidence: DateEvidence | null;
  /** The raw text that gave the publication date, for `check` and debugging. */
  publishedRaw: string | null;
  /** Clean body paragraphs, NFC-normalised, boilerplate removed, in page order. */
  paragraphs: string[];
  /** File modification time (ms since epoch), used for "new articles". */
  mtimeMs: number;
  /** Problems found while reading that did not stop the document from loading. */
  warnings: string[];
}

/** A file the loader could not use, with the reason a person can act on. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadedCorpus {
  dir: string;
  documents: CorpusDocument[];
  skipped: SkippedFile[];
}

/** Where a statement or event was reported. */
export interface SourceRef {
  file: string;
  title: string | null;
  url: string | null;
  published: IsoDate;
  outlet: string | null;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** A person or organisation quoted in the corpus, with every name form seen for it. */
export interface Speaker {
  /** Stable id derived from the canonical name (folded, dashed), e.g. `anna-berg`. */
  id: string;
  /** Canonical display name, the fullest form seen: `Anna Berg`. */
  name: string;
  /** Other forms seen: `bà Berg`, `Berk` (a typo), `Ngoại trưởng Anna Berg`… */
  aliases: string[];
  /** Role or title seen with the name, e.g. `Ngoại trưởng`. */
  role: string | null;
}

/** A statement: who said what, when, and where it was reported. */
export interface Quote {
  /** Stable id (hash of speaker + folded text). */
  id: string;
  /** Canonical speaker name, or null when no speaker could be attributed. */
  speaker: string | null;
  speakerId: string | null;
  /** The quoted words, verbatim from the article (without the quotation marks). */
  text: string;
  kind: QuoteKind;
  /** When it was said (see IsoDate), null when unknown. */
  date: IsoDate;
  /** Where the date came from: the quote's own sentence, the context it hangs on, or the publication date. */
  dateSource: 'sentence' | 'context' | 'published' | null;
  /** The verbatim sentence (or paragraph) around the quote, for citation. */
  excerpt: string;
  /** Every article that reported this statement; the first is the primary source. */
  sources: SourceRef[];
}

/** A dated happening described in the corpus (a call, summit, briefing, sanction…). */
export interface CorpusEvent {
  id: string;
  date: IsoDate;
  /**
   * How its date is known: a date phrase of its own sentence, the occasion or paragraph it points back to
   * ('context'), or only the page's publication day (a lede's news), which replies label as such. Absent in
   * extractions saved before it was recorded: dated by its own sentence, the only way then.
   */
  dateSource?: 'sentence' | 'context' | 'published';
  /** A short text describing the event (a clause of the sentence). */
  text: string;
  /** The whole verbatim sentence that dates it. */
  excerpt: string;
  sources: SourceRef[];
}

/** What the extractor produces from a loaded corpus. */
export interface Extraction {
  documents: CorpusDocument[];
  quotes: Quote[];
  events: CorpusEvent[];
  speakers: Speaker[];
  /**
   * Articles left out by extraction (it threw or ran past its time budget), with the reason; absent when none.
   * `documents` no longer lists them.
   */
  skipped?: SkippedFile[];
}

export type ResultType = 'quote' | 'event' | 'passage';

/** One answer to a question, best first. This is the CLI's `ask --json` result shape plus a score. */
export interface AnswerResult {
  type: ResultType;
  /** The matched statement / event text / passage sentence, verbatim. */
  text: string;
  /** The surrounding verbatim excerpt. */
  excerpt: string;
  speaker: string | null;
  date: IsoDate;
  /** Primary source. */
  source: SourceRef;
  /** All sources when several outlets reported the same statement (includes `source`). */
  sources: SourceRef[];
  /** Folded query terms that matched, so a reply can bold them. */
  matched: string[];
  score: number;
  /**
   * For quotes: direct/partial (verbatim words, shown in quotation marks) or indirect (a reported paraphrase,
   * never shown in quotation marks). Absent for events and passages.
   */
  kind?: QuoteKind;
  /** For quotes: where the date came from (a publication-date fallback is labelled as such in replies). */
  dateSource?: Quote['dateSource'];
  /**
   * A statement of the speaker a "what did X say about Y" question names, offered as the closest to Y because none
   * of X's statements is about Y (the reply says so). Absent otherwise.
   */
  offTopic?: true;
}

/** Filters usable from the CLI and commands. */
export interface AskOptions {
  limit?: number;
  speaker?: string;
  /** Inclusive ISO date bounds (any precision). */
  from?: string;
  to?: string;
  /** Source file name. */
  source?: string;
  types?: ResultType[];
}
