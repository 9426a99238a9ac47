/**
 * Reading and extracting articles on several worker threads (issue 16: a first ingest on every core). An article's
 * extraction depends on that article alone (decision 14), so each worker reads a batch of files and extracts each
 * file's document (corpus/load.ts: loadDocument, extract/article.ts: extractArticle); results are put back in file
 * order, so what follows (linking, merging, the snapshot) is the same as on one thread.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { CorpusDocument, SkippedFile } from './core/types.js';
import { loadDocument, type FileSeen } from './corpus/load.js';
import { extractArticle, type ArticleResult } from './extract/index.js';
import { startWorker } from './workerThread.js';

/** One file read and, when it is an article, extracted. */
export interface PoolItem {
  loaded: CorpusDocument | SkippedFile;
  result: ArticleResult | null;
}

/** What a worker is asked: read and extract these files. */
export interface PoolBatch {
  id: number;
  paths: string[];
  /** What the folder walk saw of each file (corpus/load.ts). */
  seen?: FileSeen[];
  within: string;
  maxBytes?: number;
  budgetMs?: number;
}

export interface PoolReply {
  id: number;
  items: PoolItem[];
}

/** Where the worker's module is; tests give one of their own. */
export interface PoolEntry {
  from: string;
  module: string;
}

export interface PoolOptions {
  /** Worker threads; default one per core (os.availableParallelism()). */
  threads?: number;
  /** Files a worker is sent at once; default 16. */
  batch?: number;
  maxBytes?: number;
  budgetMs?: number;
  /** Called as each file is done. */
  onEach?: () => void;
  /** What the folder walk saw of each path. */
  seen?: FileSeen[];
  entry?: PoolEntry;
}

/** Worker threads for an ingest: the option, else one per core. */
export function ingestThreads(threads?: number): number {
  return Math.max(1, Math.floor(threads ?? availableParallelism()));
}

/** Read and extract a batch of files (the worker's side). Never throws: a bad file is its own SkippedFile. */
export async function readBatch(batch: PoolBatch): Promise<PoolReply> {
  const items: PoolItem[] = [];
  for (const [k, path] of batch.paths.entries()) {
    const loaded = await loadDocument(path, { within: batch.within, maxBytes: batch.maxBytes }, batch.seen?.[k]);
    items.push({ loaded, result: 'paragraphs' in loaded ? extractArticle(loaded, { budgetMs: batch.budgetMs }) : null });
  }
  return { id: batch.id, items };
}

// Two batches a worker: it starts the next while this thread takes in the last.
const IN_FLIGHT = 2;
const DEFAULT_BATCH = 16;
// A worker's garbage is short-lived (one article's sentences); a small young generation keeps each worker's resident
// memory down (2 000 bench articles, two workers: peak RSS 356–376 -> 303–309 MiB, CPU unchanged within noise).
const LIMITS = { maxYoungGenerationSizeMb: 8 };
const ENTRY: PoolEntry = { from: import.meta.url, module: './ingestPoolWorker' };

/**
 * Read and extract `paths` (absolute, inside the real folder `within`) on worker threads; the items come back in the
 * order of `paths`. A worker that dies (a page that exhausts its memory, a crash in native code) costs the files it
 * held: they are sent again one at a time, each alone in a new worker, and the one it dies on again is a SkippedFile
 * naming why. Rejects only when no worker can be started.
 */
export async function readAndExtract(paths: string[], within: string, options: PoolOptions = {}): Promise<PoolItem[]> {
  const size = Math.max(1, options.batch ?? DEFAULT_BATCH);
  const queue: number[][] = [];
  for (let i = 0; i < paths.length; i += size) queue.push(Array.from({ length: Math.min(size, paths.length - i) }, (_, k) => i + k));
  /** Files a dead worker held, each to be read alone. */
  const suspects: number[] = [];
  const items = new Array<PoolItem>(paths.length);
  const entry = options.entry ?? ENTRY;
  const threads = Math.min(ingestThreads(options.threads), queue.length);
  let nextId = 0;

  const lane = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const held = new Map<number, number[]>();
      let alone = false;
      let worker: Worker | null = null;
      const post = (batch: number[]): void => {
        const id = nextId++;
        held.set(id, batch);
        const seen = options.seen ? batch.map((i) => options.seen![i]!) : undefined;
        const message: PoolBatch = { id, paths: batch.map((i) => paths[i]!), seen, within, maxBytes: options.maxBytes, budgetMs: options.budgetMs };
        start().postMessage(message);
      };
      const send = (): void => {
        try {
          if (!alone && suspects.length && held.size === 0) {
            alone = true;
            post([suspects.shift()!]);
          }
          while (!alone && held.size < IN_FLIGHT && queue.length) post(queue.shift()!);
          if (held.size === 0) {
            void worker?.terminate();
            worker = null;
            resolve();
          }
        } catch (err) {
          reject(err as Error);
        }
      };
      const done = (id: number, reply: PoolItem[]): void => {
        const batch = held.get(id);
        if (!batch) return;
        held.delete(id);
        alone = false;
        batch.forEach((i, k) => {
          items[i] = reply[k]!;
          options.onEach?.();
        });
      };
      const lost = (why: string): void => {
        const w = worker;
        worker = null;
        w?.removeAllListeners();
        w?.on('error', () => undefined);
        void w?.terminate();
        for (const [id, batch] of held) {
          if (alone) done(id, [{ loaded: { file: basename(paths[batch[0]!]!), reason: `its reading stopped an extraction thread (${why}); article left out` }, result: null }]);
          else suspects.push(...batch);
        }
        held.clear();
        alone = false;
        send();
      };
      const start = (): Worker => {
        if (worker) return worker;
        const w = startWorker(entry.from, entry.module, undefined, LIMITS);
        w.on('message', (reply: PoolReply) => {
          done(reply.id, reply.items);
          send();
        });
        w.on('error', (err) => lost(err.message.slice(0, 200)));
        w.on('exit', (code) => {
          if (worker === w) lost(`exit code ${code}`);
        });
        worker = w;
        return w;
      };
      send();
    });

  await Promise.all(Array.from({ length: threads }, lane));
  return items;
}
