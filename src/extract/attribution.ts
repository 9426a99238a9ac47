/**
 * Who says a statement, from the Vietnamese reporting patterns around it:
 * "X cho biết (rằng) …", "X nói: “…”", "“…”, X nói.", "Theo X, “…”", "Y dẫn lời X cho biết …".
 * Works on a sentence whose quoted spans are masked, so words inside a quotation never attribute it. Who the subject
 * of a verb is (appositives, lone names) is read in subjects.ts; its two entry points are re-exported here.
 */
import { COMPLEMENTISERS, ENGLISH_PARTICIPLES, ORG_HEADS, ROLE_NOUNS } from './lexicon.js';
import { englishTitleAfterName } from './englishAppositiveTitle.js';
import { findMentions, type Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { findReportingVerbs, NEGATED_BEFORE, type VerbHit } from './reportingVerbs.js';
import { alliesAfter } from './allies.js';
import { placeInDescribedSubject } from './placeNames.js';
import { groupSubject } from './crowds.js';
import { bracketedBodySubject } from './bodyShortSubject.js';
import { addressedAfterTitle } from './addressedTitle.js';
import { appositivePostposed, relativeNamedAfter } from './namedAppositive.js';
import type { Attribution } from './attributionTypes.js';
import { isSpeakerMention, loneName, loneNameBefore, possessedAfter, subjectOf } from './subjects.js';
import { appositiveOwner, titledPersonBefore } from './titleOwners.js';
import { whenClauseReport } from './whenClauseReport.js';
import { lastBoundary, shift } from './subjectPhrase.js';

export { isSpeakerMention, subjectOf } from './subjects.js';


export type { Attribution } from './attributionTypes.js';

// English puts the day between the verb and its clause: "said Thursday (that) …", "vowed later on Monday that …".
// A complementiser is a whole word: "là" is not the first letters of "làm" ("phát biểu làm rõ …").
// "said Thursday, warning …": the day may close the attribution before a comma.
const ENGLISH_DAY = '(?:(?:later|earlier)\\s+)?(?:(?:on|last|this)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\\s+|(?=,))';
const COMPLEMENT_RE = new RegExp(`^\\s*(?:thêm\\s+)?(?:${ENGLISH_DAY})?(?:,\\s*)?(?:(?:${COMPLEMENTISERS.join('|')})(?![\\p{L}\\p{M}])\\s*)?:?\\s*`, 'iu');
// "nói với các phóng viên rằng": the addressee sits between the verb and the reported words.
const ADDRESSEE_RE = /^\s+với\s+[^,.;:§]{1,60}?\s+(?:rằng|là)(?![\p{L}\p{M}])\s*:?\s*/iu;
// "nhắc nhở mọi người rằng, …": whom the reminder is for, with no "với", then the words.
const REMINDED_THAT = /^\s+[^,.;:§]{1,40}?\s+rằng(?![\p{L}\p{M}])\s*[:,]?\s*/iu;

const VENUE_THAT = /^\s+(?:trên|tại|trong|qua)\s+[^,.;:§]{1,60}?\s+rằng(?![\p{L}\p{M}])\s*,?\s*/iu;
// English: "said in a statement Monday that …", "said on March 29 that …", "told reporters at a briefing that …".
const MONTH_DOT = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s\d)/gu;
const ENGLISH_VENUE_THAT = /^\s+(?:in|at|on|during|after|via|through)\s+[\x20-\x7E’]{1,50}?\s+that(?![\p{L}\p{M}])\s*,?\s*/u;

/** Where the reported words begin after a verb. */
export function clauseStartAfter(masked: string, verb: VerbHit): number {
  const rest = masked.slice(verb.end);
  const addressee = verb.verb.endsWith('với') ? /^\s+[^,.;:§]{1,60}?\s+(?:rằng|là)(?![\p{L}\p{M}])\s*:?\s*/iu.exec(rest)
    : verb.verb === 'nhắc nhở' ? REMINDED_THAT.exec(rest) : ADDRESSEE_RE.exec(rest);
  if (addressee) return verb.end + addressee[0].length;
  // "công bố trên mạng xã hội rằng, …", "cho biết tại cuộc họp rằng …": where it was said, then the words.
  // "said on Feb. 27 that …": the stop of a month's abbreviation is no clause's end (blanked, offsets kept).
  const venue = VENUE_THAT.exec(rest) ?? (/^[a-z]/u.test(verb.verb) ? ENGLISH_VENUE_THAT.exec(rest.replace(MONTH_DOT, '$1 ').replace(/[,.;:§].*$/su, '')) : null);
  if (venue) return verb.end + venue[0].length;
  return verb.end + (COMPLEMENT_RE.exec(rest)?.[0].length ?? 0);
}

