/**
 * A startup snapshot of a corpus, kept in DATA_DIR, keyed per file: a restart over an unchanged corpus reads the
 * documents and the finished extraction and skips reading and extraction (80–100 s at 20 000 articles); after a
 * change, every unchanged file's document and per-article extraction (extract/article.ts) are taken from it, so
 * only the changed or added articles are read and extracted, then the corpus is linked again (decision 13).
 *
 * A file's key is its size, modification time, change time and inode, with its sidecar's (git's test for
 * "changed": an edit that keeps size and mtime, as `cp -p` and `rsync -t` make, still changes the inode's change
 * time or the inode itself). The corpus key hashes every file's key with the code that made it (every source file of
 * the program): new code, nothing reused. Keys are taken before the corpus is read, so a file edited while it is
 * being read is only read again at the next start. A snapshot of another format is reported and not used; one
 * that cannot be read (damaged) throws, and the caller reads the articles; a folder with symlinked subfolders
 * (their files are not in the key) has no key and no snapshot; a failed write only costs the next start.
 *
 * Layout: one JSON header line `{format, code, key, counts}`, then length-prefixed records written by
 * v8.serialize, a few thousand items each, so neither writing nor reading holds a second copy of the corpus:
 * file entries (packFiles.ts: their documents' paragraphs as UTF-8 bytes), per-article results, then the finished extraction's quotes and events (packExtraction.ts: as
 * columns, their words as places in their documents). A reader skips the records
 * it does not need (the per-article results when nothing changed; the finished extraction when something did).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { CorpusDocument, CorpusEvent, Extraction, Quote, SkippedFile, Speaker } from './core/types.js';
import type { ArticleResult } from './extract/article.js';
import { ownChunk, pack, type PackedChunk, type SavedExtraction } from './packExtraction.js';
import { packFiles, unpackFiles, type PackedFiles } from './packFiles.js';

export { unpackExtraction, type SavedExtraction } from './packExtraction.js';

// 4: file entries' paragraphs saved as a few long strings (packFiles.ts). 5: quotes and events as columns
// (packExtraction.ts, packColumns.ts). 6: paragraphs as UTF-8 bytes, kept as bytes after reading (packFiles.ts,
// paragraphText.ts).
const FORMAT = 6;
const CHUNK = 2000;
const HEADER_MAX = 4096;

/** Where a corpus folder's snapshot lives in a data folder. */
export function snapshotFile(dataDir: string, corpusDir: string): string {
  const id = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(dataDir, 'cache', `corpus-${id}.bin`);
}

let codeKey: Promise<string> | null = null;

/** Hash of every source and data file of the program (this folder, recursively): new code, new snapshot. */
function codeFingerprint(): Promise<string> {
  codeKey ??= (async () => {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const files = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && /\.(?:ts|js|json)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    const hash = createHash('sha256');
    for (const f of files) hash.update(relative(root, f)).update('\0').update(await readFile(f)).update('\0');
    return hash.digest('hex');
  })();
  return codeKey;
}

/** A corpus folder's key, each article file's key and how many article files (.txt, .md) it holds. */
export interface CorpusKey {
  key: string;
  /** Hash of the program's code: a snapshot made by other code is not used at all. */
  code: string;
  articles: number;
  /** Absolute path of each article file → its key (its own and its sidecar's stat). */
  files: Map<string, string>;
}

/**
 * The key of a corpus folder as it is now, or null when it cannot be taken (unreadable folder, a symlinked
 * subfolder): then no snapshot is read or written.
 */
