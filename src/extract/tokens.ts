/**
 * Words and punctuation marks of a phrase with their offsets: the tokens every mention reader (mentions.ts,
 * englishNames.ts) walks.
 */
import { isWordUnit } from '../core/text.js';

/** Read only: one text's tokens are shared by every caller that tokenizes it (tokenizeWithOffsets). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower-case text, computed once: every lookup of the word lists compares it. */
  readonly lower: string;
  /** Starts with a capital letter and holds a letter. */
  readonly cap: boolean;
  /** A word (letters/digits), not punctuation. */
  readonly word: boolean;
}

// An English possessive ("Anna Berg's comments") ends the name: "'s" is not joined to it.
const TOKEN_RE = /\p{Lu}[\p{L}\p{N}]*(?:[?\uFFFD]\p{Ll}[\p{L}\p{N}]*)+|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

// Tokens already made, by text: a sentence's text is read for mentions by several passes (its names for the cast,
// its mentions, its subjects).
const MADE = new Map<string, readonly Token[]>();
const MADE_MAX = 5_000;

/** Words and punctuation marks with their offsets in `text` (a new array on each call; its tokens are shared). */
export function tokenizeWithOffsets(text: string): Token[] {
  let tokens = MADE.get(text);
  if (!tokens) {
    if (MADE.size >= MADE_MAX) MADE.clear();
    MADE.set(text, (tokens = scanTokens(text)));
  }
  return tokens.slice();
}

/** The text of tokens `a` to `b - 1` as written in `text`, from the first one's start to the last one's end. */
export function spanText(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/** Where a span of tokens that stops before token `j` ends: the end of token `j - 1`. */
export function spanEnd(tokens: Token[], j: number): number {
  return tokens[j - 1]!.end;
}

function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number) => {
    const w = text.slice(start, end);
    // A word no letter of which changes in lower case is its own lower case: its kind is its first character's.
    const first = unchangedFirstKind(text, start, end);
    if (first) {
      out.push({ text: w, start, end, lower: w, cap: (first & UPPER) !== 0, word: (first & LETTER_OR_DIGIT) !== 0 });
      return;
    }
    const k = kindOf(w);
    out.push({ text: w, start, end, lower: k.lower, cap: k.cap, word: k.word });
  };
  // Astral characters need the regex's code-point view; news text has none, so the scanner below is the rule.
  if (/[\ud800-\udfff]/.test(text)) {
    for (const m of text.matchAll(TOKEN_RE)) push(m.index, m.index + m[0].length);
    return out;
  }
  // Same tokens as TOKEN_RE, scanned by a character table: the regex was a sixth of extraction time.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charClass(text.charCodeAt(i));
    if (c === SPACE) { i++; continue; }
    if (c === OTHER) { push(i, i + 1); i++; continue; }
    const start = i;
    i++;
    for (;;) {
      while (i < n && charClass(text.charCodeAt(i)) === ALNUM) i++;
      const joiner = text.charCodeAt(i);
      // A hyphen, apostrophe or dot joins two runs of letters/digits ("Park Ji-hoon", "O'Neil", "17.1").
      if (i + 1 < n && (joiner === 0x2d || joiner === 0x27 || joiner === 0x2019 || joiner === 0x2e) && charClass(text.charCodeAt(i + 1)) === ALNUM &&
        !(joiner !== 0x2d && joiner !== 0x2e && isPossessiveS(text, i + 1))) {
        i += 2;
        continue;
      }
      if (i + 1 < n && isLostLetter(text, start, i)) {
        i += 2;
        continue;
      }
      break;
    }
    push(start, i);
  }
  return out;
}

/**
 * A letter the page lost in its encoding ("Ph?m", "Nguy\uFFFDn": a Vietnamese letter a scraper could not write) at
 * `at`, inside a capitalised word: the word goes on after it, so a name is not cut to its first letters ("Ph").
 */
function isLostLetter(text: string, start: number, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x3f && c !== 0xfffd) return false;
  const next = text[at + 1]!;
  return LOST_LETTER_NEXT.test(next) && /^\p{Lu}/u.test(text[start]!);
}
const LOST_LETTER_NEXT = /^\p{Ll}$/u;

/** "s" alone after an apostrophe at `at`: an English possessive, not part of the word before. */
function isPossessiveS(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x73 || c === 0x53) && (at + 1 >= text.length || charClass(text.charCodeAt(at + 1)) !== ALNUM);
}

const ALNUM = 1;
const SPACE = 2;
const OTHER = 3;
// Class of each UTF-16 unit (BMP), filled on first sight: letter/digit, white space, or other.
const CHAR_CLASS = new Uint8Array(65536);
function charClass(code: number): number {
  let c = CHAR_CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = isWordUnit(code) ? ALNUM : /\s/u.test(ch) ? SPACE : OTHER;
    CHAR_CLASS[code] = c;
  }
  return c;
}

const SEEN = 1;
const UPPER = 2;
const LETTER_OR_DIGIT = 4;
const LOWER_SAME = 8;
// Each UTF-16 unit (BMP, surrogates aside) as a word's character, filled on first sight: SEEN, an upper-case letter
// (UPPER, the rule of `cap`: an upper-case letter is a letter), a letter or digit (LETTER_OR_DIGIT), its own lower
// case (LOWER_SAME; only the capital sigma lower-cases by its neighbours, and it is never its own lower case).
const UNIT_KIND = new Uint8Array(65536);
function unitKind(code: number): number {
  let k = UNIT_KIND[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = SEEN | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (isWordUnit(code) ? LETTER_OR_DIGIT : 0) | (ch.toLowerCase() === ch ? LOWER_SAME : 0);
    UNIT_KIND[code] = k;
  }
  return k;
}

/**
 * The kind of the word text[start, end) from its first character when lower case leaves the word as it is, else 0
 * (the memo below decides): most words of news copy are written in lower case, and a memo look-up hashes the word.
 */
function unchangedFirstKind(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xd800 && code <= 0xdfff) || (unitKind(code) & LOWER_SAME) === 0) return 0;
  }
  return unitKind(text.charCodeAt(start));
}

interface WordKind { lower: string; cap: boolean; word: boolean }
// Word properties, memoised: news copy reuses a small vocabulary, and every sentence is tokenised twice.
const WORD_KINDS = new Map<string, WordKind>();
function kindOf(w: string): WordKind {
  let k = WORD_KINDS.get(w);
  if (!k) {
    if (WORD_KINDS.size > 200_000) WORD_KINDS.clear();
    k = { lower: w.toLowerCase(), cap: /^[\p{Lu}]/u.test(w) && /\p{L}/u.test(w), word: /^[\p{L}\p{N}]/u.test(w) };
    WORD_KINDS.set(w, k);
  }
  return k;
}
