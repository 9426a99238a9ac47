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
import type { CorpusDocument, SourceRef } from '../core/types.js';
import { writeAtomically } from '../pipelineCache.js';
import type { BuiltIndex } from './engine.js';
import { InvertedIndex, PairTable, type FieldPostings } from './invertedIndex.js';
import { sourceOf, UnitStore, type Unit } from './units.js';

const FORMAT = 1;
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

/** Where the saved index of a corpus snapshot lives. */
export function indexFile(snapshotFile: string): string {
  return snapshotFile.replace(/\.bin$/, '') + '.index.bin';
}

/** Write the built index of the extraction over `documents`, under `key`. */
export function saveIndex(file: string, key: string, built: BuiltIndex, documents: CorpusDocument[]): void {
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
    record(u.structured.map((x) => ({ ...x, sources: x.sources.map(slot) })));
  });
}

/**
 * The index saved in `file` under `key` for the extraction over `documents`, or null (no file, another format or
 * key). Throws when the file is damaged.
 */
export function loadIndex(file: string, key: string, documents: CorpusDocument[]): BuiltIndex | null {
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
    const structured = record<Array<Omit<Unit, 'sources'> & { sources: SourceSlot[] }>>().map((x) => ({ ...x, sources: x.sources.map(source) }));
    const bigrams = Object.assign(Object.create(PairTable.prototype) as PairTable, i.bigrams);
    const index = new InvertedIndex(i.unigrams, bigrams, i.left, i.right, i.surfaces, i.fields, i.variants);
    const extraSources = new Map(u.extraSources.map(([k, list]) => [k, list.map(source)]));
    const units = new UnitStore(structured, documents, docSources, u.pPara, u.pSent, u.pStart, u.pLength, extraSources, u.covered, u.docs);
    return { units, index };
  } finally {
    closeSync(fd);
  }
}
