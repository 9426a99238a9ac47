/**
 * Whether a dated sentence can say when a person it names spoke. A person named in a dated sentence is remembered
 * with that date, so that their next undated words are dated by it ("Tại họp báo chiều 5/3, ông X …", "X met Y on
 * Wednesday"). A sentence that tells something else of them, background of their story ("Dung fled after the scandal
 * broke in May 2012", "ông X bị bắt năm 2019", "bà Y sinh năm 1972"), is no occasion of their words: they were told
 * later, at a time that sentence does not give.
 */
import { REPORTING_VERBS } from './lexicon.js';
import { GATHERING, OCCASION } from './statementDates.js';

// Meetings, calls and visits, where what people say is reported: "hội đàm", "điện đàm", "gặp", "tiếp", "met", "talks".
const ENCOUNTERS = [
  'gặp', 'đại hội', 'hội đàm', 'hội kiến', 'điện đàm', 'tiếp', 'thăm', 'làm việc', 'dự', 'tham dự', 'chủ trì', 'khai mạc', 'bế mạc',
  'met', 'meet', 'meets', 'meeting', 'talks', 'visit', 'visited', 'visiting', 'call', 'called', 'phone', 'summit', 'attended', 'hosted',
];
const SPEAKING = new RegExp(
  `(?:^|[\\s,“"(])(?:${[...REPORTING_VERBS, ...ENCOUNTERS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|')})(?=[\\s,.:;!?”")]|$)`,
  'iu',
);

/** Whether `text` tells someone speaking, an occasion of speaking, or a meeting, call or visit. */
export function tellsSpeaking(text: string): boolean {
  return SPEAKING.test(text) || OCCASION.test(text) || GATHERING.test(text);
}
