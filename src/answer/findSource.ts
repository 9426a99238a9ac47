/**
 * "Find source" in the answer model: the statement a chat line quotes or paraphrases, and whether the line is
 * the statement's own words (a quote, perhaps cut) or a paraphrase of it, which the reply says.
 */
import type { SearchIndex } from '../core/services.js';
import { foldText } from '../core/text.js';
import { viewsOf, type AnswerView } from './view.js';

/** Share of the line's word pairs found in the statement, in order, for the line to count as its words. */
const QUOTED_PAIRS = 0.8;

export interface FoundSource {
  view: AnswerView;
  /** The line says it in other words: not the statement's own wording. */
  paraphrase: boolean;
}

function pairs(text: string): string[] {
  const w = foldText(text).match(/[a-z0-9]+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(`${w[i]} ${w[i + 1]}`);
  return out;
}

/** Whether `line` repeats the words of `view` (its text or the article's sentence) rather than rephrasing them. */
export function quotesWords(line: string, view: Pick<AnswerView, 'text' | 'excerpt'>): boolean {
  const asked = pairs(line);
  if (asked.length === 0) return true;
  const have = new Set([...pairs(view.text), ...pairs(view.excerpt)]);
  return asked.filter((p) => have.has(p)).length / asked.length >= QUOTED_PAIRS;
}

/** The statement a chat line quotes or paraphrases, or null. */
export function findSourceOf(index: SearchIndex, line: string): FoundSource | null {
  const found = index.findSource(line);
  if (!found) return null;
  const [view] = viewsOf(index, [found]);
  return { view: view!, paraphrase: !quotesWords(line, view!) };
}
