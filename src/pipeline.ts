/**
 * Corpus → extraction → search index, the one path used by the CLI, console mode and the bot.
 */
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import type { ExtractOptions } from './extract/index.js';
import { withoutLeftOut } from './extract/isolation.js';
import { ingestCorpus } from './ingest.js';
import { ingestThreads } from './ingestPool.js';
import type { IngestMessage, IngestRequest } from './ingestWorker.js';
import { corpusKey, readSnapshot, snapshotFile, unpackExtraction, writeSnapshot, type CorpusKey, type SavedSnapshot } from './pipelineCache.js';
import { createSearchIndex } from './search/index.js';
import type { BuiltIndex } from './search/engine.js';
import { indexFile, loadIndex, saveIndex } from './search/persist.js';
import type { SearchIndex } from './core/services.js';
import type { Extraction, LoadedCorpus } from './core/types.js';
import { startWorker } from './workerThread.js';

export interface Pipeline {
  corpus: LoadedCorpus;
  extraction: Extraction;
  index: SearchIndex;
  /**
   * Milliseconds spent loading, extracting and indexing (loading includes reading a snapshot and waiting for a worker
   * thread; extracting, the worker's extraction and linking, or this thread's).
   */
  timings: { loadMs: number; extractMs: number; indexMs: number };
  /** Whether documents and extraction came from a snapshot saved by an earlier run (no file changed since). */
  fromSnapshot: boolean;
  /** Article files read, and articles extracted, by this load (in a worker or here); the rest came from the snapshot. */
  articlesRead: number;
  articlesExtracted: number;
  /** Whether the search index was read back from disk (search/persist.ts) rather than built. */
  indexFromSnapshot: boolean;
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
  /**
   * Articles to read (changed or new) from which that happens in a worker thread; default the snapshot threshold.
   * The bot's reloads set 1: a changed article, however hostile, is then never extracted on the answering thread.
   */
  workerMinArticles?: number;
  onStage?: (stage: PipelineStage, documents: number) => void;
  /**
   * Worker threads that read and extract the articles of a large build (200 or more to read; ingestPool.ts); default
   * one per core. 1 reads and extracts them in one thread.
   */
  ingestThreads?: number;
  /** Save the built search index beside the snapshot and read it back over an unchanged corpus; default true. */
  savedIndex?: boolean;
  /** Per-article budget and readers of extraction (tests inject a failing reader). */
  extract?: ExtractOptions;
  /** A snapshot that could not be read (the articles are read instead) or written: the build goes on. */
  onSnapshotError?: (err: unknown, phase: 'read' | 'write') => void;
}

/**
 * Read, extract and save the snapshot in a worker thread. Resolves 'done' with the articles it read and extracted,
 * or the phase that failed (the caller then builds in its own thread).
 */
function ingestInWorker(request: IngestRequest, options: PipelineOptions): Promise<{ outcome: 'done' | 'read' | 'write'; read: number; extracted: number; extractMs: number }> {
  return new Promise((resolve) => {
    const worker = startWorker(import.meta.url, './ingestWorker', request);
    let outcome: 'done' | 'read' | 'write' = 'read';
    let read = 0;
    let extracted = 0;
    let extractMs = 0;
    worker.on('message', (m: IngestMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.done, m.total);
      else if (m.type === 'stage') options.onStage?.(m.stage, m.documents);
      else if (m.type === 'done') {
        outcome = 'done';
        read = m.read;
        extracted = m.extracted;
        extractMs = m.extractMs;
      } else {
        outcome = m.phase;
        options.onSnapshotError?.(new Error(m.message), m.phase);
      }
    });
    worker.on('error', (err) => {
      options.onSnapshotError?.(err, 'read');
      outcome = 'read';
    });
    worker.on('exit', () => resolve({ outcome, read, extracted, extractMs }));
  });
}

/** How many article files have no saved result under their current key. */
function staleArticles(key: CorpusKey, saved: SavedSnapshot | null): number {
  if (!saved) return key.files.size;
  const savedKeys = new Map(saved.files.map((f) => [f.path, f.key]));
  let n = 0;
  for (const [path, k] of key.files) if (savedKeys.get(path) !== k) n++;
  return n;
}

/**
 * The corpus from a snapshot saved under the current key, without reading a file: the folder is walked (file names
 * decide the cited names), every document comes from the snapshot, with the finished extraction. Null when a file
 * appeared, went or changed since the key was taken (the caller then reads the changed files).
 */
async function fromSavedExtraction(dir: string, key: CorpusKey, saved: SavedSnapshot): Promise<{ corpus: LoadedCorpus; extraction: Extraction } | null> {
  const byPath = new Map(saved.files.map((f) => [f.path, f]));
  let complete = saved.extraction !== undefined;
  let hits = 0;
  const loaded = await loadCorpus(dir, {
    cache: {
      get: (path) => {
        const f = byPath.get(path);
        if (f && f.key === key.files.get(path)) {
          hits++;
          return f.loaded;
        }
        // Not read: this result is thrown away with the rest.
        complete = false;
        return { file: path, reason: 'changed since the snapshot' };
      },
      set: () => undefined,
    },
  });
  if (!complete || hits !== saved.files.length) return null;
  const corpus = withoutLeftOut(loaded, { documents: [], quotes: [], events: [], speakers: [], skipped: saved.extraction!.skipped });
  return { corpus, extraction: unpackExtraction(saved.extraction!, corpus.documents) };
}

