/**
 * Names of bodies: a ministry, a company, a police force or an agency, read from a known head ("Bộ", "Công ty",
 * "Công an", "Viện") and the name after it, and the holder named between a title and "của" its body.
 */
import type { Token } from './tokens.js';
import { joinedBeforeAcronymLength } from './bodyAcronyms.js';
import { bodyLocalityLength, joinedRemitLength } from './bodyRemits.js';
import { ORG_ACRONYM, SUBJECT_STOPS, VIETNAMESE_SURNAMES } from './lexicon.js';
import { ADMIN_SEQ, adminPlaceLength, capRun, HONORIFIC_SET, isCap, isWord, matchSeq, ORG_SEQ, PLACE_WIDE, ROLE_SEQ, VERB_SEQ } from './nameRuns.js';

// Heads that are whole names; every other organisation head takes the capitalised name after it.
export const WHOLE_BODY_NAMES: ReadonlySet<string> = new Set([
  'Nhà Trắng', 'Lầu Năm Góc', 'Liên hợp quốc', 'Liên Hợp Quốc', 'Tòa Bạch Ốc', 'Chính phủ', 'Quốc hội', 'Hạ viện',
  'Thượng viện', 'Quân đội', 'Cảnh sát', 'Bạch Ốc',
]);

/**
 * Tokens taken by an organisation name at `i`: a known head plus, for generic heads like "Bộ", its name.
 * `greedy` takes the whole capitalised run ("Đại học Nguyễn Trãi"); inside a role phrase only one word is
 * taken, since a personal name follows ("người phát ngôn Bộ Ngoại giao Anna Berg").
 */
