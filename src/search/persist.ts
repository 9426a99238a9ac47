/**
 * The built search index on disk (issue 16): the units and the inverted index of an extraction are written once
 * after they are built and read back at the next start over the same corpus, instead of being built again
 * (at 20 000 articles the build was 12 of a 14 s restart). They are typed arrays, a few maps and the quote and event
 * units, written with v8.serialize (typed arrays are copied as bytes) in one file, under the corpus snapshot's key
 * (pipelineCache.ts: every corpus file and every program file): any change, and the index is built again. The file
 * is written to a temporary name and renamed; one of another format, another key or damaged is not used.
 *
 * The index classes are rebuilt from their constructor arguments, read back from the built objects. Those are the
 * classes' whole state; reading them here rather than adding methods keeps the index modules free of persistence.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { CorpusEvent, Extraction, Quote, SourceRef } from '../core/types.js';
import { writeAtomically } from '../pipelineCache.js';
import type { BuiltIndex } from './engine.js';
import { InvertedIndex, type FieldPostings } from './invertedIndex.js';
import { PairTable } from './pairTable.js';
import { sourceOf, UnitStore, type Unit } from './units.js';

const FORMAT = 2;
const HEADER_MAX = 4096;

/** InvertedIndex's constructor arguments, as its fields. */
interface IndexState {
  unigrams: Map<string, number>;
  bigrams: PairTable;
  left: Int32Array;
  right: Int32Array;
  surfaces: string[];
  fields: FieldPostings[];
  variants: Map<number, string[]>;
}

/** UnitStore's constructor arguments, as its fields (documents and their sources come from the extraction). */
interface UnitState {
  structured: Unit[];
  pPara: Int32Array;
  pSent: Int32Array;
  pStart: Int32Array;
  pLength: Int32Array;
  extraSources: Map<number, SourceRef[]>;
  covered: Map<number, number[]>;
  docs: Int32Array;
}

/** A source as the position of its document (one object per document again when read), else the object itself. */
type SourceSlot = number | SourceRef;

/**
 * A quote or event unit as saved: the position of the extraction item it was made from (quotes, then events), whose
 * strings it shares again when read (a copy of every quote's words would cost 180 MiB at 20 000 articles), and what
 * merging changed (its sources, its kind).
 */
interface SavedUnits {
  origin: Int32Array;
  kinds: Array<Unit['kind']>;
  sources: SourceSlot[][];
}

/**
 * The extraction item of each quote and event unit. buildUnits makes a unit of the first item of each key, in
 * order (quotes, then events), so the origin of unit k is the first item after unit k-1's origin with the same
 * words (and speaker, or date): an item in between with those would have made unit k itself.
 */
function originsOf(structured: Unit[], extraction: Extraction): Int32Array {
  const origin = new Int32Array(structured.length);
  const items: Array<Quote | CorpusEvent> = [...extraction.quotes, ...extraction.events];
  let j = 0;
  structured.forEach((u, k) => {
    while (j < items.length) {
      const item = items[j]!;
      const isQuote = j < extraction.quotes.length;
      const same = item.text === u.text && (isQuote ? u.type === 'quote' && (item as Quote).speakerId === u.speakerId : u.type === 'event' && item.date === u.date);
      j++;
      if (same) {
        origin[k] = j - 1;
        return;
      }
    }
    throw new Error(`unit ${k} has no item of the extraction`);
  });
  return origin;
}

/** The unit made from an item, as buildUnits makes it, with what merging changed. */
function unitOf(item: Quote | CorpusEvent, kind: Unit['kind'], sources: SourceRef[], doc: number): Unit {
  const quote = 'kind' in item ? item : null;
  return {
    type: quote ? 'quote' : 'event', text: item.text, excerpt: item.excerpt || item.text, speaker: quote?.speaker ?? null,
    speakerId: quote?.speakerId ?? null, date: item.date, sources, kind, dateSource: quote?.dateSource ?? null, doc,
    para: -1, sent: -1, coveredBy: null,
  };
}

type Typed = Int32Array | Uint8Array | Uint16Array;

/**
 * A typed array of its own. v8.deserialize returns views into the buffer it read, which would keep every record's
 * whole buffer (strings included) alive as long as one array of the index.
 */
const own = <T extends Typed>(a: T): T => a.slice() as T;

