/**
 * Finding who a phrase refers to: "Ngoại trưởng Anna Berg", "ông Berg", "người phát ngôn Bộ Ngoại giao",
 * "Nhà Trắng", "ông ấy". Pure functions over one phrase or sentence; resolution to a corpus speaker is done by
 * the registry (speakers.ts). The runs of capitalised words and the phrase lookups are in nameRuns.ts, the names of
 * bodies in bodyNames.ts.
 */
import { namedAfterDescription } from './describedThenNamed.js';
import { bodyLocalityLength } from './bodyRemits.js';
import { tokenizeWithOffsets, type Token } from './tokens.js';
import { describedSomeone, englishBodyMention } from './englishBodies.js';
import { englishNameStart, englishOfficeLength, englishTailName, isEnglishBody, isOfficeAfterPreposition, placeAdjective } from './englishNames.js';
import { isNonSpeakerName } from './nonSpeakers.js';
import { namesBodyAfter } from './namesakes.js';
import { holderAfterProvinceWord, placeAfterBody, townInTitle } from './townNames.js';
import { EPITHET_BLOCKERS, EPITHET_WORDS } from './epithets.js';
import { ADMIN_SEQ, adminPlaceLength, capRun, datelineLength, familyNameOpens, FIELD_SEQ, gluedHonorific, HONORIFIC_SET, INDEFINITE, isCap, isWord, matchSeq, nameRun, OFFICE_ACRONYM, OUTLET_SEQ, PLACE_SEQ, PLACE_WIDE, PRONOUN_SEQ, ROLE_SEQ, VERB_SEQ } from './nameRuns.js';
import { companyNameLength, fieldListAhead, holderBeforeOf, orgLength } from './bodyNames.js';
import { BODY_COMPOUNDS, FEMALE_HONORIFICS, isFamilyName, MALE_HONORIFICS, isSentenceOpener, ORG_ACRONYM, ORG_TAILS, SUBJECT_STOPS, VIETNAMESE_SURNAMES } from './lexicon.js';
import type { Gender, Mention } from './mentionTypes.js';
import { bodyInTitle, FIELD_DASH, fieldAfterDash, fieldRightAfterTitle, fullNameAfterLowerBody, lowerBodyBefore } from './titleBodies.js';

// One word of a name in Latin letters without diacritics: a capital, then lower case ("John", "Kishida", "Hang-seo").
const FOREIGN_NAME_WORD = /^[A-Z][a-z]+(?:-[a-z]+)?$/u;

export type { Gender, Mention } from './mentionTypes.js';

// A national team's age group or event: "U23", "U-19", "Olympic".
const TEAM_CATEGORY = /^(?:Olympic|U-?\d{2})$/u;

// "chuyên gia NordCapital", "giám đốc SaoMaiGroup": one word with a capital inside after two lower-case letters or
// more is a company's name (personal names that carry one, "McCain", "DeSantis", "LeBron", "MacArthur", do not read so).
// So is one that opens on two capitals or more then goes on in lower case, as banks and firms write an acronym glued
// to a word ("Chủ tịch KLBank", "CEO TQHoldings"): no personal name is written so.
const BRAND_WORD = /^(?:(?!Mac\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}|\p{Lu}{2,}\p{Ll}{2,})/u;



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

