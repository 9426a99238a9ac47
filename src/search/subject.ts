/**
 * "What did X say about Y" when X is no known speaker ("Bộ Y tế nói gì", "What did Dong Nai police say about Y"):
 * a statement whose speaker or words hold X, in an article that covers the question, answers it even when its
 * words do not repeat Y (the article reports Y; the statement comments on it), and it comes before a sentence that
 * only reports Y, as X's own statements do for a known speaker (candidates.ts).
 */
import { buildClauses } from './clauses.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { BONUS, DOC_CONTEXT_SHARE, bonusOf, type CandidateList } from './rank.js';
import type { Scored } from './scorer.js';

/** Share of the subject's weight a statement must hold (its speaker field or its words) to be the subject's. */
const SUBJECT_MIN = 0.5;

/** Whether `liftSubjectStatements` may change the candidates of `p` (then no shortlist bar: shortlist.ts). */
export function liftsSubject(p: ParsedQuestion): boolean {
  return p.reported && p.intent === 'topic' && p.words.some((w) => w.subject);
}

/**
 * Lift the statements of the question's subject in `out` (the candidates of `s`, the whole question scored), and
 * add those its article answers for; changes `out` in place.
 */
export function liftSubjectStatements(
  e: Engine, p: ParsedQuestion, s: Scored, out: CandidateList, allow: (u: number) => boolean, minCoverage: number,
): void {
  if (!liftsSubject(p)) return;
  const words = p.words.filter((w) => w.subject);
  const clauses = buildClauses(words, e.lexicon, e.termSource, p);
  if (!clauses.some((c) => c.weight > 0 && c.terms.length > 0)) return;
  const bySubject = e.scorer.run(clauses, (u) => !e.units.isPassage(u) && e.unit(u).type === 'quote');
  if (!bySubject.count) return;
  // Best coverage of the whole question in each article.
  const docBest = new Map<number, number>();
  for (let k = 0; k < s.count; k++) {
    const doc = e.units.docs[s.units[k]!]!;
    if (doc >= 0 && s.coverage[k]! > (docBest.get(doc) ?? 0)) docBest.set(doc, s.coverage[k]!);
  }
  const at = new Map<number, number>();
  out.units.forEach((u, i) => at.set(u, i));
  for (let k = 0; k < bySubject.count; k++) {
    const u = bySubject.units[k]!;
    if (bySubject.coverage[k]! < SUBJECT_MIN || !allow(u)) continue;
    const i = at.get(u);
    if (i !== undefined) {
      out.scores[i]! += BONUS.subjectStatement;
      continue;
    }
    const cover = docBest.get(e.units.docs[u]!) ?? 0;
    if (cover < minCoverage) continue;
    out.units.push(u);
    out.scores.push(DOC_CONTEXT_SHARE * cover + bonusOf(e, p, u) + BONUS.subjectStatement);
  }
}
