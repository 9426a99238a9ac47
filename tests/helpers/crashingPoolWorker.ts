/**
 * An ingest pool worker (src/ingestPoolWorker.ts) that dies, as a page exhausting a thread's memory would make it
 * die, when a batch holds a file containing CRASH_MARK; it reads and extracts every other batch as the real one.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { readBatch, type PoolBatch } from '../../src/ingestPool.js';

export const CRASH_MARK = 'ĐIỂM-SẬP-LUỒNG';

parentPort?.on('message', (batch: PoolBatch) => {
  if (batch.paths.some((p) => readFileSync(p, 'utf8').includes(CRASH_MARK))) process.exit(7);
  void readBatch(batch).then((reply) => parentPort!.postMessage(reply));
});