export function orgLength(tokens: Token[], i: number, greedy = false): number {
  const club = clubHeadLength(tokens, i);
  const clubName = club && isCap(tokens[i + club]) ? clubNameLength(tokens, i + club) : 0;
  if (clubName) return club + clubName;
  if (ORG_ACRONYM.test(tokens[i]?.text ?? '')) {
    if (LOCAL_ACRONYMS.has(tokens[i]!.text)) return 1 + localPlaceLength(tokens, i + 1);
    // "CDC Cần Thơ", "VKSND tỉnh X": as a subject, the place an acronym's body serves belongs to its name. "TP Cần
    // Thơ" is a place itself: its unit is no body.
    const unit = matchSeq(tokens, i, ADMIN_SEQ, true);
    // "Theo TP Hà Nội, …": "TP" (thành phố) before a capitalised name opens a place, not a body called "TP".
    if (unit && isCap(tokens[i + unit])) return 0;
    const serves = greedy && !unit;
    return 1 + (serves ? localPlaceLength(tokens, i + 1) || matchSeq(tokens, i + 1, PLACE_WIDE, true) : 0);
  }
  const n = matchSeq(tokens, i, ORG_SEQ, true);
  if (!n) return 0;
  // "Vụ Hợp tác quốc tế" is a department; "Vụ việc …", "Vụ án …" open a sentence about a case.
  // "Thanh tra tỉnh X": a local body's unit and place name it as well.
  const head = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
  if (NAMED_ONLY_HEADS.has(head) && !isCap(tokens[i + n]) && !(LOCAL_BODY_HEADS.has(head) && matchSeq(tokens, i + n, ADMIN_SEQ, true))) return 0;
  if ((head === 'khoa' || head === 'dinh') && MIDDLE_NAME_AFTER.has(tokens[i + n]?.text ?? '')) return 0;
  let j = i + n;
  const kind = hospitalKindLength(tokens, tokens.slice(i, i + n).map((t) => t.lower).join(' '), j);
  if (kind) {
    // After the kind, the capitalised words are the hospital's name, even one that opens with a word of address
    // ("Bệnh viện đa khoa Bà Điểm" is no woman called "Điểm"); in a title a personal name may follow them.
    j += kind;
    const run = 1 + capRun(tokens, j + 1);
    return j + (greedy ? run : companyNameLength(tokens, j, run)) - i;
  }
  // "Công an H.Ba Vì": a unit written short and glued to its place opens the place, never the body's own name.
  if (GLUED_ADMIN.test(tokens[j]?.text ?? '') && LOCAL_BODY_HEADS.has(tokens.slice(i, j).map((t) => t.lower).join(' '))) return n + localPlaceLength(tokens, j);
  // "Sở Nông nghiệp và Phát triển nông thôn …": a remit joining fields is read whole, not cut at "và" or at its comma;
  // inside a title too ("Đại diện Sở Lao động, Thương binh và Xã hội tỉnh cho biết"), where a cut left "Xã" as the
  // title's holder. The remits are a closed list, so a personal name after one is never taken into it.
  const remit = joinedRemitLength(tokens, j);
  if (remit) j += remit;
  else if (isCap(tokens[j]) && !WHOLE_BODY_NAMES.has(tokens.slice(i, j).map((t) => t.text).join(' ')) && !matchSeq(tokens, j, PLACE_WIDE, true)) {
    const tail = (k: number): number => {
      while (isWord(tokens[k]) && !isCap(tokens[k]) && !SUBJECT_STOPS.has(tokens[k]!.lower) && !matchSeq(tokens, k, VERB_SEQ) && !matchSeq(tokens, k, ADMIN_SEQ)) k++;
      return k;
    };
    j = tail(j + (greedy ? Math.max(1, capRun(tokens, j)) : COMPANY_HEADS.has(tokens.slice(i, i + n).map((t) => t.lower).join(' ')) ? companyNameLength(tokens, j) : 1));
    // "Viện Kinh tế Nông nghiệp Trung ương": more fields, each capitalised words then lower case. A personal name
    // after the body is capitalised throughout and starts with a family name, so it is not taken.
    for (;;) {
      // "Hiệp hội Da giày - Túi xách Việt Nam", "Bộ Lao động - Thương binh và Xã hội": a spaced dash joins the fields of
      // one name; the field after it is capitalised words then lower case, like the one before.
      const dash = greedy && DASH.test(tokens[j]?.text ?? '') && isCap(tokens[j + 1]) && !matchSeq(tokens, j + 1, ROLE_SEQ) ? 1 : 0;
      const at = j + dash;
      if (!greedy || !isCap(tokens[at]) || HONORIFIC_SET.has(tokens[at]!.lower) || matchSeq(tokens, at, PLACE_WIDE, true)) break;
      const run = capRun(tokens, at);
      if (run >= 2 && VIETNAMESE_SURNAMES.has(tokens[at]!.text)) break;
      const k = tail(at + run);
      if (k === at + run) break;
      j = k;
    }
  }
  // "Tổng công ty Điện lực miền Bắc", "Hiệp hội … phía Nam": the region a body serves ends its name; read apart, the
  // compass word after "miền"/"phía" was shown as the body's holder ("Bắc") or cut off its name.
  if (j > i + n) j += regionAfterLength(tokens, j);
  // "Trung tâm Nghiên cứu và Phòng chống Bão Nhật Bản (JTC)": the acronym's bracket closes one name, "và" and all.
  if (greedy && j > i + n) j += joinedBeforeAcronymLength(tokens, j);
  if (greedy) j = remitAndLocality(tokens, j);
  while (matchSeq(tokens, j, PLACE_WIDE, true)) j += matchSeq(tokens, j, PLACE_WIDE, true);
  // "Sở Y tế tỉnh X", "Trung tâm Phát triển quỹ đất huyện Y": the locality a named office serves is part of its name.
  if (greedy && j > i + n) j += bodyLocalityLength(tokens, j);
  // "Phòng CSGT Công an tỉnh X": a department of a local force ends with that force's unit and place.
  if (j > i + n && tokens[j - 2]?.lower === 'công' && tokens[j - 1]?.lower === 'an') j += localPlaceLength(tokens, j);
  // "Công an tỉnh X", "Công an TP Y": a local body is named by its unit and place, which tell one force from another.
  if (j === i + n && LOCAL_BODY_HEADS.has(tokens.slice(i, j).map((t) => t.lower).join(' '))) {
    const admin = matchSeq(tokens, j, ADMIN_SEQ, true);
    const place = capRun(tokens, j + admin);
    if (place) j += admin + place;
  }
  return j - i;
}

