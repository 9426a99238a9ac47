/**
 * The built search engine: a plain record of everything the queries read (units, inverted index, scorer,
 * speaker directory, date lists), made once per extraction, and the small helpers every query shares (reading a
 * question, its clauses, the filter of AskOptions). Each query lives in its own module (ask.ts, quotesBy.ts,
 * timeline.ts, findSource.ts, suggest.ts) and reads this record; none changes it, except the one scratch buffer.
 */
import { isoInRange } from '../core/dates.js';
import type { AskOptions, Extraction, Speaker } from '../core/types.js';
import { paragraphAt } from '../paragraphText.js';
import { buildClauses, type Clause, type TermSource } from './clauses.js';
import { translatedClauses } from './crossLingual.js';
import { DateIndex } from './dateMatch.js';
import { InvertedIndexBuilder } from './indexBuilder.js';
import { referredBefore } from './anaphora.js';
import { askedBefore } from './interview.js';
import type { InvertedIndex } from './invertedIndex.js';
import { DEFAULT_LEXICON, type Lexicon } from './lexicon.js';
import { officeHolders } from './officeHolder.js';
import { parseQuestion, type ParsedQuestion } from './question.js';
import { FIELD_LEAD, FIELD_SPEAKER, FIELD_TEXT, FIELD_TITLE } from './fields.js';
import { Scorer } from './scorer.js';
import { speakerFormsOf, type SpeakerForms } from './speakerForms.js';
import { createSpeakerDirectory, type SpeakerDirectory } from './speakers.js';
import { once, speakerNamesOf, type SpeakerNames } from './speakerNames.js';
import { buildUnits, indexTextOf, type Unit, type UnitStore } from './units.js';
import { createCorrector, type Corrector } from './vocabulary.js';
import { voicesOf } from './voices.js';

/** Options for building the engine. */
export interface SearchIndexOptions {
  lexicon?: Lexicon;
  /** Units and inverted index of this extraction read back from disk (persist.ts), used instead of building them. */
  prebuilt?: BuiltIndex;
  /** Receives the units and inverted index when they were built here (to save them: persist.ts). */
  onBuilt?: (built: BuiltIndex) => void;
}

/** The costly parts of an engine, which depend on the extraction only. */
export interface BuiltIndex {
  units: UnitStore;
  index: InvertedIndex;
  /** See Engine.foreign. */
  foreign: Uint8Array;
  /** The folded names of each speaker of the extraction, in its order (speakers.ts), made or unpacked when asked for. */
  speakerForms: () => SpeakerForms[];
  /** The speakers' name words and exact names, as the directory looks them up (speakers.ts). */
  speakerNames: SpeakerNames;
}

/** The built engine (see the file comment). */
export interface Engine {
  readonly extraction: Extraction;
  readonly lexicon: Lexicon;
  readonly units: UnitStore;
  unit(i: number): Unit;
  /** Statement units of each speaker id. */
  readonly speakerQuotes: ReadonlyMap<string, number[]>;
  readonly dates: DateIndex;
  /** Units dated with a known year, and those dated to a day and month of unknown year. */
  readonly dated: readonly number[];
  readonly yearless: readonly number[];
  readonly directory: SpeakerDirectory;
  readonly index: InvertedIndex;
  readonly scorer: Scorer;
  readonly corrector: Corrector;
  readonly termSource: TermSource;
  /** 1 for a unit written without a Vietnamese letter (English copy): only these take a question's English reading. */
  readonly foreign: Uint8Array;
  /** Scratch for one "what did X say" question at a time: best coverage per article, all zeros between questions. */
  readonly docCover: Float64Array;
  /** Index in `extraction.documents` of each article file. */
  readonly docIndex: ReadonlyMap<string, number>;
  /** Per statement or event, once read: 2 when its words restate the reporter's question (rank.ts), 1 when not, 0 unread. */
  readonly restated: Uint8Array;
  /** Per event, once read: its words folded, space-separated, with a space before and after (rank.ts tellsAsked). */
  readonly eventWords: Map<number, string>;
  /**
   * Per statement or event, what bonusOf reads of it, as TRAIT bits: a question's bonuses are summed from these
   * columns rather than from some 200 000 objects at 20 000 articles, which cost more in cache misses than the sums.
   */
  readonly traits: Uint8Array;
}

/** Bits of Engine.traits. */
export const TRAIT = { quote: 1, event: 2, verbatim: 4, dated: 8 } as const;

