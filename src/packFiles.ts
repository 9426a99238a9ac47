/**
 * The file entries of a corpus snapshot as saved (pipelineCache.ts): the paragraphs of a record's documents are
 * saved as a few long strings and read back as slices of them. A restart of 20 000 articles read 210 000 paragraphs
 * (~140 MiB) as as many strings, each made in the young generation and copied when it survived there: about a
 * quarter of a restart's CPU was that garbage collection. A long string is made where large objects are, and
 * is not copied; a slice (13 characters or more) is a pointer into it, about the size of a string's own header.
 * Paragraphs written only in Latin-1 go to a string of their own, so that they keep one byte a character.
 */
import type { CorpusDocument, SkippedFile } from './core/types.js';

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
  /** Per paragraph, in order: its length, and 1 when it is in `wide`, 0 when in `narrow`. */
  lengths: Int32Array;
  wide: Uint8Array;
  /** The paragraphs one after the other, cut in pieces of at most PIECE characters (unless one is longer). */
  narrow: string[];
  wideText: string[];
}

/** Characters of a piece: far under V8's longest string (2^29 characters), whatever the articles. */
const PIECE = 1 << 24;

/** Whether every character of `text` is Latin-1: V8 keeps such a string at one byte a character. */
function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

const isDocument = (loaded: CorpusDocument | SkippedFile): loaded is CorpusDocument => 'paragraphs' in loaded;

/** Pieces as they are filled: a paragraph that would pass PIECE starts a new piece (a longer one has it alone). */
class Pieces {
  readonly pieces: string[] = [];
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly limit: number) {}

  add(text: string): void {
    if (this.size > 0 && this.size + text.length > this.limit) this.flush();
    this.parts.push(text);
    this.size += text.length;
  }

  flush(): string[] {
    if (this.parts.length) this.pieces.push(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    return this.pieces;
  }
}

/** Reads paragraphs back from pieces cut as Pieces cut them. */
class Reader {
  private k = 0;
  private at = 0;

  constructor(private readonly pieces: string[]) {}

  next(length: number): string {
    let piece = this.pieces[this.k];
    if (piece !== undefined && this.at + length > piece.length && this.at > 0) {
      piece = this.pieces[++this.k];
      this.at = 0;
    }
    if (piece === undefined || this.at + length > piece.length) throw new Error('snapshot record is damaged');
    const text = piece.slice(this.at, this.at + length);
    this.at += length;
    return text;
  }
}

/** The entries as saved, in pieces of `piece` characters; the caller's documents are not changed. */
export function packFiles<T extends Entry>(entries: T[], piece = PIECE): PackedFiles<T> {
  const counts = new Int32Array(entries.length).fill(-1);
  const lengths: number[] = [];
  const wide: number[] = [];
  const narrow = new Pieces(piece);
  const wideText = new Pieces(piece);
  const out = entries.map((entry, i): T => {
    const loaded = entry.loaded;
    if (!isDocument(loaded)) return entry;
    counts[i] = loaded.paragraphs.length;
    for (const p of loaded.paragraphs) {
      lengths.push(p.length);
      const isWide = !isLatin1(p);
      wide.push(isWide ? 1 : 0);
      (isWide ? wideText : narrow).add(p);
    }
    return { ...entry, loaded: { ...loaded, paragraphs: [] } };
  });
  return { entries: out, counts, lengths: Int32Array.from(lengths), wide: Uint8Array.from(wide), narrow: narrow.flush(), wideText: wideText.flush() };
}

/** The entries with their paragraphs back in their documents. Throws when the record does not hold them. */
export function unpackFiles<T extends Entry>(packed: PackedFiles<T>): T[] {
  const { entries, counts, lengths, wide } = packed;
  if (!Array.isArray(entries) || counts?.length !== entries.length || lengths?.length !== wide?.length) throw new Error('snapshot record is damaged');
  const narrow = new Reader(packed.narrow);
  const wideText = new Reader(packed.wideText);
  let n = 0;
  entries.forEach((entry, i) => {
    const count = counts[i]!;
    if (count < 0) return;
    if (!isDocument(entry.loaded) || n + count > lengths.length) throw new Error('snapshot record is damaged');
    const paragraphs = entry.loaded.paragraphs;
    for (let k = 0; k < count; k++, n++) paragraphs.push((wide[n] ? wideText : narrow).next(lengths[n]!));
  });
  if (n !== lengths.length) throw new Error('snapshot record is damaged');
  return entries;
}
