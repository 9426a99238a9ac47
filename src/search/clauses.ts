/**
 * Turning the words of a question into weighted clauses for scoring.
 *
 * A clause is one unit of meaning the answer should contain: a syllable, a syllable bigram, or a
 * lexicon concept (a phrase and its synonyms/translations). Its weight is its IDF, so "coverage"
 * (the share of a question's IDF mass an answer contains) measures how much of what was asked the
 * answer actually talks about; it drives the honest "no answer" rule.
 */
import { foldText } from '../core/text.js';
import { accentKey, splitWords } from './analyze.js';
import { swapHoiNga } from './hoiNga.js';
import { ACCENT_ALWAYS, ACCENT_NEVER } from './invertedIndex.js';
import { englishInflections } from './englishInflections.js';
import { englishBaseForms, type Lexicon } from './lexicon.js';
import type { QueryWord } from './question.js';
import { stopFlags } from './stopFlags.js';
import { STOPWORDS } from './stopwords.js';

/** A syllable typed with diacritics: unigram `id` must be written with the form of `bit` (InvertedIndex.accentBit). */
export interface AccentCheck {
  id: number;
  bit: number;
}

/** A term to look up, with its score factor (1 = the user's own word). */
export interface ClauseTerm {
  id: number;
  factor: number;
  /** Syllables of the term typed with diacritics; a unit writing any of them differently matches only in part. */
  accents?: AccentCheck[];
}

export interface Clause {
  /** Folded label for display and `matched`. */
  label: string;
  /** Coverage weight (IDF); 0 for scoring-only clauses. */
  weight: number;
  terms: ClauseTerm[];
  /** Folded forms (words and phrases) that count as this clause being matched, for bolding. */
  forms: string[];
  /**
   * For one syllable of a two-syllable word the corpus knows ("mạc" of "bế mạc"): the other syllable's clause
   * and the bigram's clause (indexes in the clause list). A unit holding this syllable without either of them
   * holds a different word ("khai mạc"), and the syllable counts only in part (see Scorer).
   */
  pairs?: Array<{ partner: number; bigram: number }>;
}

/** What clause building needs from the index. */
export interface TermSource {
  unigram(folded: string): number | undefined;
  bigram(a: string, b: string): number | undefined;
  idf(id: number): number;
  /** IDF of a term never seen: the most informative a term can be. */
  maxIdf: number;
  /** A typo correction for an unknown folded word, or null. */
  correct(folded: string): string | null;
  /** How the written form `lower` of unigram `id` is told apart (InvertedIndex.accentBit); absent: folded matching. */
  accentBit?(id: number, lower: string): number;
}

// Bigram clauses add phrase precision; half weight so a question's meaning is carried by its words.
const BIGRAM_WEIGHT = 0.5;
// Corrected words count a little less: the correction may be wrong.
const CORRECTED_FACTOR = 0.8;
// The user's own syllables inside a lexicon phrase still score a little when only one of them matches.
const PART_FACTOR = 0.3;
/**
 * An English question's lower-case word found neither in the lexicon nor in the corpus is vocabulary we
 * cannot translate ("solidarity"), not evidence that the corpus lacks the answer: it counts for this share
 * of an unseen term's weight. A capitalised unknown word is a name ("Tesla") and keeps the full weight,
 * so a question about someone the corpus never mentions still finds nothing.
 */
export const UNKNOWN_ENGLISH_SHARE = 0.25;

// An inflection of the user's English word counts a little less than the word as typed.
const INFLECTION_FACTOR = 0.9;

/** Options for {@link buildClauses}. */
export interface ClauseOptions {
  diacritics: boolean;
  language: 'vi' | 'en';
}

/**
 * The check of a syllable typed with diacritics, or null when its written form need not be told apart (typed
 * without diacritics, or the only form the corpus has).
 */
function accentCheck(src: TermSource, id: number, lower: string, folded: string, swappable = false): AccentCheck | null {
  if (lower === folded) return null;
  let bit = src.accentBit?.(id, lower) ?? ACCENT_ALWAYS;
  // The hỏi and ngã tones are the pair Vietnamese writers most often confuse ("tăng trưỡng", "lừa đão"): a `swappable`
  // syllable (typed in lower case, inside a two-syllable word) with one of them, in a form the corpus never writes, is
  // read with the other when the corpus writes that one. "Bảo" (a name) is still not "bão" (a storm).
  if (bit === ACCENT_NEVER && swappable) {
    const swapped = swapHoiNga(lower);
    if (swapped !== lower) {
      const other = src.accentBit?.(id, swapped) ?? ACCENT_NEVER;
      if (other !== ACCENT_NEVER) bit = other;
    }
  }
  return bit === ACCENT_ALWAYS ? null : { id, bit };
}

