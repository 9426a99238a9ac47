/** Whether some terms of the index stand together in one entity of a field (a unit, an article, a speaker). */
import type { Engine } from './engine.js';

/** Whether one entity of `field` (a unit, an article's lead, a speaker) holds every one of the terms `ids`. */
export function inOneEntity(e: Engine, field: number, ids: readonly number[]): boolean {
  const f = e.index.fields[field]!;
  const lists = ids.map((id) => f.ids.subarray(f.offsets[id]!, f.offsets[id + 1]!));
  if (lists.some((list) => list.length === 0)) return false;
  if (lists.length < 2) return true;
  // Postings are sorted by entity: the shortest list is tested against the others.
  lists.sort((x, y) => x.length - y.length);
  return lists[0]!.some((u) => lists.every((list) => binaryHas(list, u)));
}

function binaryHas(list: Int32Array, v: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (x === v) return true;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
