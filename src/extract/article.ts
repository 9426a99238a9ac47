/**
 * Extraction in two steps: what depends on one article alone (its name forms and its reading against its own
 * cast), which a cache can keep per file and a worker can compute anywhere, and the cheap corpus step that links
 * every article's speakers to the corpus's people and merges the same statement reported twice (decision 14).
 */
import type { CorpusDocument, Extraction, SkippedFile } from '../core/types.js';
import { observationsOf, registryOf, type Observation } from './cast.js';
import { linkArticle } from './corpusLinks.js';
import { readArticle, type ArticleReading, type RawQuote } from './document.js';
import type { RawEvent } from './events.js';
import { deadlineFor, extractionFailure, type ExtractOptions } from './isolation.js';
import { mergeEvents, mergeQuotes } from './merge.js';
import { bodyParagraphs } from './paragraphs.js';
import type { SpeakerRegistry } from './speakers.js';

/**
 * One article's extraction, computed from that article only (plain data, structured-cloneable): its name forms
 * for the corpus registry and its reading; or the reason it was left out (it threw or ran past its budget).
 */
export type ArticleResult = { observations: Observation[]; reading: ArticleReading } | { skipped: SkippedFile };

/** Extract one article on its own; never throws (a failure is the article's `skipped` reason). */
export function extractArticle(doc: CorpusDocument, options: ExtractOptions = {}): ArticleResult {
  const split = options.bodyParagraphs ?? bodyParagraphs;
  const read = options.readArticle ?? readArticle;
  try {
    // The budget starts before splitting: a page whose paragraphs alone take too long is stopped at the first check.
    const deadline = deadlineFor(options);
    const bodies = split(doc);
    const observations = observationsOf(bodies, deadline);
    return { observations, reading: read(doc, bodies, deadlineFor(options)) };
  } catch (err) {
    return { skipped: extractionFailure(doc.file, err) };
  }
}

/**
 * The corpus's extraction from each document's own result (`results[i]` is `documents[i]`'s): the registry of
 * every name form in corpus order, each reading linked to it, the same statement or event merged across articles.
 * Articles that were left out are listed in `skipped` and contribute nothing, not even their names.
 */
export function linkCorpus(documents: CorpusDocument[], results: ArticleResult[]): Extraction {
  const kept: CorpusDocument[] = [];
  const readings: ArticleReading[] = [];
  const observations: Observation[][] = [];
  const skipped: SkippedFile[] = [];
  documents.forEach((doc, i) => {
    const r = results[i]!;
    if ('skipped' in r) {
      skipped.push(r.skipped);
      return;
    }
    kept.push(doc);
    readings.push(r.reading);
    observations.push(r.observations);
  });
  const registry = registryOf(observations);
  const aliasSink = new Map<string, Set<string>>();
  const rawQuotes: RawQuote[] = [];
  const rawEvents: RawEvent[] = [];
  for (const reading of readings) {
    const { quotes, events } = linkArticle(reading, registry, aliasSink);
    for (const q of quotes) rawQuotes.push(q);
    for (const e of events) rawEvents.push(e);
  }
  const extraction = assembleExtraction(kept, registry, aliasSink, rawQuotes, rawEvents);
  return skipped.length ? { ...extraction, skipped } : extraction;
}

/** The public extraction from the raw statements and events of every document, in corpus order. */
export function assembleExtraction(
  documents: CorpusDocument[],
  registry: SpeakerRegistry,
  aliasSink: Map<string, Set<string>>,
  rawQuotes: RawQuote[],
  rawEvents: RawEvent[],
): Extraction {
  const quotes = mergeQuotes(rawQuotes);
  const speakerIds = new Set(quotes.map((q) => q.speakerId).filter((id): id is string => !!id));
  return {
    documents,
    quotes,
    events: mergeEvents(rawEvents),
    speakers: registry.toSpeakers(speakerIds, aliasSink),
  };
}