const DASH = /^[-–]$/u;

// The regions of Viet Nam as a body's name writes them after "miền" or "phía": "miền Bắc", "phía Nam", "miền Trung",
// "khu vực phía Nam", "miền Đông Nam Bộ", "miền Tây Nam Bộ" (the Government's names of the regions).
const REGION_AFTER = /^(?:Bắc|Nam|Trung|Đông|Tây)(?: (?:Bắc|Nam|Trung|Bộ|Nguyên))?(?: Bộ)?$/u;

/** Tokens of the region's compass word(s) at `j`, right after a body's "miền" or "phía", or 0. */
function regionAfterLength(tokens: Token[], j: number): number {
  const before = tokens[j - 1]?.lower;
  if ((before !== 'miền' && before !== 'phía') || !isCap(tokens[j])) return 0;
  for (let len = Math.min(3, capRun(tokens, j)); len > 0; len--) {
    if (REGION_AFTER.test(tokens.slice(j, j + len).map((t) => t.text).join(' '))) return len;
  }
  return 0;
}

// Bodies of every commune, district and province, written as acronyms ("UBND xã X", "HĐND tỉnh Y"): without their
// place they name no one body, and one page's "UBND" would be every other page's.
const LOCAL_ACRONYMS: ReadonlySet<string> = new Set(['UBND', 'HĐND', 'UBMTTQ']);
// A unit written short and glued to its place name: "H.Ba Vì", "TX.Sơn Tây", "Q.Bình Thạnh", "TP.HCM". The lower
// case after the capital keeps initials ("P.T.H") out.
const GLUED_ADMIN = /^(?:TP\.\p{Lu}|(?:TX|TT|H|Q|P)\.\p{Lu}[\p{Ll}\p{M}])/u;

/**
 * Tokens of the unit and place after a local body at `j` ("xã Long An", "tỉnh Kon Tum", "H.Ba Vì"), or 0. A
 * personal name right after the place ("UBND tỉnh Kon Tum Hà Văn Tùng") is left to its title.
 */
function localPlaceLength(tokens: Token[], j: number): number {
  const admin = matchSeq(tokens, j, ADMIN_SEQ, true);
  if (!admin && !GLUED_ADMIN.test(tokens[j]?.text ?? '')) return 0;
  const run = capRun(tokens, j + admin);
  return run ? admin + (adminPlaceLength(tokens, j + admin, run) || run) : 0;
}

/**
 * "Ban Chỉ huy PCTT & TKCN huyện Mường Khương": the acronyms of a body's remit, joined by "&", then the locality it serves
 * belong to its name; the place is taken only after such acronyms ("Sở Y tế tỉnh X" keeps its usual name).
 */
function remitAndLocality(tokens: Token[], j: number): number {
  let k = j;
  while (ORG_ACRONYM.test(tokens[k]?.text ?? '') || (tokens[k]?.text === '&' && ORG_ACRONYM.test(tokens[k + 1]?.text ?? ''))) k++;
  if (k === j) return j;
  const admin = matchSeq(tokens, k, ADMIN_SEQ, true);
  const place = admin ? capRun(tokens, k + admin) : 0;
  return place ? k + admin + place : k;
}

