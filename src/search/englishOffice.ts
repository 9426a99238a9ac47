/**
 * The office an English question asks of ("What did the Ha Giang provincial chairman say …", "What did Quang Ngai's
 * vice chairwoman say …"), for unknownOffice.ts: a role of ROLES right before the reporting verb, and before it the
 * name of whose office it is. Only a name the question capitalises is looked for, in the corpus's own spelling
 * folded ("Ha Giang" is "Hà Giang" folded); the role and the other words of the body are looked for through their
 * renderings in the lexicon ("chairman" → "chủ tịch"). A word of the body that is neither a name nor in the lexicon
 * (nor a place's rank, "provincial", "city", which pages write many ways) leaves the question undecided.
 */
import { foldText } from '../core/text.js';
import { splitWords } from './analyze.js';
import type { Engine } from './engine.js';
import { phraseLengthAt } from './lexicon.js';
import { EN_STOPWORDS } from './stopwords.js';

/** An English office: the role's renderings are looked up; `names` are capitalised runs, `terms` lexicon phrases. */
export interface EnglishOffice {
  role: string;
  names: string[];
  terms: string[];
  typed: string;
}

// Roles as English news writes them, longest first; those anyone speaking for a body holds need only the body.
const ROLES = [
  'vice chairman', 'vice chairwoman', 'vice president', 'deputy minister', 'deputy prime minister', 'prime minister',
  'chief executive', 'ceo',
  'chairman', 'chairwoman', 'minister', 'governor', 'mayor', 'ambassador', 'director', 'coach', 'president', 'chief',
  'head', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'leader',
].map((r) => r.split(' ')).sort((a, b) => b.length - a.length);
const ANY_VOICE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'leader']);
// Ranks and kinds of places a page may write otherwise ("provincial" for "tỉnh", or nothing at all).
const RANKS = new Set(['provincial', 'province', 'city', 'municipal', 'district', 'commune', 'ward', 'town', 'local']);
const VERBS = new Set(['say', 'tell', 'think', 'announce', 'comment', 'warn', 'explain', 'propose', 'request', 'ask', 'want', 'reply', 'respond', 'claim', 'confirm', 'suggest']);
const STOP = new Set(EN_STOPWORDS.map((w) => w.toLowerCase()));
const OPENING = /^(?:what|how)\s+(?:did|does|do|has|have|will|would)\s+/iu;
const MAX_BODY = 6;

/** The office an English question opens on (see the file comment), or null. */
export function englishOffice(e: Engine, question: string): EnglishOffice | null {
  const text = question.normalize('NFC').replace(/['’]s\b/gu, '');
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const { lower, folded, starts } = splitWords(rest);
  for (let end = 1; end < folded.length && end <= MAX_BODY + 2; end++) {
    if (!VERBS.has(folded[end]!)) continue;
    const role = ROLES.find((r) => r.length <= end && r.every((w, k) => folded[end - r.length + k] === w));
    if (!role) return null;
    const from = lower[0] === 'the' ? 1 : 0;
    const body = { lower: lower.slice(from, end - role.length), starts: starts.slice(from, end - role.length) };
    // As typed, from "the" on: "No article names the Ha Giang provincial chairman".
    return bodyOf(e, role.join(' '), body, rest, rest.slice(0, starts[end - 1]! + lower[end - 1]!.length));
  }
  return null;
}

function bodyOf(e: Engine, role: string, body: { lower: string[]; starts: number[] }, text: string, typed: string): EnglishOffice | null {
  const names: string[] = [];
  const terms: string[] = [];
  const capital = (k: number): boolean => /^\p{Lu}/u.test(text.slice(body.starts[k]!));
  const folded = body.lower.map((w) => foldText(w));
  const phraseAt = (k: number): number => phraseLengthAt(e.lexicon, folded, k);
  for (let k = 0; k < body.lower.length; k++) {
    const n = phraseAt(k);
    if (n > 0) {
      terms.push(body.lower.slice(k, k + n).join(' '));
      k += n - 1;
    } else if (capital(k)) {
      let end = k + 1;
      while (end < body.lower.length && capital(end) && phraseAt(end) === 0) end++;
      names.push(writtenName(e, foldText(body.lower.slice(k, end).join(' '))));
      k = end - 1;
    } else if (!RANKS.has(body.lower[k]!) && !STOP.has(body.lower[k]!)) return null;
  }
  return names.length ? { role, names, terms, typed } : null;
}

// English adjectives of a country or people, and the name they come from ("Indonesian" coach, "Vietnamese" ministry,
// "Italian" club): the suffix off, or "-ian"/"-an" cut to the "-ia"/"-a" of the name (Indonesia, Korea, Italia).
const DEMONYM_STEMS: readonly [RegExp, string][] = [[/ese$/u, ''], [/ian$/u, 'ia'], [/ian$/u, ''], [/an$/u, 'a']];

/**
 * A capitalised name as the corpus writes it: as typed, or, when its last word is never written and is a people's
 * adjective ("indonesian"), the country's name it comes from when that one is written ("indonesia").
 */
function writtenName(e: Engine, name: string): string {
  const words = name.split(' ');
  const last = words.pop()!;
  if (e.index.unigram(last) !== undefined) return name;
  for (const [suffix, stem] of DEMONYM_STEMS) {
    if (!suffix.test(last)) continue;
    const base = last.replace(suffix, stem);
    if (base.length >= 3 && e.index.unigram(base) !== undefined) return [...words, base].join(' ');
  }
  return name;
}

/** Whether a role anyone speaking for a body holds ("spokesperson"): the body alone tells. */
export function anyVoice(role: string): boolean {
  return ANY_VOICE.has(role);
}
