/**
 * The synonym and bilingual lexicon (lexicon.json), folded once at load.
 * A phrase of the question that appears in the lexicon becomes one concept whose variants all count
 * as a match: "chế tài" also finds "trừng phạt", "sanctions" finds "trừng phạt".
 */
import { foldText, tokenize } from '../core/text.js';
import data from './lexicon.json' with { type: 'json' };

/** One way of saying a concept, as lower-cased original text and a score factor (1 = the user's words). */
export interface Variant {
  text: string;
  factor: number;
}

/** Score factor of a synonym relative to the user's own words. */
export const SYNONYM_FACTOR = 0.8;
/** Score factor of a Vietnamese rendering of an English word. */
export const ENGLISH_FACTOR = 0.9;

interface LexiconData {
  synonyms: string[][];
  english: Record<string, string[]>;
}

export interface Lexicon {
  /** Folded phrase (words joined by one space) → the variants to search instead. */
  phrases: Map<string, Variant[]>;
  /** Longest phrase, in words. */
  maxWords: number;
  /**
   * Keys that come only from the English map: used for English questions only, since a folded
   * Vietnamese syllable can spell an English key ("thai" is also "thải", "sea" never, "ban" is "bạn").
   */
  englishOnly: Set<string>;
  /**
   * Folded Vietnamese phrase → its English renderings (with their inflected forms), the English map read
   * backwards: a Vietnamese question also finds an article written in English (see crossLingual.ts).
   */
  toEnglish: Map<string, Variant[]>;
}

function key(phrase: string): string {
  return tokenize(foldText(phrase)).join(' ');
}

/** Build a lexicon from data shaped like lexicon.json (tests pass their own). */
/** Words of the lexicon's longest phrase that starts at word `k` of `folded` and that `keep` accepts, or 0. */
export function phraseLengthAt(lexicon: Lexicon, folded: readonly string[], k: number, keep: (key: string) => boolean = () => true): number {
  for (let n = Math.min(lexicon.maxWords, folded.length - k); n >= 1; n--) {
    const key = folded.slice(k, k + n).join(' ');
    if (lexicon.phrases.has(key) && keep(key)) return n;
  }
  return 0;
}

export function buildLexicon(input: LexiconData): Lexicon {
  const phrases = new Map<string, Variant[]>();
  const add = (k: string, variants: Variant[]): void => {
    const list = phrases.get(k) ?? [];
    for (const v of variants) {
      const existing = list.find((x) => key(x.text) === key(v.text));
      if (existing) existing.factor = Math.max(existing.factor, v.factor);
      else list.push({ ...v });
    }
    phrases.set(k, list);
  };
  for (const group of input.synonyms) {
    for (const phrase of group) {
      add(
        key(phrase),
        group.map((other) => ({ text: other.toLowerCase(), factor: key(other) === key(phrase) ? 1 : SYNONYM_FACTOR })),
      );
    }
  }
  const synonymKeys = new Set(phrases.keys());
  // An English word finds its renderings and their Vietnamese synonyms ("sanctions" → "chế tài").
  for (const [english, renderings] of Object.entries(input.english)) {
    add(key(english), [
      { text: english.toLowerCase(), factor: 1 },
      ...renderings.flatMap((r) => [
        { text: r.toLowerCase(), factor: ENGLISH_FACTOR },
        ...(phrases.get(key(r)) ?? []).map((v) => ({ text: v.text, factor: ENGLISH_FACTOR * v.factor })),
      ]),
    ]);
  }
  // English number words find digits; not read backwards: a folded Vietnamese numeral is often another word ("hai"
  // two / "hải" sea, "năm" five / year), and a digit typed stays a digit.
  for (const [word, digits] of Object.entries(NUMBER_WORDS)) add(word, [{ text: word, factor: 1 }, { text: digits, factor: ENGLISH_FACTOR }]);
  let maxWords = 1;
  for (const k of phrases.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  const englishOnly = new Set([...phrases.keys()].filter((k) => !synonymKeys.has(k)));
  return { phrases, maxWords, englishOnly, toEnglish: reverseEnglish(input, phrases, synonymKeys) };
}

const NUMBER_WORDS: Record<string, string> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11',
  twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
};

