/**
 * "Tập đoàn Công nghiệp – Viễn thông Miền Bắc (Bactel) cho biết …": a body's full name, the short name it goes by in
 * brackets, then the verb. When the full name is read as pieces (cut at its dash: "Miền Bắc"), the short name is the
 * subject, the name a reader knows the body by; a piece of the full name is not a body of its own.
 */
import { findMentions, type Mention } from './mentions.js';

// The bracketed short name right before the verb, a few adverbs apart: one word, a capital first ("Bactel", "EVN").
const BRACKET_BEFORE_VERB = /\(\s*(\p{Lu}[\p{L}\p{M}\p{N}&-]{1,24})\s*\)\s*(?:(?:đã|cũng|vừa|mới|hôm nay)\s+){0,3}$/u;
// A body's full name opens the clause: a kind of body, then its capitalised words (with a dash, "và", lower-case syllables).
const BODY_NAME = /^\s*(?:Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Tổng cục|Cục|Bộ|Sở|Viện|Hiệp hội|Quỹ|Ủy ban|Uỷ ban|Trung tâm|Hãng|Liên đoàn|Tổ chức)\s+\p{Lu}[\p{L}\p{M}\s–—&-]{0,120}$/u;
const WORDS = /\S+/gu;

/** The short name in brackets of the body that is the subject of a verb starting at `verbStart`, as an org mention, or null. */
export function bracketedBodySubject(masked: string, verbStart: number): Mention | null {
  const head = masked.slice(0, verbStart);
  const m = BRACKET_BEFORE_VERB.exec(head);
  if (!m) return null;
  const before = head.slice(0, m.index);
  const clause = before.slice(before.search(/[^,;:§.]*$/u));
  // Only after a body's name: "anh Tuấn (Huế) cho biết" is a person and his home town.
  if (!BODY_NAME.test(clause) || (clause.match(WORDS)?.length ?? 0) > 16) return null;
  // Only where the full name reads as pieces ("Tập đoàn Công nghiệp" – "Viễn thông Miền Bắc", "… Miền Trung" a place): a name read
  // whole ("Tập đoàn Điện lực Việt Nam (EVN)") is already the subject, under the name the article gives first.
  const mentions = findMentions(clause);
  if (mentions.length === 1 && mentions[0]!.type === 'org' && clause.slice(0, mentions[0]!.start).trim() === '' && clause.slice(mentions[0]!.end).trim() === '') return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { type: 'org', name: m[1]!, surface: m[1]!, start, end: start + m[1]!.length };
}
