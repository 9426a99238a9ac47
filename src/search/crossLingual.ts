/**
 * A Vietnamese question against articles written in English. The question is read a second time, in English:
 * each phrase the lexicon can translate (lexicon.json's English map read backwards, with inflected forms) becomes
 * a clause of its English renderings; names and numbers stay as typed (a folded Vietnamese name is how English
 * copy writes it: "Tran Van Khoa"); a Vietnamese word with no rendering weighs little, as an untranslatable
 * English word does in an English question (clauses.ts). Only units written in English are scored with it
 * (Engine.foreign), and each keeps the better of its two coverages (mergeScored), so a Vietnamese article is
 * ranked exactly as before.
 */
import { foldText } from '../core/text.js';
import { isVietnameseSyllable } from './analyze.js';
import { phraseTerms, UNKNOWN_ENGLISH_SHARE, type Clause, type ClauseOptions, type ClauseTerm, type TermSource } from './clauses.js';
import { stopFlags } from './stopFlags.js';
import type { Lexicon, Variant } from './lexicon.js';
import type { QueryWord } from './question.js';
import type { Scored } from './scorer.js';

/**
 * The English clauses of a Vietnamese question, or null when it has none worth scoring: an English question,
 * or one whose translatable phrases are never written in English in the corpus.
 */
export function translatedClauses(words: QueryWord[], lexicon: Lexicon, src: TermSource, opts: ClauseOptions): Clause[] | null {
  if (opts.language !== 'vi' || !lexicon.toEnglish.size) return null;
  // A folded stopword that forms a known bigram is a syllable of a word ("Nam" of "Việt Nam", not "năm").
  const stop = stopFlags(words, opts, (a, b) => src.bigram(a, b) !== undefined);
  const clauses: Clause[] = [];
  let found = false;
  for (let i = 0; i < words.length; i++) {
    if (stop[i]) continue;
    const joined = joinedName(words, i, src);
    if (joined) {
      clauses.push(joined);
      found = true;
      i++;
      continue;
    }
    let n = Math.min(lexicon.maxWords, words.length - i);
    for (; n >= 1; n--) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => w.pos !== words[i]!.pos + k) || stop[i + n - 1]) continue;
      const key = span.map((w) => w.folded).join(' ');
      const variants = lexicon.toEnglish.get(key);
      if (!variants) continue;
      const { terms, forms, weight } = renderings(variants, src);
      if (!terms.length) {
        // No rendering is written in the corpus: a name the corpus has is read as a name ("Trần", not "trận");
        // other vocabulary weighs as an untranslatable word ("Mỹ" when English copy writes "US", a stopword).
        if (span.every((w) => isName(w, src))) continue;
        clauses.push({ label: key, weight: UNKNOWN_ENGLISH_SHARE * src.maxIdf, terms: [], forms: [] });
        break;
      }
      found = true;
      // Two phrases English writes with the same words ("câu hỏi" and "chất vấn" are both "question") are one thing
      // asked: a sentence saying "question" once must not cover both.
      if (!clauses.some((c) => sameTerms(c.terms, terms))) {
        clauses.push({ label: key, weight, terms: [...terms], forms: [...forms] });
      }
      break;
    }
    if (n >= 1) {
      i += n - 1;
      continue;
    }
    clauses.push(untranslated(words[i]!, src));
  }
  return found ? clauses : null;
}

/** The terms a phrase's English renderings are written with in the corpus, their forms, and the clause's weight. */
interface Renderings {
  terms: readonly ClauseTerm[];
  forms: readonly string[];
  weight: number;
}

/**
 * Per term source (one per engine), the renderings of each lexicon entry read so far: they depend only on the
 * entry and the corpus's vocabulary, and reading them (every English form of a phrase analysed as the index analyses
 * text) was a tenth of a question's time at 2 000 articles.
 */
const RENDERINGS = new WeakMap<TermSource, WeakMap<readonly Variant[], Renderings>>();

