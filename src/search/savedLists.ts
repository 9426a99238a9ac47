/**
 * Lists saved as typed arrays in the index file (persist.ts): lists of integers, lists of sources, and lists by unit
 * id read back only when a unit is asked for.
 */
import type { SourceRef } from '../core/types.js';

/** Lists of integers: list k is `values[start[k] .. start[k + 1])`. */
export interface IntLists {
  start: Int32Array;
  values: Int32Array;
}

export function packLists(lists: Iterable<Iterable<number>>, count: number): IntLists {
  const start = new Int32Array(count + 1);
  const values: number[] = [];
  let k = 0;
  for (const list of lists) {
    for (const v of list) values.push(v);
    start[++k] = values.length;
  }
  return { start, values: Int32Array.from(values) };
}

export function listAt(lists: IntLists, k: number): number[] {
  const out: number[] = [];
  for (let i = lists.start[k]!, end = lists.start[k + 1]!; i < end; i++) out.push(lists.values[i]!);
  return out;
}

/**
 * Lists by unit id, read from their typed arrays when a unit is asked for: Maps of the 180 000 passages that hold a
 * quote and of the 50 000 printed by several articles cost 0.3 s of a restart at 20 000 articles, and their memory.
 */
export class SavedLists<T> {
  constructor(
    private readonly keys: Int32Array,
    private readonly read: (k: number) => T,
  ) {}

  get(id: number): T | undefined {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const key = this.keys[mid]!;
      if (key === id) return this.read(mid);
      if (key < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** Keys of a map in increasing order, for SavedLists. */
export const sortedKeys = (map: Map<number, unknown>): Int32Array => Int32Array.from(map.keys()).sort();

/** Lists of sources: a document's position, or -1 - i for `others[i]` (a source of a file the corpus does not have). */
export interface SourceLists extends IntLists {
  others: SourceRef[];
}

export function packSources(lists: SourceRef[][], position: Map<string, number>): SourceLists {
  const others: SourceRef[] = [];
  const slot = (s: SourceRef): number => {
    const p = position.get(s.file);
    if (p !== undefined) return p;
    others.push(s);
    return -others.length;
  };
  const slots = lists.map((list) => list.map(slot));
  return { ...packLists(slots, lists.length), others };
}

export function sourcesAt(lists: SourceLists, k: number, docSources: SourceRef[]): SourceRef[] {
  return listAt(lists, k).map((s) => (s >= 0 ? docSources[s]! : lists.others[-1 - s]!));
}
