/**
 * `suggest`: speaker names for autocomplete, and, when a question finds nothing, a close name or corpus term.
 */
import type { Speaker } from '../core/types.js';
import { parse, type Engine } from './engine.js';

/** Speakers ranked for autocomplete; an empty query gives the most quoted first. */
export function suggestSpeakers(e: Engine, query: string, limit = 10): Speaker[] {
  return e.directory.suggest(query, limit);
}

/** A close speaker name or corpus term for a question that found nothing, or null. */
export function suggestAlternative(e: Engine, question: string): string | null {
  const p = parse(e, question);
  for (const w of p.words) {
    if (w.folded.length < 3 || e.corrector.df(w.folded) > 0) continue;
    const sp = e.directory.resolve(w.folded);
    if (sp) return sp.name;
    // Only foreign-looking words are corrected: a Vietnamese syllable's nearest neighbour is a guess.
    const fixed = e.corrector.correct(w.folded);
    if (fixed) {
      const id = e.index.unigram(fixed);
      return id === undefined ? fixed : e.index.surface(id);
    }
  }
  return null;
}
