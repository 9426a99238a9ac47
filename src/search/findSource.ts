/**
 * `findSource` (the "Find source" message menu): the corpus statement a chat message quotes or paraphrases.
 * Stricter than `ask`: a chat message is long, and a wrong "source" is worse than none.
 */
import type { AnswerResult } from '../core/types.js';
import { candidatesOf } from './candidates.js';
import { clausesOf, parse, type Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { SOURCE_MIN_CLAUSES, SOURCE_MIN_COVERAGE, finish } from './rank.js';
import { toResult } from './result.js';

/** The statement a message quotes or paraphrases, or null. */
export function findSource(e: Engine, messageText: string): AnswerResult | null {
  const p = parse(e, messageText);
  const plain: ParsedQuestion = { ...p, intent: 'topic', speaker: null, reported: false, dates: [] };
  const clauses = clausesOf(e, plain);
  if (clauses.filter((c) => c.weight > 0 && c.terms.length > 0 && !c.label.includes(' ')).length < SOURCE_MIN_CLAUSES) {
    return null;
  }
  const allow = (): boolean => true;
  const [best] = finish(e, plain, candidatesOf(e, plain, clauses, allow, SOURCE_MIN_COVERAGE), allow, 1);
  return best ? toResult(e, best, clauses, plain) : null;
}
