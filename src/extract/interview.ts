/**
 * Interview transcripts whose answers carry no speaker label: a question of the reporter, then the answer.
 * - A paragraph labelled as the reporter's ("PV: …", "* Phóng viên: …", "Hỏi: …") is a question: nothing in it is a
 *   statement of the people it names ("Ông có thể chia sẻ …?" is asked, not said).
 * - A question set off as a turn ("- … thưa ông?", "* …?") or addressing the interviewee ("Ông từng …, vậy …?"),
 *   and then the next paragraph: its answer, direct speech. After an unmarked question the answer must speak in the
 *   first person and quote nobody, or it is the reporter's narration resuming.
 * On a page that says it is an interview ("phỏng vấn", "trò chuyện", "trao đổi với"), any short paragraph ending on
 * a question mark is a question, and the paragraphs between an answer and the next question go on with the answer.
 * Who answers is the one person the page (its headline, then the text before the first question) names with a title
 * or an honorific; when it names none or several, or the question's "ông"/"bà" does not fit, the answer is kept with
 * no speaker (a blank is better than a guess).
 */
import { readEpithet } from './epithets.js';
import { findMentions } from './mentions.js';
import { opensWithNameLabel } from './nameLabels.js';
import { isNonSpeakerName } from './nonSpeakers.js';
import { findReportingVerbs } from './reportingVerbs.js';
import type { Paragraph } from './paragraphs.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';

