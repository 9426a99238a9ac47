/**
 * Corpus → extraction → search index, the one path used by the CLI, console mode and the bot.
 */
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import { extractCorpusParallel, type ExtractOptions } from './extract/index.js';
import { withoutLeftOut } from './extract/isolation.js';
import type { IngestMessage, IngestRequest } from './ingestWorker.js';
import { corpusKey, readSnapshot, snapshotFile, writeSnapshot, type CachedPipeline } from './pipelineCache.js';
import { createSearchIndex } from './search/index.js';
import type { SearchIndex } from './core/services.js';
import type { Extraction, LoadedCorpus } from './core/types.js';
import { startWorker } from './workerThread.js';

export interface Pipeline {
  corpus: LoadedCorpus;
  extraction: Extraction;
  index: SearchIndex;
  /** Milliseconds spent loading, extracting and indexing (loading includes reading a snapshot). */
  timings: { loadMs: number; extractMs: number; indexMs: number };
  /** Whether documents and extraction came from a snapshot saved by an earlier run. */
  fromSnapshot: boolean;
}

/** What a long build is doing, for a progress line. */
export type PipelineStage = 'snapshot' | 'extract' | 'index' | 'save';

const STAGE_LINES: Record<PipelineStage, string> = {
  snapshot: 'Read the saved snapshot of {n} articles (unchanged since it was saved).',
  extract: 'Extracting quotes and events from {n} articles…',
  index: 'Building the search index…',
  save: 'Saving a snapshot of {n} articles for the next start…',
};

/** A stage as a line for a person at a terminal (the CLI and console mode). */
export function describeStage(stage: PipelineStage, documents: number): string {
  return STAGE_LINES[stage].replace('{n}', String(documents));
}

/**
 * Corpora smaller than this are not snapshotted: they are read and extracted in about a second (a few hundred
 * articles), and a snapshot per small folder would only litter the data folder.
 */
export const SNAPSHOT_MIN_DOCUMENTS = 300;

export interface PipelineOptions extends LoadOptions {
  /** Keep a snapshot of documents and extraction in this data folder (see pipelineCache.ts). */
  dataDir?: string;
  snapshotMinDocuments?: number;
  /**
   * The first build of a corpus worth a snapshot reads and extracts in a worker thread, so their garbage leaves with
   * it (ingestWorker.ts); default true. False keeps everything in this thread.
   */
  isolateFirstBuild?: boolean;
  onStage?: (stage: PipelineStage, documents: number) => void;
  /** Per-article budget and readers of extraction (tests inject a failing reader). */
  extract?: ExtractOptions;
  /** A snapshot that could not be read (the articles are read instead) or written: the build goes on. */
  onSnapshotError?: (err: unknown, phase: 'read' | 'write') => void;
}

/**
 * Read, extract and save the snapshot in a worker thread. Resolves 'done', or the phase that failed (the caller
 * then builds in its own thread).
 */
function ingestInWorker(request: IngestRequest, options: PipelineOptions): Promise<'done' | 'read' | 'write'> {
  return new Promise((resolve) => {
    const worker = startWorker(import.meta.url, './ingestWorker', request);
    let outcome: 'done' | 'read' | 'write' = 'read';
    worker.on('message', (m: IngestMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.done, m.total);
      else if (m.type === 'stage') options.onStage?.(m.stage, m.documents);
      else if (m.type === 'done') outcome = 'done';
      else {
        outcome = m.phase;
        options.onSnapshotError?.(new Error(m.message), m.phase);
      }
    });
    worker.on('error', (err) => {
      options.onSnapshotError?.(err, 'read');
      outcome = 'read';
    });
    worker.on('exit', () => resolve(outcome));
  });
}

/** Load a corpus folder and build everything the answers need. Bad files are skipped, never fatal. */
export async function buildPipeline(dir: string, options: PipelineOptions = {}): Promise<Pipeline> {
  const t0 = performance.now();
  const found = options.dataDir ? await corpusKey(dir) : null;
  const file = options.dataDir ? snapshotFile(options.dataDir, dir) : null;
  const worthSaving = (n: number) => n >= (options.snapshotMinDocuments ?? SNAPSHOT_MIN_DOCUMENTS);
  const read = (): CachedPipeline | null => {
    try {
      return found && file ? readSnapshot(file, found.key) : null;
    } catch (err) {
      options.onSnapshotError?.(err, 'read');
      return null;
    }
  };

  let cached = read();
  const fromSnapshot = cached !== null;
  if (cached) options.onStage?.('snapshot', cached.corpus.documents.length);
  let canSave = Boolean(found && file);
  if (!cached && found && file && worthSaving(found.articles) && !options.reader && options.isolateFirstBuild !== false) {
    const outcome = await ingestInWorker({ dir, file, key: found.key, maxBytes: options.maxBytes }, options);
    if (outcome === 'done') cached = read();
    // Saving failed once: the build below does not try again.
    if (outcome === 'write') canSave = false;
  }
  const loaded = cached?.corpus ?? (await loadCorpus(dir, options));
  const t1 = performance.now();
  if (!cached) options.onStage?.('extract', loaded.documents.length);
  const extraction = cached?.extraction ?? (await extractCorpusParallel(loaded.documents, { extract: options.extract }));
  const corpus = withoutLeftOut(loaded, extraction);
  const t2 = performance.now();
  options.onStage?.('index', corpus.documents.length);
  const index = createSearchIndex(extraction);
  const t3 = performance.now();
  if (!cached && canSave && found && file && worthSaving(corpus.documents.length)) {
    options.onStage?.('save', corpus.documents.length);
    try {
      writeSnapshot(file, found.key, { corpus, extraction });
    } catch (err) {
      options.onSnapshotError?.(err, 'write');
    }
  }
  return {
    corpus,
    extraction,
    index,
    timings: { loadMs: t1 - t0, extractMs: t2 - t1, indexMs: t3 - t2 },
    fromSnapshot,
  };
}
