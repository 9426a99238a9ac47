/**
 * Ranking shared by the queries: the bonuses of intents, speakers and dates on the coverage scale, and the last
 * step of every query (top candidates, passage dates for date questions, a passage folded into the statement or
 * event it holds).
 */
import { findDateMentions } from '../core/dates.js';
import type { IsoDate } from '../core/types.js';
import { isStopword, splitWords } from './analyze.js';
import type { Clause } from './clauses.js';
import { statesAmount } from './amount.js';
import { dateMatch } from './dateMatch.js';
import { TRAIT, type Engine } from './engine.js';
import { asksWhen, speaksFor, speaksInSentence, type ParsedQuestion } from './question.js';
import { namedSubject, otherVoice } from './otherVoice.js';
import { speakerHoldsRole, subjectRoleForms } from './subjectRole.js';
import { topByScore } from './topByScore.js';
import type { Unit } from './units.js';

/**
 * Honest "no answer": an answer must contain at least this share of the question's IDF mass
 * (its informative words, bigrams and concepts). Half: the answer talks about most of what was asked,
 * while a paraphrase that misses a function-like word still passes.
 */
export const MIN_COVERAGE = 0.5;
/** findSource is stricter: a chat message is long, and a wrong "source" is worse than none. */
export const SOURCE_MIN_COVERAGE = 0.6;
export const SOURCE_MIN_CLAUSES = 3;

/** A speaker's statement found through its article's coverage of the topic counts for this share of it. */
export const DOC_CONTEXT_SHARE = 0.7;

export const DEFAULT_LIMIT = 5;
export const QUOTES_BY_LIMIT = 10;
export const TIMELINE_LIMIT = 25;

// Bonuses on the coverage scale (0..1): how much an intent or a date moves an answer up.
export const BONUS = {
  aboutSpeaker: 0.6,
  mentionedSpeaker: 0.1,
  whoQuote: 0.15,
  whenEvent: 0.25,
  whenDated: 0.15,
  whenPassageDate: 0.1,
  // "Why": a sentence that states a cause answers it; one that only restates what happened, however many of the
  // question's words it repeats, does not: it comes after the causes (a tier, as ownStatement is).
  whyCause: 1,
  // "How many": a sentence that states a quantity (amount.ts); less than a cause, as most news sentences hold a number.
  amountStated: 0.15,
  dateMatch: 0.5,
  structured: 0.03,
  relevance: 0.25,
  // Verbatim words (shown in quotation marks) over a paraphrase when the two are about as relevant.
  verbatim: 0.05,
  // "What did X say" with X no known speaker: a statement whose speaker or words are X (subject.ts).
  subjectStatement: 0.5,
  // A passage or event that names the asked speaker (a statement the extractor did not attribute).
  namesSpeaker: 0.3,
  // "What did X say": X's own statements come before anything that only names X (a tier, not a nudge).
  ownStatement: 1,
  // A statement or event whose words are the question put to the speaker ("Trả lời câu hỏi của phóng viên về
  // Y, …"): it repeats what is asked, so it comes after the answers (a framing the extraction took for a statement).
  restatesQuestion: -0.5,
  // "When did X happen / say Y": an answer that carries no date cannot tell when, however well its words match: it
  // comes after the dated ones (a tier, as ownStatement is).
  undatedForWhen: -1,
  // A sentence that only announces what follows ("…, người phát ngôn X cho biết:") is not itself an answer.
  announces: -0.5,
  // "X nói gì", X no known speaker: a sentence where X is the subject of a reporting verb ("X cho biết: …") is X's
  // statement the extraction missed. Given among the shortlist only (finish): it reorders, it admits nothing.
  subjectSpeaks: 0.3,
  // "X nói gì", X an office ("người phát ngôn hãng Y", "Y's CEO"): a statement whose speaker the article gives that
  // role, over the other statements of the article that answers best (subjectRole.ts). Given among the shortlist only.
  subjectRole: 0.3,
  // "X nói gì", X a capitalised name no speaker has: another named speaker's statement that does not name X
  // (otherVoice.ts) is not X's words: it comes after the sentences that may be (a tier, as ownStatement is).
  otherVoice: -1,
  // A statement taken in for its article's coverage of the question (X's, or the subject's), times the share of the
  // question its own words hold: among the speaker's statements of one article, the one that speaks of what is asked
  // comes first, rather than all of them at the article's score (ownWordsShare).
  ownWords: 0.3,
};

