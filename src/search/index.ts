/**
 * The search engine: `createSearchIndex(extraction)` builds an inverted index (BM25F over text,
 * speaker (name, aliases, role) and title fields; syllables + syllable bigrams) over quotes, events and every
 * sentence of every article, and answers questions with intent, speaker, date and lexicon awareness.
 * The rules (coverage threshold, bonuses, lexicon) are documented where they are defined; in short:
 * - coverage (scorer.ts): the share of the question's weight an answer holds; a syllable without the rest of
 *   the two-syllable word asked for counts in part; quotes and events inherit half of their article's title
 *   and lead; English words the lexicon cannot translate weigh little, unknown names fully (clauses.ts);
 * - "what did X say about Y": X's statements, or sentences naming X; X's statements in an article that covers
 *   Y; the occasion ("sau khi …") ranks but is not required (question.ts);
 * - verbatim words (direct, partial) before paraphrases in /quote, and by a small bonus in `ask`;
 * - diacritics: terms are folded, but each posting of a syllable the corpus writes several ways keeps which written
 *   forms it holds; a syllable typed with diacritics found only in another form ("Bảo" for "bão") scores and covers
 *   30 % (scorer.ts); words typed without diacritics match folded, as in a question typed without any.
 */
import { compareIsoDates, findDateMentions, isoInRange, parseIsoDate } from '../core/dates.js';
import type { SearchIndex } from '../core/services.js';
import { splitSentences } from '../core/text.js';
import type { AnswerResult, AskOptions, Extraction, IsoDate, Speaker } from '../core/types.js';
import { isVietnameseSyllable, splitWords } from './analyze.js';
import { buildClauses, type Clause, type TermSource } from './clauses.js';
import { DateIndex, dateMatch } from './dateMatch.js';
import { InvertedIndexBuilder } from './invertedIndex.js';
import { DEFAULT_LEXICON, type Lexicon } from './lexicon.js';
import { parseQuestion, speaksInSentence, type ParsedQuestion } from './question.js';
import { FIELD_LEAD, FIELD_SPEAKER, FIELD_TEXT, FIELD_TITLE, Scorer } from './scorer.js';
import { createSpeakerDirectory, stripHonorifics } from './speakers.js';
import { buildUnits, indexTextOf, type Unit } from './units.js';
import { topByScore } from './topByScore.js';
import { createCorrector } from './vocabulary.js';

/**
 * Honest "no answer": an answer must contain at least this share of the question's IDF mass
 * (its informative words, bigrams and concepts). Half: the answer talks about most of what was asked,
 * while a paraphrase that misses a function-like word still passes.
 */
export const MIN_COVERAGE = 0.5;
/** findSource is stricter: a chat message is long, and a wrong "source" is worse than none. */
export const SOURCE_MIN_COVERAGE = 0.6;
const SOURCE_MIN_CLAUSES = 3;

/** A speaker's statement found through its article's coverage of the topic counts for this share of it. */
const DOC_CONTEXT_SHARE = 0.7;

const DEFAULT_LIMIT = 5;
const QUOTES_BY_LIMIT = 10;
const TIMELINE_LIMIT = 25;

// Bonuses on the coverage scale (0..1): how much an intent or a date moves an answer up.
const BONUS = {
  aboutSpeaker: 0.6,
  mentionedSpeaker: 0.1,
  whoQuote: 0.15,
  whenEvent: 0.25,
  whenDated: 0.15,
  whenPassageDate: 0.1,
  dateMatch: 0.5,
  structured: 0.03,
  relevance: 0.25,
  // Verbatim words (shown in quotation marks) over a paraphrase when the two are about as relevant.
  verbatim: 0.05,
  // A passage or event that names the asked speaker (a statement the extractor did not attribute).
  namesSpeaker: 0.3,
  // "What did X say": X's own statements come before anything that only names X (a tier, not a nudge).
  ownStatement: 1,
};

/** Options for {@link createSearchIndex}. */
export interface SearchIndexOptions {
  lexicon?: Lexicon;
}

interface Candidate {
  unit: number;
  score: number;
  /** A date found in a passage sentence, for date questions. */
  date?: IsoDate;
}

