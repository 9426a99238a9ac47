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