export async function corpusKey(corpusDir: string): Promise<CorpusKey | null> {
  try {
    const root = resolve(corpusDir);
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const lines: string[] = [];
    const stats = new Map<string, string>();
    for (const e of entries) {
      if (e.isDirectory()) continue;
      const path = join(e.parentPath, e.name);
      // One synchronous stat a file: 20 000 of them take ~50 ms, where awaiting each took ~1 s (the event loop's
      // turn per file, not the disk).
      let s: Stats | undefined;
      try {
        s = statSync(path, { throwIfNoEntry: false });
      } catch {
        s = undefined;
      }
      if (e.isSymbolicLink() && s?.isDirectory()) return null;
      // Size and mtime miss an edit that keeps both (`cp -p`, `rsync -t`); the inode's change time (which no tool can
      // set back) and the inode number (a file replaced by rename) catch it, at no extra cost: one stat either way.
      const line = s ? `${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}` : 'missing';
      stats.set(path, line);
      // A path under root less root and its separator, as relative() gives it (which costs more, 20 000 times).
      const rel = path.startsWith(root + sep) ? path.slice(root.length + sep.length) : relative(root, path);
      lines.push(`${rel}\0${line}`);
    }
    lines.sort();
    const files = new Map<string, string>();
    for (const [path, line] of stats) {
      if (!/\.(?:txt|md)$/i.test(path)) continue;
      const sidecar = `${path.slice(0, path.length - extname(path).length)}.json`;
      files.set(path, `${line}\0${stats.get(sidecar) ?? 'no sidecar'}`);
    }
    const code = await codeFingerprint();
    const key = createHash('sha256').update(`${FORMAT}\n${code}\n${root}\n${lines.join('\n')}`).digest('hex');
    return { key, code, articles: files.size, files };
  } catch {
    return null;
  }
}

/** One article file as the loader left it (before the corpus chose its cited name), under the key it had. */
export interface FileEntry {
  path: string;
  key: string;
  loaded: CorpusDocument | SkippedFile;
}

/** A document's own extraction, and the name it was cited under when extracted (its sources carry that name). */
export interface ArticleEntry {
  file: string;
  result: ArticleResult;
}

/** What a snapshot holds: see the file comment. `articles[i]` belongs to `files[i]` (null: not a document). */
export interface SnapshotContents {
  files: FileEntry[];
  articles: Array<ArticleEntry | null>;
  /** The finished extraction; its `documents` are the corpus's documents less those it left out. */
  extraction: Extraction;
}

/** A snapshot read back: its file entries, and the part the caller asked for. */
export interface SavedSnapshot {
  key: string;
  files: FileEntry[];
  articles?: Array<ArticleEntry | null>;
  extraction?: SavedExtraction;
}

/** A snapshot written by a program whose snapshot format differs; it is not used (and replaced on save). */
export class SnapshotFormatError extends Error {}

