/**
 * Quoted spans of a paragraph: “…”, «…», "…", and single-quoted '…'/‘…’ (kept only when a reporting verb is
 * attached, decided by the caller). A quotation left open at the paragraph's end runs to the end: Vietnamese
 * copy, like English, reopens a continued quotation in the next paragraph.
 */
import { countWords } from '../core/text.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when left open. */
  close: number;
  /** The quoted words, trimmed. */
  text: string;
  closed: boolean;
  single: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’' };

function span(p: string, open: number, close: number, closed: boolean, single: boolean): QuoteSpan {
  return { open, close, text: p.slice(open + 1, close).trim(), closed, single };
}

/** The first straight double quote from `from` that can close a quotation (followed by a space, punctuation or the end), else the paragraph length. */
function straightCloser(p: string, from: number): number {
  for (let j = p.indexOf('"', from); j >= 0; j = p.indexOf('"', j + 1)) {
    if (j + 1 >= p.length || /[\s.,;:!?…)\-–]/u.test(p[j + 1]!)) return j;
  }
  return p.length;
}

// A straight quote that can only open: at the start, after a space or a bracket, before a letter or a digit.
const OPENS_ONLY = (p: string, j: number): boolean => (j === 0 || /[\s([]/u.test(p[j - 1]!)) && /[\p{L}\p{N}]/u.test(p[j + 1] ?? '');

/**
 * The straight quote closing the one at `open`: the next one, unless that one can only open a quotation nested in it
 * ("Tôi muốn có những "đàn chim Việt", sánh vai với …"."): then the one that brings the nesting back to zero. When the
 * nesting never closes, the next straight quote, as before; -1 when there is none.
 */
function nestedStraightClose(p: string, open: number): number {
  const next = p.indexOf('"', open + 1);
  if (next < 0 || !OPENS_ONLY(p, next)) return next;
  let depth = 1;
  let inner = -1;
  for (let j = next; j >= 0; j = p.indexOf('"', j + 1)) {
    depth += OPENS_ONLY(p, j) ? 1 : -1;
    if (depth === 0) return j;
    if (depth === 1) inner = j;
  }
  // "… mọi người nhìn bị "chướng mắt", ca sĩ X kể.": the nested words end the quotation, and their closing mark is the
  // only one the writer typed for both; the attribution after it is outside the marks.
  if (inner > next && /^[,.!?…]/u.test(p.slice(inner + 1)) && p.indexOf('"', inner + 1) < 0) return inner;
  return next;
}

/**
 * Where a paragraph closes a quotation the paragraph before left open, when it does: its first quotation mark is a
 * closing one (”, », or a straight quote before a space, a stop or the end). -1 otherwise.
 */
function continuedClose(p: string): number {
  const at = p.search(/[“”«»"]/u);
  if (at < 0) return -1;
  const ch = p[at]!;
  if (ch === '”' || ch === '»') return at;
  return ch === '"' && at > 0 && /^(?:[\s.,;:!?…)\-–]|$)/u.test(p.slice(at + 1, at + 2)) && !/\s$/u.test(p.slice(0, at)) ? at : -1;
}

/**
 * Outermost quoted spans in order. Nested quotes stay inside their outer span. `continuing`: the paragraph before
 * ended inside an open quotation; when this one closes it ("…” with no opening mark), the words up to the close are
 * the rest of that quotation, a span from the paragraph's start. New objects on each call.
 */
export function findQuoteSpans(p: string, continuing = false): QuoteSpan[] {
  const found = continuing ? FOUND_CONTINUING : FOUND_FRESH;
  let spans = found.get(p);
  if (!spans) {
    if (found.size >= FOUND_MAX) found.clear();
    found.set(p, (spans = scanQuoteSpans(p, continuing)));
  }
  return spans.map((s) => ({ ...s }));
}

// Spans already found, by paragraph (and whether a quotation runs on into it): the quotation runs across paragraphs
// (quoteRuns.ts) and the reading of each paragraph (document.ts) look for the same spans.
const FOUND_FRESH = new Map<string, readonly QuoteSpan[]>();
const FOUND_CONTINUING = new Map<string, readonly QuoteSpan[]>();
const FOUND_MAX = 5_000;

function scanQuoteSpans(p: string, continuing: boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  const close = continuing ? continuedClose(p) : -1;
  if (close > 0) {
    out.push({ open: 0, close, text: p.slice(0, close).trim(), closed: true, single: false });
    i = close + 1;
  }
  while (i < p.length) {
    // Only these marks open a span; every other character is stepped over here, without a string made for it.
    const code = p.charCodeAt(i);
    if (code !== 0x201c && code !== 0xab && code !== 0x2018 && code !== 0x22 && code !== 0x27) {
      i++;
      continue;
    }
    const ch = p[i]!;
    const closer = PAIRS[ch];
    if (closer) {
      let depth = 1;
      let j = i + 1;
      for (; j < p.length; j++) {
        if (p[j] === ch) depth++;
        else if (p[j] === closer && --depth === 0) break;
      }
      // “…" typed with mismatched marks: with no ” anywhere after it, a straight quote closes the span.
      if (j >= p.length && ch === '“') j = straightCloser(p, i + 1);
      out.push(span(p, i, Math.min(j, p.length), j < p.length, ch === '‘'));
      i = j + 1;
      continue;
    }
    if (ch === '"') {
      let j = nestedStraightClose(p, i);
      // "…” likewise: a curly closer ends a straight opening that has no straight partner, or whose straight partner
      // comes after it ("Cần xem lại …”, luật sư nói. … Minh "Bu" đề nghị …) — unless a curly opener nests it.
      const curly = p.indexOf('”', i + 1);
      if (curly >= 0 && (j < 0 || curly < j) && !p.slice(i + 1, curly).includes('“')) j = curly;
      out.push(span(p, i, j < 0 ? p.length : j, j >= 0, false));
      i = j < 0 ? p.length : j + 1;
      continue;
    }
    // An ASCII apostrophe opens a quote only at a word start and closes before a space or punctuation.
    if (ch === "'" && (i === 0 || /[\s(:,]/.test(p[i - 1]!)) && /\S/.test(p[i + 1] ?? '')) {
      const m = /'(?=[\s.,;:!?)]|$)/g;
      m.lastIndex = i + 2;
      const close = m.exec(p);
      if (close && close.index - i > 2) {
        out.push(span(p, i, close.index, true, true));
        i = close.index + 1;
        continue;
      }
    }
    i++;
  }
  return out.filter((s) => s.text.length > 0);
}

/** A paragraph read whole as the rest of a quotation opened above it (quoteRuns.ts): no mark of its own, left open. */
export function wholeSpan(p: string): QuoteSpan {
  return { open: 0, close: p.length, text: p.trim(), closed: false, single: false };
}

/** Number of words in a quoted text. */
export function wordCount(text: string): number {
  return countWords(text);
}

/** The text with every quoted span (marks included) blanked out, same length, so offsets still hold. */
export function maskQuotes(p: string, spans: QuoteSpan[]): string {
  let out = p;
  for (const s of spans) {
    const end = Math.min(p.length, s.close + 1);
    out = out.slice(0, s.open) + '§'.repeat(end - s.open) + out.slice(end);
  }
  return out;
}
