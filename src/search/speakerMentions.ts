/**
 * Spotting the corpus's speakers inside a question's words ("Putin nói gì về …", a mistyped "Peskow"): which words
 * name whom, for the question reader (question.ts). Reads the directory's name-word owners only.
 */
import type { Speaker } from '../core/types.js';
import { editDistance, isVietnameseSyllable, typoBudget } from './analyze.js';
import { TITLE_WORDS } from './speakerForms.js';
import { EN_STOPWORDS } from './stopwords.js';

// English function words are never a mistyped name: "many" is one letter from "manh" (Mạnh), "much" from "mach".
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(EN_STOPWORDS.map((w) => w.toLowerCase()));

/** A speaker mentioned in a question, with the word positions it covers. */
export interface SpeakerMention {
  speaker: Speaker;
  start: number;
  end: number;
  /** Other speakers bear the same name words too (the busiest of them was taken). */
  shared?: boolean;
}

/** Who bears each name word (ids), and its distinct name words. */
export interface NameWordOwners {
  get(t: string): Set<string> | undefined;
  keys(): string[];
}

/**
 * Speakers named in folded question words (`original` keeps the typed capitals): runs of one speaker's name words,
 * and a foreign-looking word one or two letters from a name word and rarer in the corpus (`knownDf`) than it.
 * `busiest` picks the speaker with most quotes among those bearing a name.
 */
export function speakerMentionsIn(
  folded: string[], original: string[], knownDf: (w: string) => number,
  tokenOwners: NameWordOwners, busiest: (ids: Iterable<string>) => Speaker | null,
): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  for (let i = 0; i < folded.length; i++) {
    const w = folded[i]!;
    let owners = tokenOwners.get(w);
    let len = 1;
    if (owners) {
      // Extend over following name words of the same speaker ("dmitry peskov").
      while (i + len < folded.length && tokenOwners.get(folded[i + len]!)) {
        const next = tokenOwners.get(folded[i + len]!)!;
        const both: string[] = [...owners].filter((id) => next.has(id));
        if (!both.length) break;
        owners = new Set(both);
        len++;
      }
      // One Vietnamese-looking syllable ("trong", "phu") is a name only when typed with a capital or after a title.
      const prevWord = folded[i - 1] ?? '';
      const capitalised = /^\p{Lu}/u.test(original[i] ?? '');
      if (len === 1 && isVietnameseSyllable(w) && !capitalised && !TITLE_WORDS.has(prevWord)) continue;
      // Nor is it one when it is a part of a longer capitalised name the speaker's does not continue: "Sơn" of
      // "Bỉm Sơn" (a town), "Minh" of "Ho Chi Minh City", "Khang" of "Lương Quý Khang" (another person).
      if (len === 1 && isVietnameseSyllable(w) && capitalised && inLongerName(folded, original, i)) continue;
      const sp = busiest(owners);
      if (sp) out.push({ speaker: sp, start: i, end: i + len, ...(owners.size > 1 ? { shared: true } : {}) });
      i += len - 1;
      continue;
    }
    // A foreign-looking word close to a name word, and rarer in the corpus than it: a typo of the name.
    if (w.length < 4 || isVietnameseSyllable(w) || ENGLISH_FUNCTION_WORDS.has(w)) continue;
    const budget = typoBudget(w.length);
    let bestToken: string | null = null;
    let bestDist = budget + 1;
    for (const t of tokenOwners.keys()) {
      if (Math.abs(t.length - w.length) > budget) continue;
      const d = editDistance(w, t, budget);
      if (d < bestDist || (d === bestDist && bestToken && knownDf(t) > knownDf(bestToken))) {
        bestDist = d;
        bestToken = t;
      }
    }
    if (bestToken && bestDist <= budget && knownDf(w) * 5 <= Math.max(knownDf(bestToken), 1)) {
      const owners = tokenOwners.get(bestToken)!;
      const sp = busiest(owners);
      if (sp) out.push({ speaker: sp, start: i, end: i + 1, ...(owners.size > 1 ? { shared: true } : {}) });
    }
  }
  return out;
}

/** Whether the capitalised word at `i` has a capitalised neighbour that is no title ("Bỉm Sơn", not "Ông Sơn"). */
function inLongerName(folded: string[], original: string[], i: number): boolean {
  const caps = (k: number): boolean => /^\p{Lu}/u.test(original[k] ?? '');
  return (i > 0 && caps(i - 1) && !TITLE_WORDS.has(folded[i - 1]!)) || caps(i + 1);
}
