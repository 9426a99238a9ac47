/**
 * The cast of one article: the people and organisations it names, with the roles written next to them. Who a
 * pronoun, a title or a surname refers to is decided against this cast only (the document is the unit of
 * extraction); the corpus registry then only links a cast member to the same person's names in other articles.
 */
import { foldText } from '../core/text.js';
import { acronymAfter } from './bodyAcronyms.js';
import { checkDeadline, type Deadline } from './isolation.js';
import { ENGLISH_TITLE_ARTICLE, isFamilyName, VIETNAMESE_SURNAMES } from './lexicon.js';
import { findMentions, type Gender, type Mention } from './mentions.js';
import { addressedAfterTitle } from './addressedTitle.js';
import { namesWithPersonAppositive, namesWithWhoClause } from './englishNames.js';
import { reportsInEnglish } from './englishSubjects.js';
import { bareNameLabel } from './nameLabels.js';
import { opensPersonAppositive, postsOnPersonalPage } from './personAppositive.js';
import { writtenAlike } from './nameLinks.js';
import { speaksInFirstPerson } from './firstPersonSpeech.js';
import { handsOverToPronoun } from './pronounHandover.js';
import { isNonSpeakerName } from './nonSpeakers.js';
import type { Paragraph } from './paragraphs.js';
import { SpeakerRegistry, type SpeakerEntry } from './speakers.js';

/** One name form seen in a first pass, as plain data: workers send these to the main thread. */
export type Observation = [name: string, roles: Array<string | null>, surface: string, gender: Gender, attested: boolean];

// Between a name and its title: a comma or a bracket, a dash, or (English) a comma and an article.
const APPOSITIVE_GAP = new RegExp(String.raw`^\s*[,(]\s*$|^\s+[-–]\s+$|^\s*,\s*${ENGLISH_TITLE_ARTICLE}$`, 'iu');

/** Names and the roles written next to them ("Ngoại trưởng Anna Berg", "ông Berg, cố vấn của …,"). */
function observeNames(text: string, sink: (o: Observation) => void, bodies: ReadonlySet<string>): void {
  // "Quế Chi: Tôi …": a transcript's answer labelled with a guest's bare name names a person.
  const label = bareNameLabel(text);
  if (label) sink([label, [null], label, null, true]);
  // "Nam, who is on an official visit, …": English gives a person a "who" clause.
  for (const name of namesWithWhoClause(text)) sink([name, [null], name, null, true]);
  // "Lan, a fish trader, said …", "a fisherman named Tuan said …": so do an appositive and a description.
  for (const { name, gender } of namesWithPersonAppositive(text)) if (!isNonSpeakerName(name)) sink([name, [null], name, gender, true]);
  const mentions = findMentions(text).map((m) => asBodyTitle(m, bodies));
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    // "Tourism Western Norway": a place of two words or more after a title is what the title names, never a person.
    if (m.role && m.name.includes(' ') && isNonSpeakerName(m.name)) return;
    // "Giám đốc Trung tâm Di sản Thế giới Unesco, ông Peter Lind, …": a run opening on no family name after a title, then a
    // comma and a person called by a form of address, is the body that person heads (addressedTitle.ts), no one's name.
    if (m.role && !isFamilyName(m.name.split(/\s+/u)[0]!) && addressedAfterTitle(text, m, mentions)) return;
    const roles = [m.role];
    const prev: Mention | undefined = mentions[i - 1];
    const next: Mention | undefined = mentions[i + 1];
    // "Giám đốc Sở Y tế, ông X, cho biết": a title then a comma is the name's; "Theo luật sư, ông X …", "Bào chữa cho
    // bị cáo, luật sư …": after a preposition the comma closes that phrase, and the title is someone else's.
    const titledBefore = prev?.type === 'role' && /^\s*,\s*$/.test(text.slice(prev.end, m.start)) && !GOVERNED.test(text.slice(Math.max(0, prev.start - 24), prev.start)) && !PASSIVE_AGENT.test(text.slice(Math.max(0, prev.start - 8), prev.start));
    if (titledBefore) roles.push(prev.role);
    // "ông X, cố vấn của …," and "ông X (nguyên Bí thư …)": an appositive title after the name is his.
    // A bare name with such a title beside it is a person's ("Marco Bellini, coach of …, said").
    // "Đại tá X - Phó Giám đốc Công an tỉnh Y cho biết": a dash sets the title after the name the same way.
    // "Anna Berg, the Dutch coach of …": English puts an article and an adjective or two before the title.
    const titled = next?.type === 'role' && APPOSITIVE_GAP.test(text.slice(m.end, next.start)) && appositive(text, m, next);
    if (titled) roles.push(next.role);
    // "Văn Tùng, người ghi bàn duy nhất, chia sẻ", "Mai Chi (24 tuổi) kể", "Thu Trà viết trên trang cá nhân": what only
    // a person has (personAppositive.ts).
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    // "Tran Van Khoa, a union official, said …": English copy names a person bare and lets the verb say it is one.
    const englishSubject = reportsInEnglish(m.name, text, m.start, m.end) && !isNonSpeakerName(m.name);
    sink([m.name, roles, m.surface, m.gender, !m.bare || titled || titledPerson(titledBefore, m, text) || englishSubject || vietnameseFullName(m.name, before.slice(-20)) || opensPersonAppositive(before, text.slice(m.end)) || postsOnPersonalPage(text.slice(Math.max(0, m.start - 60), m.start), text.slice(m.end)) ||
      (m.bare && (speaksInFirstPerson(text, m.start, m.end) || handsOverToPronoun(text, m.start, m.end)) && !isNonSpeakerName(m.name))]);
  });
}

