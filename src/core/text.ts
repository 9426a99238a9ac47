/**
 * Text helpers shared by extraction and search. Pure functions, no I/O.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Zero-width space/joiners, word joiner, BOM: invisible in a page, but they split words for a tokenizer.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** NFC-normalise and drop zero-width characters; the result is what we cite. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(ZERO_WIDTH, '');
}

/** foldText by its definition: decompose, drop the marks and zero-width characters, đ → d, lower case, recompose. */
export function foldTextSlow(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(ZERO_WIDTH, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

// Latin letters (Basic Latin to Latin Extended-B, and Latin Extended Additional, where Vietnamese letters with two
// marks are) and the combining marks: each folds on its own, and folding a string of them is folding each one (a
// dropped mark leaves nothing to recompose with; these letters lower-case without context, unlike Greek sigma).
const LATIN_END = 0x250;
const EXTENDED = [0x1e00, 0x1f00] as const;
const FOLDED_CHAR: Array<string | undefined> = [];

function foldedChar(code: number): string | undefined {
  const i = code < LATIN_END ? code : code >= EXTENDED[0] && code < EXTENDED[1] ? code - EXTENDED[0] + LATIN_END : -1;
  if (i < 0) return undefined;
  return (FOLDED_CHAR[i] ??= foldTextSlow(String.fromCharCode(code)));
}

/**
 * Fold for matching: lower case, no diacritics, đ → d. "Điện Kremlin" and "dien kremlin" fold alike.
 * The output has the same number of UTF-16 units only for Vietnamese/Latin input; use it for matching, never for citing.
 * Latin text (with its marks, composed or not) is folded a character at a time from a table, which gives the same
 * string as the definition (foldTextSlow) several times faster; any other character takes the definition.
 */
export function foldText(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Upper-case ASCII letters change too; everything else below 0x80 folds to itself.
    if (code < 0x80 && (code < 0x41 || code > 0x5a)) continue;
    const f = foldedChar(code);
    if (f === undefined) return foldTextSlow(s);
    out += s.slice(from, i) + f;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
// Whether each UTF-16 unit (BMP) is a letter or digit, filled on first sight: 1 yes, 2 no. Also read by extract/tokens.ts.
const WORD_UNIT = new Uint8Array(65536);
export function isWordUnit(code: number): boolean {
  let c = WORD_UNIT[code]!;
  if (c === 0) WORD_UNIT[code] = c = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

/**
 * Words of a folded string: letters and digits only (Unicode-aware), in order. The same words as WORD_RUN, scanned by
 * a character table (the regex was a twentieth of extraction); a string with astral characters takes the regex.
 */
export function tokenize(folded: string): string[] {
  const out: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return folded.match(WORD_RUN) ?? [];
    if (!isWordUnit(code)) { i++; continue; }
    const start = i;
    for (i++; i < n; i++) {
      const c = folded.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return folded.match(WORD_RUN) ?? [];
      if (!isWordUnit(c)) break;
    }
    out.push(folded.slice(start, i));
  }
  return out;
}

/** How many words `tokenize` would give (the same runs of letters and digits), without making them. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return (text.match(WORD_RUN) ?? []).length;
    const word = isWordUnit(code);
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

// A lower-case letter, a full stop and a capitalised word with no space between: two sentences glued by the page.
const GLUED_SENTENCE = /^[\p{Ll}]\.\p{Lu}[\p{Ll}\p{M}]{2}/u;

/**
 * Where a single-quoted passage opened by the apostrophe at `i` closes: "'Chúng tôi đã báo cáo. Bệnh viện …', ông X
 * nói." An apostrophe opens one at a word start before a capital letter, and the passage closes at an apostrophe
 * after a word and before a comma, a stop or a space; -1 when it is no such passage (an elision, a possessive).
 */
function singleQuoteClose(text: string, i: number): number {
  if ((i > 0 && !/[\s(:]/u.test(text[i - 1]!)) || !/\p{Lu}/u.test(text[i + 1] ?? '')) return -1;
  const close = /(?<=[\p{L}\p{N}.!?…])'(?=[\s,.;:!?)]|$)/gu;
  close.lastIndex = i + 2;
  const m = close.exec(text);
  return m ? m.index : -1;
}

// Abbreviations after which a period does not end a sentence in Vietnamese news copy ("TP. Huế", "TX. Sơn Tây"), and
// the ranks and offices English copy abbreviates before a name ("Lt. Gen. Vuong said", "Sen. Berg", "Gov. Holm").
const NO_BREAK_BEFORE = /(?:\b(?:TP|Tp|TX|Mr|Mrs|Ms|Dr|Prof|St|ThS|TS|PGS|GS|Th|tr|TT|St|No|Jr|Sr|Lt|Gen|Col|Maj|Capt|Sgt|Adm|Brig|Cmdr|Sen|Rep|Gov|Supt|Insp|Rev)|\b[A-ZĐ])\.$/u;

const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

// What a closing quotation mark after a stop may be followed by in the same sentence: its attribution, short and
// ending the sentence ('"We will win." Coach Park said.', non-standard but written).
const ATTRIBUTION_ONLY = /^[^.!?"“”]{1,60}?\s(?:said|says|added|asked|nói|cho biết|chia sẻ)\s*[.!?]/u;

/**
 * Where the next sentence starts after a quotation closed at `from` - 1 right after its stop: past the spaces, when a
 * capital letter, a digit or an opening mark follows and the words are not the quotation's own attribution; else -1.
 */
function quotedStopEnd(text: string, from: number): number {
  let k = from;
  while (k < text.length && /[\s\u00a0]/u.test(text[k]!)) k++;
  if (k === from || k >= text.length || !/[\p{Lu}\p{N}"“«]/u.test(text[k]!)) return -1;
  return ATTRIBUTION_ONLY.test(text.slice(k, k + 80)) ? -1 : k;
}

/**
 * Split a paragraph into sentences. A sentence ends at . ! ? … followed by a space and an upper-case
 * letter, a digit or an opening quote — but not inside a quotation, so a quoted passage of several
 * sentences stays with its attribution ("… Mà là do Washington”, ông nói.").
 */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const text = paragraph;
  // Offset of the apostrophe closing a single-quoted passage that is open ('…. …', ông X nói.), else -1.
  let singleClose = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (i === singleClose) singleClose = -1;
    else if (singleClose < 0 && depth === 0 && ch === "'") singleClose = singleQuoteClose(text, i);
    if (singleClose >= 0) continue;
    const wasOpen = depth > 0;
    if (ch === '“' || ch === '«') depth++;
    else if ((ch === '”' || ch === '»') && depth > 0) depth--;
    else if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    if (depth > 0) continue;
    // '… calling it "a bridge between two coasts." The agency said …': a quotation closed right after its own stop ends
    // the sentence too (English copy puts the stop inside the marks), when the next one opens on a capital.
    if (wasOpen && i > 0 && /[.!?…]/u.test(text[i - 1]!)) {
      const k = quotedStopEnd(text, i + 1);
      if (k > 0) {
        out.push(text.slice(start, i + 1).trim());
        start = k;
        i = k - 1;
      }
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < text.length && /["”»')\]]/.test(text[j]!)) j++;
      // "… cho đất nước.Trước khi …": a page that lost the space after a stop still starts a sentence there: a
      // lower-case letter, the stop, then a capitalised word (never "TP.HCM", "v.v.", "vnexpress.net").
      if (ch === '.' && j === i + 1 && GLUED_SENTENCE.test(text.slice(Math.max(0, i - 1), i + 4)) && !NO_BREAK_BEFORE.test(text.slice(Math.max(start, i - 6), i + 1))) {
        out.push(text.slice(start, j).trim());
        start = j;
        continue;
      }
      if (j < text.length && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (k >= text.length) break;
      const next = text[k]!;
      if (!/[\p{Lu}\p{N}"“«([]/u.test(next)) continue;
      // The abbreviation test reads a few characters before the period (the longest is 3 letters and a boundary): over
      // the whole sentence so far it made a long run of 'Mr. X' quadratic.
      if (ch === '.' && NO_BREAK_BEFORE.test(text.slice(Math.max(start, i - 6), i + 1))) continue;
      // "on Nov. 18", "Sept. 3, 2025": English abbreviates a month before its day; the day is no new sentence.
      if (ch === '.' && /\p{N}/u.test(next) && MONTH_ABBREVIATION.test(text.slice(Math.max(start, i - 6), i + 1))) continue;
      out.push(text.slice(start, j).trim());
      start = k;
      i = k - 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}
