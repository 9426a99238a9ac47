/**
 * The corpus the running bot answers from: the articles held, the files refused and why, and the search index
 * over them, kept current by a /reload (the whole folder, through its snapshot) or by a watched change (only the
 * files named, unless the corpus is large enough to go through its snapshot). A new index replaces the old one
 * only when it is complete, so every question is answered from one consistent corpus.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import type { Clock, SearchIndex } from './core/services.js';
import type { CorpusDocument, Extraction, LoadedCorpus, SkippedFile } from './core/types.js';
import { loadDocument } from './corpus/load.js';
import { corpusStatsOf } from './discord/context.js';
import { extractCorpus, type ExtractOptions } from './extract/index.js';
import type { ExtractReply } from './extractWorker.js';
import { buildPipeline, type Pipeline, type PipelineOptions } from './pipeline.js';
import { createSearchIndex } from './search/index.js';
import type { Store } from './store/store.js';
import { startWorker } from './workerThread.js';

export interface LiveCorpus {
  index(): SearchIndex;
  /** Files not loaded, with the reason, by file name: /about lists them. */
  skipped(): SkippedFile[];
  /** Read the whole corpus folder again (from its snapshot when unchanged) and switch to the new index. */
  reloadAll(reason: string): Promise<string>;
  /** Re-read only these files (added, changed or deleted), then re-extract and re-index. */
  reloadFiles(files: string[]): Promise<string>;
}

export interface LiveCorpusDeps {
  corpusDir: string;
  /** The start-up's pipeline: its corpus and index are the first held. */
  pipeline: Pipeline;
  /** How the start-up built it; a whole reload builds the same way. */
  pipelineOptions: PipelineOptions;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Injected readers (tests): extraction then stays on this thread. */
  extract?: ExtractOptions;
  /** A corpus this large goes through its snapshot on a watched change too (null: never). */
  snapshotFrom: number | null;
}

/**
 * Extraction of `documents` in a worker thread, so a watched change never stops the bot answering (one hostile
 * article can take seconds). Options with injected readers (tests) cannot cross threads: they extract here.
 */
function extractOffThread(documents: CorpusDocument[], options?: ExtractOptions): Promise<Extraction> {
  if (options) return Promise.resolve(extractCorpus(documents, options));
  return new Promise((resolve, reject) => {
    const worker = startWorker(import.meta.url, './extractWorker', { documents });
    let settled = false;
    worker.once('message', (m: ExtractReply) => {
      settled = true;
      if (m.type === 'done') resolve(m.extraction);
      else reject(new Error(`extraction failed: ${m.message}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`extraction worker exited with code ${code}`));
    });
  });
}

/** Documents keyed by file, for incremental reloads. */
function byFile(corpus: LoadedCorpus): Map<string, CorpusDocument> {
  return new Map(corpus.documents.map((d) => [d.file, d]));
}

const byName = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The corpus held by a running app, starting from the start-up's pipeline. */
export function createLiveCorpus(deps: LiveCorpusDeps): LiveCorpus {
  const { corpusDir, store, clock, log } = deps;
  let documents = byFile(deps.pipeline.corpus);
  let index: SearchIndex = deps.pipeline.index;
  let skippedFiles = new Map(deps.pipeline.corpus.skipped.map((s) => [s.file, s]));
  // A watched file is refused when its real path leaves the corpus folder, as at start-up (loadCorpus).
  const realCorpusDir = (): string => realpathSync(corpusDir);

  /** Re-extract and re-index the documents held, or take an index already built from them (`built`). */
  let generation = 0;
  const rebuild = async (reason: string, skipped: number, built?: SearchIndex): Promise<string> => {
    const mine = ++generation;
    if (!built) {
      const extraction = await extractOffThread([...documents.values()].sort(byName), deps.extract);
      // A /reload finished while this extraction ran: its index is newer, keep it.
      if (mine !== generation) return `${reason}: superseded by a later reload`;
      for (const s of extraction.skipped ?? []) {
        log.warn({ file: s.file, reason: s.reason }, 'article skipped');
        documents.delete(s.file);
        skippedFiles.set(s.file, s);
        skipped++;
      }
      built = createSearchIndex(extraction);
    }
    index = built;
    try {
      await store.markArticlesSeen([...documents.keys()], clock.now());
    } catch (err) {
      // The new index answers anyway; these articles are recorded as seen at the next reload that reaches the store.
      log.warn({ err }, 'new articles not recorded as seen: the store failed');
    }
    const stats = corpusStatsOf(index);
    const summary = `${reason}: ${stats.documents} articles${skipped ? ` (${skipped} skipped)` : ''}, ${stats.quotes} quotes, ${stats.events} events, ${stats.speakers} speakers`;
    log.info({ ...stats, skipped }, 'corpus reloaded');
    return summary;
  };

  const reloadAll = async (reason: string): Promise<string> => {
    // Changed articles are read in a worker thread, so a hostile one never holds up the answers.
    const fresh = await buildPipeline(corpusDir, { ...deps.pipelineOptions, workerMinArticles: 1 });
    documents = byFile(fresh.corpus);
    skippedFiles = new Map(fresh.corpus.skipped.map((s) => [s.file, s]));
    for (const s of fresh.corpus.skipped) log.warn({ file: s.file, reason: s.reason }, 'article skipped');
    return rebuild(reason, fresh.corpus.skipped.length, fresh.index);
  };

  return {
    index: () => index,
    skipped: () => [...skippedFiles.values()].sort(byName),
    reloadAll,
    async reloadFiles(files) {
      if (deps.snapshotFrom !== null && documents.size >= deps.snapshotFrom) {
        // A large corpus goes through its snapshot: only the changed articles are read and extracted, in a worker
        // thread (the bot keeps answering), the corpus linked again and the snapshot saved for the next start.
        return reloadAll('Corpus updated');
      }
      let skipped = 0;
      for (const file of files) {
        // A sidecar (NAME.json) added, changed or deleted means its article must be read again.
        const target = /\.json$/i.test(file)
          ? [file.replace(/\.json$/i, '.txt'), file.replace(/\.json$/i, '.md')].find((f) => existsSync(join(corpusDir, f)))
          : file;
        if (!target) continue;
        skippedFiles.delete(target);
        if (!existsSync(join(corpusDir, target))) {
          // Documents are keyed by file name ("sub/x.txt" is cited as "x.txt" unless two folders share the name).
          documents.delete(documents.has(target) ? target : basename(target));
          continue;
        }
        const loaded = await loadDocument(join(corpusDir, target), { within: realCorpusDir() });
        if ('reason' in loaded) {
          skipped++;
          documents.delete(target);
          skippedFiles.set(target, { file: target, reason: loaded.reason });
          log.warn({ file: loaded.file, reason: loaded.reason }, 'article skipped');
        } else {
          documents.set(loaded.file, loaded);
        }
      }
      return rebuild('Corpus updated', skipped);
    },
  };
}
