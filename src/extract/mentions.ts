/**
 * Finding who a phrase refers to: "Ngoại trưởng Anna Berg", "ông Berg", "người phát ngôn Bộ Ngoại giao",
 * "Nhà Trắng", "ông ấy". Pure functions over one phrase or sentence; resolution to a corpus speaker is done by
 * the registry (speakers.ts). The runs of capitalised words and the phrase lookups are in nameRuns.ts, the names of
 * bodies in bodyNames.ts, a title and its holder in titleMention.ts; the subject of a phrase before a reporting verb
 * is chosen among its mentions in phraseSubject.ts.
 */
import { bodyLocalityLength } from './bodyRemits.js';
import { spanEnd, spanText, tokenizeWithOffsets, type Token } from './tokens.js';
import { englishNameStart, isEnglishBody, placeAdjective } from './englishNames.js';
import { isNonSpeakerName } from './nonSpeakers.js';
import { EPITHET_BLOCKERS, EPITHET_WORDS } from './epithets.js';
import { capRun, datelineLength, familyNameOpens, gluedHonorific, HONORIFIC_SET, INDEFINITE, isCap, isWord, matchSeq, nameRun, OUTLET_SEQ, PLACE_SEQ, PLACE_WIDE, PRONOUN_SEQ, ROLE_SEQ, VERB_SEQ } from './nameRuns.js';
import { orgLength } from './bodyNames.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, isSentenceOpener, ORG_ACRONYM, ORG_TAILS, SUBJECT_STOPS } from './lexicon.js';
import type { Gender, Mention } from './mentionTypes.js';
import { acronymInName, englishUnitAfter, readTitleMention } from './titleMention.js';

export type { Gender, Mention } from './mentionTypes.js';

const NOT_SHE_AFTER: ReadonlySet<string> = new Set([
  'gái', 'bé', 'giáo', 'dâu', 'con', 'chủ', 'em', 'cháu', 'út', 'tiên', 'đơn', 'độc', 'lập', 'đọng', 'đặc', 'nhi', 'hồn', 'phụ',
  'ruột', 'bạn', 'chú', 'bác', 'dì', 'trò', 'học', 'nhân', 'người', 'nàng', 'ca', 'diễn', 'vợ', 'thư', 'y', 'gì', 'ba', 'hai', 'tư',
]);

function genderOf(honorific: string): Gender {
  const h = honorific.toLowerCase();
  if (MALE_HONORIFICS.includes(h)) return 'm';
  if (FEMALE_HONORIFICS.includes(h)) return 'f';
  return null;
}

/**
 * The mention that starts at token `i`, or null. Person names need evidence: an honorific, a role noun, or
 * two or more capitalised words that are neither a place nor an organisation.
 */
export function mentionAt(text: string, tokens: Token[], i: number, knownName?: (name: string) => boolean): Mention | null {
  const m = readMentionAt(text, tokens, i, knownName);
  // English copy: "But Anna Berg said …", "And Anna Berg told …": the conjunction is capitalised only because it opens
  // the sentence; it is neither a title nor a word of the name, though the mention still opens the clause.
  const t = tokens[i];
  if (m?.type !== 'person' || !t || !ENGLISH_CONJUNCTIONS.has(t.text)) return m;
  if (m.role === t.text) return { ...m, role: null };
  const name = m.name.startsWith(`${t.text} `) ? m.name.slice(t.text.length + 1) : m.name;
  // A lone word left ("But Berg said") names someone only as any lone word does: when the article knows it.
  if (!name.includes(' ') && m.bare && !knownName?.(name)) return null;
  return { ...m, name };
}

