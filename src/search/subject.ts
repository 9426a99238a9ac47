/**
 * "What did X say about Y" when X is no known speaker ("Bộ Y tế nói gì", "What did Dong Nai police say about Y"):
 * a statement whose speaker or words hold X, in an article that covers the question, answers it even when its
 * words do not repeat Y (the article reports Y; the statement comments on it), and it comes before a sentence that
 * only reports Y, as X's own statements do for a known speaker (candidates.ts).
 */
import { buildClauses, type Clause } from './clauses.js';
import { TRAIT, type Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { BONUS, DOC_CONTEXT_SHARE, bonusOf, ownWordsShare, type CandidateList } from './rank.js';
import type { UnitSet } from './reach.js';
import type { Scored } from './scorer.js';

/** Share of the subject's weight a statement must hold (its speaker field or its words) to be the subject's. */
const SUBJECT_MIN = 0.5;

/** Whether `liftSubjectStatements` may change the candidates of `p`. */
export function liftsSubject(p: ParsedQuestion): boolean {
  return p.reported && p.intent === 'topic' && p.words.some((w) => w.subject);
}

/**
 * The subject's statements of a question (see the file comment), with marks for the statements and for their
 * articles: what the shortlist must leave in (shortlist.ts) for the lift to come out as it would over every unit.
 * Until `settle`, `units` are the statements that may hold the subject (the reach's: tens of thousands for a common
 * subject at 20 000 articles, most of which the shortlist's bar then leaves out) and `mark` is 1 for each, an upper
 * bound of the lift; `settleSome` scores a few exactly (a mark of 2 holds it, 0 not). `settle` scores those still
 * needed and leaves in `units` those that hold it, in the order the scorer meets them. The marks are the scorer's
 * buffers: `clear` them once the question is answered.
 */
export interface SubjectStatements {
  units: number[];
  /** `mark[u]` is non-zero for a statement of the list (see above). */
  mark: Uint8Array;
  /**
   * `docs[d]` is 1 for an article holding one of them (after a shortlist bar, only where the lift may add one above
   * it: shortlist.ts); the lift reads the other articles' coverage no more.
   */
  docs: Uint8Array;
  /** Score exactly the statements of `list[0 .. count)` still marked 1: 2 when they hold the subject, else 0. */
  settleSome(list: Int32Array, count: number): void;
  /** Keep in `units` and `mark` only the statements `needed` lets through that hold the subject, in the scorer's order. */
  settle(needed: (u: number) => boolean): void;
  clear(): void;
}

/**
 * The statements `allow` lets through whose speaker or words may hold SUBJECT_MIN of the question's subject (reach.ts,
 * as for the question itself), or null when the question lifts no subject; `settle` keeps those that hold it. With the
 * question's reach `within`, only those the lift can read: a statement that may cover the question itself, or one in
 * an article where a unit may (its best coverage must reach the bar).
 */
export function subjectStatements(
  e: Engine, p: ParsedQuestion, allow: (u: number) => boolean, within?: UnitSet,
): SubjectStatements | null {
  if (!liftsSubject(p)) return null;
  const clauses = buildClauses(p.words.filter((w) => w.subject), e.lexicon, e.termSource, p);
  if (!clauses.some((c) => c.weight > 0 && c.terms.length > 0)) return null;
  const docs = e.scorer.subjectDocs;
  if (within) {
    for (let k = 0; k < within.count; k++) {
      const d = e.units.docs[within.list[k]!]!;
      if (d >= 0) docs[d] = 1;
    }
  }
  const readable = (u: number): boolean => !within || within.mark[u] === 1 || docs[e.units.docs[u]!] === 1;
  const quote = (u: number): boolean => !e.units.isPassage(u) && (e.traits[u]! & TRAIT.quote) !== 0 && readable(u) && allow(u);
  const set = e.scorer.subject;
  // The question's own bounds (its reach, just made) are the shortlist's: this reach leaves them.
  e.scorer.reach(clauses, SUBJECT_MIN, quote, set, false);
  if (within) {
    for (let k = 0; k < within.count; k++) {
      const d = e.units.docs[within.list[k]!]!;
      if (d >= 0) docs[d] = 0;
    }
  }
  const may = Array.from(set.list.subarray(0, set.count));
  for (const u of may) if (e.units.docs[u]! >= 0) docs[e.units.docs[u]!] = 1;
  const scratch = e.scorer.subjectScratch;
  /** The exact scoring of the statements of `list` marked, marks 2 for those that hold the subject, 0 for the others. */
  const score = (list: ArrayLike<number>, count: number, take: (u: number) => boolean): Scored => {
    for (let k = 0; k < count; k++) if (take(list[k]!)) scratch.add(list[k]!);
    for (let k = 0; k < scratch.count; k++) set.mark[scratch.list[k]!] = 0;
    const s = e.scorer.run(clauses, undefined, scratch);
    scratch.clear();
    for (let k = 0; k < s.count; k++) if (s.coverage[k]! >= SUBJECT_MIN) set.mark[s.units[k]!] = 2;
    return s;
  };
  const out: SubjectStatements = {
    units: may, mark: set.mark, docs,
    settleSome: (list, count) => {
      score(list, count, (u) => set.mark[u] === 1);
    },
    settle: (needed) => {
      const s = score(may, may.length, (u) => set.mark[u] !== 0 && needed(u));
      out.units = [];
      for (let k = 0; k < s.count; k++) if (set.mark[s.units[k]!] === 2) out.units.push(s.units[k]!);
      for (const u of may) set.mark[u] = 0;
      for (const u of out.units) set.mark[u] = 1;
    },
    clear: () => {
      set.clear();
      for (const u of may) if (e.units.docs[u]! >= 0) docs[e.units.docs[u]!] = 0;
    },
  };
  return out;
}

/**
 * Lift the subject's statements `subject` in `out` (the candidates of `s`, the question scored), and add those its
 * article answers for; changes `out` in place. A statement `s` scored with enough coverage but left out of `out`
 * fell under the shortlist's bar with its lift counted (candidatesOf): it stays out. `s` holds every unit that may
 * cover the question in the articles `subject.docs` marks (the shortlist leaves them in), so each one's best
 * coverage is what it would be over every unit; a statement of another article could not be shown.
 */
export function liftSubjectStatements(
  e: Engine, subject: SubjectStatements, s: Scored, out: CandidateList, p: ParsedQuestion, clauses: readonly Clause[], minCoverage: number,
): void {
  if (!subject.units.length) return;
  // Best coverage of the whole question in each article of a statement; statements scored with enough coverage.
  const docBest = new Map<number, number>();
  const covered = new Set<number>();
  for (let k = 0; k < s.count; k++) {
    const u = s.units[k]!;
    const doc = e.units.docs[u]!;
    if (doc >= 0 && subject.docs[doc] && s.coverage[k]! > (docBest.get(doc) ?? 0)) docBest.set(doc, s.coverage[k]!);
    if (subject.mark[u] && s.coverage[k]! >= minCoverage) covered.add(u);
  }
  const at = new Map<number, number>();
  out.units.forEach((u, i) => {
    if (subject.mark[u]) at.set(u, i);
  });
  for (const u of subject.units) {
    const i = at.get(u);
    if (i !== undefined) {
      out.scores[i]! += BONUS.subjectStatement;
      continue;
    }
    if (covered.has(u)) continue;
    const cover = docBest.get(e.units.docs[u]!) ?? 0;
    if (cover < minCoverage) continue;
    out.units.push(u);
    out.scores.push(DOC_CONTEXT_SHARE * cover + bonusOf(e, p, u) + BONUS.subjectStatement + BONUS.ownWords * ownWordsShare(e.units.text(u), clauses));
  }
}
