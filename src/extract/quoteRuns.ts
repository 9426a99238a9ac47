/**
 * Quotations that run over several paragraphs. Pages often open a quotation in one paragraph ("X cho biết: “…"),
 * set the next paragraphs without any mark and close it at the end of a later one ("…”."), or never close it when
 * the stored page stops first. A careful reader takes the unmarked paragraphs in between as the same speaker's
 * words; a mark that never closes must not swallow narration, so the run is kept only within these bounds:
 * - it ends at a paragraph whose first mark closes the quotation, or at the end of the page;
 * - any other mark (a new opening mark: the first was never closed, or the page reopens each paragraph), a
 *   heading, a paragraph that announces or reports someone's words ("Nói về …, ông X nói:") or tells a dated or
 *   recalled happening ends it, and then none of its paragraphs is taken;
 * - at most MAX_OPEN_PARAGRAPHS unmarked paragraphs;
 * - a run cut by the end of the page speaks somewhere in the first or second person, as speech does.
 */
import { leftAttribution, postposedAttribution, theoAttribution } from './attribution.js';
import { findMentions, type Mention } from './mentions.js';
import type { Paragraph, Sentence } from './paragraphs.js';
import { findQuoteSpans, maskQuotes, wordCount, type QuoteSpan } from './quoteSpans.js';
import type { SpeakerEntry } from './speakers.js';
import type { Statement } from './statements.js';

// A long speech quoted without reopening marks runs over three or four paragraphs on news pages; past five, a mark
// left open is more likely a typing slip than a speech (and a 2 000-character page rarely holds more).
export const MAX_OPEN_PARAGRAPHS = 5;

