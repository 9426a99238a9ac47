/**
 * What a Vietnamese full name tells of its bearer's sex: the middle word "Thị" is a woman's ("Lê Thị Khuyên", written
 * "Le Thi Hoa" in English copy) and "Văn" a man's ("Trần Văn Nam"). Only a middle word counts — the family name
 * comes first and the given name last, and "Văn" or "Thi" alone may be either. Other middle words ("Ngọc", "Minh",
 * "Hữu") are given to both and say nothing. Used where the article writes no "ông"/"bà", "he"/"she" with the name
 * (English copy above all), so that "she said" is not given to a man named just before, nor "he" to a woman.
 */
import { foldText } from '../core/text.js';
import { UPLAND_SURNAMES, VIETNAMESE_SURNAMES } from './lexicon.js';
import type { Gender } from './mentionTypes.js';

// Folded, so that English copy without marks ("Le Thi Hoa") is read too; "Anna van der Berg" opens on no family name.
const FAMILY_NAMES = new Set([...VIETNAMESE_SURNAMES, ...UPLAND_SURNAMES].map((w) => foldText(w)));

/** The sex a Vietnamese full name (a family name and two to four more words) says by its middle words, or null. */
export function sexOfName(name: string): Gender {
  const words = name.trim().split(/\s+/u);
  if (words.length < 3 || words.length > 5 || !FAMILY_NAMES.has(foldText(words[0]!))) return null;
  let sex: Gender = null;
  for (const w of words.slice(1, -1)) {
    const f = foldText(w);
    const said: Gender = f === 'thi' ? 'f' : f === 'van' ? 'm' : null;
    // "Nguyễn Văn Thị …" does not occur; a name that says both says nothing.
    if (said && sex && said !== sex) return null;
    sex = said ?? sex;
  }
  return sex;
}
