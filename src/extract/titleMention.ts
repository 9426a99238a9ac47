/**
 * Reading a title and who holds it: "Bộ trưởng Tài chính Karl Olsen", "HLV U23 Việt Nam Lê Văn Khoa", "Chủ tịch HĐQT
 * của SLS Quách Văn Khải", "hiệu trưởng này". The title is a role word the lexicon knows (ROLE_SEQ); what follows it
 * is its body, field or place, then the holder's name, or nobody (a role). mentions.ts calls it once it has found the
 * title's words.
 */
import { spanEnd, spanText, type Token } from './tokens.js';
import { englishNameStart, englishOfficeLength, isEnglishBody, isOfficeAfterPreposition, placeAdjective } from './englishNames.js';
import { namesBodyAfter } from './namesakes.js';
import { holderAfterProvinceWord, placeAfterBody, townInTitle } from './townNames.js';
import { ADMIN_SEQ, adminPlaceLength, capRun, familyNameOpens, FIELD_SEQ, HONORIFIC_SET, INDEFINITE, isCap, isWord, matchSeq, OFFICE_ACRONYM, PLACE_WIDE, ROLE_SEQ, VERB_SEQ } from './nameRuns.js';
import { companyNameLength, fieldListAhead, holderBeforeOf, orgLength } from './bodyNames.js';
import { BODY_COMPOUNDS, isFamilyName, ORG_TAILS, SUBJECT_STOPS, VIETNAMESE_SURNAMES } from './lexicon.js';
import type { Mention } from './mentionTypes.js';
import { bodyInTitle, FIELD_DASH, fieldAfterDash, fieldRightAfterTitle, fullNameAfterLowerBody, lowerBodyBefore } from './titleBodies.js';

// One word of a name in Latin letters without diacritics: a capital, then lower case ("John", "Kishida", "Hang-seo").
const FOREIGN_NAME_WORD = /^[A-Z][a-z]+(?:-[a-z]+)?$/u;

// A national team's age group or event: "U23", "U-19", "Olympic".
const TEAM_CATEGORY = /^(?:Olympic|U-?\d{2})$/u;

// "chuyên gia NordCapital", "giám đốc SaoMaiGroup": one word with a capital inside after two lower-case letters or
// more is a company's name (personal names that carry one, "McCain", "DeSantis", "LeBron", "MacArthur", do not read so).
// So is one that opens on two capitals or more then goes on in lower case, as banks and firms write an acronym glued
// to a word ("Chủ tịch KLBank", "CEO TQHoldings"): no personal name is written so.
const BRAND_WORD = /^(?:(?!Mac\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}|\p{Lu}{2,}\p{Ll}{2,})/u;

const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);
// "hiệu trưởng này", "nữ ca sĩ ấy": a demonstrative after a title points back to someone named before.
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['này', 'ấy']);

/**
 * The mention of a title of `role` tokens at token `i` (a former or deputy holder's word counted in), with its body
 * and holder when they follow: a person when a name holds it, else the role (or no one, for a team that cannot be told
 * from its coach).
 */