function slice(text: string, tokens: Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

function endOf(tokens: Token[], j: number): number {
  return tokens[j - 1]!.end;
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
      type: 'person', name: slice(text, tokens, i + 1, i + 1 + run), role: null, gender: genderOf(glued), bare: false,
      surface: text.slice(start, endOf(tokens, i + 1 + run)), start, end: endOf(tokens, i + 1 + run),
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
    return { type: 'nonSpeaker', surface: slice(text, tokens, i, j), start: t.start, end: endOf(tokens, j) };
  }

  // "chợ Bà Chiểu", "huyện Bà Điểm": a place whose name opens with a word of address ("Bà", "Ông") is the place, not a
  // woman or a man called by its second word.
  if (HONORIFIC_SET.has(lower) && isCap(t) && matchSeq(tokens, i, PLACE_WIDE, true) > 1) {
    const place = matchSeq(tokens, i, PLACE_WIDE, true);
    return { type: 'nonSpeaker', surface: slice(text, tokens, i, i + place), start: t.start, end: endOf(tokens, i + place) };
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
        type: 'person', name: slice(text, tokens, j, j + run), role: null, gender: genderOf(lower), bare: false,
        surface: slice(text, tokens, i, j + run), start: t.start, end: endOf(tokens, j + run),
      };
    }
  }
  // "nguyên Bí thư …", "cựu Bộ trưởng …": a former holder is named by the title all the same.
  // "Phó Trưởng phòng …", "phó cục trưởng …": a deputy is named by the title all the same.
  const former = (lower === 'nguyên' || lower === 'cựu' || lower === 'phó') && matchSeq(tokens, i + 1, ROLE_SEQ) ? 1 : 0;
  const role = former + matchSeq(tokens, i + former, ROLE_SEQ);
  if (role > former) {
    let j = i + role;
    let lowerWords = 0;
    let owner = false;
    // How far the title has been searched for a body's head, and whether one was found (read once, however many dashes).
    const titleBody = { scanned: i + role, found: false };
    while (j < tokens.length) {
      const u = tokens[j]!;
      const ul = u.lower;
      // "Phó chủ tịch Hiệp hội Da giày - Túi xách Việt Nam": inside a title, a spaced dash after a body's field joins
      // the next field of the same body's name (bodyNames.ts), it does not end the title.
      // "Bộ trưởng Văn hóa - Thể thao và Du lịch": so does one after a field that follows the title itself.
      if (FIELD_DASH.test(u.text) && fieldAfterDash(tokens, j + 1) && (bodyInTitle(tokens, titleBody, j) || fieldRightAfterTitle(tokens, i + role, j))) { j++; continue; }
      if (ul === 'của') {
        // "cố vấn của ông X": X is the owner of the role, not the speaker.
        owner = true;
        j++;
        const honorific = HONORIFIC_SET.has(tokens[j]?.lower ?? '');
        if (honorific) j++;
        const r = matchSeq(tokens, j, ROLE_SEQ);
        j += r;
        while (matchSeq(tokens, j, PLACE_WIDE, true)) j += matchSeq(tokens, j, PLACE_WIDE, true);
        const org = orgLength(tokens, j);
        const run = capRun(tokens, j);
        // "Chủ tịch HĐQT của SLS Quách Văn Khải cho rằng": a body is whose title it is, and the Vietnamese full name
        // right after it is the holder's; "cố vấn của ông X" names X only as the owner.
        const body = honorific || r ? 0 : org || companyNameLength(tokens, j, run);
        const holder = body ? capRun(tokens, j + body) : 0;
        if (holder >= 2 && holder <= 4 && familyNameOpens(tokens, j + body)) {
          const at = j + body;
          return {
            type: 'person', name: slice(text, tokens, at, at + holder), role: slice(text, tokens, i, at), gender: null, bare: false,
            surface: slice(text, tokens, i, at + holder), start: t.start, end: endOf(tokens, at + holder),
          };
        }
        j += org || run;
        continue;
      }
      // "HLV CLB Thép Xanh Nam Định Lê Văn A": a club's whole name after the title (bodyNames.ts), then its holder.
      const club = u.text === 'CLB' || u.text === 'CTCP' ? orgLength(tokens, j) : 0;
      if (club > 1) { j += club; continue; }
      // "lãnh đạo Công an TP Vĩnh Yên", "Bí thư Thành ủy TP Hồ Chí Minh": a town in the title is the body's (townNames.ts).
      const town = owner ? 0 : townInTitle(tokens, j);
      if (town) { j += town; continue; }
      // "Bộ trưởng GD-ĐT Quách Văn Khải", "Bộ trưởng TT-TT nói": an acronym after a title names the office, not the person.
      if (OFFICE_ACRONYM.test(u.text)) { j++; continue; }
      // "Bộ GD&ĐT": the tokens split an acronym at "&"; it still names the office.
      if (u.text === '&' && /^[A-ZĐ]{1,4}$/u.test(tokens[j - 1]?.text ?? '') && /^[A-ZĐ]{1,4}$/u.test(tokens[j + 1]?.text ?? '')) { j += 2; continue; }
      // "Bộ trưởng Thông tin và Truyền thông (TT-TT) Đỗ Quang Vinh": the office's acronym in brackets.
      if (u.text === '(' && j >= i + role && OFFICE_ACRONYM.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ')') { j += 3; continue; }
      // "HLV Olympic Lào Ha Min-jun", "HLV U19 Indonesia Budi Santoso": a team's age or event word opens the team's
      // name (its country comes next), never the coach's.
      if (TEAM_CATEGORY.test(u.text) && isCap(tokens[j + 1])) { j++; continue; }
      const holder = isCap(u) && !owner ? holderBeforeOf(tokens, j) : 0;
      if (holder) {
        const roleText = slice(text, tokens, i, j);
        return {
          type: 'person', name: slice(text, tokens, j, j + holder), role: roleText, gender: null, bare: false,
          surface: slice(text, tokens, i, j + holder), start: t.start, end: endOf(tokens, j + holder),
        };
      }
      // The longer reading wins: "Khoa học và Công nghệ" is a field, not the faculty ("Khoa") "Khoa học".
      const org = isCap(u) ? Math.max(orgLength(tokens, j), matchSeq(tokens, j, FIELD_SEQ, true)) : 0;
      if (org) { j += org; continue; }
      const place = matchSeq(tokens, j, PLACE_WIDE, true);
      if (place) { j += place; continue; }
      // "Bộ trưởng Nông nghiệp và Phát triển nông thôn": a second field joined by "và", not a second title.
      if (ul === 'và' && j > i + role && isCap(tokens[j + 1]) && !matchSeq(tokens, j + 1, ROLE_SEQ) && !HONORIFIC_SET.has(tokens[j + 1]!.lower)) { j++; continue; }
      // "Bộ trưởng Thương mại, Công nghiệp và Năng lượng": a list of fields is one office.
      if (u.text === ',' && j > i + role && fieldListAhead(tokens, j + 1)) { j++; continue; }
      const admin = matchSeq(tokens, j, ADMIN_SEQ);
      if (admin && isCap(tokens[j + admin])) {
        const holder = owner ? 0 : holderAfterProvinceWord(tokens, j, admin);
        if (holder) {
          const at = j + admin;
          return {
            type: 'person', name: slice(text, tokens, at, at + holder), role: slice(text, tokens, i, at), gender: null, bare: false,
            surface: slice(text, tokens, i, at + holder), start: t.start, end: endOf(tokens, at + holder),
          };
        }
        const run = capRun(tokens, j + admin);
        j += admin + (adminPlaceLength(tokens, j + admin, run) || run);
        continue;
      }
      // "The Minister on Kumasi-based Otec FM": an English title ends before "on" and what it is said on (an outlet, a
      // day), never its holder; "Committee on Foreign Affairs" is a body's name and goes on.
      if (ul === 'on' && isCap(tokens[j + 1]) && /^[\x20-\x7E’‘]+$/u.test(tokens[j + 1]!.text) && !isEnglishBody(tokens, j - 1, 1)) break;
      // "Kumasi-based", "London-born" describe what follows: the title's holder is not named by them.
      if (isCap(u) && !owner && placeAdjective(u)) break;
      if (isCap(u) && !owner) {
        const run = capRun(tokens, j);
        // "chairman of the provincial People’s Committee Truong Van A": a capitalised run that owns the next capitalised
        // word is the start of a body's name, never the person who holds the title.
        if (isWord(tokens[j + run + 1]) && /^['’]$/u.test(tokens[j + run]?.text ?? '') && tokens[j + run + 1]!.lower === 's' && isCap(tokens[j + run + 2])) {
          j += run + 2;
          continue;
        }
        // "Minister of Health Karl Olsen": English office words before the name belong to the title.
        const office = englishNameStart(tokens, j, run);
        if (office) { j += office; continue; }
        if (isOfficeAfterPreposition(tokens, j, run)) { j += run; continue; }
        // "Bộ trưởng Tài chính Karl Olsen": a capitalised word with a lower-case tail before another
        // capitalised run is a field or office (only its first syllable is capitalised), not the name.
        let k = j + run;
        // A reporting verb ends the office ("HLV Lee Jun Ho thừa nhận U23 Việt Nam …" names Lee, not the team).
        while (k < j + run + 3 && isWord(tokens[k]) && !isCap(tokens[k]) && !SUBJECT_STOPS.has(tokens[k]!.lower) && !matchSeq(tokens, k, VERB_SEQ)) k++;
        // In English copy a name then a lower-case verb is the name ("Foreign Minister Paul Marchand met US …"):
        // after a run of two or more words the tail must read as Vietnamese ("Ban Thư ký ASEAN").
        // A family name then more capitalised syllables is a Vietnamese name, whatever follows ("bị cáo Lý Văn Bình
        // mong đại diện VKS …").
        const vietnameseTail = tokens.slice(j + run, k).some((w) => /\P{ASCII}/u.test(w.text)) && !VIETNAMESE_SURNAMES.has(u.text);
        // "Ngoại trưởng Mỹ Edwin Marlow so sánh Tổng thống X …": a run that ends on a name in Latin letters (two words,
        // each a capital then lower case, as foreign names are written) is a person, and the lower-case words after it
        // are what they do, not the tail of an office; the title after them is the next person's.
        const foreignName = run >= 2 && FOREIGN_NAME_WORD.test(tokens[j + run - 1]!.text) && FOREIGN_NAME_WORD.test(tokens[j + run - 2]!.text);
        if ((run === 1 || (vietnameseTail && !foreignName)) && k > j + run && isCap(tokens[k]) && !HONORIFIC_SET.has(tokens[k]!.lower)) {
          j = k;
          continue;
        }
        // "… Phát triển nông thôn (NN-PTNT) Đào Quang Vinh": the field's acronym in brackets, then the name.
        if (k > j + run && tokens[k]?.text === '(' && OFFICE_ACRONYM.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') {
          j = k + 3;
          continue;
        }
        // "Công nghiệp và Năng lượng": fields joined by "và" before the name.
        if (k > j + run && tokens[k]?.lower === 'và' && isCap(tokens[k + 1])) {
          j = k + 1;
          continue;
        }
        // "HLV đội Olympic Xứ Lạ Chan Ka Wai": after a team's age or event word, a place the lists do not know and a
        // foreign name run together; where the team ends cannot be told, so the title names no one (blank, not a guess).
        if (run >= 3 && TEAM_CATEGORY.test(tokens[j - 1]!.text) && !VIETNAMESE_SURNAMES.has(u.text)) {
          // Not a role either: the role would be read as another coach named in the article.
          return { type: 'nonSpeaker', surface: slice(text, tokens, i, j + run), start: t.start, end: endOf(tokens, j + run) };
        }
        // "HLV U23 Việt Nam Lê Văn Khoa": a team or body written in capitals before a Vietnamese name; the name
        // starts at its family name. A run that starts with a family name is the name whole ("Nguyễn Hoàng Anh").
        if (run >= 3 && !VIETNAMESE_SURNAMES.has(u.text)) {
          let k = 1;
          while (k <= run - 2 && !VIETNAMESE_SURNAMES.has(tokens[j + k]!.text)) k++;
          if (k <= run - 2 && run - k <= 4) { j += k; continue; }
          // English copy: "Spokesperson of the Ministry of Foreign Affairs Do Thi Mai Lan": the office's words, then
          // a Vietnamese name written without its diacritics.
          const office = englishOfficeLength(tokens, j, run);
          if (office) { j += office; continue; }
        }
        // "Chủ tịch Green Harbor Holdings": a company's name after the title says whose chair, not who; so does a
        // body written in title case ("Chủ Tịch Hội Nhà Báo Độc Lập X"): three Vietnamese words or more that open
        // with no family name are not a personal name.
        // "Giám đốc Bệnh viện E", "Chỉ huy trưởng Trung đoàn C": a lone letter names the unit; nobody is named by one.
        // "Giám đốc Bệnh viện Đa khoa Trung ương xác nhận": the run's last word opens a word of the body's name.
        const last = tokens[j + run - 1]!;
        const after = tokens[j + run];
        // "Bí thư Thứ nhất T.Ư Đoàn": a dotted abbreviation ("T.Ư", "TP.HCM") opening a longer run names a body, not a
        // person (an anonymised "anh N.V.A" is the initials alone).
        const compound = !!after && isWord(after) && !isCap(after) && after.start === last.end + 1 && BODY_COMPOUNDS.has(`${last.lower} ${after.lower}`);
        const bodyWord = compound || (run >= 2 && /^\p{Lu}+(?:\.\p{Lu}+)+\.?$/u.test(u.text));
        // "General Statistics Office": an English body after a title word ("General") is no person.
        // "HLV người Việt", "nhà cầm quân người Hàn": "người" before a capitalised word after the title makes it whose
        // nationality, never the holder's name.
        const demonym = j - 1 >= i + role && tokens[j - 1]!.lower === 'người';
        // "Giám đốc Trung tâm Y tế Cẩm Khê": two syllables of a place after a body's words (townNames.ts).
        const bodyPlace = run === 2 && placeAfterBody(slice(text, tokens, i, j), u.text, tokens[j + 1]!.text, isFamilyName);
        if (demonym || bodyPlace || englishUnitAfter(tokens, j, run) || ORG_TAILS.has(last.text) || bodyWord || isEnglishBody(tokens, j, run) || (run >= 3 && !isFamilyName(u.text) && /\P{ASCII}/u.test(u.text)) ||
          (run === 1 && (/^\p{Lu}$/u.test(u.text) || BRAND_WORD.test(u.text)))) {
          // "Ủy ban An toàn giao thông Quốc gia": the lower-case syllable that ends the body's last word is its own.
          const to = j + run + (compound ? 1 : 0);
          const roleText = slice(text, tokens, i, to);
          return { type: 'role', role: roleText, surface: roleText, start: t.start, end: endOf(tokens, to) };
        }
        // "… gửi lời chào của Quốc vương tới Chủ tịch nước": one capitalised word that opens a title with the lower-case
        // words after it is that title, another person's, never a name.
        if (run === 1 && matchSeq(tokens, j, ROLE_SEQ) > 1) break;
        // "phụ trách Đoàn ĐBQH tỉnh X Lê Thị Y": a body's name whose head is also a family name; the holder follows it.
        if (acronymInName(tokens, j, run)) { j += run; continue; }
        // "Chủ tịch hiệp hội Chè và cà phê Tây Bắc Hoàng Văn Bình": a body's head written in lower case goes on through
        // its lower-case words and places to the Vietnamese full name that ends the run; that name is the holder's.
        const tail = lowerBodyBefore(tokens, i + role, j) && !isFamilyName(u.text) ? fullNameAfterLowerBody(tokens, j) : 0;
        if (tail) {
          const at = tail;
          const len = capRun(tokens, at);
          return {
            type: 'person', name: slice(text, tokens, at, at + len), role: slice(text, tokens, i, at), gender: null, bare: false,
            surface: slice(text, tokens, i, at + len), start: t.start, end: endOf(tokens, at + len),
          };
        }
        const roleText = slice(text, tokens, i, j);
        // "Hiệu trưởng Trường THPT Trần Phú": a name right after a school's head is the school's (namesakes.ts).
        if (namesBodyAfter(roleText, run)) {
          const whole = slice(text, tokens, i, j + run);
          return { type: 'role', role: whole, surface: whole, start: t.start, end: endOf(tokens, j + run) };
        }
        return {
          type: 'person', name: slice(text, tokens, j, j + run), role: roleText, gender: null, bare: false,
          surface: slice(text, tokens, i, j + run), start: t.start, end: endOf(tokens, j + run),
        };
      }
      // "CEO kiêm nhà sáng lập X": the second office that "kiêm" joins is read whole, so that none of its words ("sáng" of
      // "sáng lập", also "morning") ends the title before its holder.
      const joined = ul === 'kiêm' && j > i ? matchSeq(tokens, j + 1, ROLE_SEQ) : 0;
      if (joined) { j += 1 + joined; continue; }
      if (!isCap(u) && isWord(u) && !SUBJECT_STOPS.has(ul) && lowerWords < 5 && !HONORIFIC_SET.has(ul) && !matchSeq(tokens, j, VERB_SEQ)) {
        lowerWords++;
        j++;
        continue;
      }
      break;
    }
    // "một bị cáo khác", "các quan chức": an indefinite or plural description keeps its determiner, so that it is
    // never taken for the one person of the article who holds the title.
    const det = INDEFINITE.has(tokens[i - 1]?.lower ?? '') ? `${tokens[i - 1]!.text} ` : '';
    // "the Ukrainian president", "a Russian diplomat": English writes whose title it is as an adjective before a title
    // in lower case; without it "president" would be any president of the article.
    const adjective = !det && !isCap(t) && ENGLISH_ARTICLES.has(tokens[i - 2]?.lower ?? '') && isCap(tokens[i - 1]) && /^[A-Za-z-]+$/u.test(tokens[i - 1]!.text);
    const from = adjective ? i - 1 : i;
    const roleText = det + slice(text, tokens, from, j).replace(/\s+của\s*$/u, '');
    const back = DEMONSTRATIVES.has(tokens[j]?.lower ?? '') ? { back: true } : {};
    return { type: 'role', role: roleText, surface: roleText, start: tokens[from]!.start, end: endOf(tokens, j), ...back };
  }

  // "her office said", "his spokesman told …": someone of that person's, not the person; named by the words.
  if (POSSESSIVE_DETERMINERS.has(lower) && isWord(tokens[i + 1]) && !isCap(tokens[i + 1]) && !matchSeq(tokens, i + 1, VERB_SEQ)) {
    return { type: 'role', role: slice(text, tokens, i, i + 2), surface: slice(text, tokens, i, i + 2), start: t.start, end: endOf(tokens, i + 2) };
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
    return { type: 'pronoun', gender: genderOf(lower), surface: slice(text, tokens, i, i + pron), start: t.start, end: endOf(tokens, i + pron) };
  }

  // "Minh said …" in English copy is the name the article knows, not "Mình" (an opener once its marks are folded away).
  // Asked last and only of a capitalised opener: the article's names are looked up for every plain word otherwise.
  const knownPlain = (): boolean => /^[A-Za-z]+$/u.test(t.text) && !!knownName?.(t.text);
  if (isCap(t) && (!isSentenceOpener(t.text) || familyNameOpens(tokens, i) || knownPlain())) {
    const org = orgLength(tokens, i, true);
    // "CĐV khác chia sẻ", "một DN cho biết": one more of a kind, or one of many, is no body of that name.
    const oneOfKind = org === 1 && (tokens[i + 1]?.lower === 'khác' || INDEFINITE.has(tokens[i - 1]?.lower ?? ''));
    if (oneOfKind) {
      const role = tokens[i + 1]?.lower === 'khác' ? slice(text, tokens, i, i + 2) : `${tokens[i - 1]!.lower} ${t.text}`;
      return { type: 'role', role, surface: role, start: t.start, end: endOf(tokens, tokens[i + 1]?.lower === 'khác' ? i + 2 : i + 1) };
    }
    if (org) return { type: 'org', name: slice(text, tokens, i, i + org), surface: slice(text, tokens, i, i + org), start: t.start, end: endOf(tokens, i + org) };
    // "Vietnam Airlines", "Singapore Airlines": a company's tail makes a place's name its first word, not a place.
    const named = capRun(tokens, i);
    if (named >= 2 && ORG_TAILS.has(tokens[i + named - 1]!.text)) {
      const name = slice(text, tokens, i, i + named);
      return { type: 'org', name, surface: name, start: t.start, end: endOf(tokens, i + named) };
    }
    const place = matchSeq(tokens, i, PLACE_WIDE, true) || shortUnitPlaceLength(tokens, i);
    if (place) return { type: 'nonSpeaker', surface: slice(text, tokens, i, i + place), start: t.start, end: endOf(tokens, i + place) };
    const run = capRun(tokens, i);
    // An honorific not followed by a name ("Mr. Khoa": "Mr" then ".") starts no capitalised run.
    if (run === 0) return null;
    // "London-born Karl Olsen": the adjective is no part of the name; "Kumasi-based Otec FM" is a body or outlet.
    const adjective = placeAdjective(t);
    if (adjective) {
      if (adjective === 'born' && run >= 3 && englishNameStart(tokens, i + 1, run - 1) === 0) {
        return {
          type: 'person', name: slice(text, tokens, i + 1, i + run), role: null, gender: null, bare: false,
          surface: slice(text, tokens, i, i + run), start: t.start, end: endOf(tokens, i + run),
        };
      }
      return { type: 'nonSpeaker', surface: slice(text, tokens, i, i + run), start: t.start, end: endOf(tokens, i + run) };
    }
    // "Security Chris Tang" (after "Secretary for"): office words, then the name they title.
    const office = englishNameStart(tokens, i, run);
    if (office) {
      return {
        type: 'person', name: slice(text, tokens, i + office, i + run), role: slice(text, tokens, i, i + office), gender: null, bare: false,
        surface: slice(text, tokens, i, i + run), start: t.start, end: endOf(tokens, i + run),
      };
    }
    const name = slice(text, tokens, i, i + run);
    if (run >= 2 && (ORG_TAILS.has(tokens[i + run - 1]!.text) || isEnglishBody(tokens, i, run))) return { type: 'org', name, surface: name, start: t.start, end: endOf(tokens, i + run) };
    // "Earlier Wednesday, the ministry said": an English time phrase is capitalised for its weekday, not a name.
    if (tokens.slice(i, i + run).some((w) => ENGLISH_WEEKDAYS.has(w.text))) return null;
    // "tại Tháp Keller": a building, venue or outlet named by a capitalised run is no one, and no later "ông Keller"
    // may take its name.
    if (run >= 2 && (isNonSpeakerName(name) || englishUnitAfter(tokens, i, run))) return { type: 'nonSpeaker', surface: name, start: t.start, end: endOf(tokens, i + run) };
    if (acronymInName(tokens, i, run)) return { type: 'org', name, surface: name, start: t.start, end: endOf(tokens, i + run) };
    if (run >= 2 || (knownName && knownName(name))) {
      return { type: 'person', name, role: null, gender: null, bare: true, surface: name, start: t.start, end: endOf(tokens, i + run) };
    }
  }
  return null;
}

