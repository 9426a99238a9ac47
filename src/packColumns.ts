/**
 * Quotes and events of a corpus snapshot saved as columns (packExtraction.ts): per item its id, its repeated string
 * fields as positions in a table of the chunk's distinct strings, its one source as a document position, its words
 * as places in that document; what does not fit a column (a list of several sources, words not found in the
 * article, an item with other fields) is kept aside in order and read back in the same order.
 */
import type { SourceRef } from './core/types.js';

/** The fields of a kind of item, in their order, and those of them whose values repeat (saved in the table). */
export interface ItemShape {
  fields: string[];
  tabled: string[];
}

/** A chunk of items as saved. */
export interface SavedColumns<P> {
  n: number;
  ids: string[];
  /** Per item, one value per tabled field: a position in `strings`, -1 for null, -2 for undefined. */
  tabled: Int32Array;
  strings: string[];
  /** Per item, where its words stand in its first source (packExtraction.ts SLOTS). */
  at: Int32Array;
  /** Per item, the document that alone reported it, or -1 (its list is the next of `lists`). */
  doc: Int32Array;
  lists: Array<Array<number | SourceRef>>;
  /** Excerpts and texts not found in their article, in item order (an excerpt before its text). */
  loose: string[];
  /** Items saved as objects (other fields than the shape's), and their positions, ascending. */
  whole: P[];
  wholeAt: Int32Array;
}

const NULL = -1;
const UNDEFINED = -2;

type Sourced = { sources: Array<number | SourceRef> };

/** Whether `item` has exactly the shape's fields, in order, with values the columns can hold. */
function fits(item: Record<string, unknown>, shape: ItemShape): boolean {
  const keys = Object.keys(item);
  if (keys.length !== shape.fields.length || keys.some((k, i) => k !== shape.fields[i])) return false;
  if (typeof item.id !== 'string' || typeof item.text !== 'string' || typeof item.excerpt !== 'string' || !Array.isArray(item.sources)) return false;
  return shape.tabled.every((f) => item[f] === null || item[f] === undefined || typeof item[f] === 'string');
}

/**
 * `items` (sources as document positions) as columns. `found(k)` tells whether item k's excerpt and text were found
 * in its article (`at`): those are not saved.
 */
export function columnsOf<P extends Sourced>(items: P[], shape: ItemShape, at: Int32Array, found: (k: number) => { excerpt: boolean; text: boolean }): SavedColumns<P> {
  const n = items.length;
  const width = shape.tabled.length;
  const out: SavedColumns<P> = {
    n, ids: [], tabled: new Int32Array(n * width).fill(UNDEFINED), strings: [], at, doc: new Int32Array(n).fill(-1),
    lists: [], loose: [], whole: [], wholeAt: new Int32Array(0),
  };
  const slotOf = new Map<string, number>();
  const wholeAt: number[] = [];
  items.forEach((item, k) => {
    const fields = item as unknown as Record<string, unknown>;
    const words = found(k);
    if (!fits(fields, shape)) {
      // Saved as it is, less the words found in the article.
      const copy = { ...fields };
      if (words.excerpt) copy.excerpt = '';
      if (words.text) copy.text = '';
      out.whole.push(copy as P);
      wholeAt.push(k);
      out.ids.push('');
      return;
    }
    out.ids.push(fields.id as string);
    shape.tabled.forEach((f, j) => {
      const v = fields[f] as string | null | undefined;
      if (typeof v !== 'string') {
        out.tabled[k * width + j] = v === null ? NULL : UNDEFINED;
        return;
      }
      let slot = slotOf.get(v);
      if (slot === undefined) {
        slot = out.strings.push(v) - 1;
        slotOf.set(v, slot);
      }
      out.tabled[k * width + j] = slot;
    });
    const only = item.sources.length === 1 ? item.sources[0] : undefined;
    if (typeof only === 'number') out.doc[k] = only;
    else out.lists.push(item.sources);
    if (!words.excerpt) out.loose.push(fields.excerpt as string);
    if (!words.text) out.loose.push(fields.text as string);
  });
  out.wholeAt = Int32Array.from(wholeAt);
  return out;
}

const damaged = (): Error => new Error('snapshot record is damaged');

/**
 * A chunk just deserialized, whose typed arrays are views into the buffer the next record is read into: they are
 * copied out, and the columns' lengths checked. Returns the number of items.
 */
export function ownColumns(chunk: SavedColumns<unknown>, slots: number): number {
  const n = chunk?.n;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw damaged();
  const typed = [chunk.tabled, chunk.at, chunk.doc, chunk.wholeAt];
  if (!typed.every((a) => a instanceof Int32Array)) throw damaged();
  if (![chunk.ids, chunk.strings, chunk.lists, chunk.loose, chunk.whole].every(Array.isArray)) throw damaged();
  if (chunk.ids.length !== n || chunk.at.length !== n * slots || chunk.doc.length !== n || chunk.wholeAt.length !== chunk.whole.length) throw damaged();
  if (n > 0 && chunk.tabled.length % n !== 0) throw damaged();
  for (let i = 0; i < chunk.wholeAt.length; i++) {
    const k = chunk.wholeAt[i]!;
    if (k < 0 || k >= n || (i > 0 && k <= chunk.wholeAt[i - 1]!)) throw damaged();
  }
  chunk.tabled = chunk.tabled.slice();
  chunk.at = chunk.at.slice();
  chunk.doc = chunk.doc.slice();
  chunk.wholeAt = chunk.wholeAt.slice();
  return n;
}

/** Reads a chunk's columns item by item, in order (the lists and loose words are read in the order they were saved). */
export class Columns {
  readonly length: number;
  readonly at: Int32Array;
  readonly doc: Int32Array;
  private looseNext = 0;
  private listNext = 0;
  private wholeNext = 0;

  constructor(private readonly saved: SavedColumns<Sourced>) {
    this.length = saved.n;
    this.at = saved.at;
    this.doc = saved.doc;
  }

  id(k: number): string {
    return this.saved.ids[k]!;
  }

  /** The tabled value at position `t` of the `tabled` column. */
  value(t: number): string | null | undefined {
    const v = this.saved.tabled[t];
    if (v === NULL) return null;
    if (v === UNDEFINED) return undefined;
    const s = v === undefined ? undefined : this.saved.strings[v];
    if (s === undefined) throw damaged();
    return s;
  }

  /** The next saved excerpt or text. */
  loose(): string {
    const s = this.saved.loose[this.looseNext++];
    if (typeof s !== 'string') throw damaged();
    return s;
  }

  /** The next saved list of sources. */
  sourceList(): Array<number | SourceRef> {
    const list = this.saved.lists[this.listNext++];
    if (!Array.isArray(list) || list.length === 0) throw damaged();
    return list;
  }

  /** Item k when it was saved as an object, else null. */
  whole(k: number): Sourced | null {
    if (this.saved.wholeAt[this.wholeNext] !== k) return null;
    const item = this.saved.whole[this.wholeNext++];
    if (!item || !Array.isArray(item.sources)) throw damaged();
    return item;
  }

  /** Checks that every saved list, word and item was read. */
  done(): void {
    if (this.looseNext !== this.saved.loose.length || this.listNext !== this.saved.lists.length || this.wholeNext !== this.saved.whole.length) throw damaged();
  }
}