// Heads that make a body only with its capitalised name after them.
// "Khoa" (a faculty, a hospital ward) and "Dinh" (a palace) are also how English copy writes a given name and the family
// name Đinh without marks ("Khoa said", "Dinh Thi Nga said"): a body only with its capitalised name after them.
const NAMED_ONLY_HEADS = new Set(['vụ', 'ban', 'thanh tra', 'phòng', 'đội', 'khoa', 'dinh']);
// The middle word of a personal name after them ("Dinh Van …", "Khoa Thi …"): a person, not a body.
const MIDDLE_NAME_AFTER = new Set(['Van', 'Thi', 'Văn', 'Thị']);

// Bodies of a locality, named by it: "Công an huyện …", "Công an TP …".
const LOCAL_BODY_HEADS = new Set(['công an', 'thanh tra']);

// Heads of a business's name: the name after them is a brand of several words ("Công ty Sao Mai", "Tập đoàn Hoa Súng").
// A hospital is named the same way ("Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy").
const COMPANY_HEADS = new Set(['công ty', 'tập đoàn', 'tổng công ty', 'hãng', 'bệnh viện']);
// Kinds of hospital written in lower case between the head and its name: "Bệnh viện đa khoa Hòa Bình", "Bệnh viện
// phụ sản Hùng Vương". The kind belongs to the body's name, not to the sentence.
const HOSPITAL_KINDS = /^(?:đa khoa|nhi|nhi đồng|phụ sản|sản nhi|quân y|y học cổ truyền|tâm thần|mắt|da liễu|ung bướu|phổi|lao và bệnh phổi|chấn thương chỉnh hình|răng hàm mặt|tai mũi họng|nội tiết|bệnh nhiệt đới|đa khoa khu vực|đa khoa tỉnh|đa khoa huyện)$/u;

/** The lower-case words of a hospital's kind after "Bệnh viện" at `j`, when a capitalised name follows them; else 0. */
function hospitalKindLength(tokens: Token[], head: string, j: number): number {
  if (head !== 'bệnh viện') return 0;
  for (let n = 4; n >= 1; n--) {
    const words = tokens.slice(j, j + n);
    if (words.length === n && words.every((w) => isWord(w) && !isCap(w)) && isCap(tokens[j + n]) && HOSPITAL_KINDS.test(words.map((w) => w.lower).join(' '))) return n;
  }
  return 0;
}
// Legal forms written between the head and the name: "Công ty TNHH Sao Mai", "Công ty CP Hoa Súng".
const LEGAL_FORMS = new Set(['TNHH', 'CP', 'MTV', 'JSC']);

/**
 * The words of a company's name inside a title ("Giám đốc Công ty TNHH Sao Mai Đỗ Văn Hùng"): its capitalised run up
 * to a family name that opens a personal name of two or more words; the whole run when none follows.
 */
export function companyNameLength(tokens: Token[], j: number, capitals?: number): number {
  let k = j;
  while (LEGAL_FORMS.has(tokens[k]?.text ?? '')) k++;
  const run = capitals ?? capRun(tokens, k);
  // A family name then "Văn"/"Thị" opens a personal name for sure; else the last family name that leaves a name of
  // two to four words ("Sao Mai Đỗ Văn Hùng": "Mai" is a family name too, but the person is "Đỗ Văn Hùng").
  let split = -1;
  for (let x = k + 1; x < k + run; x++) {
    const left = k + run - x;
    if (!VIETNAMESE_SURNAMES.has(tokens[x]!.text) || left < 2 || left > 4) continue;
    if (/^(?:Văn|Thị)$/u.test(tokens[x + 1]!.text)) return x - j;
    split = x;
  }
  return split > 0 ? split - j : Math.max(1, k - j + run);
}

