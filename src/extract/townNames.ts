/**
 * A town inside a title. Vietnamese writes a town's rank short before its name ("TP Vĩnh Yên", "TX Sơn Tây",
 * "TP Hồ Chí Minh"), and a title's body is often qualified by it: "lãnh đạo Công an TP Vĩnh Yên cho biết",
 * "Bí thư Thành ủy TP Hồ Chí Minh cho biết". The town is the body's, never the holder of the title; read as a
 * capitalised run after an acronym it was shown as the speaker. The holder, when named, follows the town ("Phó Chủ
 * tịch UBND TP Cần Thơ Nguyễn Văn A") or stands right after a bare "TP" ("Chủ tịch UBND TP Trần Văn B", the city
 * being the article's own).
 */
import type { Token } from './tokens.js';
import { adminPlaceLength, capRun, isCap, matchSeq, PLACE_WIDE } from './nameRuns.js';
import { VIETNAMESE_SURNAMES } from './lexicon.js';

// "TP" (thành phố) and "TX" (thị xã), as written before a town's name. "TT" is left out: it also opens "TT-Huế".
const TOWN_RANK = /^(?:TP|Tp|TX|Tx)\.?$/u;

/**
 * Tokens of a town's rank and name at `j` inside a title ("TP Vĩnh Yên", "TP Hồ Chí Minh"), or of the name alone when
 * the rank before `j` was read with the body ("Công an TP" then "Vĩnh Yên"), or 0. A run of three opening on a family
 * name after the rank is a person's name ("UBND TP Trần Văn B"), unless the gazetteer knows it.
 */
export function townInTitle(tokens: Token[], j: number): number {
  const rank = tokens[j];
  if (!rank) return 0;
  // "Công an TP." read as the body, then the stop and the town.
  if (rank.text === '.' && TOWN_RANK.test(tokens[j - 1]?.text ?? '') && isCap(tokens[j + 1])) {
    const name = townNameLength(tokens, j + 1);
    return name ? 1 + name : 0;
  }
  if (!TOWN_RANK.test(rank.text)) {
    const before = tokens[j - 1]?.text === '.' ? tokens[j - 2] : tokens[j - 1];
    return before && TOWN_RANK.test(before.text) && isCap(rank) ? townNameLength(tokens, j) : 0;
  }
  const known = matchSeq(tokens, j, PLACE_WIDE, true);
  if (known > 1) return known;
  // "TP. Vĩnh Yên": the stop after the rank is part of it.
  const at = tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
  const name = isCap(tokens[at]) ? townNameLength(tokens, at) : 0;
  return name ? at - j + name : 0;
}

/** Tokens of the town's name at `at`, right after its rank, or 0 when they read as the holder's name. */
function townNameLength(tokens: Token[], at: number): number {
  const gazetteer = matchSeq(tokens, at, PLACE_WIDE, true);
  if (gazetteer) return gazetteer;
  const run = capRun(tokens, at);
  if (run >= 4) return adminPlaceLength(tokens, at, run);
  // Three words opening on a family name are the holder's name: a town is mostly named in two.
  if (run === 3 && VIETNAMESE_SURNAMES.has(tokens[at]!.text)) return 0;
  return run;
}

// A body's head inside a title: the name right after the body's words is its place or its own name.
const BODY_HEAD_IN_TITLE = /(?:^|\s)(?:Bệnh viện|Trung tâm|Sở|Công an|Trường|Học viện|Đại học|Viện|Cục|Chi cục|Ủy ban|Uỷ ban|UBND|HĐND|Hội|Quỹ|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Hợp tác xã|HTX|Bảo tàng|Thành đoàn|Tỉnh đoàn|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Kho bạc|Văn phòng|Nhà máy|Xí nghiệp)(?![\p{L}\p{M}])/u;

/**
 * True when a two-word run after a title that names a body is that body's place or name, not its holder:
 * "lãnh đạo Bệnh viện Đa khoa Thanh Chương", "Giám đốc Trung tâm Y tế Cẩm Khê". The press writes a holder after a
 * body in full, family name first ("Giám đốc Trung tâm Y tế Cẩm Khê Nguyễn Văn A"); two Vietnamese syllables that
 * open on no family name are a district's, a town's or a brand's name.
 */
export function placeAfterBody(roleText: string, first: string, second: string, isFamilyName: (w: string) => boolean): boolean {
  return BODY_HEAD_IN_TITLE.test(roleText) && !isFamilyName(first) && /\P{ASCII}/u.test(first + second) &&
    VIETNAMESE_SYLLABLE.test(first.toLowerCase()) && VIETNAMESE_SYLLABLE.test(second.toLowerCase());
}

// A Vietnamese syllable opens on one of the language's initials and a vowel: the Central Highlands' family names
// ("Ksor", "Kpă") do not, and a holder so named keeps his name.
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;

/**
 * Tokens of a holder's full name right after "tỉnh" in a title, the province left out because it is the article's
 * own ("Chủ tịch UBND tỉnh Trần Văn B chủ trì", "Giám đốc Công an tỉnh Lê Thị C cho biết"), or 0. Only three or four
 * words opening on a family name that the gazetteer does not know as a place: no province is named so, while districts,
 * communes and wards often bear a person's name ("huyện Trần Văn Thời", "phường Lê Đại Hành"), so they are left alone.
 */
export function holderAfterProvinceWord(tokens: Token[], j: number, admin: number): number {
  if (admin !== 1 || tokens[j]!.lower !== 'tỉnh') return 0;
  const at = j + 1;
  const run = capRun(tokens, at);
  if (run < 3 || run > 4 || !VIETNAMESE_SURNAMES.has(tokens[at]!.text) || matchSeq(tokens, at, PLACE_WIDE, true)) return 0;
  return run;
}
