/**
 * One question ranked twice over the same engine: from every candidate unit, and from the shortlist the bar keeps
 * (shortlist.ts, tieBar.ts). Tests compare the two: leaving units out must change nothing a reader sees.
 */
import { candidatesOf } from '../../src/search/candidates.js';
import { clausesOf, parse, type Engine } from '../../src/search/engine.js';
import { finish, MIN_COVERAGE, shortlistSize, topCandidates } from '../../src/search/rank.js';

export function rankedBothWays(e: Engine, question: string, limit: number) {
  const p = parse(e, question);
  const clauses = clausesOf(e, p);
  const size = shortlistSize(p, limit);
  const every = candidatesOf(e, p, clauses, () => true, MIN_COVERAGE);
  const cands = candidatesOf(e, p, clauses, () => true, MIN_COVERAGE, null, size);
  return {
    every,
    top: topCandidates(cands, size),
    topOfEvery: topCandidates(every, size),
    shown: finish(e, p, cands, () => true, limit),
    shownOfEvery: finish(e, p, every, () => true, limit),
  };
}
