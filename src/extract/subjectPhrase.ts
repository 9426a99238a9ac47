/**
 * The phrase before a reporting verb cut out of its sentence: where it starts (lastBoundary: after clause punctuation,
 * a masked quotation, "dẫn lời", "rằng", but not inside a body's dashed name), and a mention read from it put back at
 * the sentence's offsets (shift).
 */
import { HONORIFICS, isFamilyName, ORG_HEADS, ROLE_NOUNS } from './lexicon.js';
import type { Mention } from './mentions.js';

// Where a subject phrase can start: after clause punctuation, a masked quotation, "dẫn lời", or a "rằng".
// "A làm X trong bối cảnh B tuyên bố …", "A tăng trong khi B nói …": the verb's subject is in the subordinate clause.
// The period of initials ("anh H.T.M. cho biết") is inside the name, not a sentence's end; nor is that of "TP." (thành
// phố) before a city's name ("Chủ tịch UBND TP. Hồ Chí Minh").
const BOUNDARY = /[,;:()–—§]|\s-\s|dẫn lời|rằng|(?<!(?:^|[\s.])\p{Lu}|(?:^|\s)TP)\.\s|(?<![\p{L}])trong (?:bối cảnh|khi)(?![\p{L}])/giu;

// A subject phrase (name, role, appositive) is far shorter; looking further back for its start made every verb of a
// long run scan the sentence again.
const SUBJECT_WINDOW = 300;

// "Hiệp hội Da giày - Túi xách Việt Nam", "Bộ Lao động - Thương binh và Xã hội", "Công ty Dệt - May X": Vietnamese
// joins the fields of one body's name with a spaced dash. After a body's head and its capitalised name, a dash that
// a capitalised word follows goes on with the name; it opens no phrase.
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BODY_NAME_BEFORE_DASH = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...ORG_HEADS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+[\\p{L}\\p{M}]+){0,3}$`, 'u');
const HONORIFIC_WORDS = new Set(HONORIFICS.map((h) => h.toLowerCase()));
const ROLE_AFTER_DASH = new RegExp(`^(?:${[...ROLE_NOUNS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{M}])`, 'iu');

/** Whether the words after a dash go on with a body's name: a capitalised field, not a person, a title or an address. */
function fieldAfterDash(after: string): boolean {
  const words = after.split(/\s+/u, 2);
  const first = words[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || HONORIFIC_WORDS.has(first.toLowerCase()) || ROLE_AFTER_DASH.test(after)) return false;
  // "Sở Xây dựng - Nguyễn Văn Tùng": a family name then another capitalised word is the person the title belongs to.
  return !(isFamilyName(first) && /^\p{Lu}/u.test(words[1] ?? ''));
}

/** Where the phrase ending at the end of `text` starts: after its last boundary, at most SUBJECT_WINDOW back. */
export function lastBoundary(text: string): number {
  const from = Math.max(0, text.length - SUBJECT_WINDOW);
  let at = from;
  for (const m of text.slice(from).matchAll(BOUNDARY)) {
    const end = from + m.index + m[0].length;
    // A body's head and its name are a few words: only those before the dash are read, so a run of dashes costs
    // no more than the window it is in.
    const dash = from + m.index;
    if (/^\s-\s$/u.test(m[0]) && fieldAfterDash(text.slice(end, end + 80)) && BODY_NAME_BEFORE_DASH.test(text.slice(Math.max(at, dash - 80), dash))) continue;
    at = end;
  }
  return at;
}

/** `m` moved `by` characters: a mention read from a phrase, at its offsets in the text the phrase was cut from. */
export function shift(m: Mention, by: number): Mention {
  return { ...m, start: m.start + by, end: m.end + by };
}