const TOPIC_CLAUSE = /(?:^|\s)việc\s/iu;
const ASKED_TO = /(?:^|[\s,])(?:đề nghị|yêu cầu|mời|xin|kính mong)\s+$/iu;

/** Leftmost reporting verb with a speaker as subject, before `limit` (the quote, or the sentence end). */
export function leftAttribution(masked: string, limit: number, knownName: (n: string) => boolean): Attribution | null {
  for (const verb of findReportingVerbs(masked.slice(0, limit))) {
    const mention = ENGLISH_PARTICIPLES.has(verb.verb)
      ? participleSubject(masked.slice(0, verb.start), knownName)
      : bracketedBodySubject(masked, verb.start) ?? subjectOf(masked, verb, knownName) ?? loneNameBefore(masked.slice(0, verb.start));
    if (!isSpeakerMention(mention)) continue;
    // "Một người dân sống trên phố Lò Sũ cho biết …": the name is where the one described lives, not a speaker.
    if (placeInDescribedSubject(masked, mention)) continue;
    // "Đề nghị Bộ trưởng cho biết …", "mời ông X phát biểu": someone is asked to speak; the words are not theirs yet.
    if (ASKED_TO.test(masked.slice(Math.max(0, mention.start - 16), mention.start))) continue;
    // "trả lời câu hỏi về việc ông X tuyên bố …, bà Y cho biết …": a verb inside "việc …" is the topic, not the report.
    const head = masked.slice(0, verb.start);
    const clause = head.slice(lastBoundary(head));
    if (TOPIC_CLAUSE.test(clause)) continue;
    // "không tin lệnh ngừng bắn mà ông Y tuyên bố ở Z": a verb of a relative clause names what Y announced before; the
    // sentence reports its own subject's words.
    if (RELATIVE_BEFORE.test(clause)) continue;
    // "Khi nhà báo hỏi lại, bà X đáp “…”": a verb in the opening "when" clause sets the scene; the main clause reports.
    if (WHEN_OPENING.test(head) && masked.slice(verb.end, limit).includes(',')) continue;
    // "Ông X nhớ lại chuyến đi, khi một người nuôi cá nói với ông: “…”": a later when-clause quotes someone else.
    const recalled = whenClauseReport(masked, mention.end, limit, knownName);
    if (recalled) return recalled;
    return { mention, clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb };
  }
  return null;
}

const RELATIVE_BEFORE = /\s(?:mà|which)\s+(?:[^\s,;§]+\s+){1,6}$/iu;
const WHEN_OPENING = /^\s*(?:khi|lúc|mỗi khi|sau khi|trước khi|when|after|as)\s[^,;]*$/iu;

// Before the subject of the main clause, at most a short opening phrase ("On Monday, ", "In Oslo, ").
const OPENING_PHRASE = /^(?:[^,§]{1,40},\s*)?$/u;

/**
 * "Berg met the mayor, saying …", "Lindqvist later contradicted Berg, asserting that …": a participle's subject is
 * the subject of the sentence, its first mention, which opens it; never a noun of the clause in between.
 */
function participleSubject(head: string, knownName: (n: string) => boolean): Mention | null {
  // A surname opening the sentence ("Lindqvist later contradicted Berg, …") comes before any mention after it.
  const first = loneName(/^\s*\S+\s/u.exec(head)?.[0] ?? '', 0) ?? findMentions(head, knownName)[0] ?? null;
  if (!isSpeakerMention(first) || !OPENING_PHRASE.test(head.slice(0, first.start))) return null;
  return first;
}

