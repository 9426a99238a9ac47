/**
 * The few best candidates of a broad question without scoring every unit that covers it (a top-k bar, as in MaxScore
 * or WAND). `finish` looks at the `size` best candidates only, and a unit's score is its coverage, at most
 * BONUS.relevance × 2 for its relevance and its bonus. Each unit that may cover the question gets a bound from its
 * coverage bound (reach.ts) and its bonus (a passage's most); a few units of the highest bounds are scored exactly
 * first, and the `size`-th best of them is a bar: a unit whose bound is under it cannot be in the shortlist and is
 * left out before it is scored. A unit whose bound reaches the bar is bounded again by the most relevance a unit of
 * its length may get (bm25.ts), and a statement then by its own bonus. When many are still over the bar, a second
 * look scores exactly the units of the highest of these bounds and raises the bar. What is left is scored as among all
 * (Scorer.run `within`), so the shortlist, its order and its ties are the same. The bar also spares candidatesOf
 * the bonus of the units that cannot reach it.
 */
import type { Clause } from './clauses.js';
import type { Engine } from './engine.js';
import { asksWhen, type ParsedQuestion } from './question.js';
import { BONUS, DOC_CONTEXT_SHARE, bonusOf } from './rank.js';
import { FOLDED_SHARE } from './postings.js';
import { OWN_MIN, TITLE_SHARE } from './coverage.js';
import type { Scored } from './scorer.js';
import type { SubjectStatements } from './subject.js';
import type { RelevanceBound } from './bm25.js';
import { cappedScore, leavesOut, orderKey, tieBar, type TieBar } from './tieBar.js';
import { sortUnits, type UnitSet } from './reach.js';
import { nthLargest } from './topByScore.js';

/** The first look scores this many times the shortlist's size, when it may leave out at least MIN_LEFT_OUT more. */
const PROBE = 4;
const MIN_LEFT_OUT = 256;
/** Room for rounding: scores are summed in 32-bit floats. */
const MARGIN = 1e-5;

/**
 * The most bonusOf can give a passage (`passage`) or a statement or event for question `p`: a bound, so it must grow
 * with any bonus rank.ts adds (tests/search/shortlist.test.ts checks it against bonusOf).
 */
export function mostBonus(p: ParsedQuestion, passage: boolean): number {
  const why = (p.why ? BONUS.whyCause : 0) + (p.amount ? BONUS.amountStated : 0);
  if (passage) return why;
  const speaker = Math.max(p.speaker ? BONUS.aboutSpeaker : 0, p.mentioned.length ? BONUS.mentionedSpeaker : 0);
  const who = p.intent === 'who' || p.reported || p.yesNo ? BONUS.whoQuote : 0;
  const when = asksWhen(p) ? Math.max(BONUS.whenEvent, BONUS.whenDated) : 0;
  return BONUS.structured + BONUS.verbatim + speaker + who + when + (p.dates.length ? BONUS.dateMatch : 0) + why;
}

/** bonusOf, read once per question and unit (bonusMemo.ts: the shortlist and the listing read the same units). */
export function bonusOnce(e: Engine, p: ParsedQuestion, u: number): number {
  const kept = e.scorer.bonuses;
  return kept.has(u) ? kept.get(u) : kept.keep(u, bonusOf(e, p, u));
}

/** The first look at a question (see `shortlist`): its scoring when nothing else is to be scored, and the bar. */
export interface Shortlist {
  scored: Scored | null;
  /** No candidate scoring below this can be among the shortlist (-Infinity when unknown). */
  bar: number;
}

const NONE: Shortlist = { scored: null, bar: -Infinity };

/** What the lift of the question's subject adds to unit `u` once it is a candidate (subject.ts). */
export function liftOf(subject: SubjectStatements | null, u: number): number {
  return subject?.mark[u] ? BONUS.subjectStatement : 0;
}

/** The most coverage unit `u` may have (its held weight bounded by reach.ts; a statement adds its title's: Scorer). */
function coverageBound(e: Engine, u: number): number {
  const b = e.scorer.coverageBound(u);
  if (u >= e.units.structuredCount || b < OWN_MIN) return b;
  return TITLE_SHARE + Math.max(1 - TITLE_SHARE, FOLDED_SHARE) * b;
}

