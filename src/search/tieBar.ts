/**
 * The shortlist's bar when many units tie with it (shortlist.ts). A broad question often has thousands of units at
 * the same score: each holds the whole question (coverage 1, the scorer's cap) and its relevance is at its cap (2),
 * so its score is 1.5 plus its bonus, and no bound tells them apart. `finish` (rank.ts) then keeps the tied units
 * in the order the scorer met them (topByScore keeps ties in the order they came in). So a unit whose score can be
 * at most the bar's own, and whom the scorer meets after enough units already at that score, cannot be shown: it
 * is left out before it is scored. Exact, not a margin: 1.5 plus a unit's bonus is summed as its score is
 * (coverage + relevance, then the bonus), and a rounded sum never exceeds the same sum of larger terms.
 */
import { BONUS } from './rank.js';

/** What a tie bar leaves out (see `leavesOut`). */
export interface TieBar {
  /** The `size`-th best score of the units scored first (the bar, before its margin). */
  score: number;
  /** The scorer's order key (`orderKey`) of the last unit at `score` that may still be shown. */
  key: number;
}

/** The most a unit of bonus `bonus` may score: coverage 1 and relevance 2, each the most the scorer gives. */
export function cappedScore(bonus: number): number {
  return 1 + BONUS.relevance * 2 + bonus;
}

/**
 * The place where the scorer meets a unit: `first` (RelevanceBound.firstOf: 2 × term + field), then the unit, or
 * -1 when unknown.
 */
export function orderKey(first: number, u: number, units: number): number {
  return first < 0 ? -1 : first * units + u;
}

/**
 * The tie bar of a first look: `scores[i]` the exact score of unit `units[i]` (all scored, in any order), `size`
 * the shortlist's size, `keyOf` each unit's order key. Null when fewer than `size` were scored, or when a unit at
 * the bar's score has no known key.
 */
export function tieBar(units: ArrayLike<number>, scores: ArrayLike<number>, n: number, size: number, keyOf: (u: number) => number): TieBar | null {
  if (n < size) return null;
  const sorted = Float64Array.from({ length: n }, (_, i) => scores[i]!).sort();
  const score = sorted[n - size]!;
  let above = 0;
  const keys: number[] = [];
  for (let i = 0; i < n; i++) {
    if (scores[i]! > score) above++;
    else if (scores[i] === score) {
      const key = keyOf(units[i]!);
      if (key < 0) return null;
      keys.push(key);
    }
  }
  keys.sort((a, b) => a - b);
  return { score, key: keys[size - above - 1]! };
}

/**
 * Whether a unit not among those scored first cannot be among the `size` best: its most (`cappedScore` of its
 * bonus, or of the most bonus of its kind) is under the bar's score, or equal to it and the scorer meets it after
 * the units the bar keeps at that score (`key`, its order key, -1 when unknown).
 */
export function leavesOut(bar: TieBar, most: number, key: number): boolean {
  return most < bar.score || (most === bar.score && key > bar.key);
}
