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
  'gặp', 'đại hội', 'hội đàm', 'hội kiến', 'điện đàm', 'tiếp', 'thăm', 'làm việc', 'kiểm tra', 'thị sát', 'dự', 'tham dự', 'chủ trì', 'khai mạc', 'bế mạc',
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

// Vietnamese verbs that report what someone told: the date after them is in what they told ("chị X kể chuyến bay dự
// kiến cất cánh lúc 19h ngày 9/5", "ông Y cho biết sáng 3/4 đoàn đã …"). Vietnamese puts the day of the telling before
// the verb ("ông Y hôm 27/3 cho biết").
const TELLING = /(?:^|[\s,])(?:cho biết|cho hay|kể lại|kể|khẳng định|tiết lộ|thừa nhận|xác nhận|phản ánh|tâm sự|thuật lại)(?=[\s,:]|$)/iu;
// Right after the verb, words that give the telling's addressee, place or time, not its content ("kể với PV hôm 5/3").
const TELLING_CIRCUMSTANCE = /^[\s,:]*(?:với|tại|trong|ở|hôm|vào|ngày|lúc|khi|sau|trước|sáng|trưa|chiều|tối|đêm)(?![\p{L}\p{M}])/iu;

/**
 * Whether the date at `start` of a sentence lies in what a Vietnamese reporting verb before it reports: several
 * words of content stand between the verb and the date, none naming an occasion of speaking. Such a day is of what
 * was told, not of the telling, and does not date the teller's next words.
 */
export function isToldDay(sentence: string, start: number): boolean {
  // The first reporting verb before the date.
  const verb = TELLING.exec(sentence.slice(0, start));
  if (!verb) return false;
  const between = sentence.slice(verb.index + verb[0].length, start);
  return !TELLING_CIRCUMSTANCE.test(between) && (between.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 && !OCCASION.test(between) && !GATHERING.test(between);
}

// A verb of the law acting on the person named after it: sentenced, convicted, fined, arrested, charged ("TAND tuyên
// phạt bị cáo X 18 năm tù", "Công an bắt giữ Y", "VKS truy tố Z"). The sentence tells what was done to them, not an
// occasion where they spoke, even when it names the hearing.
const ACTED_ON = /(?:^|[\s,])(?:tuyên phạt|tuyên án|kết án|xử phạt|phạt tù|bắt giữ|bắt khẩn cấp|tạm giữ|tạm giam|khởi tố|truy tố|truy nã|sentenced|convicted|arrested|detained|charged|indicted|jailed)(?:\s+(?:bị cáo|bị can|đối tượng|nghi phạm|ông|bà|anh|chị))?\s*$/iu;

/** Whether the person named at `start` is the object of a verb of the law just before it. */
export function isActedOn(sentence: string, start: number): boolean {
  return ACTED_ON.test(sentence.slice(Math.max(0, start - 40), start));
}
