/**
 * Titles compared: whether a description in an article ("nhà lãnh đạo Nga", "người đứng đầu ngành tài chính",
 * "Bộ trưởng TT-TT") can denote someone known under a title ("Tổng thống Nga", "Bộ trưởng Tài chính"). A title is
 * read as its head (synonyms merged, leaders of a country alike) and the words that qualify it.
 */
import { foldText, tokenize } from '../core/text.js';
import { HEAD_OF_ROLES, LEADER_ROLES, PLACE_NAME_SYNONYMS, ROLE_NOUNS, ROLE_SYNONYMS } from './lexicon.js';

/** Folded role text with filler removed, for comparing roles: "Người phát ngôn của Bộ Ngoại giao" ≈ "người phát ngôn Bộ Ngoại giao". */
export function normaliseRole(role: string): string {
  return samePlace(foldText(role)).replace(/\b(cua|mot|cac|nhung)\b/g, ' ').replace(/^\s*(?:nguyen|cuu)\s+/, '').replace(/\s+/g, ' ').trim();
}

// Two names of one country, folded: the second is read as the first, so that "nhà lãnh đạo Mỹ" is the "Tổng thống
// Hoa Kỳ". A short list of how the press names countries, no fact of any article.
const PLACE_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = PLACE_NAME_SYNONYMS.map(
  ([one, other]) => [new RegExp(`\\b${foldText(other)}\\b`, 'g'), foldText(one)] as const);

/** A description with a country's other name written as the first ("Hoa Kỳ" as "Mỹ"). */
function samePlaceWritten(text: string): string {
  return PLACE_NAME_SYNONYMS.reduce((s, [one, other]) => s.split(other).join(one), text);
}

function samePlace(folded: string): string {
  return PLACE_SYNONYMS.reduce((s, [re, one]) => s.replace(re, one), folded);
}

const FOLDED_ROLES = ROLE_NOUNS.map((r) => foldText(r)).sort((a, b) => b.length - a.length);
const LEADERS = new Set(LEADER_ROLES.map(foldText));
const SYNONYM_CLASS = new Map<string, string>();
const SYNONYM_WORDS = new Map<string, string[]>();
for (const group of ROLE_SYNONYMS) {
  for (const r of group) SYNONYM_CLASS.set(foldText(r), foldText(group[0]!));
  SYNONYM_WORDS.set(foldText(group[0]!), group.flatMap((r) => tokenize(foldText(r))));
}
const GENERIC_HEADS = new Set(['nguoi dung dau']);
// Leader words that name no office ("nhà lãnh đạo", "người đứng đầu"), folded.
const DESCRIBED_LEADERS = new Set(['nha lanh dao', 'lanh dao', 'nguoi dung dau', 'ong chu', 'thu linh']);
const HEADS_OF = new Set(HEAD_OF_ROLES.map(foldText));
// Words that name a kind of body, not which one: "Ban Thư ký ASEAN" is named by "thư ký ASEAN".
const BODY_WORDS = new Set(['ban', 'bo', 'nganh', 'co', 'quan', 'to', 'chuc', 'uy', 'hiep', 'hoi', 'so', 'cuc', 'vien', 'linh', 'vuc']);

/** A title read for comparison: its head, whether it leads a country or heads a body, and its qualifiers. */
export interface RoleShape {
  head: string;
  leader: boolean;
  quals: Set<string>;
  /** "người đứng đầu X": the head of X, whatever X calls its head. */
  generic: boolean;
  /** Heads an organisation ("Bộ trưởng", "Tổng thư ký", "Giám đốc"…). */
  headOf: boolean;
  /** Every word of the role, head included. */
  words: Set<string>;
}

const SHAPES = new Map<string, RoleShape>();

/** The shape of a title, computed once per title text. */
export function roleShape(role: string): RoleShape {
  const cached = SHAPES.get(role);
  if (cached) return cached;
  const shape = computeRoleShape(role);
  if (SHAPES.size > 50_000) SHAPES.clear();
  SHAPES.set(role, shape);
  return shape;
}

