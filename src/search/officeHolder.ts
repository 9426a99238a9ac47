/**
 * "Giám đốc Công an tỉnh X nói gì", "Hiệu trưởng trường Y cho biết gì": a question whose subject is an office of a
 * body, which the directory resolves to no speaker, asks what its holder said. The press names the holder once with
 * the office in apposition ("Đại tá Nguyễn Văn A, Phó Giám đốc Công an tỉnh X, cho hay", "Thiếu tướng B - Giám đốc
 * Công an tỉnh X", "ông C, Hiệu trưởng trường Y (huyện Z)") or before the name ("Chủ tịch UBND tỉnh X Nguyễn Văn D"),
 * and the extraction may keep the rank ("Đại tá") as the speaker's role rather than that office. A speaker so named
 * with the office asked, title and body as typed, is its holder.
 *
 * The office must be written as asked: the same title from its first word ("Phó Giám đốc" is not "Giám đốc", nor is
 * "Ban Giám đốc" or "Tổng Giám đốc"), then every word of the body typed, in order (a rank of government, "tỉnh",
 * "huyện", may be written or not on either side). The press writes a deputy director "PGĐ" and a director "GĐ". The
 * body must name someone in particular: at least one of its words typed with a capital ("Công an tỉnh X", not
 * "công an tỉnh").
 */
import { foldText, tokenize } from '../core/text.js';
import type { Speaker } from '../core/types.js';
import { ADMIN_UNITS, ROLE_NOUNS } from '../extract/lexicon.js';
import { isVietnameseSyllable, splitWords } from './analyze.js';
import type { InvertedIndex } from './invertedIndex.js';
import { FIELD_TEXT } from './fields.js';
import type { ParsedQuestion, QueryWord } from './question.js';
import { stripHonorifics } from './speakerForms.js';
import type { SpeakerDirectory } from './speakers.js';
import type { UnitStore } from './units.js';

/** What the holder lookup reads of the engine (its speakers, its sentences and their postings). */
interface Sources {
  readonly directory: SpeakerDirectory;
  readonly index: InvertedIndex;
  readonly units: UnitStore;
  readonly speakerQuotes: ReadonlyMap<string, number[]>;
}

const fold = (s: string): string[] => tokenize(foldText(s));

