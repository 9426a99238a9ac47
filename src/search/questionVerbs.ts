/**
 * The verbs a question pivots on ("X nói gì về Y", "Ai phàn nàn rằng …", "what did X promise"), and the reporting
 * verbs a sentence's subject speaks with (question.ts, unknownPerson.ts).
 */
import { foldText } from '../core/text.js';

// Reporting verbs: the pivot of "X nói gì về Y" / "what did X say about Y". Matched with diacritics when
// the question has them ("nói" is a verb, "nối lại" is not), on folded forms otherwise.
// Reactions, admissions and denials are reported speech too ("Ai thừa nhận …", "how did X react to …").
export const VERBS_TEXT = [
  'nói', 'phát biểu', 'tuyên bố', 'cho biết', 'bình luận', 'nhận định', 'khẳng định', 'nhấn mạnh', 'cảnh báo',
  'đánh giá', 'cho rằng', 'thừa nhận', 'phản ứng', 'phủ nhận', 'bác bỏ', 'xác nhận', 'giải thích', 'tiết lộ', 'trả lời',
  'cho hay', 'bày tỏ', 'kêu gọi', 'cam kết', 'trình bày', 'chia sẻ', 'lên tiếng', 'tâm sự', 'nhận xét', 'đáp lại',
  'say', 'said', 'says', 'think', 'thinks', 'tell', 'told', 'comment', 'claim', 'claimed', 'admit', 'admitted',
  'react', 'reacted', 'respond', 'responded', 'reply', 'replied', 'deny', 'denied', 'confirm', 'confirmed',
  'explain', 'explained', 'reveal', 'revealed', 'warn', 'warned', 'insist', 'insisted', 'argue', 'argued', 'urge', 'urged',
];
// "Bảo" (to tell) reports words only when what follows asks for them ("X bảo gì", "X bảo rằng", "X bảo với Y thế
// nào"); otherwise it opens another word ("bảo vệ", "bảo đảm", "bảo hiểm"). A verb of questions only: news copy
// and the extraction read it with their own rules.
// "Kể" (to tell, recount) likewise: "X kể gì", "Ai kể rằng …", "X kể về Y", not "kể từ" (since) or "kể cả" (even).
const GUARDED_VERBS: Record<string, ReadonlySet<string>> = {
  'bảo': new Set(['gi', 'rang', 'la', 'voi', 'sao', 'the']),
  'kể': new Set(['gi', 'rang', 'la', 've', 'voi', 'sao', 'the', 'nhung']),
};
// Recounting: "Ai kể lại …", "X kể chuyện gì về Y" (question verbs only, as "bảo").
const TELL_VERBS = ['kể lại', 'kể chuyện'];
// Requests, proposals, objections, complaints, promises and wishes are what a statement says as well ("Luật sư đề
// nghị tòa xem xét gì", "X phản bác Y thế nào", "Ai phàn nàn rằng …", "X hứa gì với cử tri", "what did X promise"):
// asked of a speaker, they pivot the question as "nói" does. Verbs of questions only: in news copy ("VKS đề nghị mức
// án", "người dân mong …") the extraction decides with its own rules what is a statement.
const REQUEST_VERBS = [
  'đề nghị', 'kiến nghị', 'đề xuất', 'yêu cầu', 'phản bác', 'phản đối', 'phàn nàn', 'than phiền', 'hứa', 'mong muốn', 'mong',
  'promise', 'promised', 'complain', 'complained', 'propose', 'proposed', 'suggest', 'suggested',
];
const QUESTION_VERBS = [...VERBS_TEXT, ...TELL_VERBS, ...Object.keys(GUARDED_VERBS), ...REQUEST_VERBS];
const FIRST_REQUEST = QUESTION_VERBS.length - REQUEST_VERBS.length;

/** Whether verb `verb` (an index of VERBS_LOWER) is a request, proposal, complaint or promise (REQUEST_VERBS). */
export function isRequestVerb(verb: number): boolean {
  return verb >= FIRST_REQUEST;
}
export const VERBS_LOWER = QUESTION_VERBS.map((v) => v.split(' '));
const VERBS_FOLDED = QUESTION_VERBS.map((v) => foldText(v).split(' '));
const VERBS_NEXT = QUESTION_VERBS.map((v) => GUARDED_VERBS[v]);
export const SPEECH_VERBS = VERBS_TEXT.map((v) => foldText(v).split(' '));

/**
 * Where a reporting verb occurs: a word typed with diacritics must be the verb's own word ("nói", not "nối"); one
 * typed without them matches its folded form ("noi"), as in a question typed entirely without diacritics.
 */
export function findVerb(lower: string[], folded: string[], verb: number): number {
  const own = VERBS_LOWER[verb]!;
  const bare = VERBS_FOLDED[verb]!;
  const next = VERBS_NEXT[verb];
  for (let i = 0; i + own.length <= lower.length; i++) {
    if (!own.every((w, k) => lower[i + k] === w || (lower[i + k] === folded[i + k] && folded[i + k] === bare[k]))) continue;
    const after = folded[i + own.length];
    if (!next || after === undefined || next.has(after)) return i;
  }
  return -1;
}
