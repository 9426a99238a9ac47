/**
 * `quotesBy` (/quote): a speaker's statements, optionally about a topic. /quote posts a statement as an
 * attributed blockquote in quotation marks, so verbatim words (direct, partial) come before paraphrases
 * (indirect) whenever the speaker has any that match; each group keeps its own order (relevance to the topic,
 * or newest first without a topic).
 */
import { compareIsoDates } from '../core/dates.js';
import type { AnswerResult, AskOptions } from '../core/types.js';
import { candidatesOf } from './candidates.js';
import { makeFilter, resolveSpeaker, topicClauses, type Engine } from './engine.js';
import { MIN_COVERAGE, QUOTES_BY_LIMIT, finish, type Candidate } from './rank.js';
import { toResult } from './result.js';

/** Statements of one speaker (id, name or alias), optionally about a topic, best first. */
export function quotesBy(e: Engine, speakerId: string, topic?: string, opts: AskOptions = {}): AnswerResult[] {
  const sp = resolveSpeaker(e, speakerId);
  const base = makeFilter(e, { ...opts, speaker: undefined });
  if (!sp || !base) return [];
  const allow = (u: number): boolean => e.units.speakerId(u) === sp.id && base(u);
  const limit = opts.limit ?? QUOTES_BY_LIMIT;
  const verbatimFirst = (list: Candidate[]): Candidate[] => [
    ...list.filter((c) => e.units.kind(c.unit) !== 'indirect'),
    ...list.filter((c) => e.units.kind(c.unit) === 'indirect'),
  ];
  if (topic && topic.trim()) {
    const { p, clauses } = topicClauses(e, topic);
    if (clauses.some((c) => c.weight > 0)) {
      const cands = candidatesOf(e, p, clauses, allow, MIN_COVERAGE);
      return verbatimFirst(finish(e, null, cands, allow, cands.units.length))
        .slice(0, limit)
        .map((c) => toResult(e, c, clauses, p));
    }
  }
  const newest = (e.speakerQuotes.get(sp.id) ?? [])
    .filter(allow)
    .sort((a, b) => compareIsoDates(e.units.date(b), e.units.date(a)) || e.units.text(b).length - e.units.text(a).length)
    .map((u) => ({ unit: u, score: 1 }));
  return verbatimFirst(newest)
    .slice(0, limit)
    .map((c) => toResult(e, c, [], null));
}