const ROLES = [...new Set(ROLE_NOUNS.map((r) => fold(r).join(' ')))].filter(Boolean).map((r) => r.split(' ')).sort((a, b) => b.length - a.length);
// Titles the press abbreviates before an office (folded): "PGĐ Công an tỉnh X" is its deputy director.
const ABBREVIATED: Record<string, string> = { pgd: 'pho giam doc', gd: 'giam doc', tgd: 'tong giam doc' };
// Ranks of government written or left out before a place ("Công an (tỉnh) X"): the one-word ones, and the two words of
// "thành phố", "thị xã", "thị trấn" (whose syllables alone are also names and "phó").
const ADMIN = new Set(ADMIN_UNITS.map(fold).filter((w) => w.length === 1).map((w) => w[0]!));
const ADMIN_PAIRS = ADMIN_UNITS.map(fold).filter((w) => w.length === 2).map((w) => w.join(' '));
// Titles of a ministry's head or deputy (folded), written before the ministry's "Bộ" or without it.
const MINISTERS = new Set(['bo truong', 'thu truong']);
// Between a name and the office after it: a comma, a dash, an opening parenthesis.
const APPOSITION = /^\s*[,(–—-]\s*$/u;
/** Sentences read for the office, at most: a body the corpus names in thousands of them is read in part. */
const MAX_SENTENCES = 4000;

/** The office a question's subject types: its title and body words (folded), or null when it types none. */
interface AskedOffice {
  title: string[];
  body: string[];
}

/** The title and body of a subject that opens on a role noun and goes on to name a body with a capital. */
function askedOffice(subject: readonly QueryWord[]): AskedOffice | null {
  const folded = subject.map((w) => w.folded);
  const title = ROLES.find((r) => r.every((w, k) => folded[k] === w));
  if (!title) return null;
  const body = subject.slice(title.length);
  if (!body.some((w) => w.capital) || !body.some((w) => !ADMIN.has(w.folded))) return null;
  return { title, body: body.map((w) => w.folded) };
}

/** Words of a sentence: folded, as written, and where each starts and ends. */
interface Sentence {
  text: string;
  folded: string[];
  original: string[];
  starts: number[];
}

/** The end (word index) of the office written from word `i` of `s` as `asked` types it, or -1. */
function officeEnd(s: Sentence, i: number, asked: AskedOffice): number {
  let j = i;
  const abbreviated = ABBREVIATED[s.folded[j]!];
  if (abbreviated === asked.title.join(' ')) j++;
  else if (asked.title.every((w, k) => s.folded[i + k] === w)) j += asked.title.length;
  else return -1;
  // "Bộ trưởng Công Thương" is how a minister is often asked of; the press writes "Bộ trưởng Bộ Công Thương".
  if (MINISTERS.has(asked.title.join(' ')) && asked.body[0] !== 'bo' && s.folded[j] === 'bo') j++;
  const body = asked.body.filter((w) => !ADMIN.has(w));
  let k = 0;
  while (k < body.length && j < s.folded.length) {
    if (s.folded[j] === body[k]) {
      j++;
      k++;
    } else if (ADMIN.has(s.folded[j]!)) j++;
    else if (ADMIN_PAIRS.includes(`${s.folded[j]} ${s.folded[j + 1]}`)) j += 2;
    else return -1;
  }
  return k === body.length ? j : -1;
}

const capital = (word: string | undefined): boolean => /^\p{Lu}/u.test(word ?? '');

/** The speaker whose name (or alias) is exactly the capitalised words `[from, to)` of `s`, or its last two or more. */
function nameAt(e: Sources, s: Sentence, from: number, to: number): Speaker | null {
  for (let a = from; a <= to - 2 || (a === from && to - from === 1); a++) {
    const run = s.original.slice(a, to).join(' ');
    const folded = stripHonorifics(fold(run).join(' '));
    const sp = e.directory.resolve(run);
    if (!sp) continue;
    const forms = [sp.name, ...sp.aliases].map((f) => stripHonorifics(fold(f).join(' ')));
    if (forms.includes(folded)) return sp;
  }
  return null;
}

/** The holder named next to the office written at words `[i, end)` of `s`, or null. */
function holderAt(e: Sources, s: Sentence, i: number, end: number): Speaker | null {
  // "Nguyễn Văn A, Phó Giám đốc …": the capitalised words before the comma or dash.
  if (i > 0 && APPOSITION.test(s.text.slice(s.starts[i - 1]! + s.original[i - 1]!.length, s.starts[i]!))) {
    let a = i;
    while (a > 0 && capital(s.original[a - 1]) && i - a < 5) a--;
    if (a < i) {
      const sp = nameAt(e, s, a, i);
      if (sp) return sp;
    }
  }
  // "Chủ tịch UBND tỉnh X Nguyễn Văn D": the capitalised words right after the office.
  let b = end;
  while (b < s.folded.length && capital(s.original[b]) && b - end < 5) {
    if (b > end && !/^\s+$/u.test(s.text.slice(s.starts[b - 1]! + s.original[b - 1]!.length, s.starts[b]!))) break;
    b++;
  }
  if (b - end >= 2) {
    for (let c = b; c >= end + 2; c--) {
      const sp = nameAt(e, s, end, c);
      if (sp) return sp;
    }
  }
  return null;
}

/** Units whose words may hold the office's body: the postings of its last two words, or of its one word. */
function sentencesOf(e: Sources, body: readonly string[]): number[] {
  const words = body.filter((w) => !ADMIN.has(w));
  const text = e.index.fields[FIELD_TEXT]!;
  let id: number | undefined;
  if (words.length >= 2) id = e.index.bigram(words.at(-2)!, words.at(-1)!);
  else if (words.length === 1 && !isVietnameseSyllable(words[0]!)) id = e.index.unigram(words[0]!);
  if (id === undefined) return [];
  const out: number[] = [];
  for (let k = text.offsets[id]!; k < text.offsets[id + 1]! && out.length < MAX_SENTENCES; k++) out.push(text.ids[k]!);
  return out;
}

/**
 * The holders of the office a question's subject types (see the file comment): the speakers the articles name with
 * it, busiest first, or [] when the subject types no office or no article names a holder of it. The caller takes one
 * holder only: several name no one in particular.
 */
export function officeHolders(e: Sources, p: ParsedQuestion): Speaker[] {
  if (p.speaker || !p.reported || (p.intent !== 'topic' && p.intent !== 'when') || p.language !== 'vi') return [];
  const subject = p.words.filter((w) => w.subject);
  if (!subject.length || subject.some((w, k) => k > 0 && w.pos !== subject[k - 1]!.pos + 1)) return [];
  const asked = askedOffice(subject);
  if (!asked) return [];
  const found = new Map<string, Speaker>();
  for (const u of sentencesOf(e, asked.body)) {
    const text = e.units.text(u);
    const { lower, folded, starts } = splitWords(text);
    const s: Sentence = { text, folded, original: starts.map((st, k) => text.slice(st, st + lower[k]!.length)), starts };
    for (let i = 0; i < folded.length; i++) {
      const end = officeEnd(s, i, asked);
      if (end < 0) continue;
      const sp = holderAt(e, s, i, end);
      if (sp && e.speakerQuotes.has(sp.id)) found.set(sp.id, sp);
    }
  }
  return [...found.values()].sort((a, b) => e.directory.quoteCount(b.id) - e.directory.quoteCount(a.id));
}
