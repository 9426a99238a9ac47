/**
 * Epithets: a title in lower case after "vị" (a respectful classifier), "nữ" or "nam" (a woman, a man), standing
 * for someone the article has named, so as not to repeat the name: "vị chuyên gia cho hay", "nữ diễn viên cho biết",
 * "nam ca sĩ kể". Unlike a bare title ("chuyên gia cho biết", any expert), the classifier makes it a reference back,
 * as "ông" or "bà" is: it is read as a pronoun, with the gender "nữ" and "nam" give.
 */
import type { Gender } from './mentionTypes.js';

/** Words that open an epithet before a title in lower case. */
export const EPITHET_WORDS: ReadonlySet<string> = new Set(['vị', 'nữ', 'nam']);

// Words that make "nữ", "nam" or "vị" the end of another word: "phụ nữ", "miền nam", "đơn vị", "quý vị" (you all).
export const EPITHET_BLOCKERS: ReadonlySet<string> = new Set([
  'phụ', 'thiếu', 'cung', 'tiên', 'trinh', 'nam', 'nữ', 'miền', 'phía', 'hướng', 'phương', 'đông', 'tây', 'quý', 'đơn',
  'địa', 'hương', 'chức', 'học', 'tước', 'thú', 'cương', 'bài', 'hải', 'việt', 'an',
]);

const EPITHET = /^(vị|nữ|nam)\s+(.+)$/iu;

/** The title and gender of an epithet role ("nữ diễn viên" → "diễn viên", 'f'), or null for any other role. */
export function readEpithet(role: string): { title: string; gender: Gender } | null {
  const m = EPITHET.exec(role);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return { title: m[2]!, gender: word === 'nữ' ? 'f' : word === 'nam' ? 'm' : null };
}