/**
 * "Bộ trưởng Ngoại giao Thụy Điển, Erik Lindqvist, cho biết": a name set off by commas right after a title is the
 * title holder's, a person (the pronoun of the next sentence may mean them), as a title written after it makes one.
 */
function titledPerson(titledBefore: boolean, m: Mention & { type: 'person' }, text: string): boolean {
  return titledBefore && /^\s*,/u.test(text.slice(m.end)) && !isNonSpeakerName(m.name);
}

/**
 * Whether the title after a name and a comma is the name's appositive. It is when it is closed ("ông X, cố vấn của
 * Y, nói", "ông X (nguyên Bí thư …)") or when the name opens its clause ("Ông X, giám đốc Sở Y cho biết"). After a
 * name inside a clause ("Trả lời câu hỏi về chuyến thăm của Thủ tướng X, người phát ngôn Bộ Ngoại giao cho biết")
 * the title opens the main clause: it is someone else's.
 */
function appositive(text: string, m: Mention, next: Mention): boolean {
  if (text.charAt(next.start - 1) === '(' || /^\s*[,)]/u.test(text.slice(next.end))) return true;
  // "Với bị cáo X, luật sư cho rằng …": a name governed by a preposition is that opening phrase's object; the title
  // after its comma opens the main clause and is the subject's, not X's.
  if (GOVERNED.test(text.slice(Math.max(0, m.start - 24), m.start))) return false;
  const clause = text.slice(0, m.start).split(/[.,;:!?]/u).pop() ?? '';
  return (clause.match(/\S+/gu)?.length ?? 0) <= 2;
}

// A preposition or verb right before a title: the title is its object, not a heading of the name after the comma.
// "các dự án được đại biểu chất vấn, Giám đốc Sở X cho hay": after "được"/"bị" a title is the agent of a passive clause
// that the comma closes, not the title of the name after it.
const PASSIVE_AGENT = /(?:^|\s)(?:được|bị)\s+$/iu;
const GOVERNED = /(?:^|[\s(])(?:theo|với|cho|của|về|tại|từ|như|cùng|hỏi|gặp|thay mặt)\s+$/iu;

// Words before a name that make it the name of a street, a place or a building ("đường Lê Lợi", "TP Hồ Chí Minh").
const NAMED_AFTER = /(?:^|\s)(?:đường|phố|ngõ|ngách|hẻm|quận|huyện|xã|phường|thị trấn|thị xã|tỉnh|thành phố|TP\.?|trường|cầu|chợ|sân|bến|bệnh viện|công viên|quảng trường|khu|tòa nhà|số)\s*$/iu;

/**
 * A Vietnamese full name written bare ("Trần Văn Bình nói:", as court and police reports name people): a family
 * name then one to three capitalised syllables is a person, unless the words before make it a street or a place, or
 * a gazetteer knows it as a place.
 */
function vietnameseFullName(name: string, before: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 3 || words.length > 4 || !(VIETNAMESE_SURNAMES.has(words[0]!) || unmarkedVietnameseName(words))) return false;
  return !NAMED_AFTER.test(before) && !isNonSpeakerName(name);
}

