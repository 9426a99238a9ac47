/**
 * More from the article that answers: when a question finds fewer answers than asked for, the article of its best
 * answer has shown that it is about what was asked, so its other statements and sentences that hold a smaller share
 * of the question (ARTICLE_MIN_COVERAGE) follow, after every answer found on the strict bar. A reader asking how a
 * body handled something, or what a group said, wants the rest of the story, whose sentences rarely repeat the
 * question's words ("Bệnh viện X xử lý quá tải thế nào?" → "Chúng tôi huy động thêm 30 điều dưỡng …").
 * Nothing is added to a question that found nothing: the strict bar alone decides that a corpus cannot answer. Nor to
 * a question that asks what someone said ("X nói gì", "Luật sư của Y đề nghị gì", "Ai nói …"): the other statements
 * of the article are other people's words, and a reader would take them for the words of the one asked of.
 */
import type { Clause } from './clauses.js';
import { candidatesOf } from './candidates.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { finish, shortlistSize, type Candidate } from './rank.js';

/** The share of the question's weight a unit of the answering article must hold to follow the strict answers. */
export const ARTICLE_MIN_COVERAGE = 0.3;

/**
 * The answers of the article of `found[0]` that follow `found` (none when `found` is empty or holds `limit`), best
 * first, each scored no higher than the last of `found`.
 */
export function articleFill(e: Engine, p: ParsedQuestion, found: readonly Candidate[], clauses: Clause[], english: Clause[] | null,
    allow: (u: number) => boolean, limit: number): Candidate[] {
  if (!found.length || found.length >= limit || p.intent !== 'topic' || p.reported || p.speaker) return [];
  const doc = e.units.docs[found[0]!.unit]!;
  if (doc < 0) return [];
  const inArticle = (u: number): boolean => e.units.docs[u] === doc && allow(u);
  const cands = candidatesOf(e, p, clauses, inArticle, ARTICLE_MIN_COVERAGE, english, shortlistSize(p, limit));
  const shown = new Set(found.map((c) => c.unit));
  const floor = Math.min(...found.map((c) => c.score));
  return finish(e, p, cands, inArticle, limit)
    .filter((c) => !shown.has(c.unit))
    .map((c) => ({ ...c, score: Math.min(c.score, floor) }));
}
