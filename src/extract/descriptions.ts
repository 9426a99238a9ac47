/**
 * A description between a named person and a body right before the verb ("TS X, trưởng bộ môn Y, trường Đại học Z cho
 * biết", "Em X, học sinh lớp 10A3, Trường THPT Y kể"): what the person is or does there, written with no name.
 */
import { ROLE_NOUNS } from './lexicon.js';

// A clause's opening word is no description: a time, a place or a link ("Ông X, hôm qua, Bộ Y cho biết").
const NOT_DESCRIPTION = /^(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|năm|tháng|tuần|sau|trước|khi|theo|tại|ở|trong|về|với|cùng|đồng thời|hiện|nay|vừa|đã|cũng|thì|còn|nhưng|và|để|do|vì|nếu|dù|tuy|bên cạnh|ngoài)(?![\p{L}\p{M}])/iu;

// The heads of an office or a trade that a description opens on, in lower case or capitalised.
const DESCRIPTION_HEAD = new RegExp(
  String.raw`^(?:${[...ROLE_NOUNS, 'trưởng', 'phó', 'giáo viên', 'giảng viên', 'học sinh', 'sinh viên', 'nhân viên', 'cán bộ', 'thành viên', 'phụ trách', 'công nhân', 'kỹ sư', 'kế toán']
    .map((w) => w.replace(/[.]/g, String.raw`\.`))
    .join('|')})(?![\p{L}\p{M}])`,
  'iu',
);

/** Whether `phrase` (set off by commas) is a description of someone: an office or a trade, no time, place or link. */
export function isDescription(phrase: string): boolean {
  const p = phrase.trim();
  return p !== '' && !NOT_DESCRIPTION.test(p) && DESCRIPTION_HEAD.test(p);
}

// A body's head written in lower case before its capitalised name ("trường Đại học Y", "viện Kinh tế Z").
export const LOWER_BODY_HEAD = /^\s*(?:trường|viện|học viện|bệnh viện|khoa|công ty|tập đoàn|ngân hàng|trung tâm)\s+$/u;