const FOLDED_SURNAMES = new Set([...VIETNAMESE_SURNAMES].map((w) => foldText(w)));
// A Vietnamese syllable written without its marks, as English copy writes names ("Vu Dinh Khoi", "Dang Quoc Bao"): a
// capital, then at most six lower-case letters.
const UNMARKED_SYLLABLE = /^[A-Z][a-z]{0,6}$/u;
// English words that can follow a word spelt like a family name ("Le Monde", "Ho Chi Minh City", "La Liga").
const ENGLISH_NAME_TAILS = /^(?:City|Province|Street|Road|District|Ward|Bank|Group|Monde|Figaro|Liga|Times|Post|News|Club|Park|Port|Bay|River|Lake|Hotel|Tower|Bridge|Airport|Mall|Market)$/u;

/** "Vu Dinh Khoi": three or four unmarked syllables of which the first is a Vietnamese family name without its marks. */
function unmarkedVietnameseName(words: string[]): boolean {
  return FOLDED_SURNAMES.has(words[0]!.toLowerCase()) && words.every((w) => UNMARKED_SYLLABLE.test(w)) && !words.some((w) => ENGLISH_NAME_TAILS.test(w));
}

// Name forms already read, by the paragraphs they were read from: extractArticle reads them for the corpus registry
// and castOf again from the same paragraphs for the article's cast (a tenth of the extraction time).
const OBSERVED = new WeakMap<Paragraph[], Observation[]>();

/** The name forms of one document's body paragraphs, in reading order (the same array for the same paragraphs). */
export function observationsOf(paragraphs: Paragraph[], deadline?: Deadline): Observation[] {
  const seen = OBSERVED.get(paragraphs);
  if (seen) return seen;
  const out: Observation[] = [];
  const bodies = new Set(paragraphs.flatMap((p) => bodyShortNames(p.text)));
  for (const p of paragraphs) {
    checkDeadline(deadline);
    observeNames(p.text, (o) => out.push(o), bodies);
  }
  OBSERVED.set(paragraphs, out);
  return out;
}

// A single capitalised word in brackets: "(Saomilk)", "(Hòa Phát)" is two words and not taken.
const BRACKETED_WORD = /\((\p{Lu}[\p{L}\p{M}]{2,})\)/gu;

/**
 * Short names the article gives bodies: a word in brackets right after a body's full name ("CTCP Sữa Sao Mai
 * (Saomilk)", "Tập đoàn Hoa Súng (Hoasung)"). The article then writes the body by that word ("CEO Saomilk cho biết"),
 * which after a title names whose title it is, not a person.
 */
export function bodyShortNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BRACKETED_WORD)) {
    const clause = text.slice(0, m.index).split(/[.,;:!?()]/u).pop() ?? '';
    if (findMentions(clause).some((x) => x.type === 'org') && /\p{Lu}[\p{L}\p{M}]*\s*$/u.test(clause)) out.push(m[1]!);
  }
  return out;
}

/**
 * A mention read as a person whose name is a body's short name: after a title it is that body's title ("Tổng giám
 * đốc Saomilk"), else the body itself.
 */
export function asBodyTitle(m: Mention, bodies: ReadonlySet<string>): Mention {
  if (m.type !== 'person' || !bodies.has(m.name)) return m;
  if (m.role) return { type: 'role', role: m.surface, surface: m.surface, start: m.start, end: m.end };
  return { type: 'org', name: m.name, surface: m.surface, start: m.start, end: m.end };
}

/** A speaker registry built from observations already collected, in order (one article's, or the corpus's). */
export function registryOf(observations: Iterable<Observation[]>): SpeakerRegistry {
  const registry = new SpeakerRegistry();
  for (const list of observations) for (const o of list) registry.observe('person', o[0], o[1], o[2], o[3], o[4]);
  registry.build();
  return registry;
}

/** The cast of one article, from its body paragraphs, with the acronyms the article defines. */
export function castOf(paragraphs: Paragraph[], deadline?: Deadline): SpeakerRegistry {
  const cast = registryOf([observationsOf(paragraphs, deadline)]);
  for (const p of paragraphs) for (const [short, long] of acronymsIn(p.text)) if (!cast.acronyms.has(short)) cast.acronyms.set(short, long);
  // "Hiệp hội Gốm sứ Việt Nam (VCA)", "… Bão Nhật Bản (JTC)": an acronym its letters do not spell (a foreign one, an
  // English one) still stands for the body named right before its bracket.
  for (const p of paragraphs) for (const [short, long] of bracketedAcronyms(p.text)) if (!cast.acronyms.has(short)) cast.acronyms.set(short, long);
  for (const p of paragraphs) for (const short of bodyShortNames(p.text)) cast.bodyNames.add(short);
  return cast;
}