/**
 * Drop from `e.scorer.reachable` the units that cannot be among the `size` best candidates (scores as in
 * candidatesOf: coverage, relevance and bonusOf, for units `allow` lets through, covering `minCoverage`, and the lift
 * of the question's subject's statements). Returns the scoring of what is left when it is the first look itself,
 * and the bar. The units of a subject statement's article are all left in when the lift may add that statement
 * above the bar: the lift reads their best coverage (`subjectArticles`).
 */
export function shortlist(
  e: Engine, p: ParsedQuestion, clauses: Clause[], minCoverage: number, allow: (u: number) => boolean, size: number,
  subject: SubjectStatements | null = null,
): Shortlist {
  const set = e.scorer.reachable;
  const want = PROBE * size;
  if (set.count < want + MIN_LEFT_OUT) return NONE;
  const structured = e.units.structuredCount;
  // Each unit's bound: its coverage bound, the most relevance counts for, and the most bonus of its kind (a
  // statement's own bonus is read only if that bound reaches the bar, below: reading it reads the statement).
  const rel = BONUS.relevance * 2;
  const passage = mostBonus(p, true);
  const statement = mostBonus(p, false);
  const scratch = e.scorer.shortlistScratch;
  scratch.fit(set.count);
  const bounds = scratch.bounds;
  for (let k = 0; k < set.count; k++) {
    const u = set.list[k]!;
    bounds[k] = coverageBound(e, u) + rel + (u < structured ? statement : passage) + liftOf(subject, u);
  }
  // A first look: `want` units of the highest bounds, scored exactly; their `size`-th best is the bar.
  const probe = e.scorer.probe;
  addHighest(set, bounds, scratch.cut, want, -Infinity, null, probe);
  const s = e.scorer.run(clauses, undefined, probe);
  const look: Look = { bar: -Infinity, units: new Int32Array(s.count + want), finals: new Float64Array(s.count + want), n: 0 };
  // The first look's scores are exact: so is the lift of its units (subject.ts).
  subject?.settleSome(probe.list, probe.count);
  addLook(e, p, s, minCoverage, allow, subject, look);
  if (look.n < size) {
    probe.clear();
    return NONE;
  }
  look.bar = nthLargest(look.finals.slice(0, look.n), size) - MARGIN;
  if (subject) subjectArticles(e, p, subject, look.bar, minCoverage);
  // Units whose bound is under the bar are left out. A unit over it is bounded again by the most relevance of its
  // length (bm25.ts); when many are still over it, by the most relevance of the terms each holds (reading their
  // postings); a statement then by its own bonus (reading it reads the statement).
  const most = e.scorer.relevanceBound;
  let total = 0;
  for (const c of clauses) total += c.weight;
  total ||= 1;
  // From here `bounds` holds a unit's bound without its bonus, or -Infinity once it is left out.
  let over = 0;
  const overAt = scratch.at;
  const bar = look.bar;
  for (let k = 0; k < set.count; k++) {
    const u = set.list[k]!;
    const kind = u < structured ? statement : passage;
    if (bounds[k]! < bar) {
      bounds[k] = -Infinity;
      continue;
    }
    if (over === 0) most.prepare(clauses);
    const relevance = BONUS.relevance * Math.min(2, most.of(u, e.units.docs[u]!) / total);
    bounds[k] = coverageBound(e, u) + relevance + liftOf(subject, u);
    if (bounds[k]! + kind >= bar) overAt[over++] = k;
    else bounds[k] = -Infinity;
  }
  // Units tied with the bar that the scorer meets after enough others at its score (tieBar.ts); not with a
  // subject's lift, which adds to scores after the list is made.
  const units = e.scorer.unitCount;
  let tie: TieBar | null = null;
  if (over > MIN_LEFT_OUT) {
    if (!subject) {
      tie = probeTie(e, most, look.units, look.finals, look.n, size);
      // The scorer meets a unit no sooner than its id (orderKey): a unit the most of its kind cannot lift above
      // the bar's score, met after the bar's last tied unit by that alone, is left out before its terms are read.
      if (tie) over = keepUntied(set, overAt, over, bounds, tie, probe.mark, structured, statement, passage);
    }
    // The units' own terms, read in increasing unit order.
    const held = scratch.units.subarray(0, over);
    for (let j = 0; j < over; j++) held[j] = set.list[overAt[j]!]!;
    if (over) most.held(sortUnits(held));
    for (let j = 0; j < over; j++) {
      const k = overAt[j]!;
      const u = set.list[k]!;
      const relevance = BONUS.relevance * Math.min(2, most.heldOf(u, e.units.docs[u]!) / total);
      const bound = coverageBound(e, u) + relevance + liftOf(subject, u);
      bounds[k] = bound + (u < structured ? statement : passage) >= bar ? bound : -Infinity;
    }
  }
  // From here `bounds` holds a unit's bound with its bonus (`scratch.second` the bonus), or -Infinity.
  const bonuses = scratch.second;
  let left = 0;
  for (let k = 0; k < set.count; k++) {
    const u = set.list[k]!;
    const bonus = bounds[k]! === -Infinity ? 0 : u < structured ? bonusOnce(e, p, u) : passage;
    bonuses[k] = bonus;
    bounds[k] = bounds[k]! === -Infinity ? -Infinity : bounds[k]! + bonus;
    if (bounds[k]! >= bar && !probe.mark[u]) left++;
  }
  // Many left over the bar: a second look may raise it (`secondLook`).
  const second = left > want + MIN_LEFT_OUT;
  const last = second ? secondLook(e, p, clauses, minCoverage, allow, size, want, subject, look) : bar;
  let kept = 0;
  // The first look's scoring is the scoring of what is left when it is all that is left (a second look scored more).
  let same = !second;
  for (let k = 0; k < set.count; k++) {
    const u = set.list[k]!;
    const bound = bounds[k]!;
    const out = bound < last
      ? !(subject && subject.docs[e.units.docs[u]!] === 1)
      : tie !== null && !probe.mark[u] && leavesOut(tie, cappedScore(bonuses[k]!), orderKey(most.firstOf(u), u, units));
    if (out) set.mark[u] = 0;
    else {
      set.list[kept++] = u;
      if (!probe.mark[u]) same = false;
    }
  }
  same &&= kept === probe.count;
  set.count = kept;
  probe.clear();
  most.clear();
  return { scored: same ? s : null, bar: last };
}

