/**
 * The units that can still cover enough of a question, found before any of them is scored (MaxScore, Turtle &
 * Flood 1995, with the coverage threshold as the bar): a unit's coverage is at most the weight of the clauses whose
 * terms it holds, so a unit that holds none of the clauses whose weights sum to more than what the bar leaves out
 * cannot reach it. Those clauses (the "essential" ones, chosen to leave out the longest postings: a frequent
 * syllable of little weight) are read in full; every other clause is only looked up for the units they found, from
 * the heaviest, until each unit is sure to reach the bar or sure not to. The scorer then scores these units only
 * (Scorer.run's `within`), exactly as it would have among all: nothing a question shows can change.
 */
import type { Clause } from './clauses.js';
import { FIELD_SPEAKER, FIELD_TEXT } from './fields.js';
import type { FieldPostings, InvertedIndex } from './invertedIndex.js';
import { fitList } from './growBuffers.js';
import { seek } from './postings.js';

/** The units found are read off in order from every unit's mark when they are more than one in this many (sortFound). */
const SCAN_SHARE = 16;

/** Room for rounding: coverage is summed in 32-bit floats; a unit within this share of the bar is kept. */
const MARGIN = 1e-5;

/** Units marked for scoring (`mark[u]` is 1), listed in `list[0 .. count)`. */
export class UnitSet {
  readonly mark: Uint8Array;
  /** Grown as units are added (growBuffers.ts fitList): read it after adding. */
  list = new Int32Array(0);
  count = 0;

  constructor(n: number) {
    this.mark = new Uint8Array(n);
  }

  add(u: number): void {
    if (this.mark[u]) return;
    this.mark[u] = 1;
    if (this.count === this.list.length) this.list = fitList(this.list, this.count + 1, this.mark.length);
    this.list[this.count++] = u;
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.mark[this.list[k]!] = 0;
    this.count = 0;
  }
}

/** Finds the units that can reach a coverage bar (see the file comment); buffers are reused between questions. */
export class Reach {
  private readonly held: Float64Array;
  /** Per unit, 1 + the last essential clause that found it in this reach, 0 for none (zeros need no writing). */
  private readonly seen: Int16Array;
  // Lists of the units a reach found, grown to the most one has found (growBuffers.ts fitList).
  private found = new Int32Array(0);
  private doubt = new Int32Array(0);
  /**
   * Per unit added by the last `add`: the most clause weight it may hold, as a share of the question's (≥ its
   * coverage for a passage), to 32-bit precision (its readers leave a margin).
   */
  readonly bound: Float32Array;

  /**
   * `structured` units (ids below it) may add half of what their article's title and lead hold once their own
   * words hold `ownMin` of the question (Scorer): their bar is the lower of `ownMin` and the coverage asked.
   */
  constructor(
    private readonly index: InvertedIndex,
    n: number,
    private readonly structured: number,
    private readonly ownMin: number,
  ) {
    this.held = new Float64Array(n);
    this.seen = new Int16Array(n);
    this.bound = new Float32Array(n);
  }

  /**
   * Put the `count` units found in increasing order: a list of many of the corpus's units is read off `seen` in
   * order (one pass over every unit costs less than sorting a tenth of them), a shorter one sorted.
   */
  private sortFound(count: number): void {
    const n = this.seen.length;
    if (count * SCAN_SHARE < n) {
      sortUnits(this.found.subarray(0, count));
      return;
    }
    let k = 0;
    for (let u = 0; u < n; u++) if (this.seen[u] !== 0) this.found[k++] = u;
  }

  private keep(into: UnitSet, u: number, rest: number, total: number): void {
    into.add(u);
    if (this.bounding) this.bound[u] = (this.held[u]! + rest) / total;
  }

  private bounding = true;

