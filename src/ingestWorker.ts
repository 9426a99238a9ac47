/**
 * The first build of a large corpus, in a worker thread (see pipeline.ts): reads and extracts the articles, writes
 * the snapshot and ends; the main thread then reads the snapshot. Reading and extraction leave a heap of short-lived
 * objects that V8 keeps as resident memory long after they are garbage (about 330 MiB at 20 000 articles); a thread's
 * heap is returned to the system when the thread ends.
 */
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from './corpus/load.js';
import { extractCorpus } from './extract/index.js';
import { withoutLeftOut } from './extract/isolation.js';
import { writeSnapshot } from './pipelineCache.js';

export interface IngestRequest {
  dir: string;
  file: string;
  key: string;
  maxBytes?: number;
}

export type IngestMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'stage'; stage: 'extract' | 'save'; documents: number }
  | { type: 'done'; documents: number }
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
    const loaded = await loadCorpus(request.dir, {
      maxBytes: request.maxBytes,
      onProgress: (done, total) => {
        if (done % 100 === 0 || done === total) post({ type: 'progress', done, total });
      },
    });
    post({ type: 'stage', stage: 'extract', documents: loaded.documents.length });
    const extraction = extractCorpus(loaded.documents);
    const corpus = withoutLeftOut(loaded, extraction);
    post({ type: 'stage', stage: 'save', documents: corpus.documents.length });
    phase = 'write';
    writeSnapshot(request.file, request.key, { corpus, extraction });
    post({ type: 'done', documents: corpus.documents.length });
  } catch (err) {
    post({ type: 'failed', phase, message: messageOf(err) });
  }
}
