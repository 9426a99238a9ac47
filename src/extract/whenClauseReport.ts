/**
 * A speaker recalling what someone else once said: "Ông X nhớ lại chuyến đi năm ấy, khi một người nuôi cá nói với ông:
 * “…”", "He recalled his trip, when a young farmer told him: “…”". The quotation after the colon is the words of the
 * when-clause's subject, not of the sentence's: Vietnamese and English news both set an earlier scene with "khi/lúc" or
 * "when" and then quote the one met there. Whom the clause describes without a name ("một người nuôi cá", "a young
 * farmer") is no one of the cast: the words are kept with no speaker, never given to the one who recalls them.
 */
import type { Attribution } from './attributionTypes.js';
import { findMentions, type Mention } from './mentions.js';
import { findReportingVerbs } from './reportingVerbs.js';
import { isSpeakerMention } from './subjects.js';
import { shift } from './subjectPhrase.js';

// The subordinate clause's opening word: "khi", "lúc" (Vietnamese "when", "at the time"), "when".
const WHEN_OPENING = /(?:^|[\s,])(?:khi|lúc|when)\s+/giu;
// After the when-clause's verb, at most its addressee ("nói với ông", "told him") before the colon that opens the quotation.
const TO_COLON = /^(?:\s+[^\s,;.:!?§]+){0,3}\s*:\s*$/u;
// The clause's subject: a few words with no clause punctuation, and not a passive ("khi được hỏi", "when asked"), whose
// subject is the sentence's own.
const SUBJECT = /^[^,;:.!?§()"“”]{2,60}$/u;
const PASSIVE = /^\s*(?:được|bị|đã được|asked|being|is|was)(?![\p{L}\p{M}])/iu;
const MAX_SUBJECT_WORDS = 8;

/**
 * The attribution of the quotation opening at `limit` when, after the sentence's subject (ending at `from`), a
 * when-clause with a subject of its own reports it, or null. An unnamed subject gives a mention nobody is ('nonSpeaker').
 */
export function whenClauseReport(masked: string, from: number, limit: number, knownName: (n: string) => boolean): Attribution | null {
  const tail = masked.slice(from, limit);
  if (!/:\s*$/u.test(tail)) return null;
  const verb = findReportingVerbs(tail).at(-1);
  if (!verb || !TO_COLON.test(tail.slice(verb.end))) return null;
  const head = tail.slice(0, verb.start);
  let at = -1;
  for (const m of head.matchAll(WHEN_OPENING)) at = m.index + m[0].length;
  if (at < 0) return null;
  const subject = head.slice(at);
  if (!SUBJECT.test(subject) || PASSIVE.test(subject) || subject.trim().split(/\s+/u).length > MAX_SUBJECT_WORDS) return null;
  const mention = ownerMention(subject, from + at, knownName);
  return { mention, clauseStart: limit, attributionEnd: from + verb.end, via: 'verb', verb: verb.verb };
}

// After a pronoun, only words that keep it one person ("ông ấy", "bà đã", "he"): "ông nội", "anh trai bà" are another.
const PRONOUN_TAIL = /^(?:\s+(?:ấy|ta|đã|vẫn|cũng|từng|lại|thì|mới))*\s*$/iu;

/**
 * Who a phrase that opens at `start` in its sentence names as the speaker of words it reports: the mention it opens
 * with, when a person, a role or a body ("bà Lan", "vị bộ trưởng", "he"), or a pronoun standing alone; else someone the
 * phrase only describes ("một người nuôi cá", "ông nội", "con trai bà"), a mention nobody is.
 */
export function ownerMention(phrase: string, start: number, knownName: (n: string) => boolean): Mention {
  const named = findMentions(phrase, knownName)[0];
  const opens = named && isSpeakerMention(named) && phrase.slice(0, named.start).trim() === '' &&
    (named.type !== 'pronoun' || PRONOUN_TAIL.test(phrase.slice(named.end)));
  return opens ? shift(named, start) : { type: 'nonSpeaker', surface: phrase.trim(), start, end: start + phrase.trimEnd().length };
}
