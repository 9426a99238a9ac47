/**
 * Where an answer's date came from. AnswerResult carries no `dateSource`, but the Quote it was built from
 * does; look it up by speaker and text, once per extraction.
 */
import type { AnswerResult, Extraction, Quote } from '../core/types.js';
import type { AnswerView } from './replies.js';

const byExtraction = new WeakMap<Extraction, Map<string, Quote['dateSource']>>();

function keyOf(speaker: string | null, text: string): string {
  return `${speaker ?? ''}\u0000${text}`;
}

/** Attach the date source to each result (undefined for events, passages, and unknown quotes). */
export function toViews(extraction: Extraction, results: readonly AnswerResult[]): AnswerView[] {
  let map = byExtraction.get(extraction);
  if (!map) {
    map = new Map(extraction.quotes.map((q) => [keyOf(q.speaker, q.text), q.dateSource]));
    byExtraction.set(extraction, map);
  }
  return results.map((result) => ({
    result,
    dateSource: result.type === 'quote' ? map.get(keyOf(result.speaker, result.text)) : undefined,
  }));
}