// "Ngân hàng Nhà nước (NHNN)", "Tổng Bí thư (TBT)", "Thông tin và Truyền thông (TT-TT)".
const DEFINED = /\(([A-ZĐ][A-ZĐ&-]{1,11})\)/gu;
// Single-word heads kept in front of the words an acronym spells: "Bộ Thông tin và Truyền thông (TT-TT)".
const BODY_HEADS = new Set(['Bộ', 'Sở', 'Cục', 'Tổng cục', 'Ban', 'Viện', 'Vụ', 'Phòng', 'Trường', 'Đảng']);

/**
 * Acronyms an article defines in brackets after the words they spell (their initials, "và" aside): the acronym
 * then stands for those words in the article ("NHNN cho biết" is the Ngân hàng Nhà nước speaking).
 */
export function acronymsIn(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(DEFINED)) {
    const letters = foldText(m[1]!).replace(/[&-]/g, '');
    const words = text.slice(Math.max(0, m.index - 120), m.index).trim().split(/\s+/);
    let k = words.length;
    let spelled = '';
    while (k > 0 && spelled.length < letters.length) {
      const w = words[k - 1]!;
      if (!/^\p{L}/u.test(w)) break;
      k--;
      if (w === 'và' || w === '&') continue;
      spelled = foldText(w)[0] + spelled;
    }
    if (spelled !== letters || !/^\p{Lu}/u.test(words[k] ?? '')) continue;
    if (k > 0 && BODY_HEADS.has(words[k - 1]!)) k--;
    out.push([m[1]!, words.slice(k).join(' ')]);
  }
  return out;
}

/** Acronyms in brackets right after a body's name, whatever their letters: [acronym, the body's name]. */
export function bracketedAcronyms(text: string): Array<[string, string]> {
  if (!text.includes('(')) return [];
  const out: Array<[string, string]> = [];
  for (const m of findMentions(text)) {
    if (m.type !== 'org') continue;
    const short = acronymAfter(text, m.end);
    if (short && short !== m.name && foldText(m.name) !== foldText(short)) out.push([short, m.name]);
  }
  return out;
}

/**
 * The corpus entry of a cast member: the corpus cluster of its name when the name says who it is (two words or
 * more, a lone word only one person of the corpus ends with, or a foreign word misspelling one surname); else an
 * entry of its own under the name the article gives. A lone surname shared by several people is never settled by
 * another article.
 */
export function linkToCorpus(member: SpeakerEntry, corpus: SpeakerRegistry): SpeakerEntry {
  if (member.kind === 'person') {
    const linked = corpus.linkName(member.name) ?? corpus.linkTypo(member.name);
    // "Minh" in English copy is a given name without its marks, which many Vietnamese share: it does not settle that
    // the "Hồ Chí Minh" of another article is meant (the article's own full name still links).
    const bareGiven = !member.name.includes(' ') && /^[A-Za-z]+$/u.test(member.name) && !!linked && /\P{ASCII}/u.test(linked.name);
    // "bà Hòa" of one page is not the "ông … Hòa" of another: a name written with the other sex's honorific links to no one.
    const otherSex = !!linked && !!member.gender && !!linked.gender && member.gender !== linked.gender;
    // A cluster under another written name ("Phan Văn Đam" for an article's "Đàm") is another person.
    // "Gia Tường khiêm tốn chia sẻ" on a page that never gives him a family name, a title or an honorific: a
    // Vietnamese given name many people share says nothing of which "… Gia Tường" of another article he is.
    const untitledGiven = !!linked && linked.name !== member.name && untitledGivenName(member);
    if (linked && !bareGiven && !otherSex && !untitledGiven && writtenAlike(member.name, linked.name)) return linked;
  }
  return corpus.org(member.name);
}

/** A Vietnamese given name written alone ("Gia Tường", "Hạ Uyên"), with no family name, title or honorific on its page. */
function untitledGivenName(member: SpeakerEntry): boolean {
  const words = member.name.split(/\s+/u);
  return words.length === 2 && !isFamilyName(words[0]!) && /\P{ASCII}/u.test(member.name) && member.roles.size === 0 && !member.gender;
}
