/**
 * `ask`: the best answers to a free-text question, and how the question reads (its language, the speaker it
 * names) for the reply around them.
 */
import type { QuestionReading } from '../core/services.js';
import type { AnswerResult, AskOptions } from '../core/types.js';
import { mayStateAmount } from './amount.js';
import { candidatesOf } from './candidates.js';
import { clausesOf, makeFilter, parse, translatedOf, type Engine } from './engine.js';
import { DEFAULT_LIMIT, MIN_COVERAGE, finish, shortlistSize, type Candidate } from './rank.js';
import { toResult } from './result.js';
import { articleFill } from './articleFill.js';
import { closestOfSpeaker } from './closestOfSpeaker.js';
import { unknownOfficeOf } from './unknownOffice.js';
import { silentPersonOf, unknownPersonOf } from './unknownPerson.js';

/** Best answers to a question (Vietnamese or English, with or without diacritics), best first. */
export function ask(e: Engine, question: string, opts: AskOptions = {}): AnswerResult[] {
  const allow = makeFilter(e, opts);
  if (!allow) return [];
  const p = parse(e, question);
  // A person asked of by full name whom no article names: any answer would be another person's words.
  if (p.intent !== 'who' && unknownPersonOf(e, question, p.mentioned)) return [];
  // So is an office asked of that no article writes: "Bộ trưởng X nói gì", X a field no article gives a minister, or
  // a role with whose it is ("HLV <team> nói gì", "Đại diện <company> cho biết gì") that no speaker or paragraph holds.
  if (unknownOfficeOf(e, p, question)) return [];
  const clauses = clausesOf(e, p);
  const english = translatedOf(e, p);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const cands = candidatesOf(e, p, clauses, allow, MIN_COVERAGE, english, shortlistSize(p, limit));
  const shown = english ? [...clauses, ...english] : clauses;
  const found = finish(e, p, cands, allow, limit);
  // "Bao nhiêu" / "how many": an answer that states no quantity, in its words or its sentence, does not answer it.
  const answers = (list: readonly Candidate[]): AnswerResult[] => {
    const out = list.map((c) => toResult(e, c, shown, p));
    return p.amount ? out.filter((r) => mayStateAmount(r.text) || mayStateAmount(r.excerpt)) : out;
  };
  const out = answers(found);
  // "X nói gì về Y", X quoted but never on Y: X's statements closest to Y, marked so the reply says so.
  if (!out.length) return p.amount ? out : closestOfSpeaker(e, p, clauses, english, allow, limit);
  return [...out, ...answers(articleFill(e, p, found, clauses, english, allow, limit))].slice(0, limit);
}

/**
 * The question's language, the speaker of a "what did X say" question, and the person it asks of by a full name no
 * article names (with the known speakers of close names) or that no article quotes, when it does; an office no
 * article writes ("Bộ trưởng X") is reported as such a person, with no close names.
 */
export function readQuestion(e: Engine, question: string): QuestionReading {
  const p = parse(e, question);
  const unknown = p.intent !== 'who' ? unknownPersonOf(e, question, p.mentioned) : null;
  const office = unknown ? null : unknownOfficeOf(e, p, question);
  return {
    language: p.language,
    speaker: p.intent === 'about' ? p.speaker : null,
    unknownPerson: unknown ? { name: unknown.name, close: unknown.close.map((sp) => sp.name) } : office ? { name: office, close: [] } : null,
    silentPerson: p.intent !== 'who' && !p.speaker && !unknown && !office ? silentPersonOf(e, question) : null,
  };
}
