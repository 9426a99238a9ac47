/**
 * A worker of the ingest pool (ingestPool.ts): reads and extracts each batch of files it is sent, and replies.
 */
import { parentPort } from 'node:worker_threads';
import { readBatch, type PoolBatch } from './ingestPool.js';

parentPort!.on('message', (batch: PoolBatch) => {
  void readBatch(batch).then((reply) => parentPort!.postMessage(reply));
});