function readMentionAt(text: string, tokens: Token[], i: number, knownName?: (name: string) => boolean): Mention | null {
  const t = tokens[i];
  if (!t || !isWord(t)) return null;
  const lower = t.lower;

  // "ĐÀ NẴNG Bà Trần Thị Hoa cho biết", "TP HCM Ông X nói": a dateline in capitals before "Ông"/"Bà" and a name
  // is no one; the person named after the honorific is, and the mention opens the sentence as "Bà" would.
  const dateline = datelineLength(tokens, i);
  if (dateline) {
    const m = readMentionAt(text, tokens, i + dateline, knownName);
    return m?.type === 'person' ? { ...m, surface: text.slice(t.start, m.end), start: t.start } : null;
  }
  // "TP HCMÔng Lê Văn Khoa": the honorific glued to the dateline still says a person is named after it. The mention
  // spans the glued word, which opens the sentence as "Ông" would.
  const glued = gluedHonorific(t);
  if (glued) {
    const run = nameRun(tokens, i + 1);
    if (!run) return null;
    const start = t.start;
    return {
      type: 'person', name: spanText(text, tokens, i + 1, i + 1 + run), role: null, gender: genderOf(glued), bare: false,
      surface: text.slice(start, spanEnd(tokens, i + 1 + run)), start, end: spanEnd(tokens, i + 1 + run),
    };
  }

  // "vị chuyên gia", "nữ diễn viên": a title in lower case after a classifier stands for someone named (epithets.ts).
  // "Vị Chủ tịch tỉnh cho biết", "vị Phó Chủ tịch nói": after "vị" the press keeps a title's capital, and it is still
  // an epithet, not a name "Vị Chủ"; "nữ"/"nam" before a capital open names and places ("Nam Định", "Nữ hoàng").
  const capTitle = lower === 'vị' && isCap(tokens[i + 1]);
  if (EPITHET_WORDS.has(lower) && !EPITHET_BLOCKERS.has(tokens[i - 1]?.lower ?? '') && isWord(tokens[i + 1]) && (capTitle || !isCap(tokens[i + 1]))) {
    const inner = readMentionAt(text, tokens, i + 1, knownName);
    if (inner?.type === 'role' && inner.start === tokens[i + 1]!.start && (capTitle || !/\p{Lu}/u.test(inner.role))) {
      // Where the title starts, as before the classifier was read: what stands before a subject is unchanged.
      const det = INDEFINITE.has(tokens[i - 1]?.lower ?? '') ? `${tokens[i - 1]!.text} ` : '';
      return { ...inner, role: det + text.slice(t.start, inner.end) };
    }
  }
  const outlet = matchSeq(tokens, i, OUTLET_SEQ);
  if (outlet) {
    let j = i + outlet;
    while (isWord(tokens[j]) && !isCap(tokens[j]) && !SUBJECT_STOPS.has(tokens[j]!.lower) && j < i + outlet + 2) j++;
    j += capRun(tokens, j);
    return { type: 'nonSpeaker', surface: spanText(text, tokens, i, j), start: t.start, end: spanEnd(tokens, j) };
  }

  // "chợ Bà Chiểu", "huyện Bà Điểm": a place whose name opens with a word of address ("Bà", "Ông") is the place, not a
  // woman or a man called by its second word.
  if (HONORIFIC_SET.has(lower) && isCap(t) && matchSeq(tokens, i, PLACE_WIDE, true) > 1) {
    const place = matchSeq(tokens, i, PLACE_WIDE, true);
    return { type: 'nonSpeaker', surface: spanText(text, tokens, i, i + place), start: t.start, end: spanEnd(tokens, i + place) };
  }
  if (HONORIFIC_SET.has(lower)) {
    // "Mr. Khoa said": the abbreviation's period sits between the honorific and the name.
    const j = i + 1 + (tokens[i + 1]?.text === '.' && /^m(?:r|rs|s)$/u.test(lower) ? 1 : 0);
    const run = nameRun(tokens, j);
    // "ông Đức", "bà Nga": after "ông"/"bà" a one-word country is a given name (no one says "ông Đức" of Germany).
    const place = matchSeq(tokens, j, PLACE_SEQ, true);
    const givenName = place === 1 && run === 1 && (lower === 'ông' || lower === 'bà');
    if (run > 0 && (!place || givenName)) {
      return {
        type: 'person', name: spanText(text, tokens, j, j + run), role: null, gender: genderOf(lower), bare: false,
        surface: spanText(text, tokens, i, j + run), start: t.start, end: spanEnd(tokens, j + run),
      };
    }
  }
  // "nguyên Bí thư …", "cựu Bộ trưởng …": a former holder is named by the title all the same.
  // "Phó Trưởng phòng …", "phó cục trưởng …": a deputy is named by the title all the same.
  const former = (lower === 'nguyên' || lower === 'cựu' || lower === 'phó') && matchSeq(tokens, i + 1, ROLE_SEQ) ? 1 : 0;
  const role = former + matchSeq(tokens, i + former, ROLE_SEQ);
  if (role > former) return calendarHolderGuard(readTitleMention(text, tokens, i, role));

  // "her office said", "his spokesman told …": someone of that person's, not the person; named by the words.
  if (POSSESSIVE_DETERMINERS.has(lower) && isWord(tokens[i + 1]) && !isCap(tokens[i + 1]) && !matchSeq(tokens, i + 1, VERB_SEQ)) {
    return { type: 'role', role: spanText(text, tokens, i, i + 2), surface: spanText(text, tokens, i, i + 2), start: t.start, end: spanEnd(tokens, i + 2) };
  }
  const pron = matchSeq(tokens, i, PRONOUN_SEQ);
  // "Anh" is also the country: "Anh và Pháp", "Anh, Pháp" are places, "Anh nói thêm" is a pronoun.
  const placeLike = pron === 1 && matchSeq(tokens, i, PLACE_SEQ, true) > 0 &&
    (!isWord(tokens[i + 1]) || /^(?:và|cùng|với|hay|hoặc)$/iu.test(tokens[i + 1]!.text));
  // "cô gái", "cô giáo", "cô dâu" are someone else; "cô đơn", "cô lập" are words of their own.
  const notShe = pron === 1 && lower === 'cô' && NOT_SHE_AFTER.has(tokens[i + 1]?.lower ?? '');
  // "bà con" are the folks of a place (a group, crowds.ts), not "bà" (she): "Theo bà con, …", "“…”, bà con kể.".
  const folks = pron === 1 && lower === 'bà' && tokens[i + 1]?.lower === 'con';
  if (pron && !placeLike && !notShe && !folks && !isCap(tokens[i + pron])) {
    return { type: 'pronoun', gender: genderOf(lower), surface: spanText(text, tokens, i, i + pron), start: t.start, end: spanEnd(tokens, i + pron) };
  }

  // "Minh said …" in English copy is the name the article knows, not "Mình" (an opener once its marks are folded away).
  // Asked last and only of a capitalised opener: the article's names are looked up for every plain word otherwise.
  const knownPlain = (): boolean => /^[A-Za-z]+$/u.test(t.text) && !!knownName?.(t.text);
  if (isCap(t) && (!isSentenceOpener(t.text) || familyNameOpens(tokens, i) || knownPlain())) {
    const org = orgLength(tokens, i, true);
    // "CĐV khác chia sẻ", "một DN cho biết": one more of a kind, or one of many, is no body of that name.
    const oneOfKind = org === 1 && (tokens[i + 1]?.lower === 'khác' || INDEFINITE.has(tokens[i - 1]?.lower ?? ''));
    if (oneOfKind) {
      const role = tokens[i + 1]?.lower === 'khác' ? spanText(text, tokens, i, i + 2) : `${tokens[i - 1]!.lower} ${t.text}`;
      return { type: 'role', role, surface: role, start: t.start, end: spanEnd(tokens, tokens[i + 1]?.lower === 'khác' ? i + 2 : i + 1) };
    }
    if (org) return { type: 'org', name: spanText(text, tokens, i, i + org), surface: spanText(text, tokens, i, i + org), start: t.start, end: spanEnd(tokens, i + org) };
    // "Vietnam Airlines", "Singapore Airlines": a company's tail makes a place's name its first word, not a place.
    const named = capRun(tokens, i);
    if (named >= 2 && ORG_TAILS.has(tokens[i + named - 1]!.text)) {
      const name = spanText(text, tokens, i, i + named);
      return { type: 'org', name, surface: name, start: t.start, end: spanEnd(tokens, i + named) };
    }
    const place = matchSeq(tokens, i, PLACE_WIDE, true) || shortUnitPlaceLength(tokens, i);
    if (place) return { type: 'nonSpeaker', surface: spanText(text, tokens, i, i + place), start: t.start, end: spanEnd(tokens, i + place) };
    const run = capRun(tokens, i);
    // An honorific not followed by a name ("Mr. Khoa": "Mr" then ".") starts no capitalised run.
    if (run === 0) return null;
    // "London-born Karl Olsen": the adjective is no part of the name; "Kumasi-based Otec FM" is a body or outlet.
    const adjective = placeAdjective(t);
    if (adjective) {
      if (adjective === 'born' && run >= 3 && englishNameStart(tokens, i + 1, run - 1) === 0) {
        return {
          type: 'person', name: spanText(text, tokens, i + 1, i + run), role: null, gender: null, bare: false,
          surface: spanText(text, tokens, i, i + run), start: t.start, end: spanEnd(tokens, i + run),
        };
      }
      return { type: 'nonSpeaker', surface: spanText(text, tokens, i, i + run), start: t.start, end: spanEnd(tokens, i + run) };
    }
    // "Security Chris Tang" (after "Secretary for"): office words, then the name they title.
    const office = englishNameStart(tokens, i, run);
    if (office) {
      return {
        type: 'person', name: spanText(text, tokens, i + office, i + run), role: spanText(text, tokens, i, i + office), gender: null, bare: false,
        surface: spanText(text, tokens, i, i + run), start: t.start, end: spanEnd(tokens, i + run),
      };
    }
    const name = spanText(text, tokens, i, i + run);
    if (run >= 2 && (ORG_TAILS.has(tokens[i + run - 1]!.text) || isEnglishBody(tokens, i, run))) return { type: 'org', name, surface: name, start: t.start, end: spanEnd(tokens, i + run) };
    // "Earlier Wednesday, the ministry said": an English time phrase is capitalised for its weekday, not a name.
    if (tokens.slice(i, i + run).some((w) => ENGLISH_WEEKDAYS.has(w.text))) return null;
    // "tại Tháp Keller": a building, venue or outlet named by a capitalised run is no one, and no later "ông Keller"
    // may take its name.
    if (run >= 2 && (isNonSpeakerName(name) || englishUnitAfter(tokens, i, run))) return { type: 'nonSpeaker', surface: name, start: t.start, end: spanEnd(tokens, i + run) };
    if (acronymInName(tokens, i, run)) return { type: 'org', name, surface: name, start: t.start, end: spanEnd(tokens, i + run) };
    if (run >= 2 || (knownName && knownName(name))) {
      return { type: 'person', name, role: null, gender: null, bare: true, surface: name, start: t.start, end: spanEnd(tokens, i + run) };
    }
  }
  return null;
}

