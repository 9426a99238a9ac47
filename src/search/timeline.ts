/**
 * `timeline` (/timeline): dated events and statements in date order, optionally about a topic. Items dated to a
 * day and month of unknown year come after every dated one (the reply says the year is unknown), rather than
 * being left out without a word.
 */
import { compareIsoDates, parseIsoDate } from '../core/dates.js';
import type { AnswerResult, AskOptions } from '../core/types.js';
import { candidatesOf } from './candidates.js';
import type { Clause } from './clauses.js';
import { makeFilter, topicClauses, type Engine } from './engine.js';
import { MIN_COVERAGE, TIMELINE_LIMIT, topCandidates, type CandidateList } from './rank.js';
import { toResult } from './result.js';

/** Dated items in date order (oldest first), those of unknown year last, filtered. */
export function timeline(e: Engine, opts: AskOptions & { topic?: string } = {}): AnswerResult[] {
  const base = makeFilter(e, opts);
  if (!base) return [];
  const limit = opts.limit ?? TIMELINE_LIMIT;
  const allow = (u: number): boolean => !e.units.isPassage(u) && e.units.date(u) !== null && base(u);
  const hasYear = (u: number): boolean => parseIsoDate(e.units.date(u))?.year != null;
  let pool: CandidateList;
  let clauses: Clause[] = [];
  if (opts.topic && opts.topic.trim()) {
    const t = topicClauses(e, opts.topic);
    clauses = t.clauses;
    if (!clauses.some((c) => c.weight > 0)) return [];
    pool = candidatesOf(e, t.p, clauses, allow, MIN_COVERAGE);
  } else {
    const units = [...e.dated, ...e.yearless].filter(allow);
    // Year-unknown items rank below every dated one, so a long timeline is not cut to make room for them.
    pool = { units, scores: units.map((u) => (hasYear(u) ? 1 : 0)) };
  }
  // The best-matching items, then shown in date order; those whose year is unknown last, by day and month.
  return topCandidates(pool, limit)
    .sort((a, b) => Number(hasYear(b.unit)) - Number(hasYear(a.unit)) || compareIsoDates(e.units.date(a.unit), e.units.date(b.unit)))
    .map((c) => toResult(e, c, clauses, null));
}

/**
 * How many statements the same filters hold that no article dates: a timeline cannot place them, and its reply
 * says how many it left out. None under a date range (it asks for dated items only).
 */
export function undatedStatements(e: Engine, opts: AskOptions & { topic?: string } = {}): number {
  if (opts.from || opts.to) return 0;
  const base = makeFilter(e, opts);
  if (!base) return 0;
  const allow = (u: number): boolean => e.units.type(u) === 'quote' && e.units.date(u) === null && base(u);
  if (opts.topic && opts.topic.trim()) {
    const t = topicClauses(e, opts.topic);
    if (!t.clauses.some((c) => c.weight > 0)) return 0;
    return candidatesOf(e, t.p, t.clauses, allow, MIN_COVERAGE).units.length;
  }
  let n = 0;
  for (let u = 0; u < e.units.structuredCount; u++) if (allow(u)) n++;
  return n;
}
