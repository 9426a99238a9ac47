/**
 * The file entries of a corpus snapshot as saved (pipelineCache.ts): the paragraphs of a record's documents are
 * saved as their UTF-8 bytes one after the other, and read back as documents whose paragraphs stay those bytes,
 * decoded when read (paragraphText.ts). Held as strings, a restart of 20 000 articles kept 72 M characters at two
 * bytes each (every Vietnamese paragraph has a letter outside Latin-1), ~140 MiB of heap, and made them at every
 * restart. A paragraph that is not well-formed UTF-16 (a lone surrogate, which UTF-8 cannot keep) is saved as a
 * string, and its document keeps its paragraphs as strings.
 */
import type { CorpusDocument, SkippedFile } from './core/types.js';
import { ParagraphBytes, placedDocument } from './paragraphText.js';

/** One article file as the loader left it, under the key it had (pipelineCache.ts FileEntry). */
interface Entry {
  path: string;
  key: string;
  loaded: CorpusDocument | SkippedFile;
}

/** File entries with their documents' paragraphs taken out (see the file comment). */
export interface PackedFiles<T extends Entry> {
  entries: T[];
  /** Per entry, how many paragraphs its document has (-1: not a document). */
  counts: Int32Array;
  /** Per paragraph, in order: its length in bytes in `bytes`, or -1 when it is the next of `loose`. */
  lengths: Int32Array;
  bytes: Uint8Array;
  loose: string[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isDocument = (loaded: CorpusDocument | SkippedFile): loaded is CorpusDocument => 'paragraphs' in loaded;

/** The entries as saved; the caller's documents are not changed. */
export function packFiles<T extends Entry>(entries: T[]): PackedFiles<T> {
  const counts = new Int32Array(entries.length).fill(-1);
  const lengths: number[] = [];
  const parts: Buffer[] = [];
  const loose: string[] = [];
  const out = entries.map((entry, i): T => {
    const loaded = entry.loaded;
    if (!isDocument(loaded)) return entry;
    counts[i] = loaded.paragraphs.length;
    for (const p of loaded.paragraphs) {
      if (LONE_SURROGATE.test(p)) {
        lengths.push(-1);
        loose.push(p);
        continue;
      }
      const bytes = Buffer.from(p, 'utf8');
      lengths.push(bytes.length);
      parts.push(bytes);
    }
    return { ...entry, loaded: { ...loaded, paragraphs: [] } };
  });
  const bytes = Buffer.concat(parts);
  return { entries: out, counts, lengths: Int32Array.from(lengths), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), loose };
}

/**
 * The entries with their documents' paragraphs back: read from a copy of the record's bytes when asked for. Throws
 * when the record does not hold them.
 */
export function unpackFiles<T extends Entry>(packed: PackedFiles<T>): T[] {
  const { entries, counts, lengths, bytes, loose } = packed;
  if (!Array.isArray(entries) || counts?.length !== entries.length || !(lengths instanceof Int32Array) || !(bytes instanceof Uint8Array) || !Array.isArray(loose)) {
    throw new Error('snapshot record is damaged');
  }
  // The record's bytes are a view into the buffer the next record is read into: copied out.
  const own = Buffer.from(bytes);
  const starts = new Int32Array(lengths.length + 1);
  let at = 0;
  let looseCount = 0;
  for (let k = 0; k < lengths.length; k++) {
    starts[k] = at;
    const n = lengths[k]!;
    if (n < 0) looseCount++;
    else at += n;
  }
  starts[lengths.length] = at;
  if (at !== own.length || looseCount !== loose.length) throw new Error('snapshot record is damaged');
  const store = new ParagraphBytes(own, starts);
  let n = 0;
  let l = 0;
  const out = entries.map((entry, i): T => {
    const count = counts[i]!;
    if (count < 0) return entry;
    if (!isDocument(entry.loaded) || n + count > lengths.length) throw new Error('snapshot record is damaged');
    const first = n;
    let whole = true;
    for (let k = first; k < first + count; k++) if (lengths[k]! < 0) whole = false;
    n += count;
    if (whole) return { ...entry, loaded: placedDocument(entry.loaded, store, first, count) };
    const paragraphs: string[] = [];
    for (let k = first; k < first + count; k++) paragraphs.push(lengths[k]! < 0 ? loose[l++]! : own.toString('utf8', starts[k]!, starts[k + 1]!));
    return { ...entry, loaded: { ...entry.loaded, paragraphs } };
  });
  if (n !== lengths.length) throw new Error('snapshot record is damaged');
  return out;
}