// "his wife", "her lawyer": an English possessive before a title says whose; the title is the word after it, so that
// "his wife" is never of the kind of "his lawyer".
const POSSESSIVE = /^(?:his|her|their|its)\s+/u;

function computeRoleShape(role: string): RoleShape {
  const n = normaliseRole(role).replace(POSSESSIVE, '');
  const head = FOLDED_ROLES.find((r) => n === r || n.startsWith(r + ' ')) ?? n.split(' ')[0] ?? n;
  const rest = n.slice(head.length).trim();
  const cls = SYNONYM_CLASS.get(head) ?? head;
  // The words of the head's other names count as the title's: the "Ngoại trưởng" is the minister of "ngoại giao".
  return {
    head: cls, leader: LEADERS.has(head), quals: new Set(tokenize(rest)),
    generic: GENERIC_HEADS.has(head), headOf: LEADERS.has(head) || HEADS_OF.has(head),
    words: new Set([...tokenize(n), ...(SYNONYM_WORDS.get(cls) ?? [])]),
  };
}

// "Phó chánh Văn phòng UBND TP kiêm người phát ngôn": "kiêm" joins two offices one person holds at once.
const CONCURRENT = /\s+kiêm\s+/iu;

/**
 * The offices of a title that joins several by "kiêm", each as a title of its own; an office written bare takes the
 * body of the others ("… Văn phòng UBND TP kiêm người phát ngôn" is the spokesman of the UBND TP). One title: itself.
 */
export function offices(role: string): readonly string[] {
  if (!/kiêm/iu.test(role)) return [role];
  const parts = role.split(CONCURRENT);
  if (parts.length < 2) return [role];
  return parts.map((p, i) => {
    if (roleShape(p).quals.size) return p;
    const others = parts.filter((_, k) => k !== i).map((o) => o.trim().split(/\s+/).slice(roleShape(o).head.split(' ').length).join(' '));
    return `${p} ${others.join(' ')}`.trim();
  });
}

/** Whether a role description ("nhà lãnh đạo Nga") can denote someone known under `role` ("Tổng thống Nga"). */
export function roleFits(description: string, role: string): boolean {
  return offices(role).some((r) => roleFitsOne(description, r));
}

function roleFitsOne(description: string, role: string): boolean {
  const d = roleShape(description);
  const r = roleShape(role);
  if (d.generic && r.headOf && d.head !== r.head) {
    // "người đứng đầu ngành tài chính" is the Bộ trưởng Tài chính: the words naming the body are in the title.
    const need = [...d.quals].filter((q) => !BODY_WORDS.has(q));
    const initials = fieldInitials(role, r);
    return need.length ? need.every((q) => r.words.has(q) || levelHeld(q, r) || acronymPart(q, description, initials)) : r.leader;
  }
  // "nhà lãnh đạo Nga" may be the Tổng thống Nga; but "Thủ tướng" is never the Tổng thống: two titles of office name two
  // offices, and only a word that says "leader" without saying which office stands for either.
  const sameKind = d.head === r.head || (d.leader && r.leader && DESCRIBED_LEADERS.has(d.head));
  if (!sameKind) return false;
  for (const q of d.quals) if (!r.quals.has(q)) return false;
  return true;
}

// "người đứng đầu ngành văn hóa tỉnh": the level of government the description names is held by a title of a body of
// that level, which names its place rather than the level ("Giám đốc Sở Văn hóa … Thái Nguyên": a Sở is a province's).
const LEVEL_BODIES = new Map([['tinh', ['so', 'tinh']], ['huyen', ['phong', 'huyen']]]);

function levelHeld(word: string, r: RoleShape): boolean {
  return (LEVEL_BODIES.get(word) ?? []).some((w) => r.words.has(w));
}

/** The initials of the words after a title's head: "Bộ trưởng Lao động - Thương binh và Xã hội" → "ldtbxh". */
function fieldInitials(role: string, r: RoleShape): string {
  return initialsOf(tokenize(normaliseRole(role)).slice(r.head.split(' ').length));
}