/**
 * Add to the empty `into` the `want` units of `set` with the highest `bounds` (indexes in `set`) among those whose
 * bound reaches `floor` and that `skip` does not mark; units tied at the cut are taken in the set's order. `copy` is
 * scratch of the set's size.
 */
function addHighest(
  set: UnitSet, bounds: Float64Array, copy: Float64Array, want: number, floor: number, skip: Uint8Array | null, into: UnitSet,
): void {
  let n = 0;
  for (let k = 0; k < set.count; k++) if (bounds[k]! >= floor && !skip?.[set.list[k]!]) copy[n++] = bounds[k]!;
  const cut = nthLargest(copy.subarray(0, n), want);
  for (let k = 0; k < set.count && into.count < want; k++) if (bounds[k]! > cut && !skip?.[set.list[k]!]) into.add(set.list[k]!);
  for (let k = 0; k < set.count && into.count < want; k++) if (bounds[k]! === cut && !skip?.[set.list[k]!]) into.add(set.list[k]!);
}

/** Units scored exactly to set the bar (`units[0 .. n)`, their scores `finals`), and the bar. */
interface Look {
  bar: number;
  units: Int32Array;
  finals: Float64Array;
  n: number;
}

/**
 * Add to `look` the exact scores of `s` (of probed units, their lift settled: subject.ts), as candidatesOf scores
 * them, for the units `allow` lets through that cover `minCoverage`.
 */
function addLook(
  e: Engine, p: ParsedQuestion, s: Scored, minCoverage: number, allow: (u: number) => boolean, subject: SubjectStatements | null,
  look: Look,
): void {
  for (let k = 0; k < s.count; k++) {
    const u = s.units[k]!;
    if (s.coverage[k]! < minCoverage || !allow(u)) continue;
    look.units[look.n] = u;
    look.finals[look.n++] = s.coverage[k]! + BONUS.relevance * Math.min(s.relevance[k]!, 2) + bonusOnce(e, p, u) + liftOf(subject, u);
  }
}

/**
 * The second look of `shortlist`, once each unit left over the first look's bar has its bound from the terms it
 * holds and its own bonus (`scratch.bounds`, indexes in `e.scorer.reachable`): the `want` units of the highest bounds
 * not scored yet are scored exactly, and the bar becomes the `size`-th best of both looks. A broad question's first
 * look takes units of its loosest bounds, which tie by the thousand, and sets a bar that thousands pass; its second
 * takes those whose bounds are its best scores. Returns the bar; the units scored are added to `e.scorer.probe` and
 * `look`.
 */