export const REPORTER_LABEL = /^\s*[*•–—-]?\s*(?:PV|P\.V\.?|Phóng viên|Hỏi|Câu hỏi|Q)\s*(?:\([^()]{1,40}\))?\s*:/u;
// A turn of a transcript set off by a dash or a bullet at the paragraph's start ("- …", "* …", "-Chương trình …").
const TURN = /^\s*[*•–—-]/u;
const QUESTION_END = /\?\s*["”»)]?\s*$/u;
// Second person of an interview: the reporter addresses the interviewee.
const ADDRESS = /(?:^|[\s,(])(ông|bà|anh|chị|thưa)(?=[\s,.?!]|$)/iu;
const FIRST_PERSON = /(?:^|[\s,(])(?:tôi|chúng tôi|mình)(?=[\s,.;:!?)]|$)/iu;
const QUOTE_MARK = /[“"«]/u;
// Quoted stretches an answer may hold as its own words: a title, a term (tiêu đề “…”, hình ảnh một “làn sóng …”).
const QUOTED_STRETCH = /“[^“”]*”|"[^"]*"|«[^«»]*»/gu;
// A paragraph that opens on a quotation or attributes one ("“…”, ông X nói", "X nói: “…”") is narration quoting someone.
const QUOTING = /^\s*[“"«]|:\s*[“"«]/u;
// A quotation closed by a comma or a dash: attributed when a reporting verb follows within a few words ("“…”, ông X
// nói"); "tôi đã bảo anh ấy rằng “quá tam ba bận”, nếu hụt lần này …" goes on with the speaker's own sentence.
const CLOSED_THEN = /[”"»]\s*[,–—-]\s*([^.;:!?“”"«»]{0,60})/gu;
// Words by which a page says it is an interview.
const INTERVIEW_CUE = /(?:^|[\s,(])(?:phỏng vấn|trò chuyện|cuộc trao đổi|trao đổi với|giao lưu|trả lời (?:PV|phóng viên|báo)|interview)(?=[\s,.:;)]|$)/iu;
const SPEAKER_LABEL = /^\s*[*•–—-]?\s*\p{Lu}[^:.!?“”"]{1,60}:\s/u;
// Three items or more set apart by bars: a menu of sections, not a sentence.
const MENU_ROW = /[^|]\s\|\s[^|]+\s\|\s/u;
// A question is one turn, not a paragraph of narration that happens to end on one.
const MAX_QUESTION_WORDS = 90;

export interface InterviewTurns {
  /** Paragraphs that are the reporter's questions. */
  questions: Set<number>;
  /** Paragraphs that answer them, with who answers (null when it cannot be told). */
  answers: Map<number, SpeakerEntry | null>;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** The question paragraphs of a page and the answers that follow them. `title`: the page's headline, if any. */
export function interviewTurns(paragraphs: Paragraph[], registry: SpeakerRegistry, title: string | null = null): InterviewTurns {
  const questions = new Set<number>();
  const answers = new Map<number, SpeakerEntry | null>();
  let kind = paragraphs.map((p) => questionKind(p, false));
  // A page that says it is an interview asks its questions plainly too ("Vậy giải pháp là gì?").
  const firstAsked = kind.findIndex((k) => k !== null);
  const cue = firstAsked >= 0 && INTERVIEW_CUE.test([title ?? '', ...paragraphs.slice(0, firstAsked + 1).map((p) => p.text)].join(' '));
  if (cue) kind = paragraphs.map((p) => questionKind(p, true));
  let first = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const k = kind[i];
    if (!k) continue;
    const next = paragraphs[i + 1];
    if (k === 'label') questions.add(i);
    if (!next || next.caption || kind[i + 1] || !isAnswer(next.text, k)) continue;
    questions.add(i);
    if (first < 0) first = i;
    answers.set(i + 1, null);
    // On an interview page, the paragraphs between an answer and the next question (or the end of a page cut off
    // mid-answer) go on with the answer; a photo caption or a line giving a name and titles is passed over.
    if (!cue) continue;
    const run: number[] = [];
    let j = i + 2;
    for (; j < paragraphs.length && !kind[j]; j++) {
      const p = paragraphs[j]!;
      if (p.caption || isNameLine(p, registry)) continue;
      if (quotesSomeone(p.text) || SPEAKER_LABEL.test(p.text)) break;
      run.push(j);
    }
    const closed = j < paragraphs.length ? kind[j] !== null : paragraphs.at(-1)?.cut === true;
    if (closed) for (const x of run) answers.set(x, null);
  }
  if (!answers.size) return { questions, answers };
  const intro = paragraphs.slice(0, Math.max(first, 0));
  const who = interviewee(title ? [title, ...intro.filter((p) => !p.caption).map((p) => p.text)] : intro.filter((p) => !p.caption).map((p) => p.text), registry) ??
    handsOverTo(paragraphs[first - 1], registry);
  let asked = '';
  for (const i of [...answers.keys()].sort((a, b) => a - b)) {
    if (questions.has(i - 1)) asked = paragraphs[i - 1]!.text;
    const addressed = ADDRESS.exec(asked)?.[1]?.toLowerCase();
    const fits = !who?.gender || !addressed || addressed === 'thưa' || ((addressed === 'ông' || addressed === 'anh') === (who.gender === 'm'));
    // "Minh Châu: …" under a question put to a pair: an answer labelled with a name the label rules could not read
    // is that person's, not the interviewee's; with no reading of it, the answer is left unnamed.
    answers.set(i, who && fits && !opensWithNameLabel(paragraphs[i]!.text) ? who : null);
  }
  return { questions, answers };
}

/** How a paragraph is a question: labelled as the reporter's, set off as a turn, or addressing the interviewee. */
export function questionKind(p: Paragraph, interview: boolean): 'label' | 'turn' | 'address' | null {
  if (p.caption) return null;
  const t = p.text.trim();
  if (REPORTER_LABEL.test(t)) return 'label';
  // "Ông X: … anh ta đã làm được những gì?" is a labelled answer that ends on a question of its own.
  if (SPEAKER_LABEL.test(t)) return null;
  if (!QUESTION_END.test(t) || words(t) > MAX_QUESTION_WORDS) return null;
  if (TURN.test(t)) return 'turn';
  // A quotation ending on a question (“… ?”, ông X hỏi) is someone's words, not the reporter's question.
  if (interview) return QUOTE_MARK.test(t.charAt(0)) ? null : 'address';
  return ADDRESS.test(t) && !QUOTE_MARK.test(t) ? 'address' : null;
}

function isAnswer(text: string, after: 'label' | 'turn' | 'address'): boolean {
  const t = text.trim();
  if (QUESTION_END.test(t) || REPORTER_LABEL.test(t) || words(t) < 4) return false;
  if (after === 'label') return true;
  // "- …, bà đánh giá thế nào?" answered by a paragraph with no dash: an answer when it speaks in the first person.
  if (after === 'turn' && TURN.test(t)) return true;
  return speaksFirstHand(t);
}

/**
 * Whether a paragraph speaks in the first person outside whatever it quotes, and quotes nobody: "chúng tôi đã hợp
 * tác … với tiêu đề “…”" is the speaker's own answer; "“Chúng tôi …”, ông X nói" is the reporter's narration.
 */
function speaksFirstHand(t: string): boolean {
  return !quotesSomeone(t) && FIRST_PERSON.test(t.replace(QUOTED_STRETCH, ' '));
}

/** Whether a paragraph opens on a quotation or attributes one to a speaker: narration, not an answer. */
function quotesSomeone(t: string): boolean {
  if (QUOTING.test(t)) return true;
  for (const m of t.matchAll(CLOSED_THEN)) if (findReportingVerbs(m[1]!).length) return true;
  return false;
}

/**
 * A line that only names someone with titles, as under a portrait with no photo credit: "Ông X, Giám đốc Điều hành
 * công ty Y." One short sentence, a person's name first, then titles set off by commas, no reporting verb.
 */
function isNameLine(p: Paragraph, registry: SpeakerRegistry): boolean {
  if (p.sentences.length !== 1 || words(p.text) > 30 || FIRST_PERSON.test(p.text)) return false;
  const m = findMentions(p.text, registry.knownName)[0];
  if (m?.type !== 'person' || m.bare || m.start > 1) return false;
  const rest = p.text.slice(m.end);
  return /^\s*(?:[,–—-]\s*[^,;:!?]+)+$/u.test(rest) && !findReportingVerbs(rest).length;
}

/** The one person named with a title or an honorific in the paragraphs before the interview, else null. */
function interviewee(intro: string[], registry: SpeakerRegistry): SpeakerEntry | null {
  const people = new Set<SpeakerEntry>();
  // "Hạnh Sino không chỉ được nhớ đến là nữ ca sĩ học trò của Tuấn Hưng …": the lede can open on its subject's bare
  // name and title someone else; the titled one is then not clearly who answers.
  let ledeSubject: string | null = null;
  intro.forEach((text, i) => {
    const mentions = findMentions(text, registry.knownName);
    const first = mentions[0];
    // A row of the site's sections ("Tên Báo | Thời sự | Kinh tế"), read where a headline was expected, opens on the
    // outlet's name: no one's.
    if (i === 0 && !MENU_ROW.test(text) && first?.type === 'person' && first.bare && /\s/u.test(first.name) && !isNonSpeakerName(first.name) &&
      /^[^\p{L}]*(?:date\s+\S+\s+)?$/u.test(text.slice(0, first.start))) ledeSubject = first.name;
    let end = -1;
    for (const m of mentions) {
      if (m.type !== 'person' || m.bare) continue;
      // "bà X, Giám đốc Vùng Y, kiêm CEO Công ty Z": a title set off after a name, or held "kiêm" (as well), is that
      // person's, not a second person.
      const title = m.role !== null && end >= 0 &&
        (/^\s*[,–—-]\s*$/u.test(text.slice(end, m.start)) || /(?:^|[\s,])kiêm\s+$/u.test(text.slice(end, m.start)));
      end = m.end;
      if (title) continue;
      const e = registry.resolveName(m.name);
      if (e && e.kind === 'person') people.add(e);
    }
  });
  if (people.size !== 1) return null;
  const only = [...people][0]!;
  return ledeSubject && registry.resolveName(ledeSubject) !== only ? null : only;
}

/**
 * Who the sentence that hands the page over to the transcript names, when the page's opening names several people:
 * "Trong buổi họp báo sau trận, HLV X trả lời câu hỏi của phóng viên:", "Trả lời báo chí, bà Y chia sẻ:". The last
 * sentence before the first question, ending on a colon, with a reporting verb and one person named with a title or an
 * honorific; null otherwise.
 */
function handsOverTo(p: Paragraph | undefined, registry: SpeakerRegistry): SpeakerEntry | null {
  if (!p || p.caption || !/:\s*$/u.test(p.text)) return null;
  const sentence = p.text.trim().split(/(?<=[.!?])\s+/u).pop() ?? '';
  // "Trả lời Znews, X chia sẻ:": a verb opening the sentence heads a phrase set off before the subject; the next one is X's.
  const verb = findReportingVerbs(sentence).find((v) => sentence.slice(0, v.start).trim() !== '');
  if (!verb) return null;
  // The subject, before the verb: the only one named there ("… trao đổi với chuyên gia về lời Bộ trưởng X:" asks
  // someone else about X, who is named after the verb).
  const before = findMentions(sentence.slice(0, verb.start), registry.knownName).filter((m) => m.type !== 'nonSpeaker');
  const subject = before.length === 1 ? before[0] : null;
  // "Trả lời Znews, nữ nghệ sĩ chia sẻ:": an epithet hands over to the person the paragraph has just named, when
  // that person is known under a title the epithet can stand for.
  if (subject?.type === 'role') {
    const epithet = readEpithet(subject.role);
    const named = findMentions(p.text.slice(0, p.text.lastIndexOf(sentence)), registry.knownName).filter((m) => m.type === 'person' && !m.bare);
    const last = named.at(-1);
    const e = epithet && last?.type === 'person' ? registry.resolveName(last.name) : null;
    const fits = !!e && e.kind === 'person' && (!epithet!.gender || !e.gender || e.gender === epithet!.gender) &&
      (registry.fitsRole(e, epithet!.title) || registry.byCompatibleRole(epithet!.title).includes(e));
    return fits ? e : null;
  }
  // "Trả lời phỏng vấn, Bảo chia sẻ:": a short name, of someone the page has named in full before, is theirs.
  if (subject?.type !== 'person' || (subject.bare && !registry.knownName(subject.name))) return null;
  const e = registry.resolveName(subject.name);
  return e?.kind === 'person' ? e : null;
}

/** The answer's words without the dash or bullet that sets the turn off. */
export function answerText(text: string): string {
  return text.replace(/^\s*[*•–—-]\s*/u, '').trim();
}