/** Whether a list of office fields follows a comma: "Công nghiệp và Năng lượng", "Công nghiệp, Năng lượng và …". */
export function fieldListAhead(tokens: Token[], j: number): boolean {
  for (let items = 0; items < 5; items++) {
    if (!isCap(tokens[j])) return false;
    j++;
    let tail = 0;
    while (tail < 3 && isWord(tokens[j]) && !isCap(tokens[j]) && tokens[j]!.lower !== 'và' && !SUBJECT_STOPS.has(tokens[j]!.lower)) { j++; tail++; }
    if (!tail) return false;
    if (tokens[j]?.lower === 'và') return true;
    if (tokens[j]?.text !== ',') return false;
    j++;
  }
  return false;
}

/**
 * "HLV Minh Tuấn của CLB Hải Phòng", "HLV Đức Thắng của CLB Y": after a title, two to four capitalised syllables
 * then "của" are the holder's name and the body whose title it is follows; an office or a field is not written
 * with "của" after it, and an organisation or a place is read as such. A name may open with a syllable that is also
 * a country ("Đức", "Nam") when a Vietnamese syllable follows. The length of the name at `j`, or 0.
 */
export function holderBeforeOf(tokens: Token[], j: number): number {
  const run = capRun(tokens, j);
  if (run < 2 || run > 4 || tokens[j + run]?.lower !== 'của' || orgLength(tokens, j)) return 0;
  const place = matchSeq(tokens, j, PLACE_WIDE, true);
  if (place >= run) return 0;
  if (place && !(run === 2 && /\P{ASCII}/u.test(tokens[j + 1]!.text))) return 0;
  return run;
}

/** "CLB", "Câu lạc bộ", "CTCP" (công ty cổ phần): a head whose whole capitalised name follows, or 0. */
function clubHeadLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t?.text === 'CLB' || t?.text === 'CTCP') return 1;
  return t?.lower === 'câu' && tokens[i + 1]?.lower === 'lạc' && tokens[i + 2]?.lower === 'bộ' ? 3 : 0;
}

/**
 * "CLB Hoàng Anh Gia Lai", "CLB Viettel", "Câu lạc bộ Thép Xanh Nam Định": a club's capitalised name follows its head
 * whatever it is made of (a sponsor, a place, an acronym), so it is read whole, not as a person or cut to "CLB"; a
 * personal name after it in a title ("HLV CLB Viettel Nguyễn Văn A") opens on a family name that starts no place.
 */
function clubNameLength(tokens: Token[], j: number): number {
  // "Phó chủ tịch CLB Nguyễn Văn A": a personal name right after the head, with no place in it ("Hoàng Anh Gia Lai"
  // has one), is the holder of the title; the club is not named.
  const first = capRun(tokens, j);
  if (first >= 2 && first <= 4 && VIETNAMESE_SURNAMES.has(tokens[j]!.text) && !tokens.slice(j, j + first).some((_, s) => inPlace(tokens, j + s))) return 0;
  let k = j;
  for (;;) {
    const run = capRun(tokens, k);
    if (!run) break;
    for (let s = k === j ? 1 : 0; s <= run - 2; s++) {
      if (run - s <= 4 && VIETNAMESE_SURNAMES.has(tokens[k + s]!.text) && !inPlace(tokens, k + s)) return k + s - j;
    }
    k += run;
    // "CLB Công an Hà Nội", "CTCP Tập đoàn hóa chất X": lower-case syllables that end a capitalised word, before more
    // of the name.
    let l = k;
    while (l < k + 3 && isWord(tokens[l]) && !isCap(tokens[l]) && !SUBJECT_STOPS.has(tokens[l]!.lower) && !matchSeq(tokens, l, VERB_SEQ) && !matchSeq(tokens, l, ADMIN_SEQ)) l++;
    if (l === k || !isCap(tokens[l])) break;
    k = l;
  }
  return k - j;
}

/** Whether the word at `i` opens a place's name or ends one begun on the word before ("Hà Tĩnh", "Hải Dương"). */
function inPlace(tokens: Token[], i: number): boolean {
  return matchSeq(tokens, i, PLACE_WIDE, true) > 0 || matchSeq(tokens, i - 1, PLACE_WIDE, true) > 1;
}
