/** Partial ranking: the best few of many scored candidates. */

/**
 * Positions of the first `n` entries of `scores` in a stable sort by descending score, without sorting them all:
 * a broad question leaves thousands of candidates of which a few dozen are looked at.
 */
export function topByScore(scores: ArrayLike<number>, n: number): number[] {
  const len = scores.length;
  const order = (a: number, b: number): number => scores[b]! - scores[a]! || a - b;
  if (len <= n) return Array.from({ length: len }, (_, i) => i).sort(order);
  if (n <= 0) return [];
  const sorted = Float64Array.from(scores).sort();
  const cut = sorted[len - n]!;
  let ties = n;
  for (let i = 0; i < len; i++) if (scores[i]! > cut) ties--;
  // Ties at the cut keep the order they came in, as a stable sort would.
  const kept: number[] = [];
  for (let i = 0; i < len; i++) {
    const s = scores[i]!;
    if (s > cut) kept.push(i);
    else if (s === cut && ties > 0) {
      kept.push(i);
      ties--;
    }
  }
  return kept.sort(order);
}
