/**
 * A question's bonuses (rank.ts bonusOf), kept per unit while its candidates are listed: the shortlist reads the
 * bonus of every statement that may pass its bar (shortlist.ts), and the listing then reads the same statements'
 * again (candidates.ts); a "when" question's bonus reads each dated event's words. Reset after each question.
 */
export class BonusMemo {
  private readonly values: Float64Array;
  private readonly known: Uint8Array;
  private readonly list: Int32Array;
  private count = 0;

  constructor(n: number) {
    this.values = new Float64Array(n);
    this.known = new Uint8Array(n);
    this.list = new Int32Array(n);
  }

  /** Whether unit `u`'s bonus is kept (since the last `clear`). */
  has(u: number): boolean {
    return this.known[u] === 1;
  }

  /** Unit `u`'s kept bonus (when `has` it). */
  get(u: number): number {
    return this.values[u]!;
  }

  /** Keep `bonus` as unit `u`'s and return it. */
  keep(u: number, bonus: number): number {
    if (!this.known[u]) {
      this.known[u] = 1;
      this.list[this.count++] = u;
    }
    this.values[u] = bonus;
    return bonus;
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.known[this.list[k]!] = 0;
    this.count = 0;
  }
}
