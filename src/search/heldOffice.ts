/**
 * A question's subject that names an office of a body ("Chủ tịch UBND tỉnh X", "Người phát ngôn hãng Y", "Giám đốc
 * Công ty Z") asks what the holder of that office said. The directory may resolve the words after the title to a
 * speaker the extraction named by the body alone ("UBND", "Công ty Z") or by another office of it ("Tổng giám đốc
 * hãng Y", a speaker with no personal name): that speaker is not the one asked of. The chairman of a people's
 * committee is not the committee, and the airline's chief executive is not its spokesperson.
 *
 * A role that anyone speaking for the body holds ("đại diện", "lãnh đạo", "người phát ngôn" of a ministry) is
 * answered by the body's own statements (voices.ts lists its spokespeople): not a different speaker. A role written
 * the same way, or by a synonym (ROLE_SYNONYMS: "phát ngôn viên" for "người phát ngôn"), is the same office.
 */
import { foldText, tokenize } from '../core/text.js';
import type { Speaker } from '../core/types.js';
import { ORG_ACRONYM, ORG_HEADS, ORG_TAILS, ROLE_NOUNS, ROLE_SYNONYMS } from '../extract/lexicon.js';

const fold = (s: string): string[] => tokenize(foldText(s));

// Role nouns as folded word lists, longest first, with the synonyms each stands for.
const ROLES = [...new Set(ROLE_NOUNS.map((r) => fold(r).join(' ')))].filter(Boolean).map((r) => r.split(' ')).sort((a, b) => b.length - a.length);
const SAME_ROLE = new Map<string, string>();
for (const group of ROLE_SYNONYMS) for (const r of group) SAME_ROLE.set(fold(r).join(' '), fold(group[0]!).join(' '));
// Roles that stand for anyone speaking for a body: the body's statements answer for them.
const VOICE_ROLES = new Set(['dai dien', 'lanh dao', 'nguoi phat ngon', 'phat ngon vien', 'tro ly', 'co van', 'quan chuc', 'nguoi dung dau']);
const BODY_HEADS = ORG_HEADS.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);

/** The role noun the folded words open with, longest first, or null. */
function leadingRole(words: readonly string[]): string | null {
  const r = ROLES.find((role) => role.every((w, k) => words[k] === w));
  return r ? r.join(' ') : null;
}

/** The role noun that ends just before word `end` of `words`, longest first, or null. */
function roleEndingAt(words: readonly string[], end: number): string | null {
  const r = ROLES.find((role) => role.length <= end && role.every((w, k) => words[end - role.length + k] === w));
  return r ? r.join(' ') : null;
}

const sameRole = (a: string, b: string): boolean => a === b || (SAME_ROLE.get(a) ?? a) === (SAME_ROLE.get(b) ?? b);

/** Whether a speaker's name is a body's ("UBND", "Công ty Z", "Green Harbor Holdings"), as written. */
function isBody(sp: Speaker): boolean {
  const words = sp.name.trim().split(/\s+/);
  if (ORG_ACRONYM.test(words[0] ?? '')) return true;
  if (ORG_TAILS.has(words.at(-1) ?? '')) return true;
  return BODY_HEADS.some((h) => h.every((w, k) => words[k] === w));
}

/**
 * Whether the role `asked` (folded) names another speaker than `sp`: `sp` is named by a different office, or by a
 * body whose head (not whose voice) is asked of.
 */
function otherThan(asked: string, sp: Speaker): boolean {
  const own = leadingRole(fold(sp.name));
  if (own) return !sameRole(asked, own);
  return isBody(sp) && !VOICE_ROLES.has(SAME_ROLE.get(asked) ?? asked);
}

/**
 * Whether `phrase`, a question's subject typed as a whole ("Người phát ngôn hãng Y"), asks of an office that `sp`,
 * the speaker the directory resolved it to, does not hold (see the file comment).
 */
export function asksOtherOffice(phrase: string, sp: Speaker): boolean {
  const asked = leadingRole(fold(phrase));
  return asked !== null && otherThan(asked, sp);
}

/**
 * Whether the words of a subject before a speaker's name found inside it (`folded[0 .. start)`, folded) end on a role
 * that `sp` does not hold: "Chủ tịch UBND" around the speaker "UBND".
 */
export function officeBefore(folded: readonly string[], start: number, sp: Speaker): boolean {
  const asked = roleEndingAt(folded, start);
  return asked !== null && otherThan(asked, sp);
}
