/**
 * Interview transcripts label each answer with the speaker's name alone when the page has introduced its guests
 * by their stage or given names ("Minh Châu: Tôi …", "Hồng Nhung: Với tôi …"): no title, no honorific, no family
 * name a rule could read. Such a label is a person's name when it is two to four capitalised syllables, nothing
 * else knows it as a place, an outlet or a body, and the words after it speak in the first person.
 */
import { foldText } from '../core/text.js';
import { PLACES } from './lexicon.js';
import { findMentions } from './mentions.js';
import { isNonSpeakerName } from './nonSpeakers.js';

// An optional bullet, two to four capitalised syllables, a colon, then speech that starts with a capital.
const NAME_LABEL = /^\s*[*•–—-]?\s*(\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{M}]+)?(?:\s+\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Lu}?[\p{Ll}\p{M}]+)?){1,3}):\s+(?=[\p{Lu}\d])/u;
const FIRST_PERSON = /(?:^|[\s,(])(?:tôi|chúng tôi|mình|em|cháu)(?=[\s,.;:!?)]|$)/iu;
const PLACE_SET = new Set(PLACES.map((p) => foldText(p)));
// Words that open a clause ("Theo Bộ Trưởng: …", "Với Tôi: …"), as written: folded, several are given names ("Minh").
const OPENERS = new Set(['Theo', 'Trong', 'Sau', 'Khi', 'Với', 'Tại', 'Về', 'Từ', 'Cho', 'Của', 'Nhưng', 'Và', 'Còn', 'Ngoài', 'Thưa', 'Hỏi', 'Đáp']);

/** The bare name labelling a paragraph of first-person speech, or null. */
export function bareNameLabel(paragraph: string): string | null {
  const m = NAME_LABEL.exec(paragraph);
  if (!m) return null;
  const name = m[1]!;
  const first = name.split(/\s+/)[0]!;
  // "Trong khi đó: …", "Hà Nội: …", "Bộ Y tế: …": a sentence opener, a place or a body is not a guest's name.
  if (OPENERS.has(first) || PLACE_SET.has(foldText(name)) || isNonSpeakerName(name)) return null;
  // A label the mention rules read ("Ông X", "HLV Y", "Bộ Z") is theirs to read.
  if (findMentions(name).some((x) => x.type !== 'person' || !x.bare)) return null;
  return FIRST_PERSON.test(paragraph.slice(m[0].length)) ? name : null;
}

/** Whether a paragraph opens with a label of capitalised syllables only ("Minh Châu: …"), whoever it names. */
export function opensWithNameLabel(paragraph: string): boolean {
  return NAME_LABEL.test(paragraph);
}