/**
 * Whether a folded word is a piece of an acronym written in upper case in the description ("LĐ-TB&XH" folds to the
 * words "ld", "tb", "xh") whose letters are the initials of the title's field.
 */
function acronymPart(q: string, description: string, initials: string): boolean {
  return description.split(/\s+/).some((w) => {
    if (!/^[\p{Lu}Đ][\p{Lu}Đ&-]+$/u.test(w)) return false;
    const letters = foldText(w).replace(/[-&.]/g, '');
    return letters.length >= 2 && initials.includes(letters) && tokenize(foldText(w)).includes(q);
  });
}

/**
 * The field a leader word names, in lower case after "ngành" ("người đứng đầu ngành ngoại giao Mỹ" → "ngoại giao"),
 * folded; null when it names none.
 */
function describedField(description: string): string[] | null {
  const m = /(?:^|\s)ngành\s+((?:[\p{Ll}\p{M}]+\s*)+)/u.exec(description);
  if (!m) return null;
  const words = tokenize(foldText(m[1]!)).filter((w) => !BODY_WORDS.has(w));
  return words.length ? words : null;
}

/**
 * Whether a title is an office, so that "vị lãnh đạo này" can stand for its holder: one who leads a country or heads a
 * body, or their deputy ("Phó Chủ tịch", "Thứ trưởng", "Trưởng Công an huyện").
 */
export function holdsOffice(role: string): boolean {
  return offices(role).some((o) => {
    const r = roleShape(o);
    return r.headOf || r.leader || /^pho\s/u.test(r.head) || /(?:^|\s)truong(?:\s|$)/u.test(r.head);
  });
}

/** Whether a description is a word for a leader that names no office ("nhà lãnh đạo", "lãnh đạo", "người đứng đầu"). */
export function leaderWord(description: string): boolean {
  return DESCRIBED_LEADERS.has(roleShape(description).head);
}

/** Initials of a folded phrase's syllables, "và" left out: "thong tin va truyen thong" → "tttt". */
function initialsOf(words: string[]): string {
  return words.filter((w) => w !== 'va').map((w) => w[0] ?? '').join('');
}

/**
 * Whether a description can be a title of the same kind that says nothing against `role`: the role is a bare
 * title, or every proper noun or acronym after the description's head is a word of the role or the initials of its field ("Bộ trưởng TT-TT" of "Bộ trưởng
 * Thông tin và Truyền thông"). Lower-case words after the head are not weighed: they are often the verb phrase
 * that follows a bare title ("Bộ trưởng … mở đầu bài phát biểu").
 */
export function roleCompatible(description: string, role: string): boolean {
  return offices(role).some((r) => roleCompatibleOne(description, r));
}

function roleCompatibleOne(description: string, role: string): boolean {
  const d = roleShape(description);
  const r = roleShape(role);
  if (!(d.head === r.head || (d.leader && r.leader))) return false;
  // "người đứng đầu ngành ngoại giao": the field the description names must be the office's; a bare title names none.
  const field = DESCRIBED_LEADERS.has(d.head) ? describedField(description) : null;
  if (field && !field.every((w) => r.words.has(w))) return false;
  const rest = samePlaceWritten(description).trim().split(/\s+/).slice(d.head.split(' ').length);
  const initials = fieldInitials(role, r);
  // A bare title ("Tổng thống" alone) says nothing against any qualifier: "nhà lãnh đạo Nga" may be that person.
  if (!r.quals.size) return true;
  return rest.filter((w) => /^\p{Lu}/u.test(w)).every((w) => {
    const f = foldText(w);
    if (r.words.has(f)) return true;
    const letters = f.replace(/[-&.]/g, '');
    return /^[\p{Lu}Đ][\p{Lu}Đ&-]+$/u.test(w) && letters.length >= 2 && initials.includes(letters);
  });
}