/** Temporary files left by a process stopped while writing (a day old at least: another may be writing now). */
function removeStaleTemporaries(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.tmp')) continue;
    const path = join(folder, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 24 * 3600 * 1000) rmSync(path, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}

interface Header {
  format?: number;
  code?: string;
  key?: string;
  /** Items of each section: files (and articles), quotes, events. */
  counts?: [number, number, number];
}

const chunks = (n: number): number => Math.ceil(n / CHUNK);

/**
 * Write a snapshot to a temporary file, then rename it over `file`: a reader never sees half a file. Also used by
 * persisted indexes (search/persist.ts) for the same guarantee.
 */
export function writeAtomically(file: string, write: (put: (bytes: Uint8Array | string) => void) => void): void {
  mkdirSync(dirname(file), { recursive: true });
  removeStaleTemporaries(dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    write((bytes) => {
      if (typeof bytes === 'string') writeSync(fd, bytes);
      else writeSync(fd, bytes);
    });
    closeSync(fd);
    renameSync(tmp, file);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Write the snapshot of a corpus under its key. */
export function writeSnapshot(file: string, key: CorpusKey, data: SnapshotContents): void {
  const { files, articles, extraction } = data;
  const position = new Map(extraction.documents.map((d, i) => [d.file, i]));
  writeAtomically(file, (put) => {
    const header: Header = { format: FORMAT, code: key.code, key: key.key, counts: [files.length, extraction.quotes.length, extraction.events.length] };
    put(`${JSON.stringify(header)}\n`);
    const record = (value: unknown) => {
      const body = serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(body.length);
      put(length);
      put(body);
    };
    record({ speakers: extraction.speakers, skipped: extraction.skipped ?? [] });
    for (let i = 0; i < files.length; i += CHUNK) record(packFiles(files.slice(i, i + CHUNK)));
    for (let i = 0; i < files.length; i += CHUNK) record(articles.slice(i, i + CHUNK));
    const docs = extraction.documents;
    for (let i = 0; i < extraction.quotes.length; i += CHUNK) record(pack(extraction.quotes.slice(i, i + CHUNK), position, docs));
    for (let i = 0; i < extraction.events.length; i += CHUNK) record(pack(extraction.events.slice(i, i + CHUNK), position, docs));
  });
}

/**
 * The JSON line that opens a saved file (the corpus snapshot, the saved index) open at `fd`, and where what follows
 * it starts. Throws when the file has no such line (`what` names the file in the message).
 */
export function readHeaderLine<T>(fd: number, what: string): { header: T; next: number } {
  const head = Buffer.alloc(HEADER_MAX);
  const n = readSync(fd, head, 0, HEADER_MAX, 0);
  const newline = head.subarray(0, n).indexOf(10);
  if (newline < 0) throw new Error(`${what} has no header`);
  return { header: JSON.parse(head.subarray(0, newline).toString('utf8')) as T, next: newline + 1 };
}

/**
 * The snapshot in `file` if the same code made it, else null (no file, other code). When it was saved under the
 * corpus key `key` (nothing changed since) the finished extraction is read; otherwise the per-article results, to
 * reuse those of unchanged files. Throws SnapshotFormatError for another format, and an Error for a damaged file.
 */
export function readSnapshot(file: string, key: CorpusKey): SavedSnapshot | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const { header, next: afterHeader } = readHeaderLine<Header>(fd, 'snapshot');
    if (header.format !== FORMAT) throw new SnapshotFormatError(`snapshot of format ${String(header.format)}, this program writes ${FORMAT}; not used`);
    if (header.code !== key.code || !header.key || !header.counts) return null;
    const [fileCount, quoteCount, eventCount] = header.counts;
    let offset = afterHeader;
    const length = Buffer.alloc(4);
    const next = (): number => {
      if (readSync(fd, length, 0, 4, offset) !== 4) throw new Error('snapshot ends early');
      return length.readUInt32LE();
    };
    // One buffer for every record: a fresh one each (hundreds of MiB in all) left that much resident after a restart.
    let scratch = Buffer.allocUnsafe(0);
    const record = <T>(): T => {
      const n = next();
      if (scratch.length < n) scratch = Buffer.allocUnsafe(Math.max(n, 2 * scratch.length));
      const body = scratch.subarray(0, n);
      if (readSync(fd, body, 0, body.length, offset + 4) !== body.length) throw new Error('snapshot ends early');
      offset += 4 + body.length;
      return deserialize(body) as T;
    };
    const skip = (records: number): void => {
      for (let i = 0; i < records; i++) offset += 4 + next();
    };
    const items = <T>(count: number): T[] => {
      const out: T[] = [];
      while (out.length < count) for (const x of record<T[]>()) out.push(x);
      return out;
    };
    const meta = record<{ speakers: Speaker[]; skipped: SkippedFile[] }>();
    const files: FileEntry[] = [];
    while (files.length < fileCount) {
      const chunk = unpackFiles(record<PackedFiles<FileEntry>>());
      if (!chunk.length) throw new Error('snapshot record is empty');
      for (const f of chunk) files.push(f);
    }
    if (header.key !== key.key) return { key: header.key, files, articles: items<ArticleEntry | null>(fileCount) };
    skip(chunks(fileCount));
    const packed = <T>(count: number): Array<PackedChunk<T>> => {
      const out: Array<PackedChunk<T>> = [];
      for (let n = 0; n < count; ) {
        const chunk = record<PackedChunk<T>>();
        // Its typed arrays are views into the buffer the next record is read into: copied out.
        n += ownChunk(chunk);
        out.push(chunk);
      }
      return out;
    };
    const quotes = packed<Quote>(quoteCount);
    const events = packed<CorpusEvent>(eventCount);
    return { key: header.key, files, extraction: { quotes, events, speakers: meta.speakers, skipped: meta.skipped } };
  } finally {
    closeSync(fd);
  }
}
