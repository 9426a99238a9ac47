/**
 * Extraction of a changed corpus in a worker thread (app.ts, watched changes and /reload of a small corpus): the
 * main thread keeps answering while the articles are read for quotes, however long one hostile article takes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusDocument, Extraction } from './core/types.js';
import { extractCorpus } from './extract/index.js';

export type ExtractReply = { type: 'done'; extraction: Extraction } | { type: 'failed'; message: string };

const { documents } = (workerData as { data: { documents: CorpusDocument[] } }).data;
let reply: ExtractReply;
try {
  reply = { type: 'done', extraction: extractCorpus(documents) };
} catch (err) {
  reply = { type: 'failed', message: err instanceof Error ? err.message : String(err) };
}
parentPort!.postMessage(reply);