function renderings(variants: readonly Variant[], src: TermSource): Renderings {
  let cache = RENDERINGS.get(src);
  if (!cache) RENDERINGS.set(src, (cache = new WeakMap()));
  const known = cache.get(variants);
  if (known) return known;
  const terms: ClauseTerm[] = [];
  const forms: string[] = [];
  const idfs: number[] = [];
  for (const v of variants) {
    const t = phraseTerms(v.text, src, false);
    const main = t.bigrams.length ? t.bigrams : t.unigrams;
    if (t.missing || !main.length) continue;
    idfs.push(main.reduce((s, x) => s + src.idf(x.id), 0) / main.length);
    forms.push(foldText(v.text));
    for (const term of main) if (!terms.some((x) => x.id === term.id)) terms.push({ ...term, factor: v.factor / main.length });
  }
  const found = { terms, forms, weight: idfs.reduce((a, b) => a + b, 0) / idfs.length };
  cache.set(variants, found);
  return found;
}

/** Whether two clauses look up the same terms. */
function sameTerms(a: readonly ClauseTerm[], b: readonly ClauseTerm[]): boolean {
  return a.length === b.length && a.every((t) => b.some((x) => x.id === t.id));
}

/**
 * Two capitalised syllables an English text writes as one word ("Hải Phòng" → "Haiphong", "Vũng Tàu" → "Vungtau"),
 * when the corpus has that word.
 */
function joinedName(words: QueryWord[], i: number, src: TermSource): Clause | null {
  const a = words[i]!;
  const b = words[i + 1];
  if (!a.capital || !b?.capital || b.pos !== a.pos + 1) return null;
  const id = src.unigram(a.folded + b.folded);
  if (id === undefined) return null;
  return { label: `${a.folded} ${b.folded}`, weight: src.idf(id), terms: [{ id, factor: 1 }], forms: [a.folded + b.folded] };
}

/**
 * A capital (after the first word, or one the corpus has: the English reading scores English copy only, where a
 * Vietnamese syllable is part of a name), a number, or a word the corpus has that is no Vietnamese syllable ("Halvorsen").
 */
function looksLikeName(w: QueryWord, id: number | undefined): boolean {
  if (w.capital && (w.pos > 0 || id !== undefined)) return true;
  return /\d/.test(w.folded) || (id !== undefined && !isVietnameseSyllable(w.folded));
}

/** A name (see looksLikeName) the corpus has. */
function isName(w: QueryWord, src: TermSource): boolean {
  const id = src.unigram(w.folded);
  return id !== undefined && looksLikeName(w, id);
}

/** A word with no English rendering: a name or a number as typed, any other word as vocabulary we cannot translate. */
function untranslated(w: QueryWord, src: TermSource): Clause {
  const id = src.unigram(w.folded);
  if (!looksLikeName(w, id)) return { label: w.folded, weight: UNKNOWN_ENGLISH_SHARE * src.maxIdf, terms: [], forms: [] };
  if (id === undefined) return { label: w.folded, weight: src.maxIdf, terms: [], forms: [] };
  return { label: w.folded, weight: src.idf(id), terms: [{ id, factor: 1 }], forms: [w.folded] };
}

/**
 * Two scorings of one question merged: every unit either touched, with the relevance and coverage of the
 * scoring that covers it better.
 */
export function mergeScored(a: Scored, b: Scored): Scored {
  const at = new Map<number, number>();
  const units: number[] = [];
  const relevance: number[] = [];
  const coverage: number[] = [];
  const add = (s: Scored): void => {
    for (let k = 0; k < s.count; k++) {
      const u = s.units[k]!;
      const i = at.get(u);
      if (i === undefined) {
        at.set(u, units.length);
        units.push(u);
        relevance.push(s.relevance[k]!);
        coverage.push(s.coverage[k]!);
      } else if (s.coverage[k]! > coverage[i]!) {
        relevance[i] = s.relevance[k]!;
        coverage[i] = s.coverage[k]!;
      }
    }
  };
  add(a);
  add(b);
  return { units: Int32Array.from(units), relevance: Float32Array.from(relevance), coverage: Float32Array.from(coverage), count: units.length };
}
