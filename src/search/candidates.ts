/**
 * The candidates of a question before ranking: units that cover enough of it, with the rule of "what did X say
 * about Y" (X's statements first; sentences naming X only when they report X speaking, or when X has none), and,
 * for a question with no required words, the speaker's statements or the items of the dates asked.
 */
import type { Speaker } from '../core/types.js';
import { isVietnameseSyllable, splitWords } from './analyze.js';
import type { Clause } from './clauses.js';
import { mergeScored } from './crossLingual.js';
import { echoesQuestion } from './echo.js';
import { dateMatch } from './dateMatch.js';
import type { Engine } from './engine.js';
import { speaksAnyInSentence, speaksFor, type ParsedQuestion } from './question.js';
import { BONUS, DOC_CONTEXT_SHARE, bonusOf, ownWordsShare, topCandidates, type CandidateList } from './rank.js';
import { FIELD_TEXT } from './fields.js';
import type { UnitSet } from './reach.js';
import { bonusOnce, liftOf, mostBonus, shortlist } from './shortlist.js';
import { stripHonorifics } from './speakerForms.js';
import { liftSubjectStatements, subjectStatements, type SubjectStatements } from './subject.js';
import { speakerForms } from './voices.js';

/**
 * Units whose text names a speaker: a one-word form that is not a Vietnamese syllable ("Halvorsen"), or the
 * last two words of a longer one ("Minh Đức"), as a bigram. Titles are stripped first. Marked in the scorer's
 * reused set (tens of thousands of units for a name the corpus repeats: a Set of them was a question's largest
 * allocation); the caller clears it.
 */
function namingUnits(e: Engine, sp: Speaker): UnitSet {
  const out = e.scorer.named;
  const text = e.index.fields[FIELD_TEXT]!;
  for (const form of speakerForms(sp)) {
    const words = stripHonorifics(splitWords(form).folded.join(' ')).split(' ').filter(Boolean);
    let id: number | undefined;
    if (words.length === 1 && !isVietnameseSyllable(words[0]!)) id = e.index.unigram(words[0]!);
    else if (words.length >= 2) id = e.index.bigram(words[words.length - 2]!, words[words.length - 1]!);
    if (id === undefined) continue;
    for (let k = text.offsets[id]!; k < text.offsets[id + 1]!; k++) out.add(text.ids[k]!);
  }
  return out;
}

/** How many unattributed sentences of X's articles a "what did X say" question may list after X's statements. */
const UNNAMED_SHOWN = 2;

/** The articles (a flag per document) that print a statement of one of `ids`. */
function articlesOf(e: Engine, ids: Iterable<string>): Uint8Array {
  const docs = new Uint8Array(e.extraction.documents.length);
  for (const id of ids) {
    for (const q of e.speakerQuotes.get(id) ?? []) {
      if (e.units.docs[q]! >= 0) docs[e.units.docs[q]!] = 1;
      for (const s of e.units.sources(q)) {
        const d = e.docIndex.get(s.file);
        if (d !== undefined) docs[d] = 1;
      }
    }
  }
  return docs;
}

/**
 * Whether a unit may count for a "what did X say" question (X's id): it names X, or it is in an article that prints
 * one of X's statements (X's own statements, the passages that hold them, and the units whose coverage lends their
 * article's to X's statements), or its article is unknown.
 */
function ofSpeaker(e: Engine, id: string, naming: UnitSet): (u: number) => boolean {
  const docs = articlesOf(e, [id]);
  const names = naming.mark;
  return (u) => {
    const d = e.units.docs[u]!;
    return d < 0 || docs[d] === 1 || names[u] === 1;
  };
}

/**
 * "X nói gì tại Y" with Y named in the article's lede rather than in X's words ("Ngày 22/2, Hội nghị Y diễn ra …;
 * phát biểu tại hội nghị, ông X khẳng định …"): the best relevance of any unit of each article that prints one of
 * the `pool` statements, which lends them a share of it as an article's coverage does when words are required.
 */
