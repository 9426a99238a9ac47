/**
 * Corpus → extraction → search index, the one path used by the CLI, console mode and the bot.
 */
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import { extractCorpusParallel } from './extract/index.js';
import { corpusKey, readSnapshot, snapshotFile, writeSnapshot } from './pipelineCache.js';
import { createSearchIndex } from './search/index.js';
import type { SearchIndex } from './core/services.js';
import type { Extraction, LoadedCorpus } from './core/types.js';

export interface Pipeline {
  corpus: LoadedCorpus;
  extraction: Extraction;
  index: SearchIndex;
  /** Milliseconds spent loading, extracting and indexing (loading includes reading a snapshot). */
  timings: { loadMs: number; extractMs: number; indexMs: number };
  /** Whether documents and extraction came from the snapshot in the data folder. */
  fromSnapshot: boolean;
}

/** What a long build is doing, for a progress line. */
export type PipelineStage = 'snapshot' | 'extract' | 'index' | 'save';

/**
 * Corpora smaller than this are not snapshotted: they are read and extracted in about a second (a few hundred
 * articles), and a snapshot per small folder would only litter the data folder.
 */
export const SNAPSHOT_MIN_DOCUMENTS = 300;

export interface PipelineOptions extends LoadOptions {
  /** Keep a snapshot of documents and extraction in this data folder (see pipelineCache.ts). */
  dataDir?: string;
  snapshotMinDocuments?: number;
  onStage?: (stage: PipelineStage, documents: number) => void;
  /** A snapshot that could not be read (the articles are read instead) or written: the build goes on. */
  onSnapshotError?: (err: unknown, phase: 'read' | 'write') => void;
}

/** Load a corpus folder and build everything the answers need. Bad files are skipped, never fatal. */
export async function buildPipeline(dir: string, options: PipelineOptions = {}): Promise<Pipeline> {
  const t0 = performance.now();
  const key = options.dataDir ? await corpusKey(dir) : null;
  const file = options.dataDir ? snapshotFile(options.dataDir, dir) : null;
  let cached = null;
  if (key && file) {
    try {
      cached = readSnapshot(file, key);
    } catch (err) {
      options.onSnapshotError?.(err, 'read');
    }
  }
  if (cached) options.onStage?.('snapshot', cached.corpus.documents.length);
  const corpus = cached?.corpus ?? (await loadCorpus(dir, options));
  const t1 = performance.now();
  if (!cached) options.onStage?.('extract', corpus.documents.length);
  const extraction = cached?.extraction ?? (await extractCorpusParallel(corpus.documents));
  const t2 = performance.now();
  options.onStage?.('index', corpus.documents.length);
  const index = createSearchIndex(extraction);
  const t3 = performance.now();
  if (!cached && key && file && corpus.documents.length >= (options.snapshotMinDocuments ?? SNAPSHOT_MIN_DOCUMENTS)) {
    options.onStage?.('save', corpus.documents.length);
    try {
      writeSnapshot(file, key, { corpus, extraction });
    } catch (err) {
      options.onSnapshotError?.(err, 'write');
    }
  }
  return {
    corpus,
    extraction,
    index,
    timings: { loadMs: t1 - t0, extractMs: t2 - t1, indexMs: t3 - t2 },
    fromSnapshot: cached !== null,
  };
}