/** Load a corpus folder and build everything the answers need. Bad files are skipped, never fatal. */
export async function buildPipeline(dir: string, options: PipelineOptions = {}): Promise<Pipeline> {
  const t0 = performance.now();
  const key = options.dataDir ? await corpusKey(dir) : null;
  const file = options.dataDir ? snapshotFile(options.dataDir, dir) : null;
  const worthSaving = (n: number) => n >= (options.snapshotMinDocuments ?? SNAPSHOT_MIN_DOCUMENTS);
  /** The snapshot; `articles`: its per-article results even when saved under the current key. */
  const read = (articles = false): SavedSnapshot | null => {
    try {
      return key && file ? readSnapshot(file, articles ? { ...key, key: '' } : key) : null;
    } catch (err) {
      options.onSnapshotError?.(err, 'read');
      return null;
    }
  };

  let saved = read();
  let canSave = Boolean(key && file);
  let articlesRead = 0;
  let articlesExtracted = 0;
  let extractMs = 0;
  const stale = key ? staleArticles(key, saved) : 0;
  // Many articles to read: read and extract them in a worker thread, whose garbage leaves with it (see ingestWorker.ts).
  if (key && file && stale > 0 && stale >= (options.workerMinArticles ?? options.snapshotMinDocuments ?? SNAPSHOT_MIN_DOCUMENTS) && !options.reader && !options.extract && options.isolateFirstBuild !== false) {
    const worker = await ingestInWorker({ dir, file, maxBytes: options.maxBytes, threads: ingestThreads(options.ingestThreads) }, options);
    if (worker.outcome === 'done') {
      saved = read();
      articlesRead = worker.read;
      articlesExtracted = worker.extracted;
      extractMs = worker.extractMs;
    }
    // Saving failed once: the build below does not try again.
    if (worker.outcome === 'write') canSave = false;
  }
  const unchanged = key && saved?.extraction ? await fromSavedExtraction(dir, key, saved) : null;
  if (unchanged) options.onStage?.('snapshot', unchanged.corpus.documents.length);
  // The snapshot was saved under another key: read its per-article results (a race left the finished one stale).
  if (!unchanged && saved?.extraction) saved = read(true);
  const ingested = unchanged
    ? null
    : await ingestCorpus(dir, key, saved, { ...options, threads: ingestThreads(options.ingestThreads), onExtract: (n) => n > 0 && options.onStage?.('extract', n) });
  const corpus = unchanged?.corpus ?? ingested!.corpus;
  const extraction = unchanged?.extraction ?? ingested!.extraction;
  articlesRead += ingested?.articlesRead ?? 0;
  articlesExtracted += ingested?.articlesExtracted ?? 0;
  extractMs += ingested?.extractMs ?? 0;
  const t2 = performance.now();
  // The built index is read back only with the finished extraction it was built from (same corpus key).
  const savedIndex = file ? indexFile(file) : null;
  let prebuilt: BuiltIndex | null = null;
  if (unchanged && key && savedIndex && options.savedIndex !== false) {
    try {
      prebuilt = loadIndex(savedIndex, key.key, extraction);
    } catch (err) {
      options.onSnapshotError?.(err, 'read');
    }
  }
  if (!prebuilt) options.onStage?.('index', corpus.documents.length);
  let built: BuiltIndex | null = null;
  const index = createSearchIndex(extraction, { prebuilt: prebuilt ?? undefined, onBuilt: (b) => (built = b) });
  const t3 = performance.now();
  if (ingested?.contents && canSave && key && file && worthSaving(corpus.documents.length)) {
    options.onStage?.('save', corpus.documents.length);
    try {
      writeSnapshot(file, key, ingested.contents);
    } catch (err) {
      options.onSnapshotError?.(err, 'write');
      canSave = false;
    }
  }
  if (built && canSave && key && savedIndex && worthSaving(corpus.documents.length) && options.savedIndex !== false) {
    try {
      saveIndex(savedIndex, key.key, built, extraction);
    } catch (err) {
      options.onSnapshotError?.(err, 'write');
    }
  }
  return {
    corpus,
    extraction,
    index,
    timings: { loadMs: t2 - t0 - extractMs, extractMs, indexMs: t3 - t2 },
    // Not when a worker has just read the articles and saved what is read back here.
    fromSnapshot: unchanged !== null && articlesRead === 0 && articlesExtracted === 0,
    articlesRead,
    articlesExtracted,
    indexFromSnapshot: prebuilt !== null,
  };
}