function articleRelevance(e: Engine, pool: UnitSet, relevance: ReadonlyMap<number, number>): Map<number, number> {
  const best = new Map<number, number>();
  for (let k = 0; k < pool.count; k++) if (e.units.docs[pool.list[k]!]! >= 0) best.set(e.units.docs[pool.list[k]!]!, 0);
  for (const [u, rel] of relevance) {
    const d = e.units.docs[u]!;
    const cur = best.get(d);
    if (cur !== undefined && rel > cur) best.set(d, rel);
  }
  return best;
}

/**
 * Candidates of a question, before ranking; `english` is the question read in English (translatedOf), whose
 * coverage a unit gets when it is the better one. With `top`, only candidates that may be among the `top` best are
 * sure to be listed.
 */
export function candidatesOf(
  e: Engine, p: ParsedQuestion, clauses: Clause[], allow: (u: number) => boolean, minCoverage: number, english: Clause[] | null = null,
  top = 0,
): CandidateList {
  e.scorer.bonuses.clear();
  // "What did X say about Y" is answered by X's statements, or by a sentence that names X; not by Y alone.
  const about = p.speaker && p.intent === 'about' ? p.speaker : null;
  const naming = about ? namingUnits(e, about) : null;
  // With words required, only units that may cover enough of the question are scored (reach.ts), by both readings:
  // a unit is then scored as among all, and the two lists merge as they would. For "what did X say", only units
  // that may answer or lend their article's coverage to X's statements: those naming X and those of X's articles.
  const within = minCoverage > 0 && clauses.some((c) => c.weight > 0) ? e.scorer.reachable : undefined;
  if (within) {
    const foreign = (u: number): boolean => e.foreign[u] === 1;
    const mine = about && naming ? ofSpeaker(e, about.id, naming) : undefined;
    e.scorer.reach(clauses, minCoverage, mine);
    if (english) e.scorer.reach(english, minCoverage, mine ? (u) => foreign(u) && mine(u) : foreign);
  }
  // The statements of a subject that is no known speaker, among those the lift may read (subject.ts).
  const subject = !about && clauses.some((c) => c.weight > 0) ? subjectStatements(e, p, allow, within) : null;
  try {
    return listed(e, p, clauses, allow, minCoverage, english, top, about, naming, within, subject);
  } finally {
    subject?.clear();
    naming?.clear();
    e.scorer.bonuses.clear();
  }
}