// The reporter's question as the words of a statement: "trả lời câu hỏi (của phóng viên) về …", "asked about …".
const QUESTION_FRAMING = /trả lời (?:cho )?câu hỏi|trước câu hỏi|khi được hỏi|câu hỏi của (?:phóng viên|báo chí|nhà báo|cử tri|đại biểu)|phóng viên hỏi|\basked (?:about|whether|if)\b|\b(?:in response to|respond(?:s|ed|ing)? to|answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying) to)\s+(?:(?:a|the|press|media|reporters?['’]?s?|journalists?['’]?s?)\s+){0,2}(?:quer(?:y|ies)|questions?)\b/iu;

/** Whether a statement's words are the framing of the question put to its speaker (see QUESTION_FRAMING). */
export function restatesQuestion(text: string): boolean {
  return QUESTION_FRAMING.test(text);
}

/**
 * Whether a passage (a sentence no statement was extracted from) only leads to an answer: it ends in a colon,
 * announcing the words that follow, it is a question ("PV: Vì sao …?", whose answer follows: interview.ts), or it is
 * the reporter's question put to a speaker.
 */
export function announcesAnswer(text: string): boolean {
  return /[:?][\s*_]*$/u.test(text) || restatesQuestion(text);
}

/**
 * Share of the question's weight (the clauses that weigh) a unit's own words hold, read from its text as the matched
 * words shown in bold are (result.ts). For the few statements ranked by their article's coverage rather than by
 * their own, which the scorer has not read.
 */
export function ownWordsShare(text: string, clauses: readonly Clause[]): number {
  let total = 0;
  let held = 0;
  let padded: string | null = null;
  for (const c of clauses) {
    if (c.weight <= 0) continue;
    total += c.weight;
    padded ??= ` ${splitWords(text).folded.join(' ')} `;
    if (c.forms.some((f) => padded!.includes(` ${f} `))) held += c.weight;
  }
  return total > 0 ? held / total : 0;
}

/** A ranked unit; `date` is a date found in a passage sentence, for date questions. */
export interface Candidate {
  unit: number;
  score: number;
  date?: IsoDate;
}

/** Candidates before ranking, as two parallel lists: a broad question has thousands, of which few are shown. */
export interface CandidateList {
  units: number[];
  scores: number[];
}

/** The `n` best of a candidate list. */
export function topCandidates(list: CandidateList, n: number): Candidate[] {
  return topByScore(list.scores, n).map((i) => ({ unit: list.units[i]!, score: list.scores[i]! }));
}

function passageDate(u: Unit): IsoDate[] {
  const published = u.sources[0]?.published ?? null;
  return findDateMentions(u.text, published).map((m) => m.date).filter((d): d is string => d !== null);
}

/**
 * Connectives that state a cause: "vì", "bởi (vì)", "tại vì", "do … nên", "nguyên nhân", "lý do", "because",
 * "due to", and those that state an effect of what stands before them ("A khiến B", "A dẫn đến B": A is why B). A
 * lone "do" is left out: it is as often "by" ("do Bộ Y tế tổ chức") as "because of", and so are "thay vì" ("instead
 * of") and the question word "vì sao" ("why": an interviewer's question printed in the copy states no cause).
 */
const CAUSE = /(?:^|[^\p{L}])(?<!thay\s)(?:vì(?!\s+sao)|bởi|nguyên nhân|lý do|lí do|khiến|dẫn đến|dẫn tới|because|due to|owing to)(?![\p{L}])|(?:^|[^\p{L}])do(?![\p{L}])[^.;]*?(?:^|[^\p{L}])nên(?![\p{L}])/iu;

