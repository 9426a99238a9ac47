/**
 * Direct speech written without quotation marks, a paragraph at a time:
 * - after a reporting verb and a colon ("HLV X cho biết: Các cầu thủ đã …");
 * - in the interview layout, a speaker label then the answer ("Bộ trưởng X: Trước hết, …", "* HLV Y (U23): …");
 * - the next paragraphs of such an answer, while they speak in the first person and ask nothing.
 * Everything after the colon to the paragraph's end is the speaker's words.
 */
import { leftAttribution } from './attribution.js';
import { REPORTER_LABEL } from './interview.js';
import { findMentions, type Mention } from './mentions.js';
import { bareNameLabel } from './nameLabels.js';
import type { Paragraph } from './paragraphs.js';
import { wordCount, type QuoteSpan } from './quoteSpans.js';
import type { SpeakerEntry } from './speakers.js';

export interface UnquotedSpeech {
  /** Index of the sentence where the words start. */
  sentence: number;
  /** Offset in that sentence where the words start (after the colon); 0 for a continuation. */
  at: number;
  text: string;
  /** Who the label or the attribution names; null when the paragraph continues the answer before it. */
  mention: Mention | null;
  /**
   * 'label' for the interview layout (its next paragraphs may continue it), 'verb' after "X nói:", 'answer' for an
   * unlabelled answer after a reporter's question (see interview.ts).
   */
  via: 'label' | 'verb' | 'continued' | 'answer';
  /** For an answer: who answers, or null when the page does not say. */
  speaker?: SpeakerEntry | null;
}

const MIN_WORDS = 4;
const SCARE_QUOTE_WORDS = 3;
// A label is short: a title and a name, perhaps a parenthesis ("HLV Park Min Jae (U.23 Lào)").
const MAX_LABEL = 80;
// Speech begins with a capital or a number after the colon; a lower-case start is a list or a definition.
const SPEECH_START = /^\s*[\p{Lu}\d]/u;
const FIRST_PERSON = /(?:^|[\s,(])(?:tôi|chúng tôi|chúng ta|mình)(?=[\s,.;:!?)]|$)/iu;

/**
 * The unquoted speech of a paragraph, or null. `spans` are its quoted spans: a paragraph with quotation marks
 * after the colon is left to the quotation rules. `continues` says the previous paragraph was an interview answer; `inTranscript`
 * that this one is inside the run of a labelled answer that the next question closes (answerRuns.ts).
 */
export function unquotedSpeechOf(
  para: Paragraph,
  spans: QuoteSpan[],
  knownName: (n: string) => boolean,
  continues: boolean,
  lead = false,
  inTranscript = false,
): UnquotedSpeech | null {
  if (para.caption) return null;
  const first = para.sentences[0];
  if (!first) return null;
  const colon = first.text.indexOf(':');
  // The reporter's question ("PV: …") is asked, not said.
  if (REPORTER_LABEL.test(first.text)) return null;
  if (colon > 0 && colon <= MAX_LABEL + 4 && SPEECH_START.test(first.text.slice(colon + 1))) {
    const label = labelMention(first.text.slice(0, colon), knownName) ?? bareLabelMention(para.text, colon);
    const words = rest(para, 0, colon + 1);
    // "HLV X: Tỷ số không nói lên điều gì!" opening the page in one sentence is its headline, not an answer.
    const headline = lead && para.sentences.length === 1;
    // A word or two in quotation marks inside the answer ("chúng ta dùng từ “lịch sử” rất nhiều") is a scare quote, not
    // a quotation the answer gives way to.
    if (label && !headline && !spans.some((s) => s.open > first.start + colon && wordCount(s.text) > SCARE_QUOTE_WORDS) && wordCount(words) >= MIN_WORDS) {
      return { sentence: 0, at: colon + 1, text: words, mention: label, via: 'label' };
    }
  }
  for (let i = 0; i < para.sentences.length; i++) {
    const s = para.sentences[i]!;
    const m = /:\s*(?=[\p{Lu}\d])/u.exec(s.text);
    if (!m || spans.some((q) => q.open >= s.start && q.open < s.start + s.text.length)) continue;
    const att = leftAttribution(s.text, m.index, knownName);
    // The verb must govern the colon: nothing but a complementiser or an addressee between them.
    if (!att || att.clauseStart < m.index) continue;
    const words = rest(para, i, m.index + 1);
    if (wordCount(words) < MIN_WORDS || spans.some((q) => q.open > s.start + m.index)) return null;
    return { sentence: i, at: m.index + 1, text: words, mention: att.mention, via: 'verb' };
  }
  // Inside a transcript's answer run (answerRuns.ts) the interviewee may speak of others, with no "tôi".
  if (continues && !spans.length && (FIRST_PERSON.test(para.text) || inTranscript) && !/\?\s*$/u.test(para.text) && !/:/u.test(para.text)) {
    return { sentence: 0, at: 0, text: para.text.trim(), mention: null, via: 'continued' };
  }
  return null;
}

function rest(para: Paragraph, sentence: number, at: number): string {
  const s = para.sentences[sentence]!;
  return para.text.slice(s.start + at).trim();
}

// The page's own furniture, not a speaker: an editor's note, a source line, a link to another story.
const EDITORIAL_LABEL = /^(?:lời tòa soạn|lời toà soạn|lts|lời bình|lời dẫn|ghi chú|chú thích|nguồn|xem thêm|tin liên quan|đọc thêm|video|clip|ảnh|thông tin|tóm tắt|bối cảnh)$/iu;

/** The person or role a label names when the label is nothing else: "Ông X", "* HLV Y (U.23 Z)", "CTO X". */
function labelMention(head: string, knownName: (n: string) => boolean): Mention | null {
  // "Dr. Anna Berg: …": English abbreviates a title with a stop, which is no sentence's end.
  const plain = head.replace(/^\s*[*•–—-]\s*/u, '').replace(/\s*\([^()]*\)\s*$/u, '').replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s+(?=\p{Lu})/u, '').trim();
  if (!plain || plain.length > MAX_LABEL || EDITORIAL_LABEL.test(plain) || /[,;.!?]/u.test(plain.replace(/\.(?=\p{L})/gu, ''))) return null;
  const mentions = findMentions(plain, knownName);
  const m = mentions.at(-1);
  if (!m || (m.type !== 'person' && m.type !== 'role') || m.end < plain.length) return null;
  // Only titles may come before the name: "CEO", "Thứ trưởng", "HLV trưởng đội tuyển".
  const before = plain.slice(0, m.start).trim();
  if (before && (before.split(/\s+/).length > 3 || /\d/u.test(before))) return null;
  // A name set as the label of an answer is a person's, even with no title before it.
  return m.type === 'person' ? { ...m, bare: false } : m;
}

/** A guest's bare name labelling the answer ("Minh Châu: Tôi …"), as a named person, when it ends at `colon`. */
function bareLabelMention(text: string, colon: number): Mention | null {
  const name = bareNameLabel(text);
  if (!name) return null;
  const start = text.indexOf(name);
  if (start + name.length !== colon) return null;
  return { type: 'person', name, role: null, gender: null, bare: false, surface: name, start, end: colon };
}