/** candidatesOf once the speaker asked about, its naming units and the subject's statements are known. */
function listed(
  e: Engine, p: ParsedQuestion, clauses: Clause[], allow: (u: number) => boolean, minCoverage: number, english: Clause[] | null,
  top: number, about: Speaker | null, naming: UnitSet | null, within: UnitSet | undefined, subject: SubjectStatements | null,
): CandidateList {
  const out: CandidateList = { units: [], scores: [] };
  const push = (u: number, score: number): void => {
    out.units.push(u);
    out.scores.push(score);
  };
  const foreign = (u: number): boolean => e.foreign[u] === 1;
  // When only the `top` best are looked at, passages that cannot be among them are left out (shortlist.ts), with the
  // lift of the subject's statements counted and their articles left in (subject.ts).
  const first = within && top > 0 && !english && !about ? shortlist(e, p, clauses, minCoverage, allow, top, subject) : null;
  // The subject's statements the lift may read: those left in, and those of the articles it may add one of.
  if (subject) subject.settle(within ? (u) => within.mark[u] === 1 || subject.docs[e.units.docs[u]!] === 1 : () => true);
  const typed = first?.scored ?? (clauses.some((c) => c.terms.length > 0) ? e.scorer.run(clauses, undefined, within) : null);
  // The English reading counts only for English copy: a Vietnamese unit is ranked by the question as typed.
  const read = english ? e.scorer.run(english, foreign, within) : null;
  within?.clear();
  const scored = typed && read ? mergeScored(typed, read) : (typed ?? read);
  if (clauses.some((c) => c.weight > 0)) {
    if (!scored) return out;
    const s = scored;
    if (!about || !naming) {
      // A unit whose score cannot reach the shortlist's bar is not listed (its bonus is not even looked at).
      const bar = first?.bar ?? -Infinity;
      const most = bar > -Infinity ? mostBonus(p, false) : 0;
      for (let k = 0; k < s.count; k++) {
        const u = s.units[k]!;
        if (s.coverage[k]! < minCoverage || !allow(u)) continue;
        const base = s.coverage[k]! + BONUS.relevance * Math.min(s.relevance[k]!, 2);
        if (base + most + liftOf(subject, u) < bar) continue;
        push(u, base + bonusOnce(e, p, u));
      }
      if (subject) liftSubjectStatements(e, subject, s, out, p, clauses, minCoverage);
      return out;
    }
    // Best coverage of a unit per article (index -1: units of no known article), reset before returning.
    const docCover = e.docCover;
    let unknownDocCover = 0;
    const have = new Set<number>();
    // Other speakers' words that name X, kept apart: they answer only when X has nothing.
    const aboutNames = speakerForms(about);
    const others: CandidateList = { units: [], scores: [] };
    // The articles that print one of X's statements, and the unattributed words of them that cover the question.
    const xDocs = articlesOf(e, p.voices ?? [about.id]);
    const unnamed: CandidateList = { units: [], scores: [] };
    for (let k = 0; k < s.count; k++) {
      const u = s.units[k]!;
      const doc = e.units.docs[u]!;
      if (doc < 0) unknownDocCover = Math.max(unknownDocCover, s.coverage[k]!);
      else if (s.coverage[k]! > docCover[doc]!) docCover[doc] = s.coverage[k]!;
      if (s.coverage[k]! < minCoverage || !allow(u)) continue;
      const names = naming.mark[u] === 1;
      // A sentence holding an extracted statement is that statement's speaker's.
      const by = e.units.speakerId(u) ?? e.units.coveredBy(u)?.map((c) => e.units.speakerId(c)).find(Boolean) ?? null;
      const own = speaksFor(p, by);
      const score = s.coverage[k]! + BONUS.relevance * Math.min(s.relevance[k]!, 2) + bonusOf(e, p, u);
      if (!own && !names) {
        // Words of X's own article that no one is named for ("…", bà cho biết; a quote under X's answers): perhaps
        // X's, which the extraction could not attribute. Listed after X's statements, shown as of no named speaker.
        if (!by && doc >= 0 && xDocs[doc] === 1 && e.units.type(u) !== 'event') {
          unnamed.units.push(u);
          unnamed.scores.push(score);
        }
        continue;
      }
      // Another speaker's words about X are not X's: they answer only when X has no statement at all.
      if (own) push(u, score + BONUS.ownStatement);
      // A passage where X is the subject of a reporting verb is probably X's statement the extraction missed;
      // an event naming X, or a sentence about X, is not X's words.
      else if (!by) {
        const text = e.units.text(u);
        const theirs = speaksAnyInSentence(text, aboutNames);
        // A sentence where X speaks ("X said …") is X's statement the extraction missed: ranked as X's statements,
        // unless it only says the question back (echo.ts).
        const echo = theirs && echoesQuestion(text, p, aboutNames) ? BONUS.restatesQuestion : 0;
        push(u, score + echo + (theirs ? BONUS.aboutSpeaker + BONUS.ownStatement : e.units.type(u) === 'event' ? 0 : BONUS.namesSpeaker));
      } else {
        others.units.push(u);
        others.scores.push(score + BONUS.namesSpeaker);
      }
      have.add(u);
    }
    // "What did X say about Y": X's statements in an article about Y answer it even when the quoted
    // words do not repeat Y (the topic is in the headline or the lead, the statement comments on it).
    for (const u of [...(p.voices ?? [about.id])].flatMap((id) => e.speakerQuotes.get(id) ?? [])) {
      const doc = e.units.docs[u]!;
      const cover = doc < 0 ? unknownDocCover : docCover[doc]!;
      if (have.has(u) || cover < minCoverage || !allow(u)) continue;
      push(u, DOC_CONTEXT_SHARE * cover + bonusOf(e, p, u) + BONUS.ownStatement + BONUS.ownWords * ownWordsShare(e.units.text(u), clauses));
    }
    for (let k = 0; k < s.count; k++) {
      const doc = e.units.docs[s.units[k]!]!;
      if (doc >= 0) docCover[doc] = 0;
    }
    // A named speaker restricts the answers to that speaker's statements; sentences that only name them
    // (someone else's words about them) answer only when the speaker has no statement on the topic.
    if (out.units.length === 0) {
      out.units.push(...others.units);
      out.scores.push(...others.scores);
    }
    // At most UNNAMED_SHOWN of them, the best: words of no named speaker are a hint, not the answer asked for.
    for (const c of topCandidates(unnamed, UNNAMED_SHOWN)) push(c.unit, c.score);
    return out;
  }
  // Nothing required but a speaker and/or a date: their quotes and dated items, ranked by any occasion words.
  // No clause weighs, so relevance has no scale of its own (scorer.ts): it is measured against the best unit's.
  const relevance = new Map<number, number>();
  let best = 0;
  if (scored) for (let k = 0; k < scored.count; k++) best = Math.max(best, scored.relevance[k]!);
  if (scored && best > 0) for (let k = 0; k < scored.count; k++) relevance.set(scored.units[k]!, (2 * scored.relevance[k]!) / best);
  // The speaker's quotes or the dated items, in the order first met, marked in the scorer's reused set (a Set of
  // a year's units was most of a date question's time); cleared before returning.
  const pool = e.scorer.pool;
  try {
    if (p.speaker) for (const id of p.voices ?? [p.speaker.id]) for (const u of e.speakerQuotes.get(id) ?? []) pool.add(u);
    // One date asked: only the units that can match it (with more, those of one met among another's keep their place).
    if (p.dates.length && !p.speaker) for (const d of p.dates) for (const u of e.dates.lookup(d, p.dates.length === 1)) pool.add(u);
    return pooled(e, p, allow, relevance, pool, naming, out);
  } finally {
    pool.clear();
  }
}

