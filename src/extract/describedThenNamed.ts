/**
 * Someone described by a noun of people and then named by "tên": "một CĐV có tên X nói", "một khán giả nữa tên X chia
 * sẻ", "người đàn ông tên là X cho biết". The name ends the phrase before the verb, and it is that person's.
 */
import type { Mention } from './mentionTypes.js';

// The name is one to four capitalised words, and only a noun of people stands right before "tên": "Đại diện công ty
// làm ra robot có tên X khẳng định" names the robot, and the representative speaks.
const NAMED_PEOPLE = [
  'người', 'người đàn ông', 'người phụ nữ', 'đàn ông', 'phụ nữ', 'thanh niên', 'cô gái', 'chàng trai', 'cậu bé', 'cô bé',
  'CĐV', 'cổ động viên', 'người hâm mộ', 'khán giả', 'du khách', 'hành khách', 'người dân', 'cư dân', 'nhân chứng',
  'học sinh', 'sinh viên', 'nữ sinh', 'nam sinh', 'bệnh nhân', 'tài xế', 'nạn nhân', 'công nhân', 'nông dân',
  'tiểu thương', 'phụ huynh', 'cụ ông', 'cụ bà', 'ông', 'bà', 'anh', 'chị', 'cô', 'em', 'cháu', 'fan',
];
const NAMED_AFTER_DESCRIPTION = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${NAMED_PEOPLE.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|')})(?:\s+người(?:\s+\p{Lu}[\p{L}\p{M}]*){1,2})?(?:\s+nữa)?\s+(?:có\s+)?tên(?:\s+là)?\s+` +
  String.raw`(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?:\s+(?:cũng|đã|vừa|thì|liền))*\s*$`,
  'u',
);

/** The person `phrase` (the words before a reporting verb) describes and then names by "tên", or null. */
export function namedAfterDescription(phrase: string): Mention | null {
  const named = NAMED_AFTER_DESCRIPTION.exec(phrase);
  if (!named) return null;
  const name = named[1]!;
  const start = named.index + named[0].lastIndexOf(name);
  return { type: 'person', name, role: null, gender: null, bare: false, surface: name, start, end: start + name.length };
}
