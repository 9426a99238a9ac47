/**
 * "What did X say about Y" when X is a known speaker with statements but none of them is about Y: X's own
 * statements closest to Y (those sharing some of Y's words, best first), each marked `offTopic` so that the reply
 * says X has no statement on exactly that. A statement sharing none of Y's words is no answer: then nothing is.
 */
import type { AnswerResult } from '../core/types.js';
import type { Clause } from './clauses.js';
import type { Engine } from './engine.js';
import type { ParsedQuestion } from './question.js';
import { SPEECH_VERBS } from './questionVerbs.js';
import { BONUS, MIN_COVERAGE, topCandidates, type CandidateList } from './rank.js';
import { toResult } from './result.js';

/**
 * The least share of the topic's weight a statement must hold to be offered as the closest: half the answers' bar
 * (MIN_COVERAGE), one informative word of a two- or three-word topic, not a lone common word of a long one.
 */
export const MIN_CLOSENESS = MIN_COVERAGE / 2;

/** X's statements closest to the topic, best first, marked offTopic; [] when X has none or none shares the topic. */
export function closestOfSpeaker(
  e: Engine, p: ParsedQuestion, clauses: Clause[], english: Clause[] | null, allow: (u: number) => boolean, limit: number,
): AnswerResult[] {
  if (!p.speaker || p.intent !== 'about' || !clauses.some((c) => c.weight > 0)) return [];
  const mine = new Set<number>();
  for (const id of p.voices ?? [p.speaker.id]) for (const u of e.speakerQuotes.get(id) ?? []) if (allow(u)) mine.add(u);
  // A topic word no article writes ("X nói gì về Y", Y in no article): the topic is not one of the corpus, and X's
  // words on something else are no answer to it.
  if (clauses.some((c) => c.weight > 0 && !c.terms.length && !c.label.includes(' '))) return [];
  // Closeness is read over the topic's words and the pairs of them the corpus writes: a pair no article writes
  // ("lợi nhuận 30") is held by no statement, and would only lower every share alike.
  const known = weighKnown(clauses);
  if (!mine.size || !known.some((c) => c.weight > 0)) return [];
  const within = (u: number): boolean => mine.has(u);
  // Coverage by the scorer (its partial and mistyped forms, a syllable typed with diacritics told from one written
  // otherwise: "dầu" is not "đầu"); English copy also by the question read in English.
  // share: of the topic's weight held (the bar); relevance: BM25F, which orders statements of equal share.
  const share = new Map<number, number>();
  const relevance = new Map<number, number>();
  const best = (u: number, v: number, r = 0): void => {
    if (v > (share.get(u) ?? 0)) share.set(u, v);
    if (r > (relevance.get(u) ?? 0)) relevance.set(u, r);
  };
  const read = (cl: Clause[], only: (u: number) => boolean): void => {
    const s = e.scorer.run(cl, only);
    for (let k = 0; k < s.count; k++) best(s.units[k]!, s.coverage[k]!, Math.min(s.relevance[k]!, 2));
  };
  read(known, within);
  if (english) read(weighKnown(english), (u) => within(u) && e.foreign[u] === 1);
  const list: CandidateList = { units: [], scores: [] };
  for (const [u, v] of share) {
    if (v < MIN_CLOSENESS) continue;
    list.units.push(u);
    list.scores.push(v + BONUS.relevance * (relevance.get(u) ?? 0));
  }
  return topCandidates(list, limit).map((c) => ({ ...toResult(e, c, english ? [...clauses, ...english] : clauses, p), offTopic: true }));
}

// The reporting verbs, folded ("chia se"), and the syllables of those of two or more ("chia", "se").
const VERBS = new Set(SPEECH_VERBS.map((v) => v.join(' ')));

/**
 * The clauses with no weight where no index term stands for them (a pair no article writes), or where they are a
 * reporting verb of the topic ("Y chia sẻ …": a statement's own "chia sẻ" says nothing of what it is about), with
 * the syllables of such a verb; indexes kept.
 */
function weighKnown(clauses: Clause[]): Clause[] {
  const verbs = clauses.filter((c) => c.weight > 0 && VERBS.has(c.label)).flatMap((c) => c.label.split(' '));
  const said = new Set(verbs);
  return clauses.map((c) => (c.weight > 0 && (!c.terms.length || VERBS.has(c.label) || said.has(c.label)) ? { ...c, weight: 0 } : c));
}
