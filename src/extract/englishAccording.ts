/**
 * English copy that names its source after the words, at the end of the sentence: "Cargo rose 12 percent in
 * January, according to the Ministry of Transport.", "…, according to GSO head Nguyen Van A.", "…, according to a
 * report released by the department on Friday.". The words before the comma are that source's report. A person or a
 * body named there speaks; a document, figures or an outlet ("a report …", "customs data", "state media") is no one
 * to name, and the words are kept as a report with no speaker.
 */
import type { Attribution } from './attribution.js';
import { isSpeakerMention } from './attribution.js';
import type { Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import type { PostposedClause } from './postposedClause.js';
import { wordCount } from './quoteSpans.js';
import { isEnglishTitle } from './englishAppositiveTitle.js';

// ", according to" and its source up to the sentence's stop: one phrase, no comma, quotation or clause of its own.
const ACCORDING_END = /,\s*according to\s+([^,;:§“”"]{2,120}?)\s*[.!]?\s*$/u;
// English words only: Vietnamese copy writes "theo" and is read elsewhere.
const ENGLISH = /^[\x20-\x7E’‘–—§]+$/u;
// What a page cites that is no one: a document, figures, an outlet.
const NO_ONE = /^(?:(?:a|an|the|its|their|his|her|new|latest|recent|preliminary|official|initial)\s+)*(?:[\w’'-]+\s+){0,3}(?:report|reports|study|survey|statement|document|data|figures|statistics|estimates?|census|media|press|newspapers?|reports|records|sources|poll|research|findings|website|notice|plan|forecast)(?![\w-])/iu;
const MIN_WORDS = 6;
const ACCORDING_TITLED_END = /,\s*according to\s+((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[^,;:§“”"]{2,60}?),\s*([^,;:§“”"]{2,140}?)\s*[.!]?\s*$/u;

/** The words before a closing ", according to X." in an English sentence, with X as the attribution; or null. */
export function accordingToClause(text: string, masked: string, known: (n: string) => boolean): PostposedClause | null {
  if (!ENGLISH.test(masked)) return null;
  // "…, according to Vo Thi Lan, deputy director of the X Department.": a bare name, then its title.
  const titled = ACCORDING_TITLED_END.exec(masked);
  const m = titled && isEnglishTitle(titled[2]!) ? titled : ACCORDING_END.exec(masked);
  if (!m) return null;
  const comma = m.index;
  const clause = text.slice(0, comma).trim();
  // Quoted words before it are read by the quotation rules; a short clause is a figure, not a report.
  if (masked.slice(0, comma).includes('§') || wordCount(clause) < MIN_WORDS) return null;
  const phrase = m[1]!;
  const at = comma + m[0].indexOf(phrase);
  const parsed = NO_ONE.test(phrase) ? null : parseSubject(phrase, known);
  // A person or a body that is the whole source: it speaks. Anything else is cited, by no one to name.
  const whole = parsed && isSpeakerMention(parsed) && phrase.slice(parsed.end).trim() === '' && (m !== titled || parsed.type === 'person');
  const mention: Mention = whole
    ? { ...parsed, start: parsed.start + at, end: parsed.end + at }
    : { type: 'nonSpeaker', surface: phrase, start: at, end: at + phrase.length };
  const attributionEnd = m === titled ? masked.length : at + phrase.length;
  const attribution: Attribution = { mention, clauseStart: 0, attributionEnd, via: 'postposed', verb: 'according to' };
  return { text: clause, attribution, comma };
}