/** Whether a sentence states a cause (see CAUSE). */
export function statesCause(text: string): boolean {
  return CAUSE.test(text);
}

/** restatesQuestion of a unit's words, tested once per unit (Engine.restated keeps the answer). */
function unitRestates(e: Engine, i: number): boolean {
  let v = e.restated[i]!;
  if (v === 0) e.restated[i] = v = restatesQuestion(e.units.text(i)) ? 2 : 1;
  return v === 2;
}

/** Bonus of a unit for what kind of answer the question asks for: a cause for "why", a quantity for "how many". */
function answerKindBonus(e: Engine, p: ParsedQuestion, i: number): number {
  if (!p.why && !p.amount) return 0;
  const text = e.units.text(i);
  return (p.why && statesCause(text) ? BONUS.whyCause : 0) + (p.amount && statesAmount(text) ? BONUS.amountStated : 0);
}

/**
 * An event's date answers "when did Y happen" when the event is Y: its own words hold a third or more of the words
 * asked. An event only sharing Y's sentence ("ngày 6/8 công an cho biết nguyên nhân vụ tai nạn [xảy ra] sáng 30/7")
 * dates something else, and gets no more than any dated statement.
 */
const EVENT_OWN_SHARE = 1 / 3;

function tellsAsked(e: Engine, p: ParsedQuestion, i: number): boolean {
  const asked = askedWords(p);
  if (!asked.length) return true;
  // The asked words are few: looked for in the event's folded words, kept space-separated once read (a "when"
  // question reads thousands of dated events, and split each into words again).
  let words = e.eventWords.get(i);
  if (words === undefined) e.eventWords.set(i, (words = ` ${splitWords(e.units.text(i)).folded.join(' ')} `));
  let held = 0;
  for (const w of asked) if (w && !w.includes(' ') && words.includes(` ${w} `)) held++;
  return held >= EVENT_OWN_SHARE * asked.length;
}

/** The distinct folded words of a question tellsAsked looks for, read once per question (it reads every dated event). */
const ASKED = new WeakMap<ParsedQuestion, string[]>();
function askedWords(p: ParsedQuestion): string[] {
  let asked = ASKED.get(p);
  if (!asked) {
    asked = [...new Set(p.words.filter((w) => !w.occasion && !w.verb && !isStopword(w.lower)).map((w) => w.folded))];
    ASKED.set(p, asked);
  }
  return asked;
}

/** Intent, speaker and date bonuses of one unit (read from Engine.traits and the unit store's columns, never by making the unit). */
export function bonusOf(e: Engine, p: ParsedQuestion, i: number): number {
  // A passage has no speaker, kind or date of its own: no bonus beyond the kind of answer asked for.
  if (e.units.isPassage(i)) return answerKindBonus(e, p, i);
  const t = e.traits[i]!;
  let bonus = BONUS.structured;
  if (t & TRAIT.verbatim) bonus += BONUS.verbatim;
  if (p.speaker || p.mentioned.length) {
    const id = e.units.speakerId(i);
    if (speaksFor(p, id)) bonus += BONUS.aboutSpeaker;
    else if (id && p.mentioned.some((s) => s.id === id)) bonus += BONUS.mentionedSpeaker;
  }
  if ((p.intent === 'who' || p.reported || p.yesNo) && t & TRAIT.quote) bonus += BONUS.whoQuote;
  if (asksWhen(p) && t & TRAIT.dated) bonus += t & TRAIT.event && tellsAsked(e, p, i) ? BONUS.whenEvent : BONUS.whenDated;
  if (p.dates.length && t & TRAIT.dated) {
    const date = e.units.date(i);
    bonus += BONUS.dateMatch * Math.max(...p.dates.map((d) => dateMatch(date, d)));
  }
  if (unitRestates(e, i)) bonus += BONUS.restatesQuestion;
  return bonus + answerKindBonus(e, p, i);
}

/** Whether the question asks for a date: passages then get the date they mention (`finish`). */
function wantsDates(p: ParsedQuestion | null): p is ParsedQuestion {
  return p !== null && (p.dates.length > 0 || asksWhen(p));
}

