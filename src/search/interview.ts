/**
 * Interviews: in the question-and-answer part of an article ("PV: Vì sao …?" / "Bà X: Chúng tôi …", or a question
 * addressing the interviewee: "Thưa bà, … thế nào?" / "Tháng 4 vừa qua, …"), the answer is
 * the answer to the question it follows, and often names none of what was asked ("Mỗi liệu trình khoảng 40 triệu
 * đồng" answers "Giá điều trị có quá sức với người bệnh?"). Each unit of an answer paragraph is indexed with the words of
 * the question before it, so a question asking what the interviewer asked finds the answer, not the question.
 */
import type { CorpusDocument } from '../core/types.js';
import { paragraphAt } from '../paragraphText.js';
import type { UnitStore } from './units.js';

// The interviewer's label before a question: "PV:", "P.V -", "Phóng viên:", "Hỏi:", "Q:", "Question:".
const ASKER = /^[\s*_>\-–•]*(?:P\.?\s?V|phóng viên|hỏi|q|question)\s*[:.\-–]/iu;
// A question paragraph ends in "?", perhaps closed by markup ("…?**"); one ending in a closing quotation mark is a
// quoted speaker's question, not the interviewer's.
const ENDS_ASKING = /\?[\s*_]*$/u;
// The answerer's label at the start of a paragraph: a name or title of one to eight words, the first capitalised,
// then a colon ("Bà Lê Thị Hạnh:", "- Bác sĩ Đỗ Văn Khôi:", "**TS. Phan Anh Tú:**", "Trả lời:").
const ANSWERER = /^[\s*_>\-–•]*\p{Lu}[\p{L}.'’-]*(?:\s[\p{L}.'’-]+){0,7}[*_]*:/u;
const LONGEST_QUESTION = 400;
// A question that addresses the interviewee as an interviewer does, by "thưa" and a title: at its start ("Thưa bà, …?",
// "Thưa Bộ trưởng, …?") or before its question mark ("…, thưa ông?"). Narration never addresses anyone.
const ADDRESSES = /^[\s*_>\-–•]*thưa\s+(?:ông|bà|anh|chị|\p{Lu})|,\s*thưa\s+(?:ông|bà|anh|chị)[^,?]{0,40}\?[\s*_]*$/iu;

/** Whether paragraph `k` of a document is an interviewer's question answered by paragraph `k + 1`. */
export function asksNext(paragraphs: readonly string[], k: number): boolean {
  const q = paragraphs[k];
  const a = paragraphs[k + 1];
  if (!q || !a || q.length > LONGEST_QUESTION || !ENDS_ASKING.test(q)) return false;
  if (ENDS_ASKING.test(a)) return false;
  return ASKER.test(q) || ADDRESSES.test(q) || ANSWERER.test(a);
}

/**
 * The question each answer unit is indexed with: for the first sentence of a paragraph that answers an interviewer's
 * question (asksNext), and every statement extracted from that paragraph, the question's words.
 */
export function askedBefore(units: UnitStore, documents: readonly CorpusDocument[]): Map<number, string> {
  // Few articles hold an interview: their answer paragraphs are found first, and only their passages are read.
  const answers = documents.map((d) => {
    let found: Set<number> | null = null;
    // Read once: a snapshot's document decodes its paragraphs at each reading (paragraphText.ts).
    const paragraphs = d.paragraphs;
    for (let k = 0; k + 1 < paragraphs.length; k++) if (asksNext(paragraphs, k)) (found ??= new Set()).add(k + 1);
    return found;
  });
  const asked = new Map<number, string>();
  for (let i = units.structuredCount; i < units.length; i++) {
    const d = units.docs[i]!;
    if (!answers[d]) continue;
    const u = units.get(i);
    if (!answers[d]!.has(u.para)) continue;
    // An interviewer's question is about the article's subject and seldom names it ("Chi phí có quá sức?" in a
    // report on a new surgery): the headline says what it is about.
    const question = `${paragraphAt(documents[d]!, u.para - 1)!} . ${documents[d]!.title ?? ''}`;
    // The answer's first sentence stands for it (its excerpt shows the next ones), as a statement cut from any of
    // its sentences does; each later sentence taking the question too would rank the shortest first.
    if (u.sent === 0) asked.set(i, question);
    for (const s of u.coveredBy ?? []) if (!asked.has(s)) asked.set(s, question);
  }
  return asked;
}
