/**
 * The first build of a large corpus, in a worker thread (see pipeline.ts): reads and extracts the articles, writes
 * the snapshot and ends; the main thread then reads the snapshot. Reading and extraction leave a heap of short-lived
 * objects that V8 keeps as resident memory long after they are garbage (about 330 MiB at 20 000 articles); a thread's
 * heap is returned to the system when the thread ends.
 */
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { ingestCorpus } from './ingest.js';
import { corpusKey, readSnapshot, writeSnapshot, type SavedSnapshot } from './pipelineCache.js';

export interface IngestRequest {
  dir: string;
  file: string;
  maxBytes?: number;
  /** Worker threads reading and extracting the articles (ingestPool.ts). */
  threads?: number;
}

export type IngestMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'stage'; stage: 'extract' | 'save'; documents: number }
  | { type: 'done'; documents: number; read: number; extracted: number; extractMs: number }
  | { type: 'failed'; phase: 'read' | 'write'; message: string };

const request = (workerData as { data: IngestRequest }).data;
const post = (m: IngestMessage): void => parentPort!.postMessage(m);
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

let writable = false;
try {
  // Minutes of reading are wasted if the snapshot cannot be written at the end: find out first.
  mkdirSync(dirname(request.file), { recursive: true });
  const probe = `${request.file}.${process.pid}.probe`;
  closeSync(openSync(probe, 'w'));
  rmSync(probe);
  writable = true;
} catch (err) {
  post({ type: 'failed', phase: 'write', message: messageOf(err) });
}

if (writable) {
  let phase: 'read' | 'write' = 'read';
  try {
    const key = await corpusKey(request.dir);
    if (!key) throw new Error('the corpus folder has no key (unreadable, or a symlinked subfolder)');
    let saved: SavedSnapshot | null = null;
    try {
      // Per-article results of unchanged files (the key '' never matches, so they are what is read).
      saved = readSnapshot(request.file, { ...key, key: '' });
    } catch {
      // damaged or of another format: the main thread has reported it; everything is read
    }
    const ingested = await ingestCorpus(request.dir, key, saved, {
      maxBytes: request.maxBytes,
      threads: request.threads,
      onProgress: (done, total) => {
        if (done % 100 === 0 || done === total) post({ type: 'progress', done, total });
      },
      onExtract: (n) => post({ type: 'stage', stage: 'extract', documents: n }),
    });
    saved = null;
    post({ type: 'stage', stage: 'save', documents: ingested.corpus.documents.length });
    phase = 'write';
    writeSnapshot(request.file, key, ingested.contents!);
    post({ type: 'done', documents: ingested.corpus.documents.length, read: ingested.articlesRead, extracted: ingested.articlesExtracted, extractMs: ingested.extractMs });
  } catch (err) {
    post({ type: 'failed', phase, message: messageOf(err) });
  }
}
