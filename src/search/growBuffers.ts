/** Growable typed-array buffers for building postings without boxing every number in a JS array. */

export class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}

export class ByteBuffer {
  data = new Uint8Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Per-question scratch of the shortlist (shortlist.ts), grown to the largest reach met and reused: at 20 000 articles
 * a broad question's reach holds over 100 000 units, and three arrays of that size were allocated for each question.
 */
export class ShortlistScratch {
  bounds = new Float64Array(0);
  cut = new Float64Array(0);
  at = new Int32Array(0);
  units = new Int32Array(0);
  second = new Float64Array(0);

  /** Make every buffer hold at least `n` entries (their contents are not kept). */
  fit(n: number): void {
    if (this.bounds.length >= n) return;
    const size = Math.max(n, this.bounds.length * 2);
    this.bounds = new Float64Array(size);
    this.second = new Float64Array(size);
    this.cut = new Float64Array(size);
    this.at = new Int32Array(size);
    this.units = new Int32Array(size);
  }
}

/**
 * `a` when it holds `need` entries, else a larger copy of it (at least twice as long, at most `cap`): the lists a
 * question fills (units touched, found, kept) grow to the most a question has needed, not to the corpus's units, whose
 * 2 MiB each at 20 000 articles were resident from the start (issue 16).
 */
export function fitList<T extends Int32Array | Float32Array>(a: T, need: number, cap: number): T {
  if (a.length >= need) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.min(cap, Math.max(need, a.length * 2, 1024)));
  next.set(a);
  return next;
}