/**
 * True when a capitalised run has an acronym after its first word ("Đoàn ĐBQH", "Đoàn TNCS"): no personal name has a
 * syllable written in capitals, so the run names a body even when it opens on a family name.
 */
function acronymInName(tokens: Token[], i: number, run: number): boolean {
  return run >= 2 && VIETNAMESE_SURNAMES.has(tokens[i]!.text) && tokens.slice(i + 1, i + run).some((w) => /^[A-ZĐ]{2,}$/u.test(w.text));
}

const ENGLISH_CONJUNCTIONS = new Set(['But', 'And', 'Yet']);
// "hiệu trưởng này", "nữ ca sĩ ấy": a demonstrative after a title points back to someone named before.
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['này', 'ấy']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their']);
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);
const ENGLISH_WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
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
      const name = slice(phrase, tokens, a, b);
      return { type: 'person', name, role: null, gender: null, bare: false, surface: name, start: tokens[a]!.start, end: endOf(tokens, b) };
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
  return p && p.type === 'person' && p.end === endOf(tokens, k + run) ? { ...p, bare: false } : null;
}

// Kinship and counsel words before a named person: whose family, relative, client or friend the subject is.
// A title, then when it was held, then "là" and its holder: "… khi đó là ông Y".
const HELD_BY = /^\s+(?:khi đó|lúc đó|lúc bấy giờ|khi ấy|lúc ấy|thời điểm đó|thời điểm ấy|thời ấy)\s+là\s+(?=\S)/iu;
const KIN_BEFORE = /(?:^|\s)((?:gia đình|vợ|chồng|con|con trai|con gái|cha|bố|mẹ|anh trai|em trai|chị gái|em gái|người nhà|người thân|bạn gái|bạn trai|người yêu|hàng xóm|người bào chữa cho|người bảo vệ quyền lợi cho)(?:\s+của)?(?:\s+(?:cố|nạn nhân|bệnh nhân|bệnh nhi|bị cáo|bị hại|học sinh|sinh viên|nữ sinh|nam sinh|thí sinh|bé|cháu|em))?)\s+$/iu;

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

// The units English copy of Vietnamese news writes in lower case after a place's name: "Thuan Thanh district", "Bac
// Ninh province", "Hung Thang ward", "Ha Long city".
const ENGLISH_UNITS: ReadonlySet<string> = new Set(['district', 'province', 'ward', 'commune', 'town', 'city', 'township']);

/**
 * Whether the capitalised run of `run` words at `j`, written in plain Latin letters, is followed by an English unit
 * word: then it names the place ("in Van Don district of …"), not a person; read as a name it was shown as one.
 */
function englishUnitAfter(tokens: Token[], j: number, run: number): boolean {
  const after = tokens[j + run];
  return run >= 2 && !!after && ENGLISH_UNITS.has(after.text) && tokens.slice(j, j + run).every((w) => /^[A-Za-z'’-]+$/u.test(w.text));
}