function withAccents(id: number, checks: Array<AccentCheck | null>): { id: number; accents?: AccentCheck[] } {
  const accents = checks.filter((c): c is AccentCheck => c !== null);
  return accents.length ? { id, accents } : { id };
}

/**
 * Index terms of a phrase, as the index analyses text: non-stop syllables and their bigrams. With `strict`, the
 * syllables written with diacritics carry accent checks (the user's own words; lexicon renderings stay folded).
 */
export function phraseTerms(
  text: string,
  src: TermSource,
  strict: boolean,
): { unigrams: Array<{ id: number; accents?: AccentCheck[] }>; bigrams: Array<{ id: number; accents?: AccentCheck[] }>; missing: boolean } {
  const { lower, folded } = splitWords(text);
  const unigrams: Array<{ id: number; accents?: AccentCheck[] }> = [];
  const bigrams: Array<{ id: number; accents?: AccentCheck[] }> = [];
  let missing = false;
  let prev: { folded: string; check: AccentCheck | null } | null = null;
  lower.forEach((lw, i) => {
    if (STOPWORDS.has(lw)) {
      prev = null;
      return;
    }
    const f = folded[i]!;
    const u = src.unigram(f);
    const check = strict && u !== undefined ? accentCheck(src, u, lw, f) : null;
    if (u === undefined) missing = true;
    else unigrams.push(withAccents(u, [check]));
    if (prev !== null) {
      const b = src.bigram(prev.folded, f);
      if (b === undefined) missing = true;
      else bigrams.push(withAccents(b, [prev.check, check]));
    }
    prev = { folded: f, check };
  });
  return { unigrams, bigrams, missing };
}

/**
 * Whether a lexicon concept is what the user wrote: every syllable typed with diacritics has that written form
 * in one of the concept's phrases ("giá" is the price concept, "gia" of "quốc gia" is not).
 */
function lexiconAgrees(span: QueryWord[], variants: Array<{ text: string }>): boolean {
  const marked = span.map((w) => w.lower !== w.folded);
  if (!marked.some(Boolean)) return true;
  return variants.some((v) => {
    const { lower, folded } = splitWords(v.text);
    if (lower.length !== span.length) return false;
    return span.every((w, k) => folded[k] === w.folded && (!marked[k] || accentKey(lower[k]!) === accentKey(w.lower)));
  });
}

/** An English phrase with the other inflections of its last word (englishInflections). */
function inflectedPhrases(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.pop()!;
  const head = words.length ? `${words.join(' ')} ` : '';
  return englishInflections(last).map((f) => head + f);
}

