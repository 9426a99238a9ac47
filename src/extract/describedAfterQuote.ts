/**
 * A speaker described rather than named after a quotation: "“…”, nhà vô địch bơi tự do chia sẻ.", "“…”, người đẹp
 * chia sẻ với phóng viên.", "“…”, đội bóng xứ biển thông báo tối qua.". The press writes a noun phrase (what the one
 * speaking is: a champion, a beauty queen, a club) instead of repeating the name; when no title of the lexicon reads it,
 * the words were dropped. A comma right after the closing mark, a phrase opening on a noun for a person or a team, then
 * the reporting verb and a short tail to the sentence's end is an attribution all the same: the words are speech, said
 * by someone the page does not name here (no name is guessed from the description).
 */
import { findReportingVerbs } from './reportingVerbs.js';

// Nouns that open a description of a person or a team ("nhà vô địch", "người đẹp", "chàng trai", "đội bóng").
const HEADS = /^(?:nhà|người|vị|chàng|nàng|cô gái|cậu bé|cô bé|cụ|đội bóng|đội tuyển|tân|cựu|ngôi sao|mỹ nhân|thuyền trưởng|ông bầu|nữ|nam)(?![\p{L}\p{M}])/iu;
// A conjunction or a complementiser inside the phrase makes it a clause of its own, not a subject.
const CLAUSE_WORD = /(?<![\p{L}\p{M}])(?:và|nhưng|còn|khi|rằng|là|thì|mà|nếu|vì|để|ai|tôi|chúng tôi|ta)(?![\p{L}\p{M}])/iu;
// "người ta nói" (people say), "người dân", "người xem": hearsay or a crowd, read elsewhere (crowds.ts) or not at all.
const NOT_ONE = /^người\s+(?:ta|dân|xem|hâm mộ|nghe|đọc|khác)(?![\p{L}\p{M}])/iu;
const LEAD = /^[\s.?!…]*,\s*(?:[–—-]\s*)?/u;
const MAX_SUBJECT_WORDS = 9;
const MAX_TAIL_WORDS = 6;

const words = (s: string): number => s.trim().split(/\s+/u).filter(Boolean).length;

/** Whether `rest`, the sentence after a quotation's closing mark, is ", <description> <reporting verb> <short tail>." */
export function describedSpeakerAfterQuote(rest: string): boolean {
  const lead = LEAD.exec(rest);
  if (!lead) return false;
  const body = rest.slice(lead[0].length);
  const verb = findReportingVerbs(body.slice(0, 160))[0];
  if (!verb) return false;
  const subject = body.slice(0, verb.start).trim();
  if (!HEADS.test(subject) || NOT_ONE.test(subject) || CLAUSE_WORD.test(subject)) return false;
  if (/[,;:§“”"«»()]/u.test(subject) || words(subject) < 2 || words(subject) > MAX_SUBJECT_WORDS) return false;
  // The verb and a few words (whom it was told to, when) end the sentence.
  const tail = /^([^.;:!?§,“”"]*)[.!…]*\s*$/u.exec(body.slice(verb.end));
  return !!tail && words(tail[1]!) <= MAX_TAIL_WORDS;
}
