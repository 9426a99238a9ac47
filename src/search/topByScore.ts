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
  const cut = nthLargest(Float64Array.from(scores), n);
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

/** The `n`-th largest value (1-based) of `xs` by quickselect (Hoare); `xs` is reordered. */
export function nthLargest(xs: Float64Array, n: number): number {
  const target = xs.length - n;
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i++] = xs[j]!;
        xs[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return xs[target]!;
}
