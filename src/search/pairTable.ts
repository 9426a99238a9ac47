/** An open-addressing hash table keyed by two term ids, for the bigram dictionary of the inverted index. */

/**
 * The two term ids of each pair, by the pair's own id: the index's `left` and `right` columns (the builder's growing
 * lists while it builds).
 */
export interface PairSides {
  left: ArrayLike<number>;
  right: ArrayLike<number>;
}

/**
 * Open-addressing hash table from a pair of term ids to a bigram id. Keys of two ids do not fit a
 * small integer, and a Map keyed by doubles was the slowest part of indexing. A slot holds only the bigram's id:
 * its two term ids are read from the index's `left` and `right` columns, which hold them anyway (two key columns of
 * their own were 8 MiB of the index at 20 000 articles).
 */
export class PairTable {
  private values = new Int32Array(1 << 16).fill(-1);
  private size = 0;

  private slot(a: number, b: number, sides: PairSides): number {
    const { left, right } = sides;
    const mask = this.values.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (let v = this.values[h]!; v !== -1 && (left[v] !== a || right[v] !== b); v = this.values[h]!) h = (h + 1) & mask;
    return h;
  }

  /** The id of the pair (a, b), or -1. */
  get(a: number, b: number, sides: PairSides): number {
    return this.values[this.slot(a, b, sides)]!;
  }

  /** Add pair `id`, whose terms `sides` already hold (`left[id]`, `right[id]`). */
  add(id: number, sides: PairSides): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow(sides);
    const h = this.slot(sides.left[id]!, sides.right[id]!, sides);
    if (this.values[h] === -1) this.size++;
    this.values[h] = id;
  }

  private grow(sides: PairSides): void {
    const old = this.values;
    this.values = new Int32Array(old.length * 2).fill(-1);
    this.size = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== -1) this.add(old[i]!, sides);
  }

  /**
   * Whether the table as read back from a saved index fits the index's columns: every slot empty or a pair's id, as
   * many as it counts, and at least half the slots empty (a lookup always meets an empty slot).
   */
  fits(sides: PairSides): boolean {
    const values = this.values;
    const n = values?.length;
    if (!(values instanceof Int32Array) || n < 2 || (n & (n - 1)) !== 0 || !Number.isInteger(this.size) || this.size * 2 > n) return false;
    let filled = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v === -1) continue;
      if (v < 0 || v >= sides.left.length || sides.left[v]! < 0) return false;
      filled++;
    }
    return filled === this.size;
  }
}
