/**
 * Appositives between a speaker and the verb. A person's title set off after their name ("“…”, ông X, Giám đốc Sở
 * Y, cho biết."), and a description, then the person it describes named between commas ("“…” - người phát ngôn Cơ
 * quan Y, ông X, chia sẻ.", "Mẹ của em Y, chị Z, bức xúc: “…”"): the one named speaks, not the body of the
 * description, nor the person whose relative the speaker is.
 */
import type { Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import type { Attribution } from './attributionTypes.js';
import type { VerbHit } from './reportingVerbs.js';

// The honorific that marks the words between the commas as a person's name ("ông", "bà", "anh", "chị", a rank).
const NAMED = /^\s*(?:ông|bà|anh|chị|cô|chú|cụ|thầy|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thiếu tướng|Trung tướng)\s+\p{Lu}/u;

/**
 * The person named by `segment`, the words between two commas, when they are an honorific and a name and nothing
 * else ("ông Vi Văn Đức"); `at` is where the segment starts in its sentence. Null otherwise.
 */
export function namedBetweenCommas(segment: string, at: number, knownName: (n: string) => boolean): Mention | null {
  if (!NAMED.test(segment)) return null;
  const m = parseSubject(segment, knownName);
  if (!m || m.type !== 'person' || m.bare || segment.slice(0, m.start).trim() !== '' || segment.slice(m.end).trim() !== '') return null;
  return { ...m, start: m.start + at, end: m.end + at };
}

// Nouns of kinship before a named person: the phrase is someone's relative, who may be named after it.
const RELATIVE_OF = /(?:^|[^\p{L}\p{M}])(?:vợ|chồng|mẹ|bố|cha|con|con trai|con gái|anh trai|chị gái|em trai|em gái|ông nội|bà nội|ông ngoại|bà ngoại|phụ huynh|người nhà|người thân|gia đình)(?:\s+của)?\s+(?:(?:em|cháu|bé|ông|bà|anh|chị)\s+)?$/iu;

/**
 * "Mẹ của em Y, chị Z, bức xúc: “…”": the person first named (`first`, in `head`) is whose relative the speaker is,
 * and the speaker is named between the commas right after them. That speaker, or null.
 */
export function relativeNamedAfter(head: string, first: Mention, knownName: (n: string) => boolean): Mention | null {
  if (first.type !== 'person' || !RELATIVE_OF.test(head.slice(0, first.start).replace(/^.*[,;:§]/su, ''))) return null;
  // "Phụ huynh em Y (lớp 5A), anh Z, …": a bracket may say more of Y first.
  const after = /^\s*(?:\([^()]{1,40}\)\s*)?,([^,;:§]{3,60}),/u.exec(head.slice(first.end));
  if (!after) return null;
  return namedBetweenCommas(after[1]!, first.end + after[0].indexOf(after[1]!), knownName);
}

// What may stand between a named speaker's comma and the verb after a quotation: their title and office, a few words
// with no clause of their own ("…”, ông X, Chủ tịch UBND xã Y, nói.").
const POSTPOSED_APPOSITIVE = /^,\s*[^,;§:]{2,90}?,?\s*$/u;
// The same set off by a dash ("… – Bộ trưởng, Chủ nhiệm Văn phòng Y nói", "… - Trưởng Công an huyện - cho biết").
const DASHED_APPOSITIVE = /\s[–—-]\s*[^;§:–—]{2,90}?(?:\s[–—-])?,?\s*$/u;

/**
 * "“…” - ông X, Chủ tịch UBND xã Y nói." / "“…”, bà Z, Giám đốc Trung tâm W, cho biết.": after the quotation, a
 * named person, then their title between commas, then the verb. Only a person named as one (a title or an honorific
 * before the name, or a full name) is taken; the description after the comma never names the speaker.
 */
export function appositivePostposed(body: string, verb: VerbHit, at: number, knownName: (n: string) => boolean): Attribution | null {
  const comma = body.indexOf(',');
  // "ông X – Bộ trưởng, Chủ nhiệm Văn phòng Y nói": a dash sets off the title, commas and all, up to the verb.
  const dash = DASHED_APPOSITIVE.exec(body.slice(0, verb.start));
  const cut = dash && dash.index < comma ? dash.index : comma;
  if (cut <= 0 || cut > verb.start || (cut === comma && !POSTPOSED_APPOSITIVE.test(body.slice(comma, verb.start)))) return null;
  const head = body.slice(0, cut);
  const m = parseSubject(head, knownName);
  // "“…” - người phát ngôn Cơ quan Y, ông X, chia sẻ.": a description, then the person it describes named between commas.
  // A person read from part of the description only ("… Dân sự": "Dân") is no subject either.
  if (cut === comma && (!m || m.type === 'role' || m.type === 'org' || (m.type === 'person' && head.slice(m.end).trim() !== ''))) {
    const next = body.indexOf(',', comma + 1);
    const named = next > comma && next < verb.start && body.slice(next + 1, verb.start).trim() === '' ? namedBetweenCommas(body.slice(comma + 1, next), comma + 1, knownName) : null;
    if (named) return { mention: { ...named, start: named.start + at, end: named.end + at }, clauseStart: 0, attributionEnd: at + verb.end, via: 'postposed', verb: verb.verb };
    // "“…” - Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ X nói.": two offices of one person, the name after the last.
    const titled = m?.type === 'role' && head.slice(m.end).trim() === '' && next < 0 ? titledAfterComma(body.slice(comma + 1, verb.start), knownName) : null;
    if (titled) return { mention: { ...titled, start: titled.start + comma + 1 + at, end: titled.end + comma + 1 + at }, clauseStart: 0, attributionEnd: at + verb.end, via: 'postposed', verb: verb.verb };
  }
  if (!m || m.type !== 'person' || m.start > 2 || head.slice(m.end).trim() !== '') return null;
  if (m.bare && !knownName(m.name) && !/^\p{Lu}\S*\s+\p{Lu}/u.test(m.name)) return null;
  return { mention: { ...m, start: m.start + at, end: m.end + at }, clauseStart: 0, attributionEnd: at + verb.end, via: 'postposed', verb: verb.verb };
}

/** The person a title and name make of the whole of `segment` ("Chủ nhiệm Văn phòng Chính phủ X"), or null. */
function titledAfterComma(segment: string, knownName: (n: string) => boolean): Mention | null {
  const m = parseSubject(segment, knownName);
  return m?.type === 'person' && m.role && !m.bare && segment.slice(0, m.start).trim() === '' && segment.slice(m.end).trim() === '' ? m : null;
}