  /**
   * Add to `into` every unit `allow` lets through that may cover `minCoverage` of the clauses; with `bounds` false,
   * `bound` is left as the last reach that wrote it left it.
   */
  add(clauses: Clause[], minCoverage: number, into: UnitSet, allow?: (unit: number) => boolean, bounds = true): void {
    this.bounding = bounds;
    let total = 0;
    for (const c of clauses) total += c.weight;
    total ||= 1;
    const barPassage = minCoverage * total * (1 - MARGIN);
    const barStructured = Math.min(minCoverage, this.ownMin) * total * (1 - MARGIN);
    const fields = [this.index.fields[FIELD_TEXT]!, this.index.fields[FIELD_SPEAKER]!];
    const length = (c: Clause): number => {
      let n = 0;
      for (const t of c.terms) for (const p of fields) n += p.offsets[t.id + 1]! - p.offsets[t.id]!;
      return n;
    };
    // Clauses a unit can hold, the longest postings first: those left out while their weights stay under the bar.
    const heldable = clauses.filter((c) => c.weight > 0 && c.terms.length > 0).map((c) => ({ c, n: length(c) }));
    heldable.sort((a, b) => b.n - a.n);
    const looked: Clause[] = [];
    const read: Clause[] = [];
    let rest = 0;
    for (const { c } of heldable) {
      if (rest + c.weight < barStructured) {
        rest += c.weight;
        looked.push(c);
      } else read.push(c);
    }
    // Units holding an essential clause, with the weight of those they hold.
    let most = 0;
    for (const c of read) for (const t of c.terms) for (const p of fields) most += p.offsets[t.id + 1]! - p.offsets[t.id]!;
    most = Math.min(most, this.seen.length);
    this.found = fitList(this.found, most, this.seen.length);
    this.doubt = fitList(this.doubt, most, this.seen.length);
    let count = 0;
    read.forEach((c, ci) => {
      for (const t of c.terms) {
        for (const p of fields) {
          const end = p.offsets[t.id + 1]!;
          for (let k = p.offsets[t.id]!; k < end; k++) {
            const u = p.ids[k]!;
            if (this.seen[u] === ci + 1 || (allow && !allow(u))) continue;
            if (this.seen[u] === 0) this.found[count++] = u;
            this.seen[u] = ci + 1;
            this.held[u]! += c.weight;
          }
        }
      }
    });
    // The other clauses, heaviest first, looked up for the units still in doubt (in increasing order, galloping).
    looked.sort((a, b) => b.weight - a.weight);
    const found = this.doubt;
    let doubt = 0;
    // Lookups gallop along the postings: units in increasing order.
    if (looked.length) this.sortFound(count);
    for (let k = 0; k < count; k++) {
      const u = this.found[k]!;
      const bar = u < this.structured ? barStructured : barPassage;
      if (this.held[u]! >= bar) this.keep(into, u, rest, total);
      else if (this.held[u]! + rest >= bar) found[doubt++] = u;
    }
    for (const c of looked) {
      rest -= c.weight;
      const cursors = c.terms.flatMap((t) => fields.map((p) => ({ p, at: p.offsets[t.id]!, end: p.offsets[t.id + 1]! })));
      let kept = 0;
      for (let k = 0; k < doubt; k++) {
        const u = found[k]!;
        // A plain loop: a closure made per unit here was most of what a question allocated in the reach.
        for (let j = 0; j < cursors.length; j++) {
          if (holds(cursors[j]!, u)) {
            this.held[u]! += c.weight;
            break;
          }
        }
        const bar = u < this.structured ? barStructured : barPassage;
        if (this.held[u]! >= bar) this.keep(into, u, rest, total);
        else if (this.held[u]! + rest >= bar) found[kept++] = u;
      }
      doubt = kept;
    }
    for (let k = 0; k < count; k++) {
      const u = this.found[k]!;
      this.held[u] = 0;
      this.seen[u] = 0;
    }
  }
}

/**
 * Sort `list` (distinct unit ids) in increasing order, in place; a list already in order (a reach of one term reads its
 * postings in order) is only read.
 */
export function sortUnits(list: Int32Array): Int32Array {
  for (let k = 1; k < list.length; k++) if (list[k - 1]! > list[k]!) return list.sort();
  return list;
}

/** Whether the postings under `x` hold unit `u`; units must be asked in increasing order. */
function holds(x: { p: FieldPostings; at: number; end: number }, u: number): boolean {
  x.at = seek(x.p.ids, x.at, x.end, u);
  return x.at < x.end && x.p.ids[x.at] === u;
}
