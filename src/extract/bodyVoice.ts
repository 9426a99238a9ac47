/**
 * A body's unnamed representative: "Đại diện Hiệp hội X cho biết …", "lãnh đạo Sở Y tế tỉnh Y cho biết …", "Theo
 * người đại diện Công ty Z, …". The press writes it when it does not name the person; what it says is the body's word,
 * and the description as written ("Đại diện Hiệp hội X") is a true label for the speaker. It is never taken for a
 * person of the article unless one holds a title in that body (then the blank stays: it may be them).
 */
import { foldText, tokenize } from '../core/text.js';
import { isNonSpeakerName } from './nonSpeakers.js';

// "đại diện", "người đại diện", "lãnh đạo" (of a body, not "nhà lãnh đạo" of a country), at the start of the role.
const HEAD = /^(?:người\s+)?(?:đại diện|lãnh đạo)\s+(?:của\s+)?/iu;
// The kinds of body a representative speaks for, written capitalised at the start of its name.
const BODY_KINDS = [
  'Bộ', 'Sở', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Ban', 'Phòng', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Hội đồng', 'Công an',
  'Cảnh sát', 'Bộ đội', 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Viện', 'Viện kiểm sát', 'VKSND', 'Tòa án', 'Toà án', 'TAND', 'Thanh tra',
  'Hiệp hội', 'Hội', 'Liên đoàn', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Ngân hàng', 'Hãng', 'Tổ chức', 'Trung tâm',
  'Bệnh viện', 'Trường', 'Đại học', 'Học viện', 'Ban quản lý', 'Cảng vụ', 'Kho bạc', 'Đài', 'Quỹ', 'CLB', 'Câu lạc bộ',
];
const KIND = new RegExp(`^(?:${[...BODY_KINDS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`, 'u');
// An acronym names a body too ("đại diện VFF", "lãnh đạo EVN").
const ACRONYM = /^[A-ZĐ]{2,}(?:[-&][A-ZĐ]{1,4})*(?![\p{L}\p{M}])/u;

/** The body a representative's description speaks for ("Hiệp hội X" of "Đại diện Hiệp hội X"), or null. */
export function bodyVoice(role: string): string | null {
  const head = HEAD.exec(role.trim());
  if (!head) return null;
  const body = role.trim().slice(head[0].length);
  if (!KIND.test(body) && !ACRONYM.test(body)) return null;
  return isNonSpeakerName(body) ? null : body;
}

/** Whether a title is held in the body ("Giám đốc Sở Y tế tỉnh Y" in "Sở Y tế tỉnh Y"): its capitalised words all in it. */
export function titledIn(title: string, body: string): boolean {
  const words = new Set(tokenize(foldText(title)));
  const named = body.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => tokenize(foldText(w)));
  return named.length > 0 && named.every((w) => words.has(w));
}