// A letter only Vietnamese writes (ă â đ ê ô ơ ư, or a tone mark): a unit without one is not Vietnamese copy.
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** Build the engine of an extraction. Pure and synchronous; nothing is scanned per question. */
export function buildEngine(extraction: Extraction, options: SearchIndexOptions = {}): Engine {
  const units = options.prebuilt?.units ?? buildUnits(extraction);
  const unit = (i: number): Unit => units.get(i);
  const counts = new Map<string, number>();
  const speakerQuotes = new Map<string, number[]>();
  const dates = new DateIndex();
  const dated: number[] = [];
  const yearless: number[] = [];
  const traits = new Uint8Array(units.structuredCount);
  for (let i = 0; i < units.structuredCount; i++) {
    const speakerId = units.speakerId(i);
    const date = units.date(i);
    const type = units.type(i);
    const kind = units.kind(i);
    traits[i] = (type === 'quote' ? TRAIT.quote : 0) | (type === 'event' ? TRAIT.event : 0)
      | (kind === 'direct' || kind === 'partial' ? TRAIT.verbatim : 0) | (date ? TRAIT.dated : 0);
    if (speakerId) {
      counts.set(speakerId, (counts.get(speakerId) ?? 0) + 1);
      const list = speakerQuotes.get(speakerId) ?? [];
      list.push(i);
      speakerQuotes.set(speakerId, list);
    }
    if (date) {
      if (dates.add(i, date)) dated.push(i);
      else yearless.push(i);
    }
  }
  const speakerForms = options.prebuilt?.speakerForms ?? once(() => extraction.speakers.map(speakerFormsOf));
  const speakerNames = options.prebuilt?.speakerNames ?? speakerNamesOf(extraction.speakers, counts, speakerForms());
  const directory = createSpeakerDirectory(extraction.speakers, counts, speakerForms, speakerNames);

  const index = options.prebuilt?.index ?? indexUnits(extraction, units, directory);
  const foreign = options.prebuilt?.foreign ?? foreignUnits(units);
  if (!options.prebuilt) options.onBuilt?.({ units, index, foreign, speakerForms, speakerNames });
  const n = extraction.documents.length;
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
  return {
    extraction, lexicon: options.lexicon ?? DEFAULT_LEXICON, units, unit, speakerQuotes, dates, dated, yearless,
    directory, index, scorer, corrector, termSource, foreign, docCover: new Float64Array(n),
    restated: new Uint8Array(units.structuredCount), eventWords: new Map(), traits, docIndex: new Map(extraction.documents.map((d, i) => [d.file, i])),
  };
}

/**
 * Units of English copy: the only ones an English reading of a question scores (decision 16). English copy is a unit
 * written without a Vietnamese letter, or where few of its words carry one: English pages of the Vietnamese press
 * write names and places with their marks ("Spokesperson Lê Văn Ba said …", "Việt Nam opposes …", "in Hoàng Sa"),
 * a few words in ten, while in Vietnamese copy most syllables carry one (half or more, even beside English names).
 */
function foreignUnits(units: UnitStore): Uint8Array {
  const foreign = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const text = indexTextOf(units.get(i));
    if (!VIETNAMESE_LETTER.test(text) || fewMarkedWords(text)) foreign[i] = 1;
  }
  return foreign;
}

/** Share of words (two letters or more) with a Vietnamese letter under which a text is English copy (see foreignUnits). */
const ENGLISH_COPY_MARKED = 0.3;

// Per UTF-16 code below 0x1F00: 1 for a Latin letter, 2 for a letter only Vietnamese writes (VIETNAMESE_LETTER's).
const LETTER = new Uint8Array(0x1f00);
for (let c = 0x41; c <= 0x5a; c++) LETTER[c] = LETTER[c + 0x20] = 1;
for (let c = 0xc0; c < 0x250; c++) LETTER[c] = 1;
for (let c = 0x1e00; c < 0x1f00; c++) LETTER[c] = 1;
for (const ch of 'ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ') {
  LETTER[ch.charCodeAt(0)] = LETTER[ch.toUpperCase().charCodeAt(0)] = 2;
}

/**
 * Whether under ENGLISH_COPY_MARKED of a text's words carry a Vietnamese letter: one pass over its characters, no
 * allocation (every unit of the corpus is read once when the index is built).
 */
function fewMarkedWords(text: string): boolean {
  let words = 0;
  let marked = 0;
  let length = 0;
  let mark = false;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? (LETTER[text.charCodeAt(i)] ?? 0) : 0;
    if (kind) {
      length++;
      if (kind === 2) mark = true;
      continue;
    }
    if (length >= 2) {
      words++;
      if (mark) marked++;
      // Vietnamese copy is told early: the words left (three characters each at least) can no longer bring the share under.
      if (marked >= ENGLISH_COPY_MARKED * (words + (text.length - i) / 3)) return false;
    }
    length = 0;
    mark = false;
  }
  return marked < ENGLISH_COPY_MARKED * words;
}