/** Where the saved index of a corpus snapshot lives. */
export function indexFile(snapshotFile: string): string {
  return snapshotFile.replace(/\.bin$/, '') + '.index.bin';
}

/** Write the built index of `extraction`, under `key`. */
export function saveIndex(file: string, key: string, built: BuiltIndex, extraction: Extraction): void {
  const documents = extraction.documents;
  const position = new Map(documents.map((d, i) => [d.file, i]));
  const slot = (s: SourceRef): SourceSlot => position.get(s.file) ?? s;
  const i = built.index as unknown as IndexState;
  const u = built.units as unknown as UnitState;
  writeAtomically(file, (put) => {
    put(`${JSON.stringify({ format: FORMAT, key, documents: documents.length })}\n`);
    const record = (value: unknown) => {
      const body = serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(body.length);
      put(length);
      put(body);
    };
    record({
      unigrams: i.unigrams, bigrams: { ...i.bigrams }, left: i.left, right: i.right, surfaces: i.surfaces, fields: i.fields,
      variants: i.variants,
    });
    record({
      pPara: u.pPara, pSent: u.pSent, pStart: u.pStart, pLength: u.pLength, docs: u.docs, covered: u.covered,
      extraSources: [...u.extraSources].map(([k, list]) => [k, list.map(slot)]),
    });
    const saved: SavedUnits = {
      origin: originsOf(u.structured, extraction), kinds: u.structured.map((x) => x.kind), sources: u.structured.map((x) => x.sources.map(slot)),
    };
    record(saved);
  });
}

/** The index saved in `file` under `key` for `extraction`, or null (no file, another format or key). Throws when damaged. */
export function loadIndex(file: string, key: string, extraction: Extraction): BuiltIndex | null {
  const documents = extraction.documents;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(HEADER_MAX);
    const n = readSync(fd, head, 0, HEADER_MAX, 0);
    const newline = head.subarray(0, n).indexOf(10);
    if (newline < 0) throw new Error('saved index has no header');
    const header = JSON.parse(head.subarray(0, newline).toString('utf8')) as { format?: number; key?: string; documents?: number };
    if (header.format !== FORMAT || header.key !== key || header.documents !== documents.length) return null;
    let offset = newline + 1;
    const record = <T>(): T => {
      const length = Buffer.alloc(4);
      if (readSync(fd, length, 0, 4, offset) !== 4) throw new Error('saved index ends early');
      const body = Buffer.allocUnsafe(length.readUInt32LE());
      if (readSync(fd, body, 0, body.length, offset + 4) !== body.length) throw new Error('saved index ends early');
      offset += 4 + body.length;
      return deserialize(body) as T;
    };
    const docSources = documents.map(sourceOf);
    const source = (s: SourceSlot): SourceRef => (typeof s === 'number' ? docSources[s]! : s);
    const i = record<IndexState>();
    const u = record<Omit<UnitState, 'structured' | 'extraSources'> & { extraSources: Array<[number, SourceSlot[]]> }>();
    const saved = record<SavedUnits>();
    const items: Array<Quote | CorpusEvent> = [...extraction.quotes, ...extraction.events];
    const docs = own(u.docs);
    const structured = saved.kinds.map((kind, k) => {
      const item = items[saved.origin[k]!];
      if (!item) throw new Error('saved index does not match the extraction');
      return unitOf(item, kind, saved.sources[k]!.map(source), docs[k]!);
    });
    const b = i.bigrams as unknown as { keysA: Int32Array; keysB: Int32Array; values: Int32Array };
    const bigrams = Object.assign(Object.create(PairTable.prototype) as PairTable, i.bigrams, { keysA: own(b.keysA), keysB: own(b.keysB), values: own(b.values) });
    const fields = i.fields.map((f) => ({ ...f, offsets: own(f.offsets), ids: own(f.ids), tfs: own(f.tfs), lengths: own(f.lengths), masks: own(f.masks) }));
    const index = new InvertedIndex(i.unigrams, bigrams, own(i.left), own(i.right), i.surfaces, fields, i.variants);
    const extraSources = new Map(u.extraSources.map(([k, list]) => [k, list.map(source)]));
    const units = new UnitStore(structured, documents, docSources, own(u.pPara), own(u.pSent), own(u.pStart), own(u.pLength), extraSources, u.covered, docs);
    return { units, index };
  } finally {
    closeSync(fd);
  }
}
