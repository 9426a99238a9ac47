/**
 * What a reporting verb that takes an object ("nói", "đề nghị", "yêu cầu") reports when no "rằng", colon or comma
 * follows it. Most of the time it reports nothing ("nói tiếng Anh", "yêu cầu bồi thường" is an object, "trả lời
 * phóng viên" an addressee); two forms of the language are statements all the same:
 * - a request with its addressee and what they are to do ("X đề nghị Bộ Y sớm trả lời bằng văn bản",
 *   "X kêu gọi các bên kiềm chế"): the verb stays in the words shown, or the request would read as a claim;
 * - "nói" followed by a modal or aspect word ("X nói sẵn sàng đàm phán", "X nói sẽ từ chức"): an indirect clause
 *   whose subject is the speaker, dropped as Vietnamese allows.
 */
import { clauseStartAfter, findReportingVerbs, isSpeakerMention } from './attribution.js';
import { parseSubject, type Mention } from './mentions.js';
import { wordCount } from './quoteSpans.js';

/** Verbs of request whose object and infinitive clause are what was asked. */
const REQUEST_VERBS: ReadonlySet<string> = new Set(['đề nghị', 'yêu cầu', 'kêu gọi', 'kiến nghị', 'urged', 'called on']);
// A request reports something only when it asks someone to do something: an addressee and a verb, several words.
const REQUEST_MIN_WORDS = 5;
// "các đề nghị của …", "lời kêu gọi …", "yêu cầu này": the verb is used as a noun.
const NOUN_BEFORE = /(?:^|\s)(?:những|các|mọi|bản|lời|cuộc|một|này|đó|theo|với|trước|có|nhận|gửi)\s+$/iu;
const NOUN_AFTER = /^\s*(?:của|này|đó|ấy|trên|về|được|bị|từ|đã|tại|trong|với|là)(?=\s|$)/iu;
// "nói sẵn sàng …", "nói sẽ …", "nói đã đến lúc …"; not "nói không với …" (say no to).
const MODAL_AFTER = /^\s*(?:sẵn sàng|sẽ|đã|đang|vẫn|cần|phải|muốn|có thể|chưa|không(?!\s+với)|hy vọng|mong)(?=\s)/iu;

export interface BareClause {
  /** Offset in the sentence where the words shown start. */
  start: number;
}

/**
 * Where the words of `verb` (ending at `verbEnd`, its reported words starting at `clauseStart`) start when nothing
 * introduces them, or null when the verb reports nothing here.
 */
export function bareClause(masked: string, verb: string, verbEnd: number, clauseStart: number): BareClause | null {
  const verbStart = verbEnd - verb.length;
  const rest = masked.slice(clauseStart);
  if (REQUEST_VERBS.has(verb)) {
    if (NOUN_BEFORE.test(masked.slice(Math.max(0, verbStart - 12), verbStart)) || NOUN_AFTER.test(rest)) return null;
    if (/§/u.test(rest) || wordCount(rest.replace(/[.;!?]+\s*$/u, '')) < REQUEST_MIN_WORDS) return null;
    return { start: verbStart };
  }
  if (verb === 'nói' && MODAL_AFTER.test(rest) && !/§/u.test(rest)) return { start: clauseStart };
  return null;
}

/** A report named as the topic of another: who said it, and where its words and its attribution lie. */
export interface TopicReport {
  mention: Mention;
  /** Where the attribution starts ("việc"): dates before it belong to the sentence's own report. */
  from: number;
  verbEnd: number;
  start: number;
  end: number;
}

// "về việc ông X (ngày 7/1) tuyên bố": "việc", the subject, perhaps a date, right before the verb.
// A stop inside a date ("ngày 7.1") does not end it. Matched on a window of TOPIC_WINDOW characters only.
const TOPIC_HEAD = /(?:^|\s)việc\s+((?:[^,;:§.]|\.(?=\d)){2,100})$/iu;
const TOPIC_WINDOW = 120;

/**
 * "Trả lời câu hỏi về việc Tổng thống X ngày 7/1 tuyên bố Mỹ sẽ rút khỏi 66 tổ chức, bà Y cho biết …": the topic of a
 * question or a reply is itself a report of what X said, up to the comma that closes it.
 */
export function topicReports(masked: string, knownName: (n: string) => boolean): TopicReport[] {
  const out: TopicReport[] = [];
  for (const verb of findReportingVerbs(masked)) {
    const near = masked.slice(Math.max(0, verb.start - TOPIC_WINDOW), verb.start);
    const m = TOPIC_HEAD.exec(near);
    if (!m) continue;
    const mention = parseSubject(m[1]!, knownName);
    if (!isSpeakerMention(mention) || mention.start > 2) continue;
    const start = clauseStartAfter(masked, verb);
    const stop = /[,;:.§]/u.exec(masked.slice(start));
    const end = stop ? start + stop.index : masked.length;
    if (wordCount(masked.slice(start, end)) < MIN_TOPIC_WORDS) continue;
    const from = verb.start - near.length + m.index;
    out.push({ mention, from, verbEnd: verb.end, start, end });
  }
  return out;
}
const MIN_TOPIC_WORDS = 4;
