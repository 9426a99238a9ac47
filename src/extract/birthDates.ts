/**
 * A birth year written as a description of a person: "bị cáo Trần Văn A (sinh năm 1985) và …", "giọng ca sinh năm
 * 1995 chuẩn bị tổ chức concert", "tiền đạo sinh năm 1997 cho biết". Crime, court and entertainment pages write it
 * after almost every name. Such a date tells who the person is, not when the sentence's happening took place: the
 * clause around it (a trial, a concert, a statement) would be shown dated by the person's birth. A birth told as
 * the clause's own news keeps its date: "Ông A, sinh năm 1982." or "Bà B sinh năm 1975 tại Huế."
 */
import type { DateMention } from '../core/dates.js';

/**
 * The words before a birth date: "sinh năm", "sinh ngày", "năm sinh", "SN", a bare "sinh" (not "học sinh", "phát sinh",
 * "thí sinh" …), "born (in|on)". News writes them after a name, bracketed or not ("anh A, SN 1990, kể").
 */
export const BIRTH_BEFORE = /(?<![\p{L}\p{M}])(?:sinh năm|sinh ngày|năm sinh|(?<!(?:thí|học|giáng|phát|sản|hy|vệ|tái|tân|nữ|nam)\s)sinh|SN|born(?:\s+(?:in|on))?)\s*$/u;
// After a birth told as the news: the clause ends, or the place of birth follows ("tại Huế", "ở Nam Định").
const BIRTH_ENDS = /^\s*(?:[,.;:!?…]|$|(?:tại|ở|trong)\s)/iu;

/** Whether a date of `sentence` is a person's birth written as a description of them rather than as the news. */
export function isDescribedBirth(sentence: string, d: Pick<DateMention, 'start' | 'end' | 'raw'>): boolean {
  // The date finder may take "năm" or "ngày" into its mention ("năm 1985") or leave it before.
  const word = /^(?:năm|ngày)(?=\s)/iu.exec(d.raw)?.[0] ?? '';
  if (!BIRTH_BEFORE.test(sentence.slice(Math.max(0, d.start - 20), d.start) + word)) return false;
  const open = sentence.lastIndexOf('(', d.start);
  if (open >= 0 && sentence.lastIndexOf(')', d.start) < open) return true;
  return !BIRTH_ENDS.test(sentence.slice(d.end));
}
