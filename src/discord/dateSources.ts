/**
 * Where an answer's date came from and whether its words are verbatim. The search fills `dateSource` and
 * `kind` on quote results; for results without them, look them up in the Quote by speaker and text, once
 * per extraction.
 */
import type { AnswerResult, Extraction, Quote } from '../core/types.js';
import type { AnswerView } from './replies.js';

const byExtraction = new WeakMap<Extraction, Map<string, Pick<Quote, 'dateSource' | 'kind'>>>();

function keyOf(speaker: string | null, text: string): string {
  return `${speaker ?? ''}\u0000${text}`;
}

/** Attach the date source and quote kind to each result (undefined for events, passages, and unknown quotes). */
export function toViews(extraction: Extraction, results: readonly AnswerResult[]): AnswerView[] {
  let map = byExtraction.get(extraction);
  if (!map) {
    map = new Map(extraction.quotes.map((q) => [keyOf(q.speaker, q.text), { dateSource: q.dateSource, kind: q.kind }]));
    byExtraction.set(extraction, map);
  }
  return results.map((result) => {
    if (result.type !== 'quote') return { result };
    const known = map.get(keyOf(result.speaker, result.text));
    return { result, dateSource: result.dateSource ?? known?.dateSource, kind: result.kind ?? known?.kind };
  });
}
