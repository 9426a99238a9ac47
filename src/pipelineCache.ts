/**
 * A startup snapshot of a corpus's read documents and extraction, kept in DATA_DIR, so a restart over an unchanged
 * corpus skips reading and extraction: at 20 000 articles those take 80–100 s, the index build after them
 * about fifteen seconds.
 *
 * A snapshot is used only when its key matches. The key covers the code that made it (every source file of the
 * program) and every file of the corpus folder by path, size, modification time, change time and inode (git's
 * test for "changed": an edit that keeps size and mtime, as `cp -p` and `rsync -t` make, still changes the inode's
 * change time or the inode itself). The key is taken before the corpus is read, so a file edited while it is being read only makes
 * the next start read everything again. A snapshot that cannot be read, of another format or from a folder with
 * symlinked subfolders (their files are not in the key) is not used; a failed write only costs the next start.
 *
 * Layout: one JSON header line `{format, key}`, then length-prefixed records written by v8.serialize, a few
 * thousand documents or items each, so neither writing nor reading holds a second copy of the whole corpus.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { CorpusDocument, CorpusEvent, Extraction, LoadedCorpus, Quote, SourceRef } from './core/types.js';
import { sourceOf } from './extract/document.js';

const FORMAT = 1;
const CHUNK = 2000;
const HEADER_MAX = 4096;

export interface CachedPipeline {
  corpus: LoadedCorpus;
  extraction: Extraction;
}

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

/** A corpus folder's key and how many article files (.txt, .md) it holds. */
export interface CorpusKey {
  key: string;
  articles: number;
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
    let articles = 0;
    for (const e of entries) {
      if (e.isDirectory()) continue;
      if (/\.(?:txt|md)$/i.test(e.name)) articles++;
      const path = join(e.parentPath, e.name);
      const s = await stat(path).catch(() => null);
      if (e.isSymbolicLink() && s?.isDirectory()) return null;
      // Size and mtime miss an edit that keeps both (`cp -p`, `rsync -t`); the inode's change time (which no tool can
      // set back) and the inode number (a file replaced by rename) catch it, at no extra cost: one stat either way.
      lines.push(`${relative(root, path)}\0${s ? `${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}` : 'missing'}`);
    }
    lines.sort();
    const key = createHash('sha256').update(`${FORMAT}\n${await codeFingerprint()}\n${root}\n${lines.join('\n')}`).digest('hex');
    return { key, articles };
  } catch {
    return null;
  }
}

/** A quote or event with its sources as document positions (a source of an unknown file stays an object). */
type Packed<T> = Omit<T, 'sources'> & { sources: Array<number | SourceRef> };

function pack<T extends { sources: SourceRef[] }>(items: T[], position: Map<string, number>): Array<Packed<T>> {
  return items.map((item) => ({ ...item, sources: item.sources.map((s) => position.get(s.file) ?? s) }));
}

function unpack<T extends { sources: SourceRef[] }>(items: Array<Packed<T>>, refs: SourceRef[]): T[] {
  return items.map((item) => ({ ...item, sources: item.sources.map((s) => (typeof s === 'number' ? refs[s]! : s)) }) as T);
}

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

/** Write the snapshot of a pipeline (to a temporary file, then renamed: a reader never sees half a file). */
export function writeSnapshot(file: string, key: string, data: CachedPipeline): void {
  mkdirSync(join(file, '..'), { recursive: true });
  removeStaleTemporaries(join(file, '..'));
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    const { corpus, extraction } = data;
    const position = new Map(corpus.documents.map((d, i) => [d.file, i]));
    const sameDocuments = extraction.documents === corpus.documents;
    writeSync(fd, `${JSON.stringify({ format: FORMAT, key })}\n`);
    const record = (value: unknown) => {
      const body = serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(body.length);
      writeSync(fd, length);
      writeSync(fd, body);
    };
    record({
      dir: corpus.dir, skipped: corpus.skipped, speakers: extraction.speakers, sameDocuments,
      counts: [corpus.documents.length, extraction.quotes.length, extraction.events.length],
    });
    for (let i = 0; i < corpus.documents.length; i += CHUNK) record(corpus.documents.slice(i, i + CHUNK));
    if (!sameDocuments) record(extraction.documents);
    for (let i = 0; i < extraction.quotes.length; i += CHUNK) record(pack(extraction.quotes.slice(i, i + CHUNK), position));
    for (let i = 0; i < extraction.events.length; i += CHUNK) record(pack(extraction.events.slice(i, i + CHUNK), position));
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

/** The snapshot in `file` if it was made under `key`, else null (no file, another key, another format). */
export function readSnapshot(file: string, key: string): CachedPipeline | null {
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
    if (newline < 0) return null;
    const header = JSON.parse(head.subarray(0, newline).toString('utf8')) as { format?: number; key?: string };
    if (header.format !== FORMAT || header.key !== key) return null;
    let offset = newline + 1;
    const record = <T>(): T => {
      const length = Buffer.alloc(4);
      if (readSync(fd, length, 0, 4, offset) !== 4) throw new Error('snapshot ends early');
      const body = Buffer.allocUnsafe(length.readUInt32LE());
      if (readSync(fd, body, 0, body.length, offset + 4) !== body.length) throw new Error('snapshot ends early');
      offset += 4 + body.length;
      return deserialize(body) as T;
    };
    const meta = record<{
      dir: string; skipped: LoadedCorpus['skipped']; speakers: Extraction['speakers']; sameDocuments: boolean;
      counts: [number, number, number];
    }>();
    const [docCount, quoteCount, eventCount] = meta.counts;
    const documents: CorpusDocument[] = [];
    while (documents.length < docCount) documents.push(...record<CorpusDocument[]>());
    const extractionDocuments = meta.sameDocuments ? documents : record<CorpusDocument[]>();
    const refs = documents.map(sourceOf);
    const quotes: Quote[] = [];
    while (quotes.length < quoteCount) quotes.push(...unpack<Quote>(record<Array<Packed<Quote>>>(), refs));
    const events: CorpusEvent[] = [];
    while (events.length < eventCount) events.push(...unpack<CorpusEvent>(record<Array<Packed<CorpusEvent>>>(), refs));
    return {
      corpus: { dir: meta.dir, documents, skipped: meta.skipped },
      extraction: { documents: extractionDocuments, quotes, events, speakers: meta.speakers },
    };
  } finally {
    closeSync(fd);
  }
}