// A short description before the name after a quotation ("“…,” Kremlin spokesman Anna Berg said."): a few
// words with no conjunction or preposition that would start another clause.
const DESCRIPTOR_BEFORE = /^(?!.*(?:^|\s)(?:và|nhưng|còn|trong khi|khi|and|but|while|as|when|after|before)\s)(?:[\p{L}\p{M}\p{N}'’.-]+\s+){1,4}$/iu;

/** "“…”, ông X nói." / "“…”, theo bà Y." / "“…,” said X." after a closing quote at `from`. */
export function postposedAttribution(masked: string, from: number, knownName: (n: string) => boolean, innerPunct = false): Attribution | null {
  const rest = masked.slice(from);
  // "“…”, ông X nói." and, as often in Vietnamese copy, "“…” - ông X nói." / "“…”-ông X nói.". English keeps
  // the comma inside the marks ("“…,” Berg said."), as both languages do with "?" and "!": `innerPunct`.
  const found = /^[\s.?!…]*(?:,\s*(?:[–—-]\s*)?|[–—-]\s*)/u.exec(rest) ?? (innerPunct ? /^\s+/u.exec(rest) : null);
  if (!found) return null;
  // "“…”, AFP dẫn lời tổng thống nói.": the outlet quotes; the speaker is the one after "dẫn lời".
  const quoting = /^[^,;§]{1,40}?\s(?:dẫn lời|trích lời)\s+/iu.exec(rest.slice(found[0].length));
  // "…, the website X quoted Deputy Chairman Y as saying.": likewise in English, the speaker is the one quoted.
  const quotedAs = quoting ? null : /^[^,;§]{1,60}?\squoted\s+([^,;§]{2,80}?)\s+as saying(?![\p{L}])/u.exec(rest.slice(found[0].length));
  if (quotedAs) {
    const m = parseSubject(quotedAs[1]!, knownName);
    if (!isSpeakerMention(m)) return null;
    const at = from + found[0].length + quotedAs[0].lastIndexOf(quotedAs[1]!);
    return { mention: { ...m, start: m.start + at, end: m.end + at }, clauseStart: 0, attributionEnd: from + found[0].length + quotedAs[0].length, via: 'postposed', verb: 'as saying' };
  }
  const leadLength = found[0].length + (quoting ? quoting[0].length : 0);
  const body = rest.slice(leadLength);
  // "theo ông X" / "according to X", and the noun forms "- chia sẻ của ông X", "- lời ông X".
  // "- vẫn lời ông X", "- cũng lời bà Y": the same person's words again.
  const theo = /^(?:theo|according to|(?:lời\s+)?(?:chia sẻ|phát biểu|nhận định|nhận xét|bình luận|khẳng định|trả lời)\s+của|(?:(?:vẫn|cũng)\s+)?lời)\s+([^,.;§]{2,80})/iu.exec(body);
  if (theo) {
    const m = parseSubject(theo[1]!, knownName);
    if (!isSpeakerMention(m)) return null;
    const at = from + leadLength + theo[0].length - theo[1]!.length;
    return { mention: { ...m, start: m.start + at, end: m.end + at }, clauseStart: 0, attributionEnd: at + theo[1]!.length, via: 'postposed', verb: null };
  }
  const verb = findReportingVerbs(body.slice(0, 120))[0] ?? closingVerb(body);
  if (!verb) return null;
  // "…, đạo diễn X cùng nhà sản xuất Y có nhiều chia sẻ.": after a plural determiner the verb is a noun (what they
  // shared), and the words before the comma are the reporter's.
  if (PLURAL_NOUN_BEFORE.test(body.slice(Math.max(0, verb.start - 12), verb.start))) return null;
  const at = from + leadLength;
  // Only right after a quotation: in a sentence of reported words, "…, ông X, Chủ tịch xã, cho biết …" is the subject
  // of a verb that opens its clause, and the words before the comma are not his.
  if (/[,;§]/.test(body.slice(0, verb.start))) return /[§"”»]\s*[.?!…]?\s*$/u.test(masked.slice(0, from)) ? appositivePostposed(body, verb, at, knownName) : null;
  // English puts the verb first as often as last: "“…,” said Anna Berg, the minister.".
  if (ENGLISH_PARTICIPLES.has(verb.verb)) return null;
  if (body.slice(0, verb.start).trim() === '') {
    // "…,” said Ms. Hoa.": the stop of an English honorific is no end of the subject.
    const after = /^(?:[^,.;:§]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof))\.){2,80}/u.exec(body.slice(verb.end));
    const first = after ? parseSubject(after[0], knownName) : null;
    // "…,” said Thailand’s German coach Karl Weber.": the country owns the title; the coach speaks.
    const m = first?.type === 'nonSpeaker' && first.start <= 2 ? possessedAfter(after![0], first.end, knownName) ?? first : first;
    // "…, said the provincial chairman." / "…, said Chairman of the People's Committee Le Van Tam.": a description, or
    // in English a title with its office, may come before the subject.
    const titled = m?.type === 'person' && !m.bare && /^[\x20-\x7E’]+$/u.test(after![0]);
    if (!isSpeakerMention(m) || !(m.start <= 2 || titled || DESCRIPTOR_BEFORE.test(after![0].slice(0, m.start).trimStart()))) return null;
    const off = at + verb.end;
    // "…, said Vu Hong Thanh, head of …": a full name right after the verb is its subject, title or not.
    const named = m.type === 'person' && m.bare && m.start <= 2 && /^\p{Lu}\S*\s+\p{Lu}/u.test(m.name) ? { ...m, bare: false } : m;
    return { mention: { ...named, start: m.start + off, end: m.end + off }, clauseStart: 0, attributionEnd: off + after![0].length, via: 'postposed', verb: verb.verb };
  }
  const m = parseSubject(body.slice(0, verb.start), knownName) ?? loneName(body.slice(0, verb.start), 0);
  // "“…”, một người dân sống gần đó chia sẻ.": a group says it; the words are a quotation with no one to name.
  const group = isSpeakerMention(m) ? null : groupSubject(body.slice(0, verb.start), at);
  if (group) return { mention: group, clauseStart: 0, attributionEnd: at + verb.end, via: 'postposed', verb: verb.verb };
  // "“…”, một bị cáo khác nói." / "“…,” Kremlin spokesman X said.": a determiner or a short description may come first.
  if (!isSpeakerMention(m) || !(m.start <= 2 || DESCRIPTOR_BEFORE.test(body.slice(0, m.start)))) return null;
  return { mention: { ...m, start: m.start + at, end: m.end + at }, clauseStart: 0, attributionEnd: at + verb.end, via: 'postposed', verb: verb.verb };
}

const PLURAL_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:nhiều|những|các|mọi|vài)\s+$/iu;

