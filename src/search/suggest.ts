/**
 * `suggest`: speaker names for autocomplete, and, when a question finds nothing, a close name or corpus term.
 */
import { foldText, tokenize } from '../core/text.js';
import type { Speaker } from '../core/types.js';
import { editDistance } from './analyze.js';
import { parse, type Engine } from './engine.js';
import { stripHonorifics } from './speakerForms.js';

/** Speakers ranked for autocomplete; an empty query gives the most quoted first. */
export function suggestSpeakers(e: Engine, query: string, limit = 10): Speaker[] {
  return e.directory.suggest(query, limit);
}

/** Edits a typed name of `length` letters may be from a speaker's name and still be taken for it. */
function nameBudget(length: number): number {
  return length < 4 ? 0 : length <= 8 ? 1 : 2;
}

/**
 * Whether a typed name (folded, titles stripped) is a slip of one of the speaker's names: within a letter or two of
 * the whole name, or of as many of its last words as were typed ("Halvorsn" for Ingrid Halvorsen, "Tran Thi Moo" for
 * Trần Thị Mơ). A name that only shares a word ("Trần Minh Khôi" and Trần Minh Tuấn: one family and middle name,
 * two people) is not close.
 */
function slipOf(typed: string, sp: Speaker): boolean {
  const words = typed.split(' ');
  const budget = nameBudget(typed.replace(/ /g, '').length);
  return [sp.name, ...sp.aliases].some((n) => {
    const name = tokenize(foldText(n));
    if (name.length < words.length) return false;
    const tail = name.slice(name.length - words.length).join(' ');
    // Each typed word is the name's word or one edit from it: a wrong syllable is another name, not a slip.
    if (!words.every((w, k) => editDistance(w, name[name.length - words.length + k]!, 1) <= 1)) return false;
    return editDistance(typed, tail, budget) <= budget;
  });
}

/**
 * Speakers whose name the typed one may be a slip of, for "did you mean" when a typed speaker is unknown; none when
 * no name is that close (autocomplete's looser matches would offer an unrelated person).
 */
export function closeSpeakers(e: Engine, query: string, limit = 3): Speaker[] {
  const typed = stripHonorifics(tokenize(foldText(query)).join(' '));
  if (typed.length < 3) return [];
  return e.directory.suggest(query, 25).filter((sp) => slipOf(typed, sp)).slice(0, limit);
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