/** The English map read backwards: each rendering (and its Vietnamese synonyms) → the English phrases. */
function reverseEnglish(input: LexiconData, phrases: Map<string, Variant[]>, synonymKeys: Set<string>): Map<string, Variant[]> {
  const out = new Map<string, Variant[]>();
  for (const [english, renderings] of Object.entries(input.english)) {
    const forms = englishForms(english.toLowerCase());
    for (const r of renderings) {
      const vi = [key(r), ...(synonymKeys.has(key(r)) ? (phrases.get(key(r)) ?? []).map((v) => key(v.text)) : [])];
      for (const k of vi) {
        const list = out.get(k) ?? [];
        for (const f of forms) if (!list.some((v) => v.text === f)) list.push({ text: f, factor: ENGLISH_FACTOR });
        out.set(k, list);
      }
    }
  }
  return out;
}

// Irregular past forms of common news verbs; regular endings are added by rule.
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], say: ['said'], tell: ['told'], speak: ['spoke', 'spoken'], hold: ['held'], win: ['won'],
  lose: ['lost'], buy: ['bought'], sell: ['sold'], begin: ['began', 'begun'], rise: ['rose', 'risen'],
  fall: ['fell', 'fallen'], lead: ['led'], send: ['sent'], build: ['built'], bring: ['brought'], seek: ['sought'],
  fight: ['fought'], take: ['took', 'taken'], give: ['gave', 'given'], make: ['made'], go: ['went', 'gone'],
  see: ['saw', 'seen'], know: ['knew', 'known'], keep: ['kept'], leave: ['left'], pay: ['paid'], spend: ['spent'],
  think: ['thought'], write: ['wrote', 'written'], choose: ['chose', 'chosen'], steal: ['stole', 'stolen'],
  flee: ['fled'], shoot: ['shot'], sink: ['sank', 'sunk'], strike: ['struck'], withdraw: ['withdrew', 'withdrawn'], grow: ['grew', 'grown'],
  forbid: ['forbade', 'forbidden'], drive: ['drove', 'driven'], run: ['ran'], become: ['became'], arise: ['arose'],
};

/** An English phrase with the inflected forms of its last word (plural, past, -ing), for matching English text. */
export function englishForms(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.pop()!;
  const head = words.length ? `${words.join(' ')} ` : '';
  const forms = new Set([last, ...(IRREGULAR[last] ?? [])]);
  if (/^[a-z-]+$/.test(last) && /[a-z]{3}$/.test(last)) {
    const stem = last.endsWith('e') ? last.slice(0, -1) : last;
    if (/[^aeiou]y$/.test(last)) forms.add(`${last.slice(0, -1)}ies`).add(`${last.slice(0, -1)}ied`);
    else forms.add(/(s|x|z|ch|sh)$/.test(last) ? `${last}es` : `${last}s`).add(`${stem}ed`);
    forms.add(`${stem}ing`);
  }
  return [...forms].map((f) => head + f);
}

/** The lexicon shipped in lexicon.json. */
export const DEFAULT_LEXICON: Lexicon = buildLexicon(data as LexiconData);

/** The base of an irregular English past form ("fell" → "fall", "paid" → "pay"), or null. */
export function irregularBase(word: string): string | null {
  for (const [base, forms] of Object.entries(IRREGULAR)) if (forms.includes(word)) return base;
  return null;
}

/** English plural and verb endings tried when a word is not in the lexicon as typed. */
export function englishBaseForms(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies') && word.length > 4) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es') && word.length > 3) out.push(word.slice(0, -2));
  if (word.endsWith('s') && word.length > 3) out.push(word.slice(0, -1));
  if (word.endsWith('ed') && word.length > 4) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing') && word.length > 5) out.push(word.slice(0, -3), word.slice(0, -3) + 'e');
  return out;
}
