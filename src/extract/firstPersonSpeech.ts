/**
 * A bare name that speaks in the first person is a person's. Entertainment and sports copy names a singer or a player
 * without "ông"/"anh" ("Hạ Uyên chia sẻ: “Tôi …”", "“… em rất vui”, Bảo Khuê nói."): the name is the subject of the
 * reporting verb, and the words it introduces say "tôi", "em", "mình" of one speaker. A place, a body or a brand
 * never speaks so ("chúng tôi" is how a body speaks, and is not counted), so the bare name before them is a person's.
 */
import { findReportingVerbs } from './reportingVerbs.js';

// One speaker's "I": "tôi", "em", "mình", "tui", "tớ"; "chúng tôi", "tụi em", "bọn mình", "các em" are several people
// (or a body) and are taken out first.
const SEVERAL = /(?<![\p{L}\p{M}])(?:chúng|tụi|bọn|các|những|mấy)\s+(?:tôi|em|mình|tui|tớ|ta)(?![\p{L}\p{M}])/giu;
const ONE_SPEAKER = /(?<![\p{L}\p{M}])(?:tôi|em|mình|tui|tớ)(?![\p{L}\p{M}])/iu;
// "Tại Đà Lạt, …", "Với X, …": a name after a preposition is the object of an opening phrase, not the subject.
const GOVERNED = /(?:^|[^\p{L}\p{M}])(?:tại|ở|trong|từ|đến|tới|nhờ|qua|về|cho|của|có|như|sau|trước|với|theo|cùng|gặp|hỏi)\s+$/iu;
// Between the name and its verb, a few lower-case words ("hài hước", "xúc động", "đã", "bất ngờ"); nothing capitalised.
const BEFORE_VERB = /^\s+(?:[\p{Ll}\p{M}]+\s+){0,3}$/u;
// From the verb to the colon: what the words are about, in one clause ("tiết lộ câu chuyện với đàn chị X:").
const TO_COLON = /^[^.!?;§:“”"«»]{0,80}:\s*[“"«]/u;
const OPEN = /[“"«]/u;
const CLOSE = /[”"»]/u;

/** Whether quoted words are in the first person of one speaker. */
export function oneSpeakerSpeaks(words: string): boolean {
  return ONE_SPEAKER.test(words.replace(SEVERAL, ' '));
}

/**
 * Whether the bare name at `start`–`end` of a paragraph is the subject of a reporting verb whose quotation speaks in
 * the first person of one speaker: "X <verb>: “… tôi …”" (the name opening its clause) or "“… tôi …”, X <verb>.".
 */
export function speaksInFirstPerson(text: string, start: number, end: number): boolean {
  return introducesFirstPerson(text, start, end) || closesFirstPerson(text, start, end);
}

function introducesFirstPerson(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const clause = before.split(/[.,;:!?()§“”"«»]/u).pop() ?? '';
  if ((clause.match(/\S+/gu)?.length ?? 0) > 0 || GOVERNED.test(before.slice(-24))) return false;
  const after = text.slice(end, end + 240);
  const verb = findReportingVerbs(after)[0];
  if (!verb || !BEFORE_VERB.test(after.slice(0, verb.start))) return false;
  const colon = TO_COLON.exec(after.slice(verb.end));
  if (!colon) return false;
  const from = end + verb.end + colon[0].length;
  const close = text.slice(from).search(CLOSE);
  return oneSpeakerSpeaks(text.slice(from, close < 0 ? undefined : from + close));
}

// After the closing mark, a comma or a dash, then the name; after the name, a few lower-case words, the verb and the
// sentence's end ("”, Bảo Khuê nói.", "” - Hạ Uyên chia sẻ."), or when and to whom, in one clause with no words quoted
// or announced ("”, Bạch Long khiêm tốn chia sẻ sau trận.", "”, Hạ Uyên nói với báo chí tối 2/6.").
const AFTER_QUOTE = /[”"»][.?!…]*\s*(?:,\s*(?:[–—-]\s*)?|[–—-]\s*)$/u;
const VERB_THEN_END = /^[^“”"«»:;]{0,80}$/u;

function closesFirstPerson(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const mark = AFTER_QUOTE.exec(before);
  if (!mark) return false;
  const closeAt = mark.index;
  const openAt = lastIndexOfPattern(before.slice(0, closeAt), OPEN);
  if (openAt < 0) return false;
  const after = text.slice(end, end + 120);
  const sentence = after.split(/(?<=[.!?…])\s/u)[0] ?? after;
  const verb = findReportingVerbs(sentence)[0];
  if (!verb || !BEFORE_VERB.test(sentence.slice(0, verb.start)) || !VERB_THEN_END.test(sentence.slice(verb.end))) return false;
  return oneSpeakerSpeaks(before.slice(openAt + 1, closeAt));
}

function lastIndexOfPattern(s: string, re: RegExp): number {
  for (let i = s.length - 1; i >= 0; i--) if (re.test(s.charAt(i))) return i;
  return -1;
}
