/**
 * Names an article writes as places: the capitalised words after a word for a place ("xã Lộc Hòa", "ấp Bưng Sơn",
 * "ngã tư Tân Phú", "biển Hòn Dấu"). Written alone further on ("Tuy nhiên, Lộc Hòa cũng …") such a name is still the
 * place, not a person the sentence tells about.
 */
import type { Mention } from './mentions.js';
import { lastBoundary } from './subjectPhrase.js';

// Administrative units, settlements and features of the land and water that Vietnamese names put before the name.
const PLACE_WORDS = [
  'xã', 'phường', 'thị trấn', 'thị xã', 'huyện', 'quận', 'tỉnh', 'thành phố', 'ấp', 'thôn', 'bản', 'làng', 'xóm',
  'khu phố', 'biển', 'bãi biển', 'sông', 'suối', 'hồ', 'núi', 'đèo', 'đảo', 'vịnh', 'kênh', 'rạch', 'ngã tư', 'ngã ba',
  'cầu', 'đường', 'phố', 'chợ', 'cảng', 'sân bay', 'vùng',
];
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*`;
// One to four capitalised syllables after the place word; linear (no nested repetition over the same characters).
const PLACE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${PLACE_WORDS.join('|')})\s+(${CAP_WORD}(?:\s+${CAP_WORD}){0,3})(?![\p{L}\p{M}])`,
  'gu',
);

/** The names the texts write after a word for a place. */
export function placeNamesOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(PLACE_NAME)) {
      const words = m[1]!.split(/\s+/u);
      // "xã Lộc Hòa Bình Sơn": every shorter run from the start is the same place's name as far as a reader can tell.
      for (let n = 1; n <= words.length; n++) out.add(words.slice(0, n).join(' '));
    }
  }
  return out;
}

// "Một cán bộ phường X", "một đại lý ở huyện Y", "một người dân sống trên phố Z": one person described, not named, then
// a word for a place and its name.
const DESCRIBED_THEN_PLACE = /(?:^|[,;:§]\s*|\s)(?:một|1)\s+[^,;:§]{0,60}?(?:phố|phường|xã|huyện|quận|thôn|ấp|buôn|bản|làng|xóm|chợ|đường|tỉnh|thành phố|TP\.?|thị trấn|thị xã|khu phố|ở|tại)\s+$/iu;

/** Whether `mention`, a bare name, is the place after one person described ("một cán bộ phường X") in `masked`. */
export function placeInDescribedSubject(masked: string, mention: Mention): boolean {
  if (mention.type !== 'person' || !mention.bare) return false;
  const before = masked.slice(Math.max(0, mention.start - 80), mention.start);
  return DESCRIBED_THEN_PLACE.test(before) && /^(?:\S+\s+){0,1}(?:một|1)\s/iu.test(before.slice(lastBoundary(before)).trimStart());
}
