/**
 * Extraction across CPU cores. The per-document part (reading sentences, attributing, dating) is spread over
 * worker threads; the corpus-wide parts stay in the main thread: the speaker registry is built from the name
 * forms the workers collect, in corpus order, and the merge runs over their results in corpus order. Every worker
 * gets a copy of that registry (SpeakerRegistry.snapshot), and a registry's answers do not depend on the articles read
 * before (see SpeakerRegistry.org), so the output equals extractCorpus's, order included.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CorpusDocument, Extraction } from '../core/types.js';
import { sourceOf, type RawQuote } from './document.js';
import type { RawEvent } from './events.js';
import { assembleExtraction, extractCorpus, registryOf, type ExtractOptions, type Observation } from './index.js';
import type { RegistrySnapshot, SpeakerRegistry } from './speakers.js';
import { startWorker } from '../workerThread.js';

export interface ParallelOptions {
  /** Worker threads; default one per core, at most 4. Fewer than 2 means the single-thread path. */
  workers?: number;
  /**
   * Smaller corpora take the single-thread path. Default 5 000: measured at 2 000 articles on a busy 2-core machine,
   * two workers cost 40 % more CPU in all (each thread loads and compiles the code and copies its documents) and
   * ~280 MiB more peak RSS, which breaks the 300 MiB budget there; the gain is for corpora of tens of thousands.
   */
  minDocuments?: number;
  /** Budget and readers of the single-thread path (extraction.ts); the worker path reads with the defaults. */
  extract?: ExtractOptions;
}

/** Who said it, as a worker sends it: a position in the built registry, or the name of an organisation met later. */
export type SpeakerRef = number | string | null;

export type WorkerQuote = Omit<RawQuote, 'speaker' | 'source'> & { speaker: SpeakerRef };
export type WorkerEvent = Omit<RawEvent, 'source'>;

export type WorkerRequest =
  | { type: 'observe'; documents: CorpusDocument[] }
  | { type: 'extract'; registry: RegistrySnapshot };

export type WorkerReply =
  | { type: 'observed'; observations: Observation[][] }
  | { type: 'extracted'; documents: Array<{ quotes: WorkerQuote[]; events: WorkerEvent[] }>; aliases: Array<[string, string[]]> }
  | { type: 'failed'; message: string };

// Off by default: measured on 2 cores, two workers cost more than they save (2 000 articles: 15–21 s against
// 10–16 s on one thread, +280 MiB peak RSS; 20 000: 2.3 GiB peak). Each worker holds its own copy of the code and
// documents, and results are copied back. Callers may still opt in with `minDocuments`; identical output is tested.
const MIN_DOCUMENTS = Number.POSITIVE_INFINITY;

/** Contiguous slices of about equal text length, so each worker reads its articles in corpus order. */
function chunksOf(documents: CorpusDocument[], n: number): CorpusDocument[][] {
  const sizes = documents.map((d) => d.paragraphs.reduce((s, p) => s + p.length, 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  const out: CorpusDocument[][] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < documents.length; i++) {
    acc += sizes[i]!;
    if (out.length < n - 1 && acc >= (total * (out.length + 1)) / n) {
      out.push(documents.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(documents.slice(start));
  return out.filter((c) => c.length);
}

/** Send one request and wait for its reply; a crash or an error inside the worker rejects. */
function request(worker: Worker, message: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: WorkerReply) => {
      cleanup();
      if (reply.type === 'failed') reject(new Error(`extraction worker failed: ${reply.message}`));
      else resolve(reply);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`extraction worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(message);
  });
}

function speakerOf(ref: SpeakerRef, registry: SpeakerRegistry): RawQuote['speaker'] {
  if (ref === null) return null;
  if (typeof ref === 'string') return registry.org(ref);
  const e = registry.builtEntry(ref);
  if (!e) throw new Error(`extraction worker named an unknown speaker #${ref}`);
  return e;
}

/**
 * Same result as extractCorpus, computed on several cores when the corpus is large enough to gain from it.
 * The single-thread path is taken for small corpora, and when only one core is available.
 */
export async function extractCorpusParallel(documents: CorpusDocument[], options: ParallelOptions = {}): Promise<Extraction> {
  const count = Math.min(options.workers ?? Math.min(availableParallelism(), 4), documents.length);
  if (count < 2 || documents.length < (options.minDocuments ?? MIN_DOCUMENTS)) return extractCorpus(documents, options.extract);

  const chunks = chunksOf(documents, count);
  const workers = chunks.map(() => startWorker(import.meta.url, './worker'));
  try {
    const observed = await Promise.all(chunks.map((c, i) => request(workers[i]!, { type: 'observe', documents: c })));
    const observations = observed.flatMap((r) => (r.type === 'observed' ? r.observations : []));
    const registry = registryOf(observations);
    const snapshot = registry.snapshot();
    const extracted = await Promise.all(workers.map((w) => request(w, { type: 'extract', registry: snapshot })));

    const aliasSink = new Map<string, Set<string>>();
    const rawQuotes: RawQuote[] = [];
    const rawEvents: RawEvent[] = [];
    extracted.forEach((reply, ci) => {
      if (reply.type !== 'extracted') return;
      reply.documents.forEach((d, di) => {
        const source = sourceOf(chunks[ci]![di]!);
        for (const q of d.quotes) rawQuotes.push({ ...q, speaker: speakerOf(q.speaker, registry), source });
        for (const e of d.events) rawEvents.push({ ...e, source });
      });
      for (const [id, surfaces] of reply.aliases) {
        let set = aliasSink.get(id);
        if (!set) aliasSink.set(id, (set = new Set()));
        for (const s of surfaces) set.add(s);
      }
    });
    return assembleExtraction(documents, registry, aliasSink, rawQuotes, rawEvents);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
