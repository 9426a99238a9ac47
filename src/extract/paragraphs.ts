/**
 * The parts of a document that can carry statements: body paragraphs up to the page's related-articles area,
 * without the headline and teaser lines; captions are marked (they date events but say nothing).
 */
import type { CorpusDocument } from '../core/types.js';
import { foldText, splitSentences } from '../core/text.js';
import { FURNITURE_START } from './lexicon.js';

export interface Sentence {
  text: string;
  /** Offset in the paragraph. */
  start: number;
}

export interface Paragraph {
  text: string;
  caption: boolean;
  /** A photo caption ("…, sáng 5/10. Ảnh: …"): what it shows happened on its date. */
  photo: boolean;
  sentences: Sentence[];
  /** The page's last line, cut off by the excerpt mid-sentence: words that run to its end are unfinished. */
  cut?: boolean;
}

// Photo credits: "Ảnh: Reuters", "(Ảnh: AFP)", "ẢNH: AFP", "- Ảnh 1."
const PHOTO_CREDIT = /(?:^|[\s(.,-])(?:ảnh|photo|nguồn ảnh)\s*(?::|\d+\.?$)/iu;
// English past reporting verb, then (after a few words: "in a statement on Wednesday") the "that" of the reported clause.
const REPORTED_CLAUSE = /\b(?:said|told|stated|added|announced|confirmed)\b[^.!?“”"]{0,60}?\bthat\s/u;
// A teaser of another article is cut off with an ellipsis and has no sentence inside it.
const TEASER = /(?:…|\.\.\.)\s*$/u;

/** Whether a paragraph is a caption or other short line without sentence punctuation (alt text, bylines). */
export function isCaptionLike(p: string): boolean {
  const t = p.trim();
  if (PHOTO_CREDIT.test(t)) return true;
  if (isHeadlineLike(t)) return true;
  // A quotation cut off by the page ("“Bộ đã chỉ đạo … chấn chỉnh. Đồng thời sẽ sửa …") is text, not a caption:
  // captions hold no finished sentence followed by another.
  if (/^[“"«]/u.test(t) && /[.!?…]\s+\p{Lu}/u.test(t)) return false;
  // A long line telling what someone said ("Police spokesperson X said in a statement on Wednesday that a mob …")
  // is a sentence whose stop the page lost: captions show, in the present ("X speaks at …"), and report no clause.
  if (t.length >= CUT_TEXT_CHARS && REPORTED_CLAUSE.test(t)) return false;
  return t.length < 220 && !/[.!?…”"»)\]:]$/u.test(t);
}

/**
 * A headline (of this or a related article) ends on its quoted words with no full stop anywhere:
 * 'Chuyên gia cho biết mùa mưa năm nay "bất thường"'. Article sentences end with a stop, inside or after the quote.
 */
function isHeadlineLike(t: string): boolean {
  return t.length < 200 && /[”"»]$/u.test(t) && !/[.!?…]/u.test(t);
}

/**
 * Longest sentence read as one. Real sentences stay far below it (a long Vietnamese news sentence has 600–800
 * characters); a longer run (no punctuation, a pasted table, hostile text) is cut at spaces into pieces of at most
 * this length, so the per-sentence rules, some of which look back over the sentence, cost linear time in the page.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** `s` (at `start` in its paragraph) in pieces of at most MAX_SENTENCE_CHARS, cut after a space when there is one. */
function capped(s: string, start: number, out: Sentence[]): void {
  let from = 0;
  while (s.length - from > MAX_SENTENCE_CHARS) {
    let cut = s.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
    if (cut <= from) cut = from + MAX_SENTENCE_CHARS;
    // Never between the two halves of a surrogate pair.
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    const piece = s.slice(from, cut).trim();
    if (piece) out.push({ text: piece, start: start + from + s.slice(from, cut).indexOf(piece) });
    from = cut;
  }
  const rest = s.slice(from).trim();
  if (rest) out.push({ text: rest, start: start + from + s.slice(from).indexOf(rest) });
}

/** Sentences of a paragraph with their offsets. */
export function sentencesOf(p: string): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  for (const s of splitSentences(p)) {
    const at = p.indexOf(s, cursor);
    const start = at >= 0 ? at : cursor;
    if (s.length > MAX_SENTENCE_CHARS) capped(s, start, out);
    else out.push({ text: s, start });
    cursor = start + s.length;
  }
  return out;
}

// A page flattened to one line keeps its bullets: " * HLV X: …" starts a new item (an interview answer, a list entry).
const BULLET = /\s\*\s+(?=\p{Lu})/u;

/** A raw paragraph cut at its inline bullets. */
function splitBullets(raw: string): string[] {
  return BULLET.test(raw) ? raw.split(new RegExp(BULLET.source, 'gu')) : [raw];
}

// A stored excerpt of a page stops mid-sentence, often mid-word ("… sớm nhất là vào tuần tới, nhưng kh"): its last line
// lacks a final stop because it was cut, not because it is a caption. Captions and headlines of related articles at
// the end of a page are shorter than this; shorter cut lines stay captions (a blank over a guess).
const CUT_TEXT_CHARS = 100;

/** Whether the page's last line is body text cut off by the excerpt rather than a caption. */
function isCutText(text: string): boolean {
  return text.length >= CUT_TEXT_CHARS && !PHOTO_CREDIT.test(text) && !/[.!?…”"»)\]:]$/u.test(text) && /[\p{L}\p{N},]$/u.test(text);
}

/** Body paragraphs to read statements and events from, in order. */
export function bodyParagraphs(doc: CorpusDocument): Paragraph[] {
  const title = doc.title ? foldText(doc.title).trim() : null;
  const out: Paragraph[] = [];
  const raws = doc.paragraphs.flatMap(splitBullets);
  let lastLine = raws.length - 1;
  while (lastLine >= 0 && !raws[lastLine]!.trim()) lastLine--;
  for (const [i, raw] of raws.entries()) {
    const text = raw.trim();
    if (!text) continue;
    if (FURNITURE_START.test(text)) break;
    // Folding keeps the length of Latin/Vietnamese text, so only a paragraph about as long as the title can repeat it.
    if (title && text.length >= title.length && text.length <= 2 * title.length + 8 && foldText(text).trim() === title) continue;
    if (TEASER.test(text) && text.length < 200 && !/[.!?]["”»]?\s/u.test(text.replace(TEASER, ''))) continue;
    const cut = i === lastLine && isCutText(text);
    out.push({ text, caption: isCaptionLike(text) && !cut, photo: PHOTO_CREDIT.test(text), sentences: sentencesOf(text), ...(cut ? { cut } : {}) });
  }
  return out;
}
