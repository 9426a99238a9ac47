/**
 * The subject of a phrase that ends right before a reporting verb: who speaks in "người phát ngôn Bộ Ngoại giao Anna
 * Berg trong cuộc họp báo", "Vợ anh X", "the press service of the Ukrainian president". The phrase's mentions are
 * read by mentions.ts; this module chooses among them (a name after a title or a body, a relative, a body that
 * belongs to someone, a place named after a person).
 */
import { namedAfterDescription } from './describedThenNamed.js';
import { spanEnd, spanText, tokenizeWithOffsets, type Token } from './tokens.js';
import { describedSomeone, englishBodyMention } from './englishBodies.js';
import { englishTailName } from './englishNames.js';
import { capRun } from './nameRuns.js';
import { ORG_ACRONYM, SUBJECT_STOPS, VIETNAMESE_SURNAMES } from './lexicon.js';
import type { Mention } from './mentionTypes.js';
import { mentionAt } from './mentions.js';

// An English noun phrase and "of" right before a mention: "the press service of (the) …", "a spokesman for …" aside.
const ENGLISH_OF_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)\s+of\s+(?:the\s+)?$/u;
// "one of the ministers", "both of the presidents": some of the people named, who speak themselves.
const ENGLISH_QUANTIFIERS = /^(?:one|some|many|both|all|each|none|most|several|two|three|any|either|neither|few|group|couple|pair)$/u;

// An English spokesperson's title right before the name that ends the subject: "(Deputy) spokeswoman Anna Berg", a
// Vietnamese name with its marks too ("spokesperson Phan Thị Ngân").
const SPOKESPERSON_NAME = /(?<![\p{L}\p{M}])[Ss]pokes(?:person|woman|man)\s+((?:\p{Lu}[\p{Ll}\p{M}’'-]+\s+){1,3}\p{Lu}[\p{Ll}\p{M}’'-]+)\s*$/u;

// An English possessive right after a name: "Berg's", "Berg’s" (the tokenizer keeps "'s" out of the name).
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])/u;

/**
 * The subject mention of a phrase that ends right before a reporting verb: the first mention in it.
 * `"người phát ngôn Bộ Ngoại giao Anna Berg trong cuộc họp báo hôm 7/2"` → Anna Berg.
 */
export function parseSubject(phrase: string, knownName?: (name: string) => boolean): Mention | null {
  // "Foreign Ministry spokesperson Anna Berg said": the body is whose spokesperson; the name before the verb speaks.
  const spokesperson = SPOKESPERSON_NAME.exec(phrase);
  if (spokesperson) {
    const name = spokesperson[1]!;
    const start = spokesperson.index + spokesperson[0].indexOf(name);
    return { type: 'person', name, role: null, gender: null, bare: false, surface: name, start, end: start + name.length };
  }
  // "một CĐV có tên X nói", "một khán giả nữa tên X chia sẻ", "người đàn ông tên là X cho biết": someone described,
  // then named by "(có) tên"; the name the phrase ends on is the subject ("mang tên", "đổi tên" name no speaker).
  const named = namedAfterDescription(phrase);
  if (named) return named;
  // "A Commerce Department spokesperson said": someone described, whom no name in the phrase is.
  const someone = describedSomeone(phrase);
  if (someone) return someone;
  // "The Ministry of Industry and Trade", "the Vietnam government": an English body described whole is the subject.
  const body = englishBodyMention(phrase);
  if (body) return body;
  const tokens = tokenizeWithOffsets(phrase);
  // "Head of the NA Standing Committee's Ombudsman Commission Duong Thanh Binh said": the body is whose office; the
  // name before the verb is the subject.
  const tail = englishTailName(tokens);
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const m = mentionAt(phrase, tokens, i, knownName);
    if (m && tail && (m.type === 'org' || m.type === 'nonSpeaker' || m.type === 'role' || (m.type === 'person' && m.bare)) && m.end <= tokens[tail[0]]!.start) {
      const [a, b] = tail;
      const name = spanText(phrase, tokens, a, b);
      return { type: 'person', name, role: null, gender: null, bare: false, surface: name, start: tokens[a]!.start, end: spanEnd(tokens, b) };
    }
    // "Minister Anna Berg's spokesman Ole Lund said": a possessive name only says whose; the subject is what follows.
    if (m && m.type === 'person' && POSSESSIVE_AFTER.test(phrase.slice(m.end, m.end + 3))) {
      while (i + 1 < tokens.length && tokens[i + 1]!.start < m.end) i++;
      continue;
    }
    // "the press service of the Ukrainian president said", "the office of Minister X said": the subject is the body
    // that belongs to the person or title named after "of", not that person; it speaks under those words.
    const organ = m && m.type !== 'nonSpeaker' && m.type !== 'pronoun' ? ENGLISH_OF_BEFORE.exec(phrase.slice(0, m.start)) : null;
    if (organ && !ENGLISH_QUANTIFIERS.test(organ[1]!)) {
      const start = organ.index + organ[0].indexOf(organ[1]!);
      const words = phrase.slice(start, m!.end);
      const name = words.charAt(0).toUpperCase() + words.slice(1);
      return { type: 'org', name, surface: words, start, end: m!.end };
    }
    // "Tổng giám đốc hãng X khi đó là ông Y từng tuyên bố", "lãnh đạo huyện khi đó là ông Z nói": the title's holder
    // then, named after "là", is the subject.
    if (m && m.type === 'role') {
      const held = HELD_BY.exec(phrase.slice(m.end));
      const holder = held ? mentionAt(phrase, tokens, tokens.findIndex((t) => t.start >= m.end + held[0].length), knownName) : null;
      if (holder?.type === 'person' && !holder.bare) return { ...holder, role: holder.role ?? m.role };
    }
    if (m && (m.type === 'person' || m.type === 'role' || m.type === 'pronoun')) {
      // "Vợ anh X kể", "Con gái ông Y cho biết": a relative speaks about the person named, who is not the subject.
      // So about a title ("con gái cố nghệ sĩ nói") or a victim or patient ("Cha của nạn nhân X cho biết"), and about
      // someone meant by a pronoun ("con trai bà nói với mẹ", "vợ ông kể"): the relative, not "bà" or "ông", speaks.
      const kin = KIN_BEFORE.exec(phrase.slice(0, m.start));
      if (kin) {
        const start = kin.index + kin[0].indexOf(kin[1]!);
        const role = phrase.slice(start, m.end);
        return { type: 'role', role, surface: role, start, end: m.end };
      }
    }
    // "TP Hồ Chí Minh", "thành phố Hồ Chí Minh", "xã Nguyễn Văn Thảnh": a name right after an administrative unit is
    // the place named after someone, never that person speaking.
    const named = m && m.type === 'org' ? memberAfterOrg(phrase, tokens, m, knownName) : m;
    const unit = named && named.type === 'person' ? ADMIN_BEFORE_NAME.exec(phrase.slice(Math.max(0, named.start - 12), named.start)) : null;
    if (unit) {
      const start = named!.start - unit[1]!.length - unit[2]!.length;
      return { type: 'nonSpeaker', surface: phrase.slice(start, named!.end), start, end: named!.end };
    }
    if (m && m.type === 'org' && named) return named;
    if (m) return m;
    // A subject does not sit behind a preposition or time phrase that has already started.
    if (i === 0 && SUBJECT_STOPS.has(tokens[0]!.lower) && tokens[0]!.lower !== 'một') continue;
  }
  return null;
}

