/**
 * A question that asks what the holder of an office said ("Bộ trưởng Nông nghiệp nói gì về Y", "Giám đốc Công an
 * tỉnh X nói gì") when no article writes that office: as for a person no article names (unknownPerson.ts), any
 * answer would be someone else's words, found because a few of the office's words ("nông nghiệp" in "sản xuất nông
 * nghiệp") happen to stand in a sentence on another topic. The question is then answered with nothing.
 *
 * Only the plain form is read: a head-of-body title (HEAD_OF_ROLES, "thứ trưởng", "phó …") followed by a field of
 * office or a body ("Tài chính", "Y tế", "Công an", "Sở …", "Ngân hàng …"). The office is written when one sentence,
 * one article's headline and first paragraph, or one speaker's name and role holds the title and every content word
 * of what follows it. Where the lexicon or a role synonym may write the office in other words, nothing is decided.
 */
import { foldText } from '../core/text.js';
import { ADMIN_UNITS, HEAD_OF_ROLES, OFFICE_FIELDS, ORG_HEADS, ROLE_SYNONYMS } from '../extract/lexicon.js';
import type { Engine } from './engine.js';
import { inOneEntity } from './cooccur.js';
import { FIELD_LEAD, FIELD_SPEAKER, FIELD_TEXT } from './fields.js';
import type { ParsedQuestion, QueryWord } from './question.js';
import { STOPWORDS } from './stopwords.js';

const words = (phrase: string): string[] => foldText(phrase).split(/\s+/).filter(Boolean);

// Titles of a body's head, longest first, and their deputies ("phó giám đốc").
const TITLES = [...new Set([...HEAD_OF_ROLES, 'thứ trưởng', 'phó thủ tướng', 'phó chủ tịch', 'phó giám đốc', 'phó thống đốc', 'phó chánh án'])]
  .filter((t) => t === t.toLowerCase())
  .map(words)
  .sort((a, b) => b.length - a.length);
// What may follow the title: a field of office or the head of a body's name.
const FIELDS = [...OFFICE_FIELDS, ...ORG_HEADS].map(words).sort((a, b) => b.length - a.length);
const ADMIN = new Set(ADMIN_UNITS.flatMap(words));
const SYNONYMS = ROLE_SYNONYMS.flat().map((p) => ` ${words(p).join(' ')} `);

function startsWith(list: readonly QueryWord[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => list[at + k]?.folded === w);
}

/**
 * The office a reported question asks of when no article writes it (see the file comment), as typed, or null.
 */
export function unknownOfficeOf(e: Engine, p: ParsedQuestion): string | null {
  if (!p.reported || p.intent !== 'topic' || p.language !== 'vi') return null;
  const subject = p.words.filter((w) => w.subject);
  if (subject.length < 3 || subject.some((w, k) => k > 0 && w.pos !== subject[k - 1]!.pos + 1)) return null;
  const title = TITLES.find((t) => startsWith(subject, 0, t));
  if (!title || !FIELDS.some((f) => startsWith(subject, title.length, f))) return null;
  const folded = ` ${subject.map((w) => w.folded).join(' ')} `;
  if (SYNONYMS.some((s) => folded.includes(s))) return null;
  const rest = subject.slice(title.length);
  // A phrase of the lexicon ("ủy ban nhân dân", "UBND") may be written the other way.
  if (rest.some((_w, k) => hasVariant(e, rest, k))) return null;
  const terms: number[] = [];
  for (let k = 0; k + 1 < title.length; k++) {
    const id = e.index.bigram(title[k]!, title[k + 1]!);
    if (id === undefined) return officeOf(subject);
    terms.push(id);
  }
  if (title.length === 1) {
    const id = e.index.unigram(title[0]!);
    if (id === undefined) return officeOf(subject);
    terms.push(id);
  }
  for (const w of rest) {
    if (ADMIN.has(w.folded) || STOPWORDS.has(w.lower)) continue;
    const id = e.index.unigram(w.folded) ?? unigramOfCorrected(e, w.folded);
    if (id === undefined) return officeOf(subject);
    terms.push(id);
  }
  return [FIELD_TEXT, FIELD_LEAD, FIELD_SPEAKER].some((f) => inOneEntity(e, f, terms)) ? null : officeOf(subject);
}

function officeOf(subject: readonly QueryWord[]): string {
  return subject.map((w) => w.lower).join(' ');
}

function unigramOfCorrected(e: Engine, folded: string): number | undefined {
  const fixed = e.corrector.correct(folded, true);
  return fixed ? e.index.unigram(fixed) : undefined;
}

/** Whether a phrase of the lexicon starts at word `k` of `rest` (its other wordings would have to be looked for). */
function hasVariant(e: Engine, rest: readonly QueryWord[], k: number): boolean {
  for (let n = Math.min(e.lexicon.maxWords, rest.length - k); n >= 1; n--) {
    const key = rest.slice(k, k + n).map((w) => w.folded).join(' ');
    if (e.lexicon.phrases.has(key) && !e.lexicon.englishOnly.has(key)) return true;
  }
  return false;
}