/** How many of the best candidates `finish` looks at: nothing below them can be shown. */
export function shortlistSize(p: ParsedQuestion | null, limit: number): number {
  return wantsDates(p) ? 100 : limit * 4 + 20;
}

/** Rank candidates, add lazily computed passage dates, fold passages into their quotes/events. */
export function finish(e: Engine, p: ParsedQuestion | null, cands: CandidateList, allow: (u: number) => boolean, limit: number): Candidate[] {
  const top = topCandidates(cands, shortlistSize(p, limit));
  if (wantsDates(p)) {
    const when = asksWhen(p);
    // "When did Y happen" (no reporting verb asked): a statement dated from its context or its page's day is dated
    // by when it was said or printed, which tells nothing of when Y happened: it comes after the answers that carry
    // a date of their own, as an undated one does. One dated by its own sentence keeps that date ("Ngày 9/4, công an
    // cho biết đã xác định nguyên nhân" answers when the cause was announced).
    const happened = when && !p.reported;
    for (const c of top) {
      if (!e.units.isPassage(c.unit)) {
        if (when && !e.units.date(c.unit)) c.score += BONUS.undatedForWhen;
        else if (happened && e.units.type(c.unit) === 'quote' && e.unit(c.unit).dateSource !== 'sentence') c.score += BONUS.undatedForWhen;
        continue;
      }
      const u = e.unit(c.unit);
      const found = passageDate(u);
      if (!found.length) {
        if (when) c.score += BONUS.undatedForWhen;
        continue;
      }
      const strength = p.dates.length ? Math.max(0, ...found.flatMap((f) => p.dates.map((d) => dateMatch(f, d)))) : 0;
      c.date = found[0] ?? null;
      c.score += BONUS.dateMatch * 0.8 * strength + (asksWhen(p) ? BONUS.whenPassageDate : 0);
    }
  }
  // Bare passages are scored without building them; the few kept here are read once for what they announce, and,
  // for "X nói gì" with X no known speaker, for X speaking in them (a statement the extraction missed).
  const subject = p?.reported && p.intent === 'topic' ? p.words.filter((w) => w.subject).map((w) => w.lower).join(' ') : '';
  const named = namedSubject(p);
  // The role tells apart the speakers of the article that answers best; it does not bring in another article.
  const role = p && top.length ? subjectRoleForms(e, p) : null;
  const roleDoc = role ? e.units.docs[top.reduce((a, b) => (b.score > a.score ? b : a)).unit]! : -1;
  for (const c of top) {
    if (named && otherVoice(e, c.unit, named)) c.score += BONUS.otherVoice;
    if (role && e.units.docs[c.unit] === roleDoc && speakerHoldsRole(e, c.unit, role)) c.score += BONUS.subjectRole;
    if (!e.units.isPassage(c.unit) || e.units.coveredBy(c.unit)) continue;
    const text = e.units.text(c.unit);
    if (announcesAnswer(text)) c.score += BONUS.announces;
    else if (subject && speaksInSentence(text, subject)) c.score += BONUS.subjectSpeaks;
  }
  const best = new Map<number, Candidate>();
  const byUnit = new Map(top.map((c) => [c.unit, c]));
  for (const c of top) {
    let target = c;
    const cover = e.units.coveredBy(c.unit);
    if (cover) {
      const allowed = cover.filter(allow);
      if (allowed.length) {
        const pick = allowed.reduce((a, b) => ((byUnit.get(b)?.score ?? 0) > (byUnit.get(a)?.score ?? 0) ? b : a));
        // A sentence that holds the question put to the speaker covers the question with its words, not with the
        // answer's: it does not lift the statement it holds (nor one that is only that question).
        const lift = restatesQuestion(e.units.text(c.unit)) || restatesQuestion(e.units.text(pick)) ? -Infinity : c.score;
        target = { unit: pick, score: Math.max(byUnit.get(pick)?.score ?? 0, lift) };
      }
    }
    const prev = best.get(target.unit);
    if (!prev || target.score > prev.score) best.set(target.unit, target);
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
