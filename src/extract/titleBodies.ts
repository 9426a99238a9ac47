/**
 * A title that runs through a body's name to its holder: a spaced dash that continues the body or the office ("Hiệp
 * hội Da giày - Túi xách", "Bộ trưởng Văn hóa - Thể thao và Du lịch X"), and a body written partly in lower case
 * before a Vietnamese full name ("Chủ tịch hiệp hội Gỗ và lâm sản Việt Nam Nguyễn Văn X"). Read by mentions.ts.
 */
import type { Token } from './tokens.js';
import { capRun, familyNameOpens, FIELD_SEQ, HONORIFIC_SET, isCap, isWord, matchSeq, ORG_SEQ, PLACE_WIDE, ROLE_SEQ, VERB_SEQ } from './nameRuns.js';
import { SUBJECT_STOPS, VIETNAMESE_SURNAMES } from './lexicon.js';

export const FIELD_DASH = /^[-–]$/u;

/** Whether a body's next field starts at `k`: a capitalised word that opens no person, title or place ("Bộ Y tế - Ông X"). */
export function fieldAfterDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!isCap(t) || HONORIFIC_SET.has(t!.lower) || matchSeq(tokens, k, ROLE_SEQ) || matchSeq(tokens, k, PLACE_WIDE, true)) return false;
  return !(VIETNAMESE_SURNAMES.has(t!.text) && capRun(tokens, k) >= 2);
}

/** Whether the words of a title up to `to` hold a body's head ("… Hiệp hội Da giày"), so a dash continues it. */
export function bodyInTitle(tokens: Token[], body: { scanned: number; found: boolean }, to: number): boolean {
  for (; !body.found && body.scanned < to; body.scanned++) body.found = isCap(tokens[body.scanned]) && matchSeq(tokens, body.scanned, ORG_SEQ, true) > 0;
  return body.found;
}

/** Whether the words from `from` to `to` are one field of an office ("Bộ trưởng Văn hóa - …"). */
export function fieldRightAfterTitle(tokens: Token[], from: number, to: number): boolean {
  return to > from && matchSeq(tokens, from, FIELD_SEQ, true) === to - from;
}

/** Whether the title's words right before `j` end on a body's head written in lower case ("chủ tịch hiệp hội"). */
export function lowerBodyBefore(tokens: Token[], from: number, j: number): boolean {
  for (let x = Math.max(from, j - 3); x < j; x++) {
    if (!isCap(tokens[x]) && isWord(tokens[x]) && matchSeq(tokens, x, ORG_SEQ) === j - x) return true;
  }
  return false;
}

/**
 * From the first capitalised word of a body's name at `j`, through its lower-case words ("và lâm sản") and
 * capitalised ones, to a Vietnamese full name (a family name, then one to three capitalised syllables) that ends the
 * capitalised run: where that name starts, or 0. Nothing else may come between (no title, "ông", verb or comma).
 */
export function fullNameAfterLowerBody(tokens: Token[], j: number): number {
  for (let m = j + 1; m < j + 16 && m < tokens.length; m++) {
    const w = tokens[m]!;
    // "… thủy sản Việt Nam (HTSV) Lê Văn An": the body's acronym in brackets before the name.
    if (w.text === '(' && /^[A-ZĐ][A-ZĐ0-9&-]+$/u.test(tokens[m + 1]?.text ?? '') && tokens[m + 2]?.text === ')') { m += 2; continue; }
    if (!isWord(w) || HONORIFIC_SET.has(w.lower) || matchSeq(tokens, m, VERB_SEQ) || matchSeq(tokens, m, ROLE_SEQ)) return 0;
    if (!isCap(w)) {
      if (SUBJECT_STOPS.has(w.lower) && w.lower !== 'và') return 0;
      continue;
    }
    const run = capRun(tokens, m);
    if (VIETNAMESE_SURNAMES.has(w.text) && run >= 2 && run <= 4 && !isCap(tokens[m + run]) && familyNameOpens(tokens, m)) return m;
  }
  return 0;
}
