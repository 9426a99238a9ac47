/**
 * Which words of a question are stopwords (stopFlags), read before its clauses are built (clauses.ts) and before its
 * English reading (crossLingual.ts).
 */
import { foldText } from '../core/text.js';
import type { QueryWord } from './question.js';
import { EN_QUESTION_STOPWORDS, QUESTION_WORDS, STOP_PHRASES, STOPWORDS, VI_STOPWORDS } from './stopwords.js';

const FOLDED_VI_STOPWORDS = new Set(
  [...QUESTION_WORDS, ...VI_STOPWORDS].filter((w) => !w.includes(' ')).map((w) => foldText(w)),
);
const FOLDED_STOP_PHRASES = STOP_PHRASES.map((p) => foldText(p).split(' '));
const LOWER_STOP_PHRASES = STOP_PHRASES.map((p) => p.split(' '));

/**
 * Which question words are stopwords. With diacritics the lower-cased word decides ("có" yes, "cố" no).
 * Without diacritics only folded forms are available: a folded stopword is still kept when it forms a
 * bigram the corpus knows with a neighbour ("hieu luc" is "hiệu lực", not "lúc"), if `knownBigram` is given.
 * In a Vietnamese question typed partly with diacritics ("ai noi ve bão"), a word typed without any is read
 * as in a question typed without them.
 */
export function stopFlags(
  words: QueryWord[],
  opts: { diacritics: boolean; language: 'vi' | 'en' },
  knownBigram?: (a: string, b: string) => boolean,
): boolean[] {
  const vi = opts.language === 'vi';
  const bare = words.map((w) => vi && (!opts.diacritics || w.lower === w.folded));
  const set = opts.language === 'en' ? EN_QUESTION_STOPWORDS : STOPWORDS;
  const flags = words.map((w, i) => (bare[i] ? FOLDED_VI_STOPWORDS.has(w.folded) || set.has(w.lower) : set.has(w.lower)));
  if (knownBigram && bare.some(Boolean)) {
    const single = [...flags];
    words.forEach((w, i) => {
      if (!single[i] || !bare[i] || set.has(w.lower)) return;
      const prev = words[i - 1];
      const next = words[i + 1];
      const withPrev = prev && prev.pos === w.pos - 1 && !single[i - 1] && knownBigram(prev.folded, w.folded);
      const withNext = next && next.pos === w.pos + 1 && !single[i + 1] && knownBigram(w.folded, next.folded);
      if (withPrev || withNext) flags[i] = false;
    });
  }
  for (let i = 0; i < words.length; i++) {
    LOWER_STOP_PHRASES.forEach((p, pi) => {
      if (i + p.length > words.length) return;
      const same = (x: string, k: number): boolean => {
        const w = words[i + k]!;
        return w.pos === words[i]!.pos + k && (bare[i + k] ? w.folded === FOLDED_STOP_PHRASES[pi]![k] : w.lower === x);
      };
      if (p.every(same)) for (let k = 0; k < p.length; k++) flags[i + k] = true;
    });
  }
  return flags;
}
