/**
 * Files in, CorpusDocuments out. The only corpus module that touches the file system; a bad file
 * never throws, it becomes a `SkippedFile` with a reason a person can act on.
 */
import { constants } from 'node:fs';
import { open, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { CorpusDocument, LoadedCorpus, SkippedFile } from '../core/types.js';
import { withFields } from '../paragraphText.js';
import { decodeArticle } from './decode.js';
import { CorpusError } from './errors.js';
import { fsReason, isOutside, OUTSIDE, walk, type Candidate, type FileSeen } from './folderWalk.js';
import { parseArticle, type ArticleSidecar } from './parse.js';
import { parseSidecar } from './sidecar.js';

export { CorpusError, type CorpusErrorCode } from './errors.js';
export type { FileSeen } from './folderWalk.js';

/** How files are read; injectable so tests can simulate unreadable files (tests run as root). */
export interface CorpusReader {
  readFile(path: string): Promise<Uint8Array>;
}

export interface LoadOptions {
  /** Larger files are skipped. Default 5 MiB. */
  maxBytes?: number;
  onProgress?: (done: number, total: number) => void;
  reader?: CorpusReader;
  /**
   * The corpus folder's real path: a file (or sidecar) whose real path is outside it is refused, so a link in the
   * corpus folder cannot serve /etc/passwd. loadCorpus sets it; a caller of loadDocument should.
   */
  within?: string;
  /** Text → document; default parseArticle. Tests inject a failing one. */
  parse?: typeof parseArticle;
  /**
   * Documents already read (the corpus snapshot, pipelineCache.ts): `get` gives a file's earlier result while the
   * file is unchanged, and the file is not read; `set` receives each file read now. Paths are absolute; results are
   * loadDocument's (the cited name is chosen afterwards, from every file of the folder).
   */
  cache?: DocumentCache;
  /**
   * Reads the files the cache does not hold, all at once, in file order (ingestPool.ts reads and extracts them on
   * worker threads); `onEach` is called as each file is done. Null, or unset: loadDocument, a few files at a time.
   */
  loadFiles?: (paths: string[], within: string, onEach: () => void, seen: FileSeen[]) => Promise<Array<CorpusDocument | SkippedFile>> | null;
}

/** See LoadOptions.cache. */
export interface DocumentCache {
  get(path: string): CorpusDocument | SkippedFile | undefined;
  set(path: string, result: CorpusDocument | SkippedFile): void;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
// Enough parallel reads to hide disk latency without holding thousands of file handles.
const CONCURRENCY = 8;
const nodeReader: CorpusReader = { readFile: (p) => readFile(p) };

const mib = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;

/**
 * Load one file (for incremental reload); a SkippedFile when it cannot be used. Never throws: a bug met while reading
 * one page (decoding, furniture, metadata) costs that page, with the error as its reason, never the corpus.
 */
export async function loadDocument(path: string, options: LoadOptions = {}, seen?: FileSeen): Promise<CorpusDocument | SkippedFile> {
  try {
    return await readDocument(path, options, seen);
  } catch (err) {
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { file: basename(path), reason: `reading failed (${what.slice(0, 200)}); article left out` };
  }
}

/** A file the walk listed as regular, opened without following a link (a link put there since fails with ELOOP). */
async function readPlain(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; mtimeMs: number } | { reason: string }> {
  let fh;
  try {
    fh = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') return { reason: 'became a link after the folder was listed; not read' };
    throw err;
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { reason: 'not a regular file' };
    if (st.size > maxBytes) return { reason: `too large (${mib(st.size)}; limit ${mib(maxBytes)})` };
    return { bytes: await fh.readFile(), mtimeMs: st.mtimeMs };
  } finally {
    await fh.close();
  }
}

async function readDocument(path: string, options: LoadOptions, seen?: FileSeen): Promise<CorpusDocument | SkippedFile> {
  const file = basename(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const reader = options.reader ?? nodeReader;
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    if (seen?.plain && !options.reader) {
      const read = await readPlain(path, maxBytes);
      if ('reason' in read) return { file, reason: read.reason };
      ({ bytes, mtimeMs } = read);
    } else {
      ({ bytes, mtimeMs } = await readChecked(path, options, reader, maxBytes));
    }
  } catch (err) {
    if (err instanceof Refused) return { file, reason: err.message };
    return { file, reason: fsReason(err) };
  }  if (bytes.length > maxBytes) return { file, reason: `too large (${mib(bytes.length)}; limit ${mib(maxBytes)})` };
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { file, reason: decoded.reason };
  if (decoded.text.trim() === '') return { file, reason: 'empty file (only whitespace)' };

  const sidecarPath = path.slice(0, path.length - extname(path).length) + '.json';
  let sidecar: ArticleSidecar | undefined;
  const warnings: string[] = [];
  if (seen?.sidecar !== false) try {
    if (options.within) {
      const real = await realpath(sidecarPath);
      if (isOutside(real, options.within)) throw Object.assign(new Error(OUTSIDE('file', real)), { code: 'EOUTSIDE' });
    }
    const json = new TextDecoder().decode(await reader.readFile(sidecarPath));
    const parsed = parseSidecar(basename(sidecarPath), json);
    sidecar = parsed.sidecar;
    warnings.push(...parsed.warnings);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'EOUTSIDE') warnings.push(`sidecar ${basename(sidecarPath)} is a ${(err as Error).message}`);
    else if (code !== 'ENOENT') warnings.push(`sidecar ${basename(sidecarPath)} ${fsReason(err)}; ignored`);
  }

  const doc = (options.parse ?? parseArticle)(file, decoded.text, sidecar, mtimeMs);
  if (doc.paragraphs.length === 0) {
    return { file, reason: 'no article text left after removing page furniture (menus, comments, links)' };
  }
  return { ...doc, path, warnings: [...warnings, ...doc.warnings] };
}

/** A file that refuses to be read, with why. */
class Refused extends Error {}

/** Check that `path` lies in the corpus folder and is a regular file of allowed size, then read it. */
async function readChecked(path: string, options: LoadOptions, reader: CorpusReader, maxBytes: number): Promise<{ bytes: Uint8Array; mtimeMs: number }> {
  if (options.within) {
    const real = await realpath(path);
    if (isOutside(real, options.within)) throw new Refused(OUTSIDE('file', real));
  }
  const st = await stat(path);
  if (st.isDirectory()) throw new Refused('is a directory, not an article file');
  if (!st.isFile()) throw new Refused('not a regular file');
  if (st.size > maxBytes) throw new Refused(`too large (${mib(st.size)}; limit ${mib(maxBytes)})`);
  return { bytes: await reader.readFile(path), mtimeMs: st.mtimeMs };
}

/**
 * Read every .txt/.md article in `dir` (recursively, following no symlink loops), with optional sidecar
 * NAME.json. Never throws for a bad file: it goes to `skipped` with a reason. Throws a `CorpusError`
 * only when `dir` itself is missing/unreadable.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const root = resolve(dir);
  try {
    if (!(await stat(root)).isDirectory()) {
      throw new CorpusError('corpus-not-directory', `Corpus path is not a folder: ${dir}`);
    }
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CorpusError('corpus-missing', `Corpus folder not found: ${dir}`);
    throw new CorpusError('corpus-unreadable', `Corpus folder cannot be read: ${dir} (${code ?? 'error'})`);
  }
  const found: Candidate[] = [];
  const skipped: SkippedFile[] = [];
  let rootReal: string;
  try {
    rootReal = await realpath(root);
    await walk(root, rootReal, root, new Set([rootReal]), found, skipped);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CorpusError('corpus-unreadable', `Corpus folder cannot be read: ${dir} (${code ?? 'error'})`);
  }
  // Code-unit order, not locale order: the same corpus loads the same way on every machine.
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  found.sort((a, b) => cmp(a.name, b.name) || cmp(a.rel, b.rel));

  const results = new Array<CorpusDocument | SkippedFile>(found.length);
  let done = 0;
  const progress = (): void => options.onProgress?.(++done, found.length);
  const toRead: number[] = [];
  found.forEach((c, i) => {
    const cached = options.cache?.get(c.abs);
    if (cached) {
      results[i] = cached;
      progress();
    } else toRead.push(i);
  });
  const batch = toRead.length ? options.loadFiles?.(toRead.map((i) => found[i]!.abs), rootReal, progress, toRead.map((i) => found[i]!.seen)) : null;
  if (batch) {
    const read = await batch;
    toRead.forEach((i, k) => (results[i] = read[k]!));
  } else {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < toRead.length) {
        const i = toRead[next++]!;
        results[i] = await loadDocument(found[i]!.abs, { ...options, within: rootReal }, found[i]!.seen);
        progress();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, toRead.length) }, worker));
  }
  for (const i of toRead) options.cache?.set(found[i]!.abs, results[i]!);

  const documents: CorpusDocument[] = [];
  const names = new Set<string>();
  results.forEach((r, i) => {
    const c = found[i]!;
    // `file` is the name users cite; two folders holding the same name fall back to the relative path.
    const file = names.has(c.name) ? c.rel : c.name;
    names.add(c.name);
    if ('paragraphs' in r) {
      const warnings = file === c.name ? r.warnings : [`same file name as another article; cited as ${file}`, ...r.warnings];
      // Not a spread: a document read from the snapshot keeps its paragraphs as bytes (paragraphText.ts).
      documents.push(withFields(r, { file, warnings }));
    } else skipped.push({ file: c.rel, reason: r.reason });
  });
  skipped.sort((a, b) => cmp(a.file, b.file));
  return { dir: root, documents, skipped };
}
