/**
 * "What did X say about Y" when X is a known speaker with statements but none of them is about Y: X's own
 * statements closest to Y (those sharing some of Y's words, best first), each marked `offTopic` so that the reply
 * says X has no statement on exactly that. A statement sharing none of Y's words is no answer: then nothing is.
 */
import type { AnswerResult } from '../core/types.js';
import type { Clause } from './clauses.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { BONUS, ownWordsShare, topCandidates, type CandidateList } from './rank.js';
import { toResult } from './result.js';

/**
 * The least share of the topic's weight a statement must hold to be offered as the closest: one informative word
 * of a two- or three-word topic, not a lone minor word of a long one.
 */
export const MIN_CLOSENESS = 0.25;

/** X's statements closest to the topic, best first, marked offTopic; [] when X has none or none shares the topic. */
export function closestOfSpeaker(
  e: Engine, p: ParsedQuestion, clauses: Clause[], english: Clause[] | null, allow: (u: number) => boolean, limit: number,
): AnswerResult[] {
  if (!p.speaker || p.intent !== 'about' || !clauses.some((c) => c.weight > 0)) return [];
  const mine = new Set<number>();
  for (const id of p.voices ?? [p.speaker.id]) for (const u of e.speakerQuotes.get(id) ?? []) if (allow(u)) mine.add(u);
  if (!mine.size) return [];
  // Closeness is read over the topic words the corpus knows: a word no article writes is held by no statement, and
  // would only lower every share alike. None known: nothing is close.
  const known = weighKnown(clauses);
  if (!known.some((c) => c.weight > 0)) return [];
  const within = (u: number): boolean => mine.has(u);
  // Coverage by the scorer (its partial and mistyped forms) and by the words as written; English copy also by the
  // question read in English.
  const share = new Map<number, number>();
  const best = (u: number, v: number): void => {
    if (v > (share.get(u) ?? 0)) share.set(u, v);
  };
  const read = (cl: Clause[], only: (u: number) => boolean): void => {
    const s = e.scorer.run(cl, only);
    for (let k = 0; k < s.count; k++) best(s.units[k]!, s.coverage[k]! + (BONUS.relevance * Math.min(s.relevance[k]!, 2)) / 4);
  };
  read(known, within);
  const englishKnown = english ? weighKnown(english) : null;
  if (englishKnown?.some((c) => c.weight > 0)) read(englishKnown, (u) => within(u) && e.foreign[u] === 1);
  for (const u of mine) best(u, ownWordsShare(e.units.text(u), known));
  const list: CandidateList = { units: [], scores: [] };
  for (const [u, v] of share) {
    if (v < MIN_CLOSENESS) continue;
    list.units.push(u);
    list.scores.push(v);
  }
  return topCandidates(list, limit).map((c) => ({ ...toResult(e, c, english ? [...clauses, ...english] : clauses, p), offTopic: true }));
}

/** The clauses with no weight where no index term stands for them (a word no article writes); indexes kept. */
function weighKnown(clauses: Clause[]): Clause[] {
  return clauses.map((c) => (c.terms.length ? c : { ...c, weight: 0 }));
}