// An administrative unit and the space right before a name: the name is the unit's (group 1 the unit, 2 the space).
const ADMIN_BEFORE_NAME = /(?:^|[^\p{L}\p{M}])(TP\.?|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn)(\s+)$/iu;

/**
 * "Trưởng nhóm nghiên cứu Viện Y Trần Thị B nói", "… Bộ Ngoại giao Việt Nam (VN) Lê Thị C khẳng định": a body
 * then (its acronym in brackets and) a Vietnamese full name. The body is where the person works, behind a title
 * the lexicon does not know (or misspelt); the person speaks. Null when no such name follows right after.
 */
function memberAfterOrg(phrase: string, tokens: Token[], org: Mention, knownName?: (name: string) => boolean): Mention | null {
  let k = tokens.findIndex((t) => t.start >= org.end);
  if (k < 0) return null;
  if (tokens[k]!.text === '(' && ORG_ACRONYM.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') k += 3;
  const run = capRun(tokens, k);
  if (run < 2 || run > 4 || !VIETNAMESE_SURNAMES.has(tokens[k]!.text)) return null;
  const p = mentionAt(phrase, tokens, k, knownName);
  return p && p.type === 'person' && p.end === spanEnd(tokens, k + run) ? { ...p, bare: false } : null;
}

// Kinship and counsel words before a named person: whose family, relative, client or friend the subject is.
// A title, then when it was held, then "là" and its holder: "… khi đó là ông Y".
const HELD_BY = /^\s+(?:khi đó|lúc đó|lúc bấy giờ|khi ấy|lúc ấy|thời điểm đó|thời điểm ấy|thời ấy)\s+là\s+(?=\S)/iu;
const KIN_BEFORE = /(?:^|\s)((?:gia đình|vợ|chồng|con|con trai|con gái|cha|bố|mẹ|anh trai|em trai|chị gái|em gái|người nhà|người thân|bạn gái|bạn trai|người yêu|hàng xóm|người bào chữa cho|người bảo vệ quyền lợi cho)(?:\s+của)?(?:\s+(?:cố|nạn nhân|bệnh nhân|bệnh nhi|bị cáo|bị hại|học sinh|sinh viên|nữ sinh|nam sinh|thí sinh|bé|cháu|em))?)\s+$/iu;
