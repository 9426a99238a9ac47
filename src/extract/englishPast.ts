/**
 * An English clause telling its happening by the tense rather than by a cue word: "Vietnam first piloted e-visas in
 * February 2017 and expanded them to all nationalities in August 2023", "the plant went into operation in May 2021".
 * A past verb (-ed, or a common irregular one) in the date's clause, outside quotations, and no plan, forecast or
 * condition in it ("will", "expected", "aims", "by 2030"), as "đã" marks the past in Vietnamese (pastClauses.ts).
 */
import type { DateMention } from '../core/dates.js';

const IRREGULAR = new Set(['began', 'went', 'came', 'took', 'made', 'became', 'built', 'won', 'lost', 'hit', 'left', 'rose', 'fell', 'grew', 'saw', 'met', 'paid', 'sold', 'bought', 'brought', 'struck', 'broke', 'held', 'led', 'spent', 'sent', 'set', 'gave', 'got', 'ran', 'kept', 'shut', 'sank', 'flew', 'fled', 'killed']);
// -ed words that describe or plan rather than tell what took place.
const NOT_PAST = new Set(['based', 'related', 'located', 'called', 'named', 'compared', 'expected', 'scheduled', 'planned', 'proposed', 'projected', 'estimated', 'needed', 'required', 'united', 'limited', 'advanced', 'detailed', 'interested', 'concerned', 'experienced', 'designed', 'intended', 'aimed', 'targeted', 'slated', 'forecasted', 'predicted', 'supposed', 'allowed', 'listed', 'owned', 'registered', 'specialized', 'speed', 'need', 'feed', 'seed', 'indeed', 'hundred', 'red', 'bed', 'shed', 'led']);
const NOT_HAPPENED = /\b(?:will|would|could|should|might|must|shall|if|unless|expects?|expected|plans?|planned|aims?|aiming|targets?|forecasts?|likely|scheduled|set to|due to|to be|next|by\s+(?:the\s+end\s+of\s+)?\d{4})\b/iu;

/** The clause of `text` holding [start, end): between the clause punctuation around it. */
function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const after = text.slice(end).search(/[,;:]\s/u);
  return text.slice(from, after < 0 ? text.length : end + after);
}

// "has asked … from July 15 to September 15", "has been investigated since 2005": the perfect names no day of its
// own, and a date opening or closing a window ("from", "until", "between") is the window's, not the happening's.
// "may" as a modal, not the month: lower case only.
const MAY = /\bmay\b/u;
const PERFECT = /\b(?:has|have|'ve)\b/iu;
const WINDOW_BEFORE = /\b(?:from|to|until|till|through|between|and|since)\s+(?:the\s+)?$/iu;

/** Whether a date of `masked` (an English sentence, quotations masked) dates a happening its clause tells in the past. */
export function isEnglishPastDate(masked: string, d: Pick<DateMention, 'start' | 'end' | 'raw'>): boolean {
  if (/[^ -~\s–—’“”‘]/u.test(masked.replace(/§/gu, ''))) return false;
  if (WINDOW_BEFORE.test(masked.slice(0, d.start)) || /^(?:from|since|until|to)\s/iu.test(d.raw)) return false;
  const clause = clauseOf(masked, d.start, d.end);
  if (clause.includes('§') || NOT_HAPPENED.test(clause) || MAY.test(clause) || PERFECT.test(clause)) return false;
  const at = d.start - masked.indexOf(clause);
  const past = (w: string) => IRREGULAR.has(w) || (w.length >= 5 && w.endsWith('ed') && !NOT_PAST.has(w));
  // A verb after the date tells its happening ("Feb. 29 -- a flight turned back"); one before it, unless a participle
  // between them takes the date ("discredited clips … showing crowds … causing congestion on Sunday").
  const after = clause.slice(at).toLowerCase().match(/[a-z]+/gu) ?? [];
  const before = (clause.slice(0, at).toLowerCase().match(/[a-z]+/gu) ?? []).reverse();
  const participle = before.findIndex((w) => w.length >= 5 && w.endsWith('ing'));
  return after.some(past) || (participle < 0 ? before : before.slice(0, participle)).some(past);
}

/** Events found by their tense alone: told, but no occasion the page's undated statements are put at (document.ts). */
export const TENSE_ONLY = new WeakSet<object>();
