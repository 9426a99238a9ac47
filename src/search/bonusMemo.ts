/**
 * A question's bonuses (rank.ts bonusOf), kept per unit while its candidates are listed: the shortlist reads the
 * bonus of every statement that may pass its bar (shortlist.ts), and the listing then reads the same statements'
 * again (candidates.ts); a "when" question's bonus reads each dated event's words. Reset after each question.
 */
import { fitList } from './growBuffers.js';

export class BonusMemo {
  // Made at the first bonus kept (a question that keeps none allocates nothing); the list grows (growBuffers.ts).
  private values = new Float64Array(0);
  private known = new Uint8Array(0);
  private list = new Int32Array(0);
  private count = 0;

  constructor(private readonly n: number) {}

  /** Whether unit `u`'s bonus is kept (since the last `clear`). */
  has(u: number): boolean {
    return this.known.length !== 0 && this.known[u] === 1;
  }

  /** Unit `u`'s kept bonus (when `has` it). */
  get(u: number): number {
    return this.values[u]!;
  }

  /** Keep `bonus` as unit `u`'s and return it. */
  keep(u: number, bonus: number): number {
    if (this.known.length === 0) {
      this.values = new Float64Array(this.n);
      this.known = new Uint8Array(this.n);
    }
    if (!this.known[u]) {
      if (this.count === this.list.length) this.list = fitList(this.list, this.count + 1, this.n);
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