const ENGLISH_CONJUNCTIONS = new Set(['But', 'And', 'Yet']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their']);
const ENGLISH_WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

// Mentions already found, by text, apart for each `knownName` (an article's cast answers it the same way for as long
// as the article is read): a paragraph is read for its cast's names and acronyms, a sentence for its mentions and
// its statements' other people, from the same text.
const FOUND_PLAIN = new Map<string, readonly Mention[]>();
const FOUND_KNOWN = new WeakMap<(name: string) => boolean, Map<string, readonly Mention[]>>();
const FOUND_MAX = 5_000;

/**
 * Every named person, organisation and role mention in a text, left to right (for recency and roles); new objects
 * on each call.
 */
export function findMentions(text: string, knownName?: (name: string) => boolean): Mention[] {
  let byText = knownName ? FOUND_KNOWN.get(knownName) : FOUND_PLAIN;
  if (!byText) FOUND_KNOWN.set(knownName!, (byText = new Map()));
  let found = byText.get(text);
  if (!found) {
    if (byText.size >= FOUND_MAX) byText.clear();
    byText.set(text, (found = scanMentions(text, knownName)));
  }
  return found.map((m) => ({ ...m }));
}

/**
 * The sex a word written before a person's title says: "nữ" ("nữ diễn viên X", "Nữ ca sĩ X") a woman, "nam" ("nam
 * nhạc sĩ X") a man, so that "anh" after "nữ diễn viên Diệp Chi" is not given to her. A capital "Nam" counts only
 * where it opens the sentence: elsewhere it ends a place's name ("Hà Nam", "miền Nam").
 */
function sexBeforeTitle(tokens: Token[], i: number): Gender {
  const w = tokens[i - 1];
  if (!w || w.end !== tokens[i]!.start - 1) return null;
  if (w.lower === 'nữ') return 'f';
  if (w.text === 'nam' || (w.text === 'Nam' && (i === 1 || /^[.!?:"“”]$/u.test(tokens[i - 2]!.text)))) return 'm';
  return null;
}

function scanMentions(text: string, knownName?: (name: string) => boolean): Mention[] {
  const tokens = tokenizeWithOffsets(text);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = mentionAt(text, tokens, i, knownName);
    if (!m) continue;
    if (m.type === 'person' && m.role && !m.gender && m.start === tokens[i]!.start) m.gender = sexBeforeTitle(tokens, i);
    out.push(m);
    while (i + 1 < tokens.length && tokens[i + 1]!.start < m.end) i++;
  }
  return out;
}

/**
 * "Theo TP Hà Nội, …", "TX Sơn Tây cho biết": a unit written short ("TP", "TX") then a capitalised name is a place
 * (bodyNames.ts reads no body from it); its tokens, or 0. Read as a name, the city was shown as a speaker "TP".
 */
function shortUnitPlaceLength(tokens: Token[], i: number): number {
  return ORG_ACRONYM.test(tokens[i]?.text ?? '') ? bodyLocalityLength(tokens, i) : 0;
}

// A day's word is no one's name: "on the X PM Show on Monday, …" (a show's name, then its day), "toà nhà báo Làng quê
// Ngày mới" (a paper's name) read as a title ("PM", "nhà báo") and its holder "Monday", "Ngày". Only whole one-word holders: "Năm", "Sáu"
// and "Sáng" are given names and nicknames in Vietnamese, "May" and "June" in English.
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Ngày', 'Tháng', 'Hôm',
]);

/** A title whose holder would be a day's word names nobody: the phrase is kept as a mention no one is. */
function calendarHolderGuard(m: Mention): Mention {
  return m.type === 'person' && CALENDAR_WORDS.has(m.name) ? { type: 'nonSpeaker', surface: m.surface, start: m.start, end: m.end } : m;
}
