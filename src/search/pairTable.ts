/** An open-addressing hash table keyed by two term ids, for the bigram dictionary of the inverted index. */

/**
 * Open-addressing hash table from a pair of term ids to a bigram id. Keys of two ids do not fit a
 * small integer, and a Map keyed by doubles was the slowest part of indexing.
 */
export class PairTable {
  private keysA = new Int32Array(1 << 16).fill(-1);
  private keysB = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private size = 0;

  private slot(a: number, b: number): number {
    const mask = this.keysA.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.keysA[h] !== -1 && (this.keysA[h] !== a || this.keysB[h] !== b)) h = (h + 1) & mask;
    return h;
  }

  /** The value of (a, b), or -1. */
  get(a: number, b: number): number {
    const h = this.slot(a, b);
    return this.keysA[h] === -1 ? -1 : this.values[h]!;
  }

  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    const h = this.slot(a, b);
    if (this.keysA[h] === -1) this.size++;
    this.keysA[h] = a;
    this.keysB[h] = b;
    this.values[h] = value;
  }

  private grow(): void {
    const [oa, ob, ov] = [this.keysA, this.keysB, this.values];
    this.keysA = new Int32Array(oa.length * 2).fill(-1);
    this.keysB = new Int32Array(oa.length * 2);
    this.values = new Int32Array(oa.length * 2);
    this.size = 0;
    for (let i = 0; i < oa.length; i++) if (oa[i] !== -1) this.set(oa[i]!, ob[i]!, ov[i]!);
  }
}
