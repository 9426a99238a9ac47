/**
 * The speaker a question's subject names inside a longer phrase: "Nghệ nhân Tạ Văn Khôi nói gì", "Chị Lan, cư dân
 * chung cư X, nói gì", "Ca sĩ X chia sẻ gì". The subject is a description around the name (an occupation before it,
 * an apposition after it) that the directory cannot resolve as a whole; the name inside it is who is asked to have
 * spoken, as when it is typed alone.
 *
 * The name must be typed whole as the subject holds it: its words end on the speaker's given name, and no other
 * capitalised word continues it ("Ông Mạc Anh Quyền" is not a Mạc the corpus quotes; "the US CDC" is left to
 * the words of the subject).
 *
 * Not when the name is one syllable opening the question and lower-case words follow it in the subject ("Công an huyện
 * X nói gì": the capital is the sentence's), when the words before the name make the subject someone else ("vợ ông X", "luật sư của X", "người phát ngôn
 * X", "the lawyer of X", "X's aide"), when the subject joins two people ("ông X và bà Y"), when the name is borne by more than
 * one speaker (the busiest would be a guess), or when the subject names two speakers.
 */
import type { Speaker } from '../core/types.js';
import { foldText } from '../core/text.js';
import type { SpeakerMention } from './speakerMentions.js';
import { TITLE_WORDS } from './speakerForms.js';

// A person related to the one named, or who speaks for them: the subject is not the named person. Lower case, as
// typed (with or without diacritics: both are listed where the folded form is no other common word).
const RELATIONAL = new Set([
  'của', 'cua', 'of', 'vợ', 'chồng', 'con', 'mẹ', 'bố', 'cha', 'má', 'anh trai', 'chị gái', 'em trai', 'em gái',
  'gia đình', 'người nhà', 'người thân', 'luật sư', 'trợ lý', 'thư ký', 'người phát ngôn', 'phát ngôn viên',
  'đại diện', 'cố vấn', 'bạn', 'bạn gái', 'bạn trai', 'đồng đội', 'học trò', 'phía', 'quản lý', 'ê-kíp', 'ekip',
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'lawyer', 'aide', 'spokesman', 'spokeswoman',
  'spokesperson', 'representative', 'friend', 'family', 'adviser', 'advisor', 'secretary', 'manager',
]);
// Words that join a second subject to the first.
const JOINERS = new Set(['và', 'va', 'cùng', 'với', 'and', 'with']);

const capital = (word: string | undefined): boolean => /^\p{Lu}/u.test(word ?? '');

/** The question's words: lower-cased, folded, and as typed. */
export interface QuestionWords {
  lower: readonly string[];
  folded: readonly string[];
  original: readonly string[];
}

/**
 * The one speaker named inside the subject words `[a, b)` of `q` (`mentions`: the question's speaker mentions), or
 * null (see the file comment).
 */
export function speakerInSubject(mentions: readonly SpeakerMention[], q: QuestionWords, a: number, b: number): Speaker | null {
  const { lower, folded, original } = q;
  const inside = mentions.filter((m) => m.start >= a && m.end <= b);
  if (inside.length !== 1 || inside[0]!.shared) return null;
  const first = inside[0]!;
  if (folded[first.end - 1] !== foldText(first.speaker.name).split(/\s+/).at(-1)) return null;
  if (first.end < b && capital(original[first.end])) return null;
  // The question's first word has its capital from the sentence, not from a name: one syllable there with the subject
  // going on in lower case is a common noun's first syllable ("Công an huyện X", "Hải quan tỉnh Y", "Thanh tra
  // Chính phủ"), not the speaker of that given name.
  if (first.start === 0 && first.end === 1 && first.end < b && !capital(original[first.end])) return null;
  // An English possessive after the name ("Putin's aide", "the minister's spokesman"): the subject is the one it owns.
  if (first.end < b && folded[first.end] === 's' && original[first.end] === 's') return null;
  const before = first.start - 1;
  if (before >= a && before > 0 && capital(original[before]) && !TITLE_WORDS.has(folded[before]!)) return null;
  for (let i = a; i < first.start; i++) {
    if (RELATIONAL.has(lower[i]!) || (i + 1 < first.start && RELATIONAL.has(`${lower[i]} ${lower[i + 1]}`))) return null;
  }
  for (let i = a; i < b; i++) if (JOINERS.has(lower[i]!)) return null;
  return first.speaker;
}