// "“…” - bà X thông tin.": a noun everywhere else, "thông tin" is the reporting verb when it ends the attribution;
// "…, ông X so sánh.": "so sánh" takes what it compares as its object, except at the end, after the words compared.
// "“…”, ông X trình bày." (a defendant's plea) and the manner of saying, "“…”, chị X bức xúc.", "…, anh Y ngậm ngùi.",
// "…, bà Z cười.": at the end of the sentence after a quotation they report as a verb does; elsewhere they present
// something or tell how someone feels ("trình bày dự án", "bà Z bức xúc vì …").
const CLOSING_VERB = /(?<![\p{L}\p{M}])(?:thông tin|so sánh|trình bày|bức xúc|ngậm ngùi|nghẹn ngào|thở dài|trầm ngâm|hào hứng|phấn khởi|hồ hởi|xúc động|lo lắng|băn khoăn|trăn trở|chua chát|phân trần|than thở|cười)(?=\s*[.!…]*\s*$)/iu;

function closingVerb(body: string): VerbHit | undefined {
  const m = CLOSING_VERB.exec(body);
  return m && m.index < 120 ? { start: m.index, end: m.index + m[0].length, verb: m[0].toLowerCase() } : undefined;
}

// Between a country or city that opens the clause and its reporting verb: a few adverbs only ("Na Uy đã khẳng định").
const PLACE_THEN_VERB = /^\s*(?:(?:đã|cũng|vẫn|tiếp tục|từng|liên tục|nhiều lần|mới đây|hôm nay|hôm qua)\s+){0,3}$/iu;

