/**
 * The search engine: `createSearchIndex(extraction)` builds an inverted index (BM25F over text,
 * speaker (name, aliases, role) and title fields; syllables + syllable bigrams) over quotes, events and every
 * sentence of every article, and answers questions with intent, speaker, date and lexicon awareness.
 * The rules (coverage threshold, bonuses, lexicon) are documented where they are defined; in short:
 * - coverage (scorer.ts): the share of the question's weight an answer holds; a syllable without the rest of
 *   the two-syllable word asked for counts in part; quotes and events inherit half of their article's title
 *   and lead; English words the lexicon cannot translate weigh little, unknown names fully (clauses.ts);
 * - "what did X say about Y": X's statements first (also those in an article that covers Y), then sentences
 *   that name X; other speakers' words about X only when X has none; the occasion ("sau khi …") ranks but is
 *   not required (question.ts, candidates.ts);
 * - a Vietnamese question is also read in English for English copy (crossLingual.ts, decision 16); "why" prefers a
 *   sentence stating a cause; a statement that restates the reporter's question comes after the answers (rank.ts);
 * - verbatim words (direct, partial) before paraphrases in /quote, and by a small bonus in `ask`;
 * - diacritics: terms are folded, but each posting of a syllable the corpus writes several ways keeps which written
 *   forms it holds; a syllable typed with diacritics found only in another form ("Bảo" for "bão") scores and covers
 *   30 % (scorer.ts); words typed without diacritics match folded, as in a question typed without any.
 */
import type { SearchIndex } from '../core/services.js';
import type { Extraction } from '../core/types.js';
import { ask, readQuestion } from './ask.js';
import { buildEngine, resolveSpeaker, type SearchIndexOptions } from './engine.js';
import { findSource } from './findSource.js';
import { quotesBy } from './quotesBy.js';
import { closeSpeakers, suggestAlternative, suggestSpeakers } from './suggest.js';
import { timeline, undatedStatements } from './timeline.js';

export type { SearchIndexOptions } from './engine.js';
export { MIN_COVERAGE, SOURCE_MIN_COVERAGE } from './rank.js';

/**
 * Build the search index of an extraction: the engine record (engine.ts), and the queries that read it, one
 * module each. Pure and synchronous; nothing is scanned per question.
 */
export function createSearchIndex(extraction: Extraction, options: SearchIndexOptions = {}): SearchIndex {
  const e = buildEngine(extraction, options);
  return {
    extraction,
    ask: (question, opts) => ask(e, question, opts),
    suggestSpeakers: (query, limit) => suggestSpeakers(e, query, limit),
    resolveSpeaker: (query) => resolveSpeaker(e, query),
    closeSpeakers: (query, limit) => closeSpeakers(e, query, limit),
    quotesBy: (speakerId, topic, opts) => quotesBy(e, speakerId, topic, opts),
    timeline: (opts) => timeline(e, opts),
    undatedStatements: (opts) => undatedStatements(e, opts),
    findSource: (text) => findSource(e, text),
    suggestAlternative: (question) => suggestAlternative(e, question),
    readQuestion: (question) => readQuestion(e, question),
  };
}