export function readTitleMention(text: string, tokens: Token[], i: number, role: number): Mention {
  const t = tokens[i]!;
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
          type: 'person', name: spanText(text, tokens, at, at + holder), role: spanText(text, tokens, i, at), gender: null, bare: false,
          surface: spanText(text, tokens, i, at + holder), start: t.start, end: spanEnd(tokens, at + holder),
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
      const roleText = spanText(text, tokens, i, j);
      return {
        type: 'person', name: spanText(text, tokens, j, j + holder), role: roleText, gender: null, bare: false,
        surface: spanText(text, tokens, i, j + holder), start: t.start, end: spanEnd(tokens, j + holder),
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
          type: 'person', name: spanText(text, tokens, at, at + holder), role: spanText(text, tokens, i, at), gender: null, bare: false,
          surface: spanText(text, tokens, i, at + holder), start: t.start, end: spanEnd(tokens, at + holder),
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
      // "Giám đốc bệnh viện Đa khoa huyện Lương Khiêm": two words after "huyện", "xã", "phường" … name the place,
      // however much they look like a person's name (districts and wards are often named after people: townNames.ts);
      // a longer run is the place then the holder when it splits so ("huyện Lê Khải Ân Hoàng Văn Sáu"). Three words
      // alone stay the holder's ("Chủ tịch Hội Nông dân huyện Lò Văn Pả", the district left unsaid).
      if (k > j + run && isCap(tokens[k]) && endsOnAdminUnit(tokens, j + run, k)) {
        const place = capRun(tokens, k);
        const split = adminPlaceLength(tokens, k, place);
        if (split || place <= 2) {
          j = k + (split || place);
          continue;
        }
      }
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
        return { type: 'nonSpeaker', surface: spanText(text, tokens, i, j + run), start: t.start, end: spanEnd(tokens, j + run) };
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
      const bodyPlace = run === 2 && placeAfterBody(spanText(text, tokens, i, j), u.text, tokens[j + 1]!.text, isFamilyName);
      if (demonym || bodyPlace || englishUnitAfter(tokens, j, run) || ORG_TAILS.has(last.text) || bodyWord || isEnglishBody(tokens, j, run) || (run >= 3 && !isFamilyName(u.text) && /\P{ASCII}/u.test(u.text)) ||
        (run === 1 && (/^\p{Lu}$/u.test(u.text) || BRAND_WORD.test(u.text)))) {
        // "Ủy ban An toàn giao thông Quốc gia": the lower-case syllable that ends the body's last word is its own.
        const to = j + run + (compound ? 1 : 0);
        const roleText = spanText(text, tokens, i, to);
        return { type: 'role', role: roleText, surface: roleText, start: t.start, end: spanEnd(tokens, to) };
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
          type: 'person', name: spanText(text, tokens, at, at + len), role: spanText(text, tokens, i, at), gender: null, bare: false,
          surface: spanText(text, tokens, i, at + len), start: t.start, end: spanEnd(tokens, at + len),
        };
      }
      const roleText = spanText(text, tokens, i, j);
      // "Hiệu trưởng Trường THPT Trần Phú": a name right after a school's head is the school's (namesakes.ts).
      if (namesBodyAfter(roleText, run)) {
        const whole = spanText(text, tokens, i, j + run);
        return { type: 'role', role: whole, surface: whole, start: t.start, end: spanEnd(tokens, j + run) };
      }
      return {
        type: 'person', name: spanText(text, tokens, j, j + run), role: roleText, gender: null, bare: false,
        surface: spanText(text, tokens, i, j + run), start: t.start, end: spanEnd(tokens, j + run),
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
  const roleText = det + spanText(text, tokens, from, j).replace(/\s+của\s*$/u, '');
  const back = DEMONSTRATIVES.has(tokens[j]?.lower ?? '') ? { back: true } : {};
  return { type: 'role', role: roleText, surface: roleText, start: tokens[from]!.start, end: spanEnd(tokens, j), ...back };
}

/**
 * True when a capitalised run has an acronym after its first word ("Đoàn ĐBQH", "Đoàn TNCS"): no personal name has a
 * syllable written in capitals, so the run names a body even when it opens on a family name.
 */
export function acronymInName(tokens: Token[], i: number, run: number): boolean {
  return run >= 2 && VIETNAMESE_SURNAMES.has(tokens[i]!.text) && tokens.slice(i + 1, i + run).some((w) => /^[A-ZĐ]{2,}$/u.test(w.text));
}

// The units English copy of Vietnamese news writes in lower case after a place's name: "Thuan Thanh district", "Bac
// Ninh province", "Hung Thang ward", "Ha Long city".
const ENGLISH_UNITS: ReadonlySet<string> = new Set(['district', 'province', 'ward', 'commune', 'town', 'city', 'township']);

/**
 * Whether the capitalised run of `run` words at `j`, written in plain Latin letters, is followed by an English unit
 * word: then it names the place ("in Van Don district of …"), not a person; read as a name it was shown as one.
 */
export function englishUnitAfter(tokens: Token[], j: number, run: number): boolean {
  const after = tokens[j + run];
  return run >= 2 && !!after && ENGLISH_UNITS.has(after.text) && tokens.slice(j, j + run).every((w) => /^[A-Za-z'’-]+$/u.test(w.text));
}

/** Whether tokens `from` to `k - 1` end on an administrative unit's word ("huyện", "thị xã"). */
function endsOnAdminUnit(tokens: Token[], from: number, k: number): boolean {
  return [1, 2].some((n) => k - n >= from && matchSeq(tokens, k - n, ADMIN_SEQ) === n);
}