/** The candidates of a question with no required words, from its pool of quotes or dated items (listed). */
function pooled(
  e: Engine, p: ParsedQuestion, allow: (u: number) => boolean, relevance: ReadonlyMap<number, number>, pool: UnitSet,
  naming: UnitSet | null, out: CandidateList,
): CandidateList {
  const push = (u: number, score: number): void => {
    out.units.push(u);
    out.scores.push(score);
  };
  const lent = p.speaker ? articleRelevance(e, pool, relevance) : null;
  for (let k = 0; k < pool.count; k++) {
    const u = pool.list[k]!;
    if (!allow(u)) continue;
    const date = e.units.date(u);
    if (p.dates.length && !p.dates.some((d) => dateMatch(date, d) > 0) && !p.speaker) continue;
    const rel = Math.max(relevance.get(u) ?? 0, DOC_CONTEXT_SHARE * (lent?.get(e.units.docs[u]!) ?? 0));
    push(u, bonusOf(e, p, u) + BONUS.relevance * Math.min(rel, 2));
  }
  // "X nói gì trong/sau Y": a sentence of the occasion where X is the subject of a reporting verb is X's statement
  // the extraction missed, ranked with X's statements (as in the "about" rule above).
  if (p.speaker && p.intent === 'about' && relevance.size) {
    const sp = p.speaker;
    const names = [sp.name, ...sp.aliases];
    // `naming` holds X's naming units: X is the speaker asked about.
    for (let k = 0; naming && k < naming.count; k++) {
      const u = naming.list[k]!;
      const rel = relevance.get(u);
      if (rel === undefined || pool.mark[u] === 1 || !e.units.isPassage(u) || !allow(u)) continue;
      // A sentence holding a statement of X's the extraction took is ranked as that statement, in the pool above.
      if (e.units.coveredBy(u)?.some((c) => pool.mark[c] === 1)) continue;
      const text = e.units.text(u);
      if (!speaksAnyInSentence(text, names)) continue;
      const echo = echoesQuestion(text, p, names) ? BONUS.restatesQuestion : 0;
      push(u, BONUS.aboutSpeaker + (p.reported ? BONUS.whoQuote : 0) + BONUS.relevance * Math.min(rel, 2) + echo);
    }
  }
  return out;
}