const ANY_MARK = /[“”«»"]/u;
// The reporter telling what happened, not the speaker talking: a day at the head of the sentence ("Chiều 5/3, …"),
// or the openers of background and of parallel news.
const NARRATION_OPENER = /^(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm)\s+(?:qua\s+|nay\s+)?\(?\d|trước đó|được biết|cùng ngày|trong khi đó|theo đó|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/iu;
// Words only a speaker uses of himself or his hearers ("US" is a country, not "us": the English words keep their case).
const FIRST_OR_SECOND_PERSON = /(?<![\p{L}\p{M}])(?:(?:[Tt]ôi|[Cc]húng (?:tôi|ta|mình)|[Mm]ình|(?:[Cc]ác )?[Bb]ạn|I|[Ww]e|[Oo]ur|[Yy]ou)(?![\p{L}\p{M}]))/u;

// Where the subject of the reporter's "X cho biết …" stands: at the sentence's start or after one opening phrase
// ("Phát biểu tại hội nghị, ông X nhấn mạnh …"); a subject further in belongs to a clause of the speech.
const REPORTER_SUBJECT = /^(?:[^,]{0,80},)?\s*$/u;

type Known = (name: string) => boolean;

/** Whether a sentence is the reporter's account of someone's words: "Theo X, …", "(Opening,) X cho biết …". */
function reportsSomeone(sentence: string, known: Known): boolean {
  const att = theoAttribution(sentence, known) ?? leftAttribution(sentence, sentence.length, known);
  if (!att || FIRST_OR_SECOND_PERSON.test(att.mention.surface)) return false;
  return att.via === 'theo' || REPORTER_SUBJECT.test(sentence.slice(0, att.mention.start));
}

/** Whether a paragraph without marks can be part of a quotation left open above it. */
function canContinue(p: Paragraph, known: Known): boolean {
  if (/:$/u.test(p.text.trim())) return false;
  return !p.sentences.some((s) => NARRATION_OPENER.test(s.text) || reportsSomeone(s.text, known));
}

/**
 * A caption inside a quotation is skipped: a photo caption (credited, set in a "| … |" cell, or naming a person at
 * its head: "HLV X tại buổi họp báo"); any other short line without a stop is a heading, which ends the run.
 */
function isHeading(p: Paragraph, known: Known): boolean {
  const text = p.text.trim();
  if (p.photo || /^\|/u.test(text) || /\|$/u.test(text) || /[.!?…]$/u.test(text)) return false;
  const first = findMentions(text, known)[0];
  return !(first && (first.type === 'person' || first.type === 'role') && first.start === 0);
}

/** The paragraph that closes the quotation `from` left open, and the unmarked ones in between; null when it cannot be told. */
function runAfter(paragraphs: Paragraph[], from: number, known: Known): { inside: number[]; closer: number | null } | null {
  const inside: number[] = [];
  for (let j = from + 1; j < paragraphs.length; j++) {
    const p = paragraphs[j]!;
    if (p.caption) {
      if (isHeading(p, known)) return null;
      continue;
    }
    if (ANY_MARK.test(p.text)) return closesQuotation(p.text) ? { inside, closer: j } : null;
    if (inside.length >= MAX_OPEN_PARAGRAPHS || !canContinue(p, known)) return null;
    inside.push(j);
  }
  return inside.some((j) => FIRST_OR_SECOND_PERSON.test(paragraphs[j]!.text)) ? { inside, closer: null } : null;
}

/** Whether a paragraph's first mark closes a quotation opened above it ("…”, ông X nói."). */
function closesQuotation(text: string): boolean {
  const first = findQuoteSpans(text, true)[0];
  return first !== undefined && first.open === 0 && first.closed && !/^[“«"]/u.test(text.trim());
}

/** Quotations that run over paragraphs: the paragraphs wholly inside one, and the paragraph that closes each (by opener). */
export interface QuoteRuns {
  /** Paragraphs wholly inside a quotation opened in an earlier paragraph; the closing paragraph is not among them. */
  inside: Set<number>;
  /** For a paragraph that leaves a quotation open, the paragraph whose first mark closes it, when one does. */
  closers: Map<number, number>;
}

/** The quotations of a document left open at a paragraph's end, and how far each runs. */
export function quoteRunsOf(paragraphs: Paragraph[], known: Known): QuoteRuns {
  const runs: QuoteRuns = { inside: new Set(), closers: new Map() };
  let open = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.caption) continue;
    open = findQuoteSpans(p.text, open).at(-1)?.closed === false;
    if (!open) continue;
    const run = runAfter(paragraphs, i, known);
    if (!run) continue;
    for (const j of run.inside) runs.inside.add(j);
    if (run.closer !== null) runs.closers.set(i, run.closer);
    if (run.inside.length) i = run.inside.at(-1)!;
  }
  return runs;
}

/**
 * Who a paragraph closing a quotation names after its closing mark ("…”, ông X nói."), or null: the speaker of the
 * whole quotation, from the paragraph that opened it on.
 */
export function closingAttribution(text: string, known: Known): Mention | null {
  const spans = findQuoteSpans(text, true);
  const first = spans[0];
  if (!first || first.open !== 0 || !first.closed) return null;
  // English keeps the comma inside the marks ("…,” coach X said."), as quotedStatements reads it.
  return postposedAttribution(maskQuotes(text, spans), first.close + 1, known, /[,?!]$/u.test(first.text))?.mention ?? null;
}

/**
 * The sentences of a paragraph that closes a quotation left open above it ("…. …”, ông X nói. …"): the sentence
 * splitter, not knowing the quotation was open, cuts inside it; the quoted words up to the end of the sentence that
 * closes them are one sentence, so the attribution after the closing mark is read with them.
 */
export function sentencesAroundClose(text: string, sentences: Sentence[], first: QuoteSpan | undefined): Sentence[] {
  if (!first || first.open !== 0 || !first.closed || /^[“«"]/u.test(text)) return sentences;
  const at = sentences.findIndex((s) => s.start + s.text.length > first.close);
  if (at <= 0) return sentences;
  const last = sentences[at]!;
  return [{ text: text.slice(0, last.start + last.text.length), start: 0 }, ...sentences.slice(at + 1)];
}

/**
 * Gives the quotation left open at the end of a paragraph to `speaker`, named where a later paragraph closes it: in
 * place of a speaker only carried over from the statements before, or as a statement of its own when it was left
 * unattributed. A speaker the sentence names itself ("X nói: “…") stays.
 */
export function nameOpenQuotation(statements: Statement[], span: QuoteSpan | undefined, masked: string, speaker: SpeakerEntry | null): void {
  if (!span || span.closed || !speaker) return;
  const at = statements.findIndex((st) => st.kind !== 'indirect' && st.text === span.text);
  const own = statements[at];
  if (own) {
    if (own.inherited || !own.speaker) statements[at] = { ...own, speaker, inherited: false };
  } else if (masked.slice(0, span.open).trim() === '' && wordCount(span.text) >= 4) {
    statements.push({ speaker, text: span.text, kind: 'direct', attributionEnd: 0, attributionStart: null, inherited: false });
  }
}
