/**
 * Reading and extracting a corpus folder, reusing what a snapshot saved for every unchanged file (pipelineCache.ts):
 * a changed or added article is read and extracted alone, then the whole corpus is linked again from each article's
 * own result (extract/article.ts), which costs milliseconds per thousand articles.
 */
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import type { CorpusDocument, Extraction, LoadedCorpus, SkippedFile } from './core/types.js';
import { extractArticle, linkCorpus, type ArticleResult, type ExtractOptions } from './extract/index.js';
import { withoutLeftOut } from './extract/isolation.js';
import type { ArticleEntry, CorpusKey, FileEntry, SavedSnapshot, SnapshotContents } from './pipelineCache.js';

export interface IngestOptions extends LoadOptions {
  /** Per-article budget and readers of extraction (tests inject a failing reader). */
  extract?: ExtractOptions;
  /** Called once the articles to extract are known (a progress line). */
  onExtract?: (articles: number) => void;
}

/** A corpus read and extracted, what the snapshot should hold of it, and what this load cost. */
export interface Ingested {
  corpus: LoadedCorpus;
  extraction: Extraction;
  /** For the next snapshot (null without a corpus key: nothing can be saved). */
  contents: SnapshotContents | null;
  /** Article files read from disk this load, and articles extracted (the others came from the snapshot). */
  articlesRead: number;
  articlesExtracted: number;
  /** Milliseconds reading (or taking documents from the snapshot), and extracting and linking. */
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
  const t0 = performance.now();
  const loaded = await loadCorpus(dir, {
    ...options,
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
  const results: Array<ArticleResult | null> = loaded.documents.map((doc) => {
    const article = reused.has(doc.path) ? savedByPath.get(doc.path)?.article : null;
    return article && article.file === doc.file ? article.result : null;
  });
  const toExtract = results.filter((r) => r === null).length;
  options.onExtract?.(toExtract);
  const done = loaded.documents.map((doc, i) => results[i] ?? extractArticle(doc, options.extract));
  const extraction = linkCorpus(loaded.documents, done);
  const corpus = withoutLeftOut(loaded, extraction);
  return {
    corpus,
    extraction,
    contents: key ? contentsOf(key, loaded.documents, done, reused, savedByPath, fresh, extraction) : null,
    articlesRead,
    articlesExtracted: toExtract,
    loadMs: t1 - t0,
    extractMs: performance.now() - t1,
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