/** Build clauses from the searchable words of a question. */
export function buildClauses(words: QueryWord[], lexicon: Lexicon, src: TermSource, opts: ClauseOptions): Clause[] {
  const stop = stopFlags(words, opts, (a, b) => src.bigram(a, b) !== undefined);
  // Syllables typed with diacritics are told apart from their other written forms ("bão" is not "Bảo").
  const strict = opts.diacritics && opts.language === 'vi';
  const clauses: Clause[] = [];
  const inLexicon = new Array<boolean>(words.length).fill(false);

  for (let i = 0; i < words.length; i++) {
    if (stop[i]) continue;
    for (let n = Math.min(lexicon.maxWords, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => w.pos !== words[i]!.pos + k) || stop[i + n - 1]) continue;
      const key = span.map((w) => w.folded).join(' ');
      let variants = opts.language === 'vi' && lexicon.englishOnly.has(key) ? undefined : lexicon.phrases.get(key);
      if (!variants && n === 1 && opts.language === 'en') {
        for (const base of englishBaseForms(key)) {
          variants = lexicon.phrases.get(base);
          if (variants) break;
        }
      }
      if (!variants) continue;
      if (strict && !lexiconAgrees(span, variants)) continue;
      const own = span.map((w) => w.lower).join(' ');
      const terms: ClauseTerm[] = [];
      const forms: string[] = [];
      const idfs: number[] = [];
      let ownIdf: number | null = null;
      // A lexicon entry may list the phrase typed among its own renderings: it is the user's own words once.
      const ownForms = opts.language === 'en' ? inflectedPhrases(own).map((text) => ({ text, factor: INFLECTION_FACTOR })) : [];
      for (const v of [{ text: own, factor: 1 }, ...ownForms, ...variants.filter((x) => x.text !== own)]) {
        const t = phraseTerms(v.text, src, strict && v.text === own);
        if (t.missing) continue;
        const main = t.bigrams.length ? t.bigrams : t.unigrams;
        if (!main.length) continue;
        const idf = main.reduce((s, t) => s + src.idf(t.id), 0) / main.length;
        if (v.text === own) ownIdf = idf;
        idfs.push(idf);
        forms.push(foldText(v.text));
        for (const term of main) {
          if (!terms.some((x) => x.id === term.id)) terms.push({ ...term, factor: v.factor / main.length });
        }
        if (v.text === own && t.bigrams.length) {
          for (const term of t.unigrams) clauses.push({ label: foldText(own), weight: 0, terms: [{ ...term, factor: PART_FACTOR }], forms: [] });
        }
      }
      const weight = ownIdf ?? (idfs.length ? idfs.reduce((a, b) => a + b, 0) / idfs.length : src.maxIdf);
      clauses.push({ label: key, weight, terms, forms });
      for (let k = 0; k < n; k++) inLexicon[i + k] = true;
      i += n - 1;
      break;
    }
  }

  // Words outside lexicon phrases: one clause per word, then one per pair of neighbours.
  const resolved: Array<{ word: string; idf: number; clause: number; check: AccentCheck | null } | null> = words.map(() => null);
  words.forEach((w, i) => {
    if (stop[i] || inLexicon[i]) return;
    let word = w.folded;
    let factor = 1;
    let id = src.unigram(word);
    const englishVocabulary = opts.language === 'en' && !w.capital;
    // The word's other English inflections the corpus writes ("profits" for "profit"): one clause holding any of them.
    const inflected = englishVocabulary ? englishInflections(word).flatMap((f) => {
      const fid = src.unigram(f);
      return fid === undefined ? [] : [{ form: f, id: fid }];
    }) : [];
    if (inflected.length) {
      const own = id === undefined ? [] : [{ id, factor: 1 }];
      const terms = [...own, ...inflected.map((x) => ({ id: x.id, factor: INFLECTION_FACTOR }))];
      const idf = id !== undefined ? src.idf(id) : Math.max(...inflected.map((x) => src.idf(x.id)));
      resolved[i] = id !== undefined ? { word, idf, clause: clauses.length, check: null } : null;
      clauses.push({ label: word, weight: idf, terms, forms: [word, ...inflected.map((x) => x.form)] });
      return;
    }
    if (id === undefined && englishVocabulary) {
      clauses.push({ label: w.folded, weight: UNKNOWN_ENGLISH_SHARE * src.maxIdf, terms: [], forms: [] });
      return;
    }
    if (id === undefined) {
      const fixed = src.correct(word);
      if (fixed !== null) {
        word = fixed;
        factor = CORRECTED_FACTOR;
        id = src.unigram(fixed);
      }
    }
    if (id === undefined) {
      clauses.push({ label: w.folded, weight: src.maxIdf, terms: [], forms: [] });
      return;
    }
    const idf = src.idf(id);
    // A corrected word was not typed as the corpus writes it: its diacritics tell nothing.
    // A lower-case syllable that makes a word the corpus knows with a neighbour ("tăng trưỡng") may have its hỏi/ngã
    // mistyped (accentCheck); one standing alone ("bão") may not: its twin may be only a name.
    const inWord = !w.capital && [words[i - 1], words[i + 1]].some((n, k) => n !== undefined && Math.abs(n.pos - w.pos) === 1
      && (k === 0 ? src.bigram(n.folded, w.folded) : src.bigram(w.folded, n.folded)) !== undefined);
    const check = strict && factor === 1 ? accentCheck(src, id, w.lower, w.folded, inWord) : null;
    resolved[i] = { word, idf, clause: clauses.length, check };
    clauses.push({ label: word, weight: idf, terms: [{ ...withAccents(id, [check]), factor }], forms: [word] });
  });
  for (let i = 0; i + 1 < words.length; i++) {
    const a = resolved[i];
    const b = resolved[i + 1];
    if (!a || !b || words[i + 1]!.pos !== words[i]!.pos + 1) continue;
    const id = src.bigram(a.word, b.word);
    // An English question's word order says little; an unseen Vietnamese pair is evidence of a missing phrase.
    if (id === undefined && opts.language === 'en') continue;
    const label = `${a.word} ${b.word}`;
    if (id !== undefined && opts.language === 'vi') {
      const bigram = clauses.length;
      (clauses[a.clause]!.pairs ??= []).push({ partner: b.clause, bigram });
      (clauses[b.clause]!.pairs ??= []).push({ partner: a.clause, bigram });
    }
    clauses.push({
      label,
      weight: BIGRAM_WEIGHT * Math.max(a.idf, b.idf),
      terms: id === undefined ? [] : [{ ...withAccents(id, [a.check, b.check]), factor: BIGRAM_WEIGHT }],
      forms: [label],
    });
  }
  return clauses;
}