/**
 * "Na Uy khẳng định …", "Oslo đã cáo buộc …": a country or a capital that opens a sentence (after at most a short
 * opening phrase) and says something through its government. A place is never shown as a speaker (cast.ts), so the
 * statement keeps no name; the words are still a report, not narration.
 */
export function placeSubjectAttribution(masked: string, knownName: (n: string) => boolean): Attribution | null {
  const verb = findReportingVerbs(masked)[0];
  if (!verb) return null;
  const head = masked.slice(0, verb.start);
  const first = findMentions(head, knownName)[0];
  if (!first || first.type !== 'nonSpeaker' || !/^(?:[^,§]{0,40},)?\s*$/u.test(head.slice(0, first.start))) return null;
  if (!PLACE_THEN_VERB.test(head.slice(first.end + alliesAfter(head.slice(first.end), knownName))) || NEGATED_BEFORE.test(head)) return null;
  return { mention: first, clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb };
}

// "Theo ghi nhận của phóng viên, …", "Theo quan sát của PV tại …", "Theo tìm hiểu của chúng tôi, …": the page's own
// reporting of what it saw or found out. Narration, not anyone's statement; the reporter is no speaker.
const REPORTERS_OWN = /^(?:những\s+|các\s+)?(?:ghi nhận|quan sát|tìm hiểu|khảo sát|điều tra|xác minh|thông tin)(?:\s+(?:ban đầu|thực tế|sơ bộ|riêng))?\s+(?:của\s+)?(?:phóng viên|nhóm phóng viên|PV|P\.V|chúng tôi|người viết)(?![\p{L}\p{M}])/iu;

/** "Theo ông X, …" / "Theo ông X: “…”" / "Cũng theo bà Y, …" / "According to X, …" at the start of a sentence (persons and organisations, never outlets). */
export function theoAttribution(masked: string, knownName: (n: string) => boolean): Attribution | null {
  // "Theo bà X, …", "Tuy nhiên, theo bà X, …", "Khi đó, theo trí nhớ của ông, …": a short opener may come first.
  const m = nameThroughComma(/^(?:[^,§]{0,40}?(?:,\s*|\s))?(?:cũng\s+)?(?:theo|according to)\s+([^,:§]{2,80})[,:]\s*/iu.exec(masked), masked, knownName);
  if (!m) return null;
  if (m[0].length - m[1]!.length > 20 || REPORTERS_OWN.test(m[1]!)) return null;
  // "According to her, …": English names the person of the sentences before by an object pronoun, read as "she".
  const object = ENGLISH_OBJECT_PRONOUN.exec(m[1]!);
  const parsed = object ? parseObjectPronoun(object[1]!, knownName) : parseSubject(m[1]!, knownName);
  // "Theo phản ánh của người dân, …", "Theo các chuyên gia, …": a group's account, with no one to name.
  const subject = isSpeakerMention(parsed) ? parsed : groupSubject(m[1]!, 0);
  if (!subject || relayedSpeaker(masked.slice(m[0].length), knownName)) return null;
  const at = m[0].indexOf(m[1]!);
  // "Theo ông X, Giám đốc Y, giá nhà …": the titles set off after a named person are the attribution's, not the words.
  const rest = masked.slice(m[0].length);
  const titled = subject.type === 'person' ? (!subject.bare ? titlesAfterName(rest) : englishTitleAfterName(rest)) : 0;
  return {
    mention: { ...subject, start: subject.start + at, end: subject.end + at },
    clauseStart: m[0].length + titled, attributionEnd: m[0].length + titled, via: 'theo', verb: null,
  };
}

const ENGLISH_OBJECT_PRONOUN = /^(him|her)\s*$/u;

/**
 * "Theo Bộ Lao động, Thương binh và Xã hội, cả nước …": a comma may sit inside a body's name (its remit lists fields,
 * bodyRemits.ts), so the name does not end at it. When the name read from the words after "Theo" runs on over the
 * comma to the next one (or a colon), the match is widened to it; cut at the first comma, the body was shown as
 * "Bộ Lao động" and its words opened on the rest of its name. Returns `m`, or the widened match.
 */
