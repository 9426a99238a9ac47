/**
 * `findSource` (the "Find source" message menu): the corpus statement a chat message quotes or paraphrases.
 * Stricter than `ask`: a chat message is long, and a wrong "source" is worse than none. A short line (two or
 * three words that carry meaning, "ngồi vào bàn đàm phán") must be found nearly whole; a paraphrase that names its
 * speaker ("X bảo …") is found among that speaker's statements at the coverage `ask` asks for.
 */
import type { AnswerResult } from '../core/types.js';
import { splitWords } from './analyze.js';
import { candidatesOf } from './candidates.js';
import { clausesOf, parse, type Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { MIN_COVERAGE, SOURCE_MIN_CLAUSES, SOURCE_MIN_COVERAGE, finish } from './rank.js';
import { toResult } from './result.js';

/** A short line: nearly every word of it must be in the statement. */
const SHORT_MIN_COVERAGE = 0.9;
const SHORT_MIN_CLAUSES = 2;

function holdsPhrase(e: Engine, unit: number, phrase: string): boolean {
  const u = e.unit(unit);
  const folded = (t: string): string => ` ${splitWords(t).folded.join(' ')} `;
  const words = folded(phrase);
  return folded(u.text).includes(words) || folded(u.excerpt ?? '').includes(words);
}

/** The statement a message quotes or paraphrases, or null. */
export function findSource(e: Engine, messageText: string): AnswerResult | null {
  const p = parse(e, messageText);
  const plain: ParsedQuestion = { ...p, intent: 'topic', speaker: null, reported: false, why: false, amount: false, when: false, dates: [] };
  const clauses = clausesOf(e, plain);
  const words = clauses.filter((c) => c.weight > 0 && c.terms.length > 0 && !c.label.includes(' ')).length;
  if (words < SHORT_MIN_CLAUSES) return null;
  const short = words < SOURCE_MIN_CLAUSES;
  const all = (): boolean => true;
  let [best] = finish(e, plain, candidatesOf(e, plain, clauses, all, short ? SHORT_MIN_COVERAGE : SOURCE_MIN_COVERAGE), all, 1);
  // A few words prove little unless the statement has them in that order ("Mỹ và Nga" is in many sentences).
  if (best && short && !holdsPhrase(e, best.unit, messageText)) best = undefined;
  if (!best && !short && p.mentioned.length > 0) {
    const named = new Set(p.mentioned.map((s) => s.id));
    const theirs = (u: number): boolean => named.has(e.units.speakerId(u) ?? '');
    [best] = finish(e, plain, candidatesOf(e, plain, clauses, theirs, MIN_COVERAGE), theirs, 1);
  }
  return best ? toResult(e, best, clauses, plain) : null;
}
