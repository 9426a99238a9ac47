/**
 * Names that can never be a speaker: places, news outlets, venues and streets (gazetteers/). A person
 * written with an honorific or a title ("ông Đức", "bà Nga") is a person whatever else the word can mean.
 */
import { foldText } from '../core/text.js';
import { COUNTRIES_AND_CAPITALS, NEWS_OUTLETS, THING_TAILS, VENUE_HEADS, VIETNAMESE_PROVINCES } from './gazetteers/gazetteer.js';

const key = (name: string): string => foldText(name).replace(/[.\-–]/g, ' ').replace(/\s+/g, ' ').trim();

const WHOLE = new Set([...VIETNAMESE_PROVINCES, ...COUNTRIES_AND_CAPITALS, ...NEWS_OUTLETS].map(key));
const HEADS = [...VENUE_HEADS].sort((a, b) => b.length - a.length);
const TAILS = new Set(THING_TAILS);

// A law, a decree or a treaty named by its capitalised head and title ("Luật Phòng cháy", "Nghị định Chính phủ"): a
// document, whose title words are no one's name.
const DOCUMENT_NAME = /^(?:Luật|Bộ luật|Dự luật|Nghị định|Nghị quyết|Thông tư|Hiến pháp|Chỉ thị|Hiệp định|Công ước)\s+\p{Lu}/u;

// "TP. Hồ Chí Minh", "TX. Sơn Tây", "TT. Phong Điền": the abbreviated kind of a town, cut off from its name by its dot.
const ADMIN_ABBREVIATION = /^(?:TP|Tp|TX|TT)\.?$/u;

/** Whether a name is a place, an outlet, a document, or the name of a venue or street (its capitalised head). */
export function isNonSpeakerName(name: string): boolean {
  const n = name.trim();
  if (WHOLE.has(key(n)) || DOCUMENT_NAME.test(n) || ADMIN_ABBREVIATION.test(n)) return true;
  // "Sân vận động Mỹ Đình", "Talkshow The Builders": the head as written, capitalised, then a name.
  if (HEADS.some((h) => n.startsWith(h + ' ') && n.length > h.length + 1)) return true;
  // "Phu Khang Wind Power Project": English writes what the thing is last.
  const words = n.split(/\s+/u);
  if (words.length >= 2 && TAILS.has(words.at(-1)!)) return true;
  // "Western Australia", "Southern California": a part of a known place named by its compass point is a place too.
  return words.length >= 2 && COMPASS.test(words[0]!) && isNonSpeakerName(words.slice(1).join(' '));
}

const COMPASS = /^(?:Western|Eastern|Northern|Southern|Central|North|South|East|West)$/u;

/** Whether a speaker entry of the cast can speak: a person seen with an honorific or title always can. */
export function canSpeak(e: { kind: 'person' | 'org'; attested: boolean; name: string }): boolean {
  if (e.kind === 'person' && e.attested) return true;
  return !isNonSpeakerName(e.name);
}
