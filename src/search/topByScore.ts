/** Partial ranking: the best few of many scored candidates. */

/**
 * The first `n` candidates of a stable sort by descending score, without sorting them all: a broad question
 * leaves thousands of candidates of which a few dozen are looked at.
 */
export function topByScore<T extends { score: number }>(cands: T[], n: number): T[] {
  if (cands.length <= n) return [...cands].sort((a, b) => b.score - a.score);
  if (n <= 0) return [];
  const scores = new Float64Array(cands.length);
  for (let i = 0; i < cands.length; i++) scores[i] = cands[i]!.score;
  scores.sort();
  const cut = scores[cands.length - n]!;
  let above = 0;
  for (const c of cands) if (c.score > cut) above++;
  // Ties at the cut keep the order they came in, as a stable sort would.
  let ties = n - above;
  const kept: T[] = [];
  for (const c of cands) {
    if (c.score > cut) kept.push(c);
    else if (c.score === cut && ties > 0) {
      kept.push(c);
      ties--;
    }
  }
  return kept.sort((a, b) => b.score - a.score);
}
