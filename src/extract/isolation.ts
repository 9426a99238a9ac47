/**
 * Per-article isolation of extraction: an article whose extraction throws or runs past its time budget is left out
 * with a reason naming what happened, and the rest of the corpus loads. One bad page must cost one article, never
 * the corpus (issue 12).
 */
import type { CorpusDocument, Extraction, LoadedCorpus, SkippedFile } from '../core/types.js';
import type { Paragraph } from './paragraphs.js';
import type { ArticleReading } from './reading.js';

/**
 * Time one article may take in each pass. Extraction costs about 3 ms an article and a 5 MiB file (the loader's
 * limit) of hostile text a few seconds; 20 s only catches a rule gone wrong, never a real page on a busy machine.
 */
export const ARTICLE_BUDGET_MS = 20_000;

/** Thrown by a deadline check inside a pass over an article. */
export class ArticleBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(`extraction took longer than ${budgetMs / 1000} s`);
  }
}

/** An instant after which the article being read is abandoned; checked between paragraphs. */
export interface Deadline {
  at: number;
  budgetMs: number;
  now: () => number;
}

/** Throw ArticleBudgetError when the deadline has passed (called between paragraphs, so a pass stops early). */
export function checkDeadline(deadline: Deadline | undefined): void {
  if (deadline && deadline.now() > deadline.at) throw new ArticleBudgetError(deadline.budgetMs);
}

export interface ExtractOptions {
  /** Milliseconds one article may take in each pass; default ARTICLE_BUDGET_MS. */
  budgetMs?: number;
  /** The clock of the budget (tests); default performance.now. */
  now?: () => number;
  /** Reads one article against its own cast; default readArticle. Tests inject a failing one. */
  readArticle?: (doc: CorpusDocument, bodies?: Paragraph[], deadline?: Deadline) => ArticleReading;
  /** Splits one article into body paragraphs; default bodyParagraphs. Tests inject a failing one. */
  bodyParagraphs?: (doc: CorpusDocument) => Paragraph[];
}

/** The reason shown by `check`, the log and /about for an article left out by extraction. */
export function extractionFailure(file: string, err: unknown): SkippedFile {
  if (err instanceof ArticleBudgetError) return { file, reason: `${err.message}; article left out (time budget ${err.budgetMs / 1000} s)` };
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { file, reason: `extraction failed (${what.slice(0, 200)}); article left out` };
}

/** A deadline for one article starting now. */
export function deadlineFor(options: ExtractOptions): Deadline {
  const now = options.now ?? (() => performance.now());
  const budgetMs = options.budgetMs ?? ARTICLE_BUDGET_MS;
  return { at: now() + budgetMs, budgetMs, now };
}

/**
 * The corpus as the answers see it: articles that extraction left out move from `documents` to `skipped`, with the
 * reason, so `check`, the log and /about name them like files the loader could not use.
 */
export function withoutLeftOut(corpus: LoadedCorpus, extraction: Extraction): LoadedCorpus {
  const left = extraction.skipped ?? [];
  if (left.length === 0) return corpus;
  const out = new Set(left.map((s) => s.file));
  return {
    ...corpus,
    documents: corpus.documents.filter((d) => !out.has(d.file)),
    skipped: [...corpus.skipped, ...left].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}
