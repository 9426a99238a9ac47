/**
 * Corpus → extraction → search index, the one path used by the CLI, console mode and the bot.
 */
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import { extractCorpusParallel } from './extract/index.js';
import { createSearchIndex } from './search/index.js';
import type { SearchIndex } from './core/services.js';
import type { Extraction, LoadedCorpus } from './core/types.js';

export interface Pipeline {
  corpus: LoadedCorpus;
  extraction: Extraction;
  index: SearchIndex;
  /** Milliseconds spent loading, extracting and indexing. */
  timings: { loadMs: number; extractMs: number; indexMs: number };
}

/** Load a corpus folder and build everything the answers need. Bad files are skipped, never fatal. */
export async function buildPipeline(dir: string, options: LoadOptions = {}): Promise<Pipeline> {
  const t0 = performance.now();
  const corpus = await loadCorpus(dir, options);
  const t1 = performance.now();
  const extraction = await extractCorpusParallel(corpus.documents);
  const t2 = performance.now();
  const index = createSearchIndex(extraction);
  const t3 = performance.now();
  return {
    corpus,
    extraction,
    index,
    timings: { loadMs: t1 - t0, extractMs: t2 - t1, indexMs: t3 - t2 },
  };
}
