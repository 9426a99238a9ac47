/**
 * A reported statement that runs on into the next sentence without a verb of its own: "Ông X cho biết A. B." reads B
 * as X's too when B names nobody else, quotes nothing and reports no other speech. Vietnamese news writes indirect
 * speech this way ("Theo bà Y, … . Rất ít trường …"); narration that follows a statement ("Trước đó, …", "Đặc biệt,
 * giá điện vừa tăng …") is told apart by what it names and how it opens.
 */
import type { DateMention } from '../core/dates.js';
import { findReportingVerbs } from './reportingVerbs.js';
import type { Mention } from './mentions.js';
import { opensOnGroup } from './crowds.js';
import { wordCount } from './quoteSpans.js';
import type { SpeakerEntry } from './speakers.js';
import type { Statement } from './statements.js';

/** The indirect statement a next sentence may continue. */
export interface OpenReport {
  speaker: SpeakerEntry;
  paragraph: number;
  sentence: number;
  /** Sentences already read as its continuation. */
  carried: number;
  /**
   * The speaker's words name them as "bị cáo", as a defendant speaks of himself before a court ("X trình bày, bị cáo
   * rất hối hận"): a next sentence whose subject is "Bị cáo" alone goes on with the same account.
   */
  defendantSelf?: boolean;
}

// A continuation is one or two sentences; a longer run is the reporter's again more often than not.
const MAX_CARRIED = 2;
const MIN_WORDS = 6;
// Openers that move the text to another time or to the reporter's own account. "Dự kiến …" (it is expected) is not
// one: after an official's report it goes on with the plan or the forecast they gave.
const NARRATION_OPENER = /^(?:trước đó|sau đó|trước đây|hiện nay|hiện tại|hiện|được biết|theo đó|cùng ngày|cùng lúc|trong khi đó|tuy vậy|ngoài ra|đặc biệt|cụ thể|như vậy|tính đến|từ năm|năm\s|ngày\s|sáng\s|trưa\s|chiều\s|tối\s|đêm\s|hôm\s|earlier|later|meanwhile|separately|in\s\d)/iu;
// Where a sentence's subject stands: at its start or after a short opening phrase ("Khi đi qua, bà X …").
const SUBJECT_BEFORE = /^(?:[^,§]{0,40},)?\s*$/u;
// "vừa", "đã được": a happening the reporter tells; said things are opinions, plans, reasons. "vừa" is not that in
// "vừa đủ", "vừa phải" (just enough, moderate) nor in "vừa … vừa …" (both … and …).
const HAPPENED = /(?<![\p{L}\p{M}])(?:mới đây|đã được|đã bị)(?![\p{L}\p{M}])/iu;
const JUST = /(?<![\p{L}\p{M}])vừa(?![\p{L}\p{M}])(?!\s+(?:đủ|phải|sức|tầm|túi)(?![\p{L}\p{M}]))/giu;

// A term or an irony in quotation marks ("hàng kem", "tiền chết", "trụ vững") leaves the sentence the speaker's
// account; a quotation of more words is speech of its own, read by the quotation rules.
const TERM_WORDS = 3;

function quotesOnlyTerms(text: string, masked: string): boolean {
  for (const m of masked.matchAll(/§+/gu)) {
    if (wordCount(text.slice(m.index, m.index + m[0].length)) > TERM_WORDS) return false;
  }
  return true;
}

// "bị cáo" alone, as the subject or the owner ("gia đình bị cáo"), not followed by a name or by "khác" (another defendant).
const SELF_AS_DEFENDANT = /(?<![\p{L}\p{M}])[Bb]ị cáo(?!\s+(?:\p{Lu}|khác|này|kia|đó)(?![\p{M}]))(?![\p{L}\p{M}])/u;
const DEFENDANT = /^bị cáo$/iu;

function tellsHappening(clause: string): boolean {
  return HAPPENED.test(clause) || (clause.match(JUST)?.length === 1 && (clause.match(/(?<![\p{L}\p{M}])vừa(?![\p{L}\p{M}])/giu)?.length ?? 0) === 1);
}

/**
 * The statement a sentence without one of its own continues, or null. `prev` is the indirect statement of the
 * sentence before; `mentions` and `dates` are the sentence's own; `endsPage` when it is the page's last; `places` the names the article writes as places (placeNames.ts).
 */
export function continuedReport(
  text: string, masked: string, mentions: Mention[], dates: DateMention[],
  prev: OpenReport | null, paragraph: number, sentence: number, endsPage = false, places: ReadonlySet<string> = new Set(),
): Statement | null {
  if (!prev || prev.paragraph !== paragraph || prev.sentence !== sentence - 1 || prev.carried >= MAX_CARRIED) return null;
  const clause = text.trim();
  // A sentence with no full stop is a heading or a caption, unless the page's end cut it (`endsPage`).
  if ((masked.includes('§') && !quotesOnlyTerms(text, masked)) || (!endsPage && !/[.…]$/u.test(clause)) || /[:?!]/u.test(clause)) return null;
  if (wordCount(clause) < MIN_WORDS || NARRATION_OPENER.test(clause) || tellsHappening(clause)) return null;
  if (findReportingVerbs(masked).length) return null;
  // "Các chuyên gia dự báo …", "Nhiều hộ dân …": a group of its own is the subject; the words are not the speaker's.
  if (opensOnGroup(masked)) return null;
  // A dated sentence tells when something happened; what the speaker said is undated or in the future.
  if (dates.some((d) => d.date && !d.relative)) return null;
  // A person named makes it the reporter's sentence about them, the speaker too: "Khi đi qua, bà X đã kịp thời dừng
  // xe" tells what X did, not what X said. A title or a pronoun does when it is the subject ("Ông cũng từng …");
  // as an object ("thay đổi cho phù hợp với nguồn cầu thủ") it is part of what was said.
  // A bare name the article writes as a place ("xã Lộc Hòa" above, "Lộc Hòa cũng chịu …" here) is that place.
  const person = (m: Mention) => m.type === 'person' && !(m.bare && places.has(m.name));
  const self = (m: Mention) => prev.defendantSelf === true && m.type === 'role' && DEFENDANT.test(m.surface);
  if (mentions.some((m) => person(m) || ((m.type === 'role' || m.type === 'pronoun') && SUBJECT_BEFORE.test(masked.slice(0, m.start)) && !self(m)))) return null;
  return {
    speaker: prev.speaker, text: clause.replace(/[.…]+$/u, '').trim(), kind: 'indirect',
    attributionEnd: 0, attributionStart: null, inherited: true, path: `runOn:${prev.carried + 1}`,
  };
}

/**
 * What a sentence leaves open for the next: its own last statement when that is a reported clause with a speaker,
 * told before its words and running to the sentence's end ("X cho biết …."), or the report it continued.
 */
export function openReport(statements: Statement[], open: OpenReport | null, carried: Statement | null, paragraph: number, sentence: number): OpenReport | null {
  if (carried && open) return { ...open, sentence, carried: open.carried + 1 };
  const st = statements.at(-1);
  if (!st || statements.some((x) => x.kind !== 'indirect') || st.kind !== 'indirect' || !st.speaker || st.attributionStart !== null || st.attributionFrom !== undefined) return null;
  return { speaker: st.speaker, paragraph, sentence, carried: 0, ...(SELF_AS_DEFENDANT.test(st.text) ? { defendantSelf: true } : {}) };
}
