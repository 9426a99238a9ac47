/**
 * Reading and extracting a corpus folder, reusing what a snapshot saved for every unchanged file (pipelineCache.ts):
 * a changed or added article is read and extracted alone, then the whole corpus is linked again from each article's
 * own result (extract/article.ts), which costs milliseconds per thousand articles.
 */
import { loadCorpus, loadDocument, type FileSeen, type LoadOptions } from './corpus/load.js';
import type { CorpusDocument, Extraction, LoadedCorpus, SkippedFile } from './core/types.js';
import { extractArticle, linkCorpus, type ArticleResult, type ExtractOptions } from './extract/index.js';
import { withoutLeftOut } from './extract/isolation.js';
import { readAndExtract, type PoolEntry, type PoolItem } from './ingestPool.js';
import type { ArticleEntry, CorpusKey, FileEntry, SavedSnapshot, SnapshotContents } from './pipelineCache.js';

export interface IngestOptions extends LoadOptions {
  /** Per-article budget and readers of extraction (tests inject a failing reader). */
  extract?: ExtractOptions;
  /** Called once the articles to extract are known (a progress line). */
  onExtract?: (articles: number) => void;
  /**
   * Worker threads that read and extract the articles to read (ingestPool.ts); 1 or unset: this thread. Their
   * results are put back in file order, so the extraction is the same.
   */
  threads?: number;
  /** The pool's worker module (tests). */
  poolEntry?: PoolEntry;
}

/**
 * Fewer articles to read are read in this thread: starting a worker (loading and compiling the program again) costs
 * about as much as reading and extracting a hundred articles.
 */
export const POOL_MIN_ARTICLES = 200;

/** A corpus read and extracted, what the snapshot should hold of it, and what this load cost. */
export interface Ingested {
  corpus: LoadedCorpus;
  extraction: Extraction;
  /** For the next snapshot (null without a corpus key: nothing can be saved). */
  contents: SnapshotContents | null;
  /** Article files read from disk this load, and articles extracted (the others came from the snapshot). */
  articlesRead: number;
  articlesExtracted: number;
  /** Milliseconds reading (or taking documents from the snapshot), and extracting and linking (with the pool, reading too). */
  loadMs: number;
  extractMs: number;
}

/**
 * Read `dir` and extract it, taking from `saved` each file whose key in `key` is the one it was saved under, and
 * each such document's extraction when it is still cited under the same name.
 */
export async function ingestCorpus(dir: string, key: CorpusKey | null, saved: SavedSnapshot | null, options: IngestOptions = {}): Promise<Ingested> {
  const savedByPath = new Map<string, { entry: FileEntry; article: ArticleEntry | null }>();
  saved?.files.forEach((entry, i) => savedByPath.set(entry.path, { entry, article: saved.articles?.[i] ?? null }));
  const reused = new Set<string>();
  const fresh = new Map<string, CorpusDocument | SkippedFile>();
  let articlesRead = 0;
  /** Articles read and extracted by the pool, by path. */
  const pooled = new Map<string, { file: string; result: ArticleResult }>();
  const threads = options.threads ?? 1;
  let poolMs = 0;
  let usedPool = false;
  const inPool = async (paths: string[], within: string, onEach: () => void, seen: FileSeen[]): Promise<Array<CorpusDocument | SkippedFile>> => {
    usedPool = true;
    options.onExtract?.(paths.length);
    const start = performance.now();
    let items: PoolItem[];
    try {
      items = await readAndExtract(paths, within, { threads, maxBytes: options.maxBytes, onEach, seen, entry: options.poolEntry });
    } catch {
      // No worker could be started: this thread reads them (and extracts them below).
      items = [];
      for (const [k, path] of paths.entries()) {
        items.push({ loaded: await loadDocument(path, { ...options, within }, seen[k]), result: null });
        onEach();
      }
    }
    items.forEach((item, i) => item.result && pooled.set(paths[i]!, { file: item.loaded.file, result: item.result }));
    poolMs = performance.now() - start;
    return items.map((item) => item.loaded);
  };
  const t0 = performance.now();
  const loaded = await loadCorpus(dir, {
    ...options,
    loadFiles:
      threads > 1 && !options.reader && !options.parse && !options.extract
        ? (paths, within, onEach, seen) => (paths.length < POOL_MIN_ARTICLES ? null : inPool(paths, within, onEach, seen))
        : undefined,
    cache: key
      ? {
          get: (path) => {
            const s = savedByPath.get(path);
            if (!s || s.entry.key !== key.files.get(path)) return undefined;
            reused.add(path);
            return s.entry.loaded;
          },
          set: (path, result) => {
            articlesRead++;
            fresh.set(path, result);
          },
        }
      : undefined,
  });
  if (!key) articlesRead = loaded.documents.length + loaded.skipped.length;

  const t1 = performance.now();
  let fromSnapshot = 0;
  const results: Array<ArticleResult | null> = loaded.documents.map((doc) => {
    const article = reused.has(doc.path) ? savedByPath.get(doc.path)?.article : null;
    if (article && article.file === doc.file) {
      fromSnapshot++;
      return article.result;
    }
    // Extracted under the file's own name; cited by its relative path (a name two folders hold), it is extracted again.
    const p = pooled.get(doc.path);
    return p && p.file === doc.file ? p.result : null;
  });
  const toExtract = results.filter((r) => r === null).length;
  if (!usedPool) options.onExtract?.(toExtract);
  const done = loaded.documents.map((doc, i) => results[i] ?? extractArticle(doc, options.extract));
  const extraction = linkCorpus(loaded.documents, done);
  const corpus = withoutLeftOut(loaded, extraction);
  return {
    corpus,
    extraction,
    contents: key ? contentsOf(key, loaded.documents, done, reused, savedByPath, fresh, extraction) : null,
    articlesRead,
    articlesExtracted: loaded.documents.length - fromSnapshot,
    // The pool reads and extracts at once: its time counts as extraction.
    loadMs: t1 - t0 - poolMs,
    extractMs: performance.now() - t1 + poolMs,
  };
}

/** File entries (in path order) and per-article results for the next snapshot. */
function contentsOf(
  key: CorpusKey,
  documents: CorpusDocument[],
  results: ArticleResult[],
  reused: Set<string>,
  savedByPath: Map<string, { entry: FileEntry }>,
  fresh: Map<string, CorpusDocument | SkippedFile>,
  extraction: Extraction,
): SnapshotContents {
  const articleOf = new Map(documents.map((doc, i): [string, ArticleEntry] => [doc.path, { file: doc.file, result: results[i]! }]));
  const files: FileEntry[] = [];
  for (const path of reused) files.push(savedByPath.get(path)!.entry);
  for (const [path, loaded] of fresh) {
    // A file that appeared after the key was taken has no key yet: the next start reads it.
    const k = key.files.get(path);
    if (k) files.push({ path, key: k, loaded });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, articles: files.map((f) => articleOf.get(f.path) ?? null), extraction };
}