/** Candidates before ranking, as two parallel lists: a broad question has thousands, of which few are shown. */
interface CandidateList {
  units: number[];
  scores: number[];
}

function topCandidates(list: CandidateList, n: number): Candidate[] {
  return topByScore(list.scores, n).map((i) => ({ unit: list.units[i]!, score: list.scores[i]! }));
}

/** Build the search index of an extraction. Pure and synchronous; nothing is scanned per question. */
export function createSearchIndex(extraction: Extraction, options: SearchIndexOptions = {}): SearchIndex {
  const lexicon = options.lexicon ?? DEFAULT_LEXICON;
  const units = buildUnits(extraction);
  const counts = new Map<string, number>();
  const speakerQuotes = new Map<string, number[]>();
  const dates = new DateIndex();
  const dated: number[] = [];
  // Dated to a day and month whose year the article does not give: listed after the dated ones in /timeline.
  const yearless: number[] = [];
  const unit = (i: number): Unit => units.get(i);
  for (let i = 0; i < units.structuredCount; i++) {
    const u = unit(i);
    if (u.speakerId) {
      counts.set(u.speakerId, (counts.get(u.speakerId) ?? 0) + 1);
      const list = speakerQuotes.get(u.speakerId) ?? [];
      list.push(i);
      speakerQuotes.set(u.speakerId, list);
    }
    if (u.date) {
      dates.add(i, u.date);
      if (parseIsoDate(u.date)?.year != null) dated.push(i);
      else yearless.push(i);
    }
  }
  const directory = createSpeakerDirectory(extraction.speakers, counts);

  const builder = new InvertedIndexBuilder(4);
  for (let i = 0; i < units.length; i++) builder.add(FIELD_TEXT, i, indexTextOf(unit(i)));
  for (let i = 0; i < units.structuredCount; i++) {
    const u = unit(i);
    if (!u.speakerId) continue;
    const sp = directory.byId.get(u.speakerId);
    // The role is searchable: a question may name "the Hungarian foreign minister" instead of the person.
    builder.add(FIELD_SPEAKER, i, [u.speaker ?? '', ...(sp ? [sp.name, ...sp.aliases, sp.role ?? ''] : [])].join(' . '));
  }
  extraction.documents.forEach((d, i) => {
    if (d.title) builder.add(FIELD_TITLE, i, d.title);
  });
  extraction.documents.forEach((d, i) => builder.add(FIELD_LEAD, i, `${d.title ?? ''} . ${d.paragraphs[0] ?? ''}`));
  const n = extraction.documents.length;
  const index = builder.build([units.length, units.length, n, n]);
  const titleCounts = new Uint8Array(units.length);
  titleCounts.fill(1, 0, units.structuredCount);
  const scorer = new Scorer(index, units.docs, titleCounts);
  const corrector = createCorrector(index, [FIELD_TEXT, FIELD_SPEAKER]);
  const termSource: TermSource = {
    unigram: (w) => index.unigram(w),
    bigram: (a, b) => index.bigram(a, b),
    idf: (id) => scorer.idf(id),
    maxIdf: scorer.maxIdf,
    correct: (w) => corrector.correct(w),
    accentBit: (id, lower) => index.accentBit(id, lower),
  };

  const parse = (q: string): ParsedQuestion => parseQuestion(q, directory, corrector.df);
  /** Clauses of a question; words of its occasion ("nói gì sau khi Y") only rank, with no coverage weight. */
  const clausesOf = (p: ParsedQuestion): Clause[] => {
    const main = p.words.filter((w) => !w.occasion);
    const occasion = p.words.filter((w) => w.occasion);
    const clauses = buildClauses(main, lexicon, termSource, p);
    if (occasion.length) {
      for (const c of buildClauses(occasion, lexicon, termSource, p)) clauses.push({ ...c, weight: 0, pairs: undefined });
    }
    return clauses;
  };

  const resolveSpeaker = (query: string): Speaker | null => directory.byId.get(query) ?? directory.resolve(query);

  /**
   * Units whose text names a speaker: a one-word form that is not a Vietnamese syllable ("Halvorsen"), or the
   * last two words of a longer one ("Minh Đức"), as a bigram. Titles are stripped first.
   */
  const namingUnits = (sp: Speaker): Set<number> => {
    const out = new Set<number>();
    const text = index.fields[FIELD_TEXT]!;
    for (const form of [sp.name, ...sp.aliases]) {
      const words = stripHonorifics(splitWords(form).folded.join(' ')).split(' ').filter(Boolean);
      let id: number | undefined;
      if (words.length === 1 && !isVietnameseSyllable(words[0]!)) id = index.unigram(words[0]!);
      else if (words.length >= 2) id = index.bigram(words[words.length - 2]!, words[words.length - 1]!);
      if (id === undefined) continue;
      for (let k = text.offsets[id]!; k < text.offsets[id + 1]!; k++) out.add(text.ids[k]!);
    }
    return out;
  };

  /** The filter of AskOptions, or null when a named speaker is unknown (nothing can match). */
  const makeFilter = (opts: AskOptions): ((u: number) => boolean) | null => {
    let speakerId: string | null = null;
    if (opts.speaker) {
      const sp = resolveSpeaker(opts.speaker);
      if (!sp) return null;
      speakerId = sp.id;
    }
    const ranged = Boolean(opts.from || opts.to);
    if (!opts.types && !speakerId && !opts.source && !ranged) return () => true;
    return (i) => {
      if (speakerId && units.speakerId(i) !== speakerId) return false;
      const u = unit(i);
      if (opts.types && !opts.types.includes(u.type)) return false;
      if (speakerId && u.speakerId !== speakerId) return false;
      if (opts.source && !u.sources.some((s) => s.file === opts.source)) return false;
      if (ranged && !isoInRange(u.date ?? u.sources[0]?.published ?? null, opts.from, opts.to)) return false;
      return true;
    };
  };

  const passageDate = (u: Unit): IsoDate[] => {
    const published = u.sources[0]?.published ?? null;
    return findDateMentions(u.text, published).map((m) => m.date).filter((d): d is string => d !== null);
  };

  /** Intent, speaker and date bonuses of one unit. */
  const bonusOf = (p: ParsedQuestion, i: number): number => {
    // A passage has no speaker, kind or date of its own: no bonus, and no need to rebuild it.
    if (units.isPassage(i)) return 0;
    const u = unit(i);
    let bonus = u.type === 'passage' ? 0 : BONUS.structured;
    if (u.kind === 'direct' || u.kind === 'partial') bonus += BONUS.verbatim;
    if (p.speaker && u.speakerId === p.speaker.id) bonus += BONUS.aboutSpeaker;
    else if (u.speakerId && p.mentioned.some((s) => s.id === u.speakerId)) bonus += BONUS.mentionedSpeaker;
    if ((p.intent === 'who' || p.reported) && u.type === 'quote') bonus += BONUS.whoQuote;
    if (p.intent === 'when' && u.date) bonus += u.type === 'event' ? BONUS.whenEvent : BONUS.whenDated;
    if (p.dates.length && u.date) bonus += BONUS.dateMatch * Math.max(...p.dates.map((d) => dateMatch(u.date, d)));
    return bonus;
  };

  /** Rank candidates, add lazily computed passage dates, fold passages into their quotes/events. */
  const finish = (p: ParsedQuestion | null, cands: CandidateList, allow: (u: number) => boolean, limit: number): Candidate[] => {
    const wantsDates = p !== null && (p.dates.length > 0 || p.intent === 'when');
    const top = topCandidates(cands, wantsDates ? 100 : limit * 4 + 20);
    if (wantsDates && p) {
      for (const c of top) {
        const u = unit(c.unit);
        if (u.type !== 'passage') continue;
        const found = passageDate(u);
        if (!found.length) continue;
        const strength = p.dates.length ? Math.max(0, ...found.flatMap((f) => p.dates.map((d) => dateMatch(f, d)))) : 0;
        c.date = found[0] ?? null;
        c.score += BONUS.dateMatch * 0.8 * strength + (p.intent === 'when' ? BONUS.whenPassageDate : 0);
      }
    }
    const best = new Map<number, Candidate>();
    const byUnit = new Map(top.map((c) => [c.unit, c]));
    for (const c of top) {
      let target = c;
      const cover = unit(c.unit).coveredBy;
      if (cover) {
        const allowed = cover.filter(allow);
        if (allowed.length) {
          const pick = allowed.reduce((a, b) => ((byUnit.get(b)?.score ?? 0) > (byUnit.get(a)?.score ?? 0) ? b : a));
          target = { unit: pick, score: Math.max(byUnit.get(pick)?.score ?? 0, c.score) };
        }
      }
      const prev = best.get(target.unit);
      if (!prev || target.score > prev.score) best.set(target.unit, target);
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  };

  const excerptOf = (u: Unit): string => {
    if (u.excerpt) return u.excerpt;
    const doc = extraction.documents[u.doc];
    const paragraph = doc?.paragraphs[u.para];
    if (!paragraph) return u.text;
    const sentences = splitSentences(paragraph);
    return sentences.slice(Math.max(0, u.sent - 1), u.sent + 2).join(' ');
  };

  const toResult = (c: Candidate, clauses: Clause[], p: ParsedQuestion | null): AnswerResult => {
    const u = unit(c.unit);
    const text = ` ${splitWords(`${indexTextOf(u)} ${u.speaker ?? ''}`).folded.join(' ')} `;
    const matched = new Set<string>();
    for (const cl of clauses) for (const f of cl.forms) if (text.includes(` ${f} `)) matched.add(f);
    for (const sp of p?.mentioned ?? []) {
      for (const w of splitWords(sp.name).folded) if (text.includes(` ${w} `)) matched.add(w);
    }
    // A word typed with diacritics is matched as typed, so "phạt" does not bold "Phát" (decision 9).
    const typed = new Map<string, string>();
    for (const w of p?.words ?? []) if (w.lower !== w.folded) typed.set(w.folded, w.lower);
    return {
      type: u.type,
      text: u.text,
      excerpt: excerptOf(u),
      speaker: u.speaker,
      date: u.date ?? c.date ?? null,
      source: u.sources[0]!,
      sources: u.sources,
      matched: [...matched].map((f) => f.split(' ').map((w) => typed.get(w) ?? w).join(' ')),
      score: Math.round(c.score * 1000) / 1000,
      ...(u.type === 'quote' && u.kind ? { kind: u.kind, dateSource: u.dateSource } : {}),
    };
  };

  const docCoverBuffer = new Float64Array(n);
  /** Candidates of a question, before ranking. */
  const candidatesOf = (p: ParsedQuestion, clauses: Clause[], allow: (u: number) => boolean, minCoverage: number): CandidateList => {
    const out: CandidateList = { units: [], scores: [] };
    const push = (u: number, score: number): void => {
      out.units.push(u);
      out.scores.push(score);
    };
    const scored = clauses.some((c) => c.terms.length > 0) ? scorer.run(clauses) : null;
    if (clauses.some((c) => c.weight > 0)) {
      if (!scored) return out;
      const s = scored;
      // "What did X say about Y" is answered by X's statements, or by a sentence that names X; not by Y alone.
      const about = p.speaker && p.intent === 'about' ? p.speaker : null;
      if (!about) {
        for (let k = 0; k < s.count; k++) {
          const u = s.units[k]!;
          if (s.coverage[k]! < minCoverage || !allow(u)) continue;
          push(u, s.coverage[k]! + BONUS.relevance * Math.min(s.relevance[k]!, 2) + bonusOf(p, u));
        }
        return out;
      }
      // Best coverage of a unit per article (index -1: units of no known article), reset before returning.
      const docCover = docCoverBuffer;
      let unknownDocCover = 0;
      const have = new Set<number>();
      const naming = namingUnits(about);
      const naming_ = { list: { units: [], scores: [] } as CandidateList, push(u: number, score: number): void { this.list.units.push(u); this.list.scores.push(score); } };
      for (let k = 0; k < s.count; k++) {
        const u = s.units[k]!;
        const doc = units.docs[u]!;
        if (doc < 0) unknownDocCover = Math.max(unknownDocCover, s.coverage[k]!);
        else if (s.coverage[k]! > docCover[doc]!) docCover[doc] = s.coverage[k]!;
        if (s.coverage[k]! < minCoverage || !allow(u)) continue;
        const names = naming.has(u);
        // A sentence holding an extracted statement is that statement's speaker's.
        const by = units.speakerId(u) ?? unit(u).coveredBy?.map((c) => units.speakerId(c)).find(Boolean) ?? null;
        if (by !== about.id && !names) continue;
        const score = s.coverage[k]! + BONUS.relevance * Math.min(s.relevance[k]!, 2) + bonusOf(p, u);
        // Another speaker's words about X are not X's: they answer only when X has no statement at all.
        if (by === about.id) push(u, score + BONUS.ownStatement);
        // A passage where X is the subject of a reporting verb is probably X's statement the extraction missed;
        // an event naming X, or a sentence about X, is not X's words.
        else if (!by) {
          const t = unit(u);
          const theirs = [about.name, ...about.aliases].some((n) => speaksInSentence(t.text, n));
          push(u, score + (t.type === 'event' ? 0 : BONUS.namesSpeaker) + (theirs ? BONUS.ownStatement : 0));
        }
        else naming_.push(u, score + BONUS.namesSpeaker);
        have.add(u);
      }
      // "What did X say about Y": X's statements in an article about Y answer it even when the quoted
      // words do not repeat Y (the topic is in the headline or the lead, the statement comments on it).
      for (const u of speakerQuotes.get(about.id) ?? []) {
        const doc = units.docs[u]!;
        const cover = doc < 0 ? unknownDocCover : docCover[doc]!;
        if (have.has(u) || cover < minCoverage || !allow(u)) continue;
        push(u, DOC_CONTEXT_SHARE * cover + bonusOf(p, u) + BONUS.ownStatement);
      }
      for (let k = 0; k < s.count; k++) {
        const doc = units.docs[s.units[k]!]!;
        if (doc >= 0) docCover[doc] = 0;
      }
      // A named speaker restricts the answers to that speaker's statements; sentences that only name them
      // (someone else's words about them) answer only when the speaker has no statement on the topic.
      if (out.units.length === 0) {
        out.units.push(...naming_.list.units);
        out.scores.push(...naming_.list.scores);
      }
      return out;
    }
    // Nothing required but a speaker and/or a date: their quotes and dated items, ranked by any occasion words.
    const relevance = new Map<number, number>();
    if (scored) for (let k = 0; k < scored.count; k++) relevance.set(scored.units[k]!, scored.relevance[k]!);
    const pool = new Set<number>();
    if (p.speaker) for (const u of speakerQuotes.get(p.speaker.id) ?? []) pool.add(u);
    if (p.dates.length && !p.speaker) for (const d of p.dates) for (const u of dates.lookup(d)) pool.add(u);
    for (const u of pool) {
      if (!allow(u)) continue;
      const date = unit(u).date;
      if (p.dates.length && !p.dates.some((d) => dateMatch(date, d) > 0) && !p.speaker) continue;
      push(u, bonusOf(p, u) + BONUS.relevance * Math.min(relevance.get(u) ?? 0, 2));
    }
    return out;
  };

  const ask = (question: string, opts: AskOptions = {}): AnswerResult[] => {
    const allow = makeFilter(opts);
    if (!allow) return [];
    const p = parse(question);
    const clauses = clausesOf(p);
    const cands = candidatesOf(p, clauses, allow, MIN_COVERAGE);
    return finish(p, cands, allow, opts.limit ?? DEFAULT_LIMIT).map((c) => toResult(c, clauses, p));
  };

  const topicClauses = (topic: string): { p: ParsedQuestion; clauses: Clause[] } => {
    const p = parse(topic);
    return { p: { ...p, intent: 'topic', speaker: null, reported: false }, clauses: clausesOf({ ...p, words: p.words }) };
  };

  /**
   * /quote posts a statement as an attributed blockquote in quotation marks, so verbatim words (direct,
   * partial) come before paraphrases (indirect) whenever the speaker has any that match; each group keeps
   * its own order (relevance to the topic, or newest first without a topic).
   */
  const quotesBy = (speakerId: string, topic?: string, opts: AskOptions = {}): AnswerResult[] => {
    const sp = resolveSpeaker(speakerId);
    const base = makeFilter({ ...opts, speaker: undefined });
    if (!sp || !base) return [];
    const allow = (u: number): boolean => units.speakerId(u) === sp.id && base(u);
    const limit = opts.limit ?? QUOTES_BY_LIMIT;
    const verbatimFirst = (list: Candidate[]): Candidate[] => [
      ...list.filter((c) => unit(c.unit).kind !== 'indirect'),
      ...list.filter((c) => unit(c.unit).kind === 'indirect'),
    ];
    if (topic && topic.trim()) {
      const { p, clauses } = topicClauses(topic);
      if (clauses.some((c) => c.weight > 0)) {
        const cands = candidatesOf(p, clauses, allow, MIN_COVERAGE);
        return verbatimFirst(finish(null, cands, allow, cands.units.length))
          .slice(0, limit)
          .map((c) => toResult(c, clauses, p));
      }
    }
    const newest = (speakerQuotes.get(sp.id) ?? [])
      .filter(allow)
      .sort((a, b) => compareIsoDates(unit(b).date, unit(a).date) || unit(b).text.length - unit(a).text.length)
      .map((u) => ({ unit: u, score: 1 }));
    return verbatimFirst(newest)
      .slice(0, limit)
      .map((c) => toResult(c, [], null));
  };

  const timeline = (opts: AskOptions & { topic?: string } = {}): AnswerResult[] => {
    const base = makeFilter(opts);
    if (!base) return [];
    const limit = opts.limit ?? TIMELINE_LIMIT;
    const allow = (u: number): boolean => !units.isPassage(u) && unit(u).date !== null && base(u);
    let pool: CandidateList;
    let clauses: Clause[] = [];
    if (opts.topic && opts.topic.trim()) {
      const t = topicClauses(opts.topic);
      clauses = t.clauses;
      if (!clauses.some((c) => c.weight > 0)) return [];
      pool = candidatesOf(t.p, clauses, allow, MIN_COVERAGE);
    } else {
      const units = [...dated, ...yearless].filter(allow);
      // Year-unknown items rank below every dated one, so a long timeline is not cut to make room for them.
      pool = { units, scores: units.map((u) => (parseIsoDate(unit(u).date)?.year != null ? 1 : 0)) };
    }
    // The best-matching items, then shown in date order; those whose year is unknown last, by day and month.
    const hasYear = (u: number): boolean => parseIsoDate(unit(u).date)?.year != null;
    return topCandidates(pool, limit)
      .sort((a, b) => Number(hasYear(b.unit)) - Number(hasYear(a.unit)) || compareIsoDates(unit(a.unit).date, unit(b.unit).date))
      .map((c) => toResult(c, clauses, null));
  };

  const findSource = (messageText: string): AnswerResult | null => {
    const p = parse(messageText);
    const plain: ParsedQuestion = { ...p, intent: 'topic', speaker: null, reported: false, dates: [] };
    const clauses = clausesOf(plain);
    if (clauses.filter((c) => c.weight > 0 && c.terms.length > 0 && !c.label.includes(' ')).length < SOURCE_MIN_CLAUSES) {
      return null;
    }
    const allow = (): boolean => true;
    const [best] = finish(plain, candidatesOf(plain, clauses, allow, SOURCE_MIN_COVERAGE), allow, 1);
    return best ? toResult(best, clauses, plain) : null;
  };

  const suggestAlternative = (question: string): string | null => {
    const p = parse(question);
    for (const w of p.words) {
      if (w.folded.length < 3 || corrector.df(w.folded) > 0) continue;
      const sp = directory.resolve(w.folded);
      if (sp) return sp.name;
      // Only foreign-looking words are corrected: a Vietnamese syllable's nearest neighbour is a guess.
      const fixed = corrector.correct(w.folded);
      if (fixed) {
        const id = index.unigram(fixed);
        return id === undefined ? fixed : index.surface(id);
      }
    }
    return null;
  };

  return {
    extraction,
    ask,
    suggestSpeakers: (query, limit = 10) => directory.suggest(query, limit),
    resolveSpeaker,
    quotesBy,
    timeline,
    findSource,
    suggestAlternative,
    readQuestion: (question) => {
      const p = parse(question);
      return { language: p.language, speaker: p.intent === 'about' ? p.speaker : null };
    },
  };
}
