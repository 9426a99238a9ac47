/**
 * A bare name handed over to a person's pronoun is a person's. Entertainment and sports copy names a singer or a
 * player bare as the subject of one sentence and lets the next one speak through "cô", "anh", "chị", "ông", "bà":
 * "Tiến Minh bày tỏ niềm vui sau trận. Anh nói: “Tôi …”", "X còn tung micro xuống khán đài. “Tôi …”, cô xúc động
 * bày tỏ." The pronoun takes up the subject of the sentence right before it (the centre of the discourse), and only
 * a person is called so; its words in the first person of one speaker ("tôi", "em") say one person speaks. A place,
 * a body or a team is "đội", "đơn vị", "họ", never "cô"/"anh", and speaks as "chúng tôi", which is not counted.
 */
import { findReportingVerbs } from './reportingVerbs.js';
import { oneSpeakerSpeaks } from './firstPersonSpeech.js';

// "Tại Đà Lạt, …", "Với X, …": a name after a preposition is the object of an opening phrase, not the subject.
const GOVERNED = /(?:^|[^\p{L}\p{M}])(?:tại|ở|trong|từ|đến|tới|nhờ|qua|về|cho|của|có|như|sau|trước|với|theo|cùng|gặp|hỏi|và|hay|hoặc)\s+$/iu;
// Right after the name, a lower-case word: the name is the subject of a verb ("X còn có …", "X bày tỏ …").
const THEN_VERB = /^\s+[\p{Ll}]/u;
// The end of the name's sentence: a full stop, "!" or "?" (after any closing mark) and a space.
const SENTENCE_END = /[.!?…]+[”"»]?\s+/u;
// The next sentence opens on a person's pronoun that speaks ("Cô chia sẻ: “…”") or closes words on one ("“…”, anh nói.").
const PRONOUN = String.raw`(?:cô|anh|chị|ông|bà|em)`;
const OPENS_ON_PRONOUN = new RegExp(String.raw`^${PRONOUN}\s`, 'iu');
const QUOTED_THEN_PRONOUN = new RegExp(String.raw`^[“"«]([^“”"«»]{1,600})[”"»][.?!…]*\s*,\s*${PRONOUN}\s+([^.!?…“”"«»]{0,60})`, 'iu');
// From the pronoun's verb to its words: "cho hay: “…”", "nói với báo chí: “…”".
const TO_QUOTE = /^[^.!?;§:“”"«»]{0,60}:\s*[“"«]([^“”"«»]{1,600})/u;

/**
 * Whether the bare name at `start`–`end` of a paragraph opens its clause as the subject of a sentence whose next
 * sentence is spoken through a person's pronoun, in the first person of one speaker.
 */
export function handsOverToPronoun(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const clause = before.split(/[.,;:!?()§“”"«»]/u).pop() ?? '';
  if ((clause.match(/\S+/gu)?.length ?? 0) > 0 || GOVERNED.test(before.slice(-24))) return false;
  // The name opens its sentence, or the clause after an opening phrase ("Đặc biệt, khi …, X …").
  const rest = text.slice(end);
  if (!THEN_VERB.test(rest)) return false;
  const stop = SENTENCE_END.exec(rest);
  if (!stop) return false;
  const own = rest.slice(0, stop.index);
  // The name's own sentence quotes nobody: its subject is narrated, the next sentence's pronoun takes it up.
  if (/[“”"«»:]/u.test(own) || own.length > 200) return false;
  const next = rest.slice(stop.index + stop[0].length);
  return pronounSpeaksInFirstPerson(next);
}

function pronounSpeaksInFirstPerson(sentence: string): boolean {
  const closing = QUOTED_THEN_PRONOUN.exec(sentence);
  if (closing) return findReportingVerbs(closing[2]!).length > 0 && oneSpeakerSpeaks(closing[1]!);
  if (!OPENS_ON_PRONOUN.test(sentence)) return false;
  const head = sentence.slice(0, 80);
  const verb = findReportingVerbs(head)[0];
  if (!verb || !/^\S+\s+(?:[\p{Ll}\p{M}]+\s+){0,3}$/u.test(head.slice(0, verb.start))) return false;
  const words = TO_QUOTE.exec(sentence.slice(verb.end));
  return !!words && oneSpeakerSpeaks(words[1]!);
}
