/**
 * The few best candidates of a broad question without scoring every passage that covers it. `finish` looks at the
 * `size` best candidates only, and a passage scores its coverage, at most BONUS.relevance × 2 for its relevance and
 * the bonus of a cause for "why": nothing else. So the statements and events that may answer are scored first; the
 * `size`-th best of them is a bar no passage below it can pass, and a passage whose coverage bound (reach.ts) leaves
 * it below that bar is left out before it is scored. What is left is scored as among all (Scorer.run `within`), so
 * the shortlist, its order and its ties are the same. The bar also spares candidatesOf the bonus of the units that
 * cannot reach it.
 */
import type { Clause } from './clauses.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { BONUS, bonusOf } from './rank.js';
import type { Scored } from './scorer.js';
import { nthLargest } from './topByScore.js';

/** Below this many passages a first look at the statements costs more than it saves. */
const MIN_PASSAGES = 256;
/** Room for rounding: scores are summed in 32-bit floats. */
const MARGIN = 1e-5;

/**
 * The most bonusOf can give a passage (`passage`) or a statement or event for question `p`: a bound, so it must grow
 * with any bonus rank.ts adds (tests/search/shortlist.test.ts checks it against bonusOf).
 */
export function mostBonus(p: ParsedQuestion, passage: boolean): number {
  const why = p.why ? BONUS.whyCause : 0;
  if (passage) return why;
  const speaker = Math.max(p.speaker ? BONUS.aboutSpeaker : 0, p.mentioned.length ? BONUS.mentionedSpeaker : 0);
  const who = p.intent === 'who' || p.reported ? BONUS.whoQuote : 0;
  const when = p.intent === 'when' ? Math.max(BONUS.whenEvent, BONUS.whenDated) : 0;
  return BONUS.structured + BONUS.verbatim + speaker + who + when + (p.dates.length ? BONUS.dateMatch : 0) + why;
}

/** The first look at a question (see `shortlist`): its scoring when nothing else is to be scored, and the bar. */
export interface Shortlist {
  scored: Scored | null;
  /** No candidate scoring below this can be among the shortlist (-Infinity when unknown). */
  bar: number;
}

const NONE: Shortlist = { scored: null, bar: -Infinity };

/**
 * Drop from `e.scorer.reachable` the passages that cannot be among the `size` best candidates (scores as in
 * candidatesOf: coverage, relevance and bonusOf, for units `allow` lets through, covering `minCoverage`). Returns
 * the scoring of what is left when it is the first look itself (every passage dropped), and the bar.
 */
export function shortlist(e: Engine, p: ParsedQuestion, clauses: Clause[], minCoverage: number, allow: (u: number) => boolean, size: number): Shortlist {
  const set = e.scorer.reachable;
  const structured = e.units.structuredCount;
  const probe = e.scorer.probe;
  for (let k = 0; k < set.count; k++) if (set.list[k]! < structured) probe.add(set.list[k]!);
  if (set.count - probe.count < MIN_PASSAGES) {
    probe.clear();
    return NONE;
  }
  const s = e.scorer.run(clauses, undefined, probe);
  const statements = probe.count;
  probe.clear();
  const finals = new Float64Array(s.count);
  let n = 0;
  for (let k = 0; k < s.count; k++) {
    const u = s.units[k]!;
    if (s.coverage[k]! < minCoverage || !allow(u)) continue;
    finals[n++] = s.coverage[k]! + BONUS.relevance * Math.min(s.relevance[k]!, 2) + bonusOf(e, p, u);
  }
  if (n < size) return NONE;
  const bar = nthLargest(finals.subarray(0, n), size);
  const ceiling = BONUS.relevance * 2 + mostBonus(p, true) + MARGIN;
  let kept = 0;
  for (let k = 0; k < set.count; k++) {
    const u = set.list[k]!;
    if (u >= structured && e.scorer.coverageBound(u) + ceiling < bar) set.mark[u] = 0;
    else set.list[kept++] = u;
  }
  set.count = kept;
  return { scored: kept === statements ? s : null, bar: bar - MARGIN };
}