/** The inverted index of the units (text, speaker) and documents (title, lead) of an extraction. */
function indexUnits(extraction: Extraction, units: UnitStore, directory: SpeakerDirectory): InvertedIndex {
  const unit = (i: number): Unit => units.get(i);
  const builder = new InvertedIndexBuilder(4);
  const asked = askedBefore(units, extraction.documents);
  const referred = referredBefore(units);
  for (let i = 0; i < units.length; i++) {
    const question = asked.get(i) ?? referred.get(i);
    builder.add(FIELD_TEXT, i, question ? `${indexTextOf(unit(i))} . ${question}` : indexTextOf(unit(i)));
  }
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
  extraction.documents.forEach((d, i) => builder.add(FIELD_LEAD, i, `${d.title ?? ''} . ${paragraphAt(d, 0) ?? ''}`));
  const n = extraction.documents.length;
  return builder.build([units.length, units.length, n, n]);
}

/** Read a question against the engine's speakers and vocabulary. */
export function parse(e: Engine, question: string): ParsedQuestion {
  const p = parseQuestion(question, e.directory, e.corrector.df);
  if (p.speaker && p.intent === 'about') return { ...p, voices: voicesOf(e, p.speaker) };
  // An office no speaker is resolved by, whose one holder an article names with it (officeHolder.ts): the holder's
  // words. An office the articles give several people names no one in particular, as in the directory (speakers.ts).
  const holders = officeHolders(e, p);
  if (holders.length !== 1) return p;
  const holder = holders[0]!;
  const words = p.words.filter((w) => !w.subject && !w.verb);
  return { ...p, intent: 'about', speaker: holder, voices: voicesOf(e, holder), words, mentioned: [holder, ...p.mentioned] };
}

/** Words an answer must cover: not the occasion ("nói gì sau khi Y") nor the reporting verb of an unknown subject. */
function required(w: ParsedQuestion['words'][number]): boolean {
  return !w.occasion && !w.verb;
}

/** Clauses of a question; words of its occasion and its verb (see `required`) only rank, with no coverage weight. */
export function clausesOf(e: Engine, p: ParsedQuestion): Clause[] {
  const main = p.words.filter(required);
  const occasion = p.words.filter((w) => !required(w));
  const clauses = buildClauses(main, e.lexicon, e.termSource, p);
  if (occasion.length) {
    for (const c of buildClauses(occasion, e.lexicon, e.termSource, p)) clauses.push({ ...c, weight: 0, pairs: undefined });
  }
  return clauses;
}

/**
 * The English reading of a Vietnamese question (crossLingual.ts), for articles written in English, or null; its
 * occasion words only rank, as in clausesOf.
 */
export function translatedOf(e: Engine, p: ParsedQuestion): Clause[] | null {
  const main = translatedClauses(p.words.filter(required), e.lexicon, e.termSource, p);
  if (!main) return null;
  const occasion = p.words.filter((w) => !required(w));
  if (occasion.length) {
    for (const c of translatedClauses(occasion, e.lexicon, e.termSource, p) ?? []) main.push({ ...c, weight: 0 });
  }
  return main;
}

/** A topic (of /quote or /timeline) read as a plain topic question: no intent, no speaker. */
export function topicClauses(e: Engine, topic: string): { p: ParsedQuestion; clauses: Clause[] } {
  const p = parse(e, topic);
  return { p: { ...p, intent: 'topic', speaker: null, reported: false, why: false, amount: false, when: false }, clauses: clausesOf(e, p) };
}

/** A speaker by id, name, alias or typo. */
export function resolveSpeaker(e: Engine, query: string): Speaker | null {
  return e.directory.byId.get(query) ?? e.directory.resolve(query);
}

/** The filter of AskOptions, or null when a named speaker is unknown (nothing can match). */
export function makeFilter(e: Engine, opts: AskOptions): ((u: number) => boolean) | null {
  let speakerId: string | null = null;
  if (opts.speaker) {
    const sp = resolveSpeaker(e, opts.speaker);
    if (!sp) return null;
    speakerId = sp.id;
  }
  const ranged = Boolean(opts.from || opts.to);
  if (!opts.types && !speakerId && !opts.source && !ranged) return () => true;
  return (i) => {
    if (speakerId && e.units.speakerId(i) !== speakerId) return false;
    if (opts.types && !opts.types.includes(e.units.type(i))) return false;
    if (!opts.source && !ranged) return true;
    const u = e.unit(i);
    if (opts.source && !u.sources.some((s) => s.file === opts.source)) return false;
    if (ranged && !isoInRange(u.date ?? u.sources[0]?.published ?? null, opts.from, opts.to)) return false;
    return true;
  };
}