function secondLook(
  e: Engine, p: ParsedQuestion, clauses: Clause[], minCoverage: number, allow: (u: number) => boolean, size: number,
  want: number, subject: SubjectStatements | null, look: Look,
): number {
  const set = e.scorer.reachable;
  const { bounds, cut: copy } = e.scorer.shortlistScratch;
  const probe = e.scorer.probe;
  const more = e.scorer.probeMore;
  addHighest(set, bounds, copy, want, look.bar, probe.mark, more);
  const s = e.scorer.run(clauses, undefined, more);
  subject?.settleSome(more.list, more.count);
  addLook(e, p, s, minCoverage, allow, subject, look);
  for (let j = 0; j < more.count; j++) probe.add(more.list[j]!);
  more.clear();
  look.bar = Math.max(look.bar, nthLargest(look.finals.slice(0, look.n), size) - MARGIN);
  return look.bar;
}

/**
 * The tie bar of the first look (tieBar.ts): the order keys of its scored units (`finalUnits`, their scores
 * `finals`), read from their own terms' postings; what `most.held` found is reset after.
 */
function probeTie(
  e: Engine, most: RelevanceBound, finalUnits: Int32Array, finals: Float64Array, n: number, size: number,
): TieBar | null {
  const probe = e.scorer.probe;
  const units = e.scorer.unitCount;
  most.held(Int32Array.from(probe.list.subarray(0, probe.count)).sort());
  const tie = tieBar(finalUnits, finals, n, size, (u) => orderKey(most.firstOf(u), u, units));
  most.clearHeld();
  return tie;
}

/**
 * Of the units at `overAt[0 .. over)` (indexes in `set.list`), keep those the tie bar may not leave out when the
 * scorer meets them at their id, the earliest it can (orderKey): a unit of the probe, or whose most (the most bonus
 * of its kind) may pass the bar's score, or met no later than its last kept unit. The others get bound -Infinity.
 * Returns how many are kept (moved to the front of `overAt`).
 */
function keepUntied(
  set: UnitSet, overAt: Int32Array, over: number, bounds: Float64Array, tie: TieBar, probed: Uint8Array, structured: number,
  statement: number, passage: number,
): number {
  const mostStatement = cappedScore(statement);
  const mostPassage = cappedScore(passage);
  let kept = 0;
  for (let j = 0; j < over; j++) {
    const k = overAt[j]!;
    const u = set.list[k]!;
    if (!probed[u] && leavesOut(tie, u < structured ? mostStatement : mostPassage, u)) bounds[k] = -Infinity;
    else overAt[kept++] = k;
  }
  return kept;
}

/**
 * Keep marked in `subject.docs` only the articles where the lift may add one of the subject's statements above the
 * bar: its score there is DOC_CONTEXT_SHARE of the article's best coverage, its bonus and the lift, and the best
 * coverage is at most the highest bound of the article's units (`e.scorer.reachable`, before the bar). In the other
 * articles the lift adds nothing that could be shown (subject.ts skips them).
 */
function subjectArticles(e: Engine, p: ParsedQuestion, subject: SubjectStatements, bar: number, minCoverage: number): void {
  const set = e.scorer.reachable;
  const best = e.scorer.docBound;
  const statement = mostBonus(p, false);
  for (let k = 0; k < set.count; k++) {
    const u = set.list[k]!;
    const d = e.units.docs[u]!;
    if (d >= 0 && subject.docs[d]) best[d] = Math.max(best[d]!, coverageBound(e, u) * (1 + MARGIN));
  }
  // Marks: 1 an article of the subject's statements, 2 one where the lift may reach the bar; then 2 becomes 1, 1 0.
  for (const u of subject.units) {
    const d = e.units.docs[u]!;
    if (d < 0) continue;
    const cover = best[d]!;
    if (cover < minCoverage || subject.docs[d] === 2) continue;
    // The most bonus first: the exact one reads the statement.
    const most = DOC_CONTEXT_SHARE * cover + BONUS.subjectStatement;
    if (most + statement >= bar && most + bonusOnce(e, p, u) >= bar) subject.docs[d] = 2;
  }
  for (const u of subject.units) {
    const d = e.units.docs[u]!;
    if (d < 0) continue;
    best[d] = 0;
    subject.docs[d] = subject.docs[d] === 2 || subject.docs[d] === 3 ? 3 : 0;
  }
  for (const u of subject.units) {
    const d = e.units.docs[u]!;
    if (d >= 0 && subject.docs[d] === 3) subject.docs[d] = 1;
  }
}
