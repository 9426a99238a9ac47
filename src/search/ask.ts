/**
 * `ask`: the best answers to a free-text question, and how the question reads (its language, the speaker it
 * names) for the reply around them.
 */
import type { Language } from '../core/services.js';
import type { AnswerResult, AskOptions, Speaker } from '../core/types.js';
import { candidatesOf } from './candidates.js';
import { clausesOf, makeFilter, parse, translatedOf, type Engine } from './engine.js';
import { DEFAULT_LIMIT, MIN_COVERAGE, finish, shortlistSize } from './rank.js';
import { toResult } from './result.js';

/** Best answers to a question (Vietnamese or English, with or without diacritics), best first. */
export function ask(e: Engine, question: string, opts: AskOptions = {}): AnswerResult[] {
  const allow = makeFilter(e, opts);
  if (!allow) return [];
  const p = parse(e, question);
  const clauses = clausesOf(e, p);
  const english = translatedOf(e, p);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const cands = candidatesOf(e, p, clauses, allow, MIN_COVERAGE, english, shortlistSize(p, limit));
  const shown = english ? [...clauses, ...english] : clauses;
  return finish(e, p, cands, allow, limit).map((c) => toResult(e, c, shown, p));
}

/** The question's language, and the speaker of a "what did X say" question. */
export function readQuestion(e: Engine, question: string): { language: Language; speaker: Speaker | null } {
  const p = parse(e, question);
  return { language: p.language, speaker: p.intent === 'about' ? p.speaker : null };
}