function nameThroughComma(m: RegExpExecArray | null, masked: string, knownName: (n: string) => boolean): RegExpExecArray | null {
  if (!m) return m;
  const at = m.index + m[0].indexOf(m[1]!);
  let best = m;
  let end = at + m[1]!.length;
  for (let commas = 0; commas < 2 && masked[end] === ','; commas++) {
    const next = /[,:§]/u.exec(masked.slice(end + 1, end + 80));
    if (!next) break;
    const phrase = masked.slice(at, end + 1 + next.index);
    const name = parseSubject(phrase, knownName);
    if (!name || name.type === 'nonSpeaker' || name.end < phrase.trimEnd().length || !phrase.slice(name.start, name.end).includes(',')) break;
    end += 1 + next.index;
    const sep = /^[,:]\s*/u.exec(masked.slice(end));
    if (!sep) break;
    const widened = [masked.slice(m.index, end + sep[0].length), phrase] as unknown as RegExpExecArray;
    widened.index = m.index;
    best = widened;
  }
  return best;
}

/** "him"/"her" after "according to" as the pronoun a subject would be ("he"/"she"), over the same characters. */
function parseObjectPronoun(word: string, knownName: (n: string) => boolean): Mention | null {
  const m = parseSubject(word === 'him' ? 'he' : 'she', knownName);
  return m && m.type === 'pronoun' ? { ...m, surface: word, end: word.length } : null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
// A title set off by commas after a name: a role noun and its office ("Phó cục trưởng Cục Cảnh sát hình sự, "), then
// perhaps the body it belongs to, written with its head ("Ngân hàng UOB (Singapore), ").
const APPOSITIVE_TITLE = new RegExp(`^(?:nguyên\\s+)?(?:${alternatives(ROLE_NOUNS)})(?![\\p{L}\\p{M}])[^,;:§.!?“”"]{0,90},\\s*`, 'iu');
const BODY_AFTER_TITLE = new RegExp(`^(?:${alternatives(ORG_HEADS)})(?![\\p{L}\\p{M}])\\s+\\p{Lu}[^,;:§.!?“”"]{0,60},\\s*`, 'u');

/** How many characters of `rest` (the words after "Theo ông X,") are titles of X set off by commas; 0 for none. */
function titlesAfterName(rest: string): number {
  const title = APPOSITIVE_TITLE.exec(rest);
  if (!title || findReportingVerbs(title[0]).length) return 0;
  const body = BODY_AFTER_TITLE.exec(rest.slice(title[0].length));
  const length = title[0].length + (body ? body[0].length : 0);
  // Words must be left after the titles for the statement.
  return rest.slice(length).trim().split(/\s+/u).length >= 4 ? length : 0;
}

// Between a relayed speaker and their verb: a few adverbs, nothing that starts a clause of its own.
const RELAYED_GAP = /^\s*(?:(?:đã|cũng|vẫn|từng|đều|còn|mới)\s+){0,3}$/iu;

/**
 * "Theo bà X, ông Y thừa nhận …": X relays what a person named right after the comma said; the words after Y's verb
 * are Y's, so "theo" does not claim the sentence. True when the clause opens on such a named person and their verb.
 */
function relayedSpeaker(clause: string, knownName: (n: string) => boolean): boolean {
  const verb = findReportingVerbs(clause.slice(0, 120))[0];
  if (!verb) return false;
  const m = parseSubject(clause.slice(0, verb.start), knownName);
  if (!m || m.type !== 'person' || m.start > 2 || (m.bare && !knownName(m.name))) return false;
  return RELAYED_GAP.test(clause.slice(m.end, verb.start));
}

/** "Ông X: “…”" — a speaker and a colon right before the quote. */
export function colonAttribution(masked: string, quoteOpen: number, knownName: (n: string) => boolean): Attribution | null {
  const head = masked.slice(0, quoteOpen);
  if (!/:\s*$/.test(head)) return null;
  const body = head.replace(/:\s*$/, '');
  const from = lastBoundary(body);
  const m = parseSubject(body.slice(from), knownName);
  if (!isSpeakerMention(m) || m.start > 2) return null;
  const mention = appositiveOwner(body, from, m, knownName) ?? titledPersonBefore(body, from, m, knownName) ?? shift(m, from);
  return { mention, clauseStart: quoteOpen, attributionEnd: quoteOpen, via: 'colon', verb: null };
}

// Nouns of speech after which "của X" names the speaker: "phần chia sẻ của ông X, …: “…”".
const SPEECH_OF = /(?:chia sẻ|phát biểu|lời|ý kiến|câu trả lời|nhận định|nhận xét|tâm sự|bình luận)\s+của\s*$/iu;
const REPLY_TO_SPEECH = /(?:^|[^\p{L}\p{M}])(?:trước|sau|đáp lại|đáp lời)\s+(?:(?:những|các|lời|phần)\s+)?(?:chia sẻ|phát biểu|lời|ý kiến|câu trả lời|nhận định|nhận xét|tâm sự|bình luận)\s+của\s*$/iu;

/**
 * A description between the speaker and the colon before a long quotation: "HLV X cũng dành những lời khen cho
 * đồng nghiệp: “…”", "Đại biểu Y (Z) có chung nỗi lo này: “…”". The speaker is the sentence's first person,
 * when it opens the sentence (a few words at most before it) or follows a noun of speech ("phần chia sẻ của ông X").
 */
export function describedColonAttribution(masked: string, quoteOpen: number, knownName: (n: string) => boolean): Attribution | null {
  const head = masked.slice(0, quoteOpen);
  if (!/:\s*$/.test(head)) return null;
  const mentions = findMentions(head, knownName);
  const first = mentions.find((m) => m.type !== 'org');
  if (!first || (first.type !== 'person' && first.type !== 'role' && first.type !== 'pronoun')) return null;
  const before = head.slice(0, first.start);
  const opening = before.slice(before.lastIndexOf(',') + 1).trim();
  if ((opening.match(/\S+/gu)?.length ?? 0) > 3 && !SPEECH_OF.test(before)) return null;
  // "Trước chia sẻ của X, Y dành lời khen …: “…”": words said in reply to X's are someone else's.
  if (REPLY_TO_SPEECH.test(before)) return null;
  // "Mẹ của em Y, chị Z, bức xúc: “…”": Y's relative, named between the commas, speaks.
  const relative = relativeNamedAfter(head, first, knownName);
  return { mention: relative ?? addressedAfterTitle(head, first, mentions) ?? first, clauseStart: quoteOpen, attributionEnd: quoteOpen, via: 'colon', verb: null };
}

// A comma and a conjunction that opens a contrasting or further clause: "…, song phía Y khẳng định …", "…, nhưng bà
// Y nói …", "…, còn ông Z cho rằng …", "…, while Y said …".
const NEXT_CLAUSE = /,\s*(?:song|nhưng|tuy nhiên|trong khi(?: đó)?|còn|while|but)\s+/giu;
// The subject of a clause is its first words: a verb further on belongs to something it reports.
const SUBJECT_REACH = 40;

/**
 * Where, in the words a report gives from `from` on, another speaker's report begins ("Ông X tuyên bố rằng A, song
 * phía Y khẳng định B": B is Y's, never X's): a conjunction after a comma, then a subject and its reporting verb.
 * -1 when none.
 */
export function otherReportAt(masked: string, from: number, knownName: (n: string) => boolean): number {
  NEXT_CLAUSE.lastIndex = from;
  for (let m = NEXT_CLAUSE.exec(masked); m; m = NEXT_CLAUSE.exec(masked)) {
    const rest = masked.slice(m.index + m[0].length);
    const verb = findReportingVerbs(rest.slice(0, SUBJECT_REACH + 20))[0];
    if (!verb || verb.start > SUBJECT_REACH) continue;
    // A subject of its own ("song phía Y khẳng định", "nhưng bà Y nói"), even one that cannot speak here (a place
    // standing for its government); "…, nhưng cũng khẳng định …" goes on with the same speaker.
    const head = rest.slice(0, verb.start);
    if (!/[,;§]/u.test(head) && findMentions(head, knownName).length) return m.index;
  }
  return -1;
}
