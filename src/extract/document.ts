/**
 * One article, read in order: quoted and reported statements with their speakers and dates, and dated events.
 * State carried from sentence to sentence is what a reader carries: who spoke last, when, and which date the
 * text last pointed at.
 */
import type { CorpusDocument, IsoDate, QuoteKind, SourceRef } from '../core/types.js';
import type { DateMention } from '../core/dates.js';
import { castOf, linkToCorpus } from './cast.js';
import { ArticleContext } from './context.js';
import { articleFloor, daysBefore, isAfterPublication, isForwardLooking, referenceOf, sentenceDates } from './dating.js';
import { eventsOfSentence, type RawEvent } from './events.js';
import { BACK_REFERENCE } from './lexicon.js';
import { findMentions } from './mentions.js';
import { bodyParagraphs, type Paragraph } from './paragraphs.js';
import { findQuoteSpans, maskQuotes, type QuoteSpan } from './quoteSpans.js';
import { statementsOfSentence, type Statement } from './statements.js';
import { unquotedSpeechOf, type UnquotedSpeech } from './unquoted.js';
import { leftAttribution } from './attribution.js';
import { checkDeadline, type Deadline } from './isolation.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';

export interface RawQuote {
  speaker: SpeakerEntry | null;
  text: string;
  kind: QuoteKind;
  date: IsoDate;
  dateSource: 'sentence' | 'context' | 'published' | null;
  excerpt: string;
  source: SourceRef;
}

/** The citation of a document. */
export function sourceOf(doc: CorpusDocument): SourceRef {
  return { file: doc.file, title: doc.title, url: doc.url, published: doc.published, outlet: doc.outlet };
}

const DAY = /^\d{4}-\d{2}-\d{2}$|^--\d{2}-\d{2}$/;

export interface LastStatement {
  speaker: SpeakerEntry;
  date: IsoDate;
  dateSource: RawQuote['dateSource'];
  paragraph: number;
  quoted: boolean;
  endsWithColon: boolean;
}

/**
 * One article read on its own: statements whose speakers are members of the article's cast (not yet linked to
 * the corpus), its dated events, and the surface forms each cast member was written under. Nothing in it depends
 * on any other article, so it can be computed once per article version, in any order or thread.
 */
export interface ArticleReading {
  quotes: RawQuote[];
  events: RawEvent[];
  aliases: Map<SpeakerEntry, Set<string>>;
}

/** Read one article against its own cast (see cast.ts). */
export function readArticle(doc: CorpusDocument, bodies?: Paragraph[], deadline?: Deadline): ArticleReading {
  const paragraphs = bodies ?? bodyParagraphs(doc);
  const cast = castOf(paragraphs, deadline);
  const byId = new Map<string, Set<string>>();
  const { quotes, events } = readDocument(doc, cast, byId, paragraphs, deadline);
  const aliases = new Map<SpeakerEntry, Set<string>>();
  for (const q of quotes) if (q.speaker && byId.has(q.speaker.id)) aliases.set(q.speaker, byId.get(q.speaker.id)!);
  return { quotes, events, aliases };
}

/**
 * The reading of an article with each speaker linked to the corpus entry of the same person (or organisation);
 * the surface forms go to `aliasSink` under the corpus ids. The corpus never changes who speaks, only the name
 * that person is known by across articles.
 */
export function linkArticle(reading: ArticleReading, corpus: SpeakerRegistry, aliasSink: Map<string, Set<string>>): { quotes: RawQuote[]; events: RawEvent[] } {
  const linked = new Map<SpeakerEntry, SpeakerEntry>();
  const link = (e: SpeakerEntry): SpeakerEntry => {
    let c = linked.get(e);
    if (!c) linked.set(e, (c = linkToCorpus(e, corpus)));
    return c;
  };
  const quotes = reading.quotes.map((q) => (q.speaker ? { ...q, speaker: link(q.speaker) } : q));
  for (const [e, surfaces] of reading.aliases) {
    const id = link(e).id;
    let set = aliasSink.get(id);
    if (!set) aliasSink.set(id, (set = new Set()));
    for (const a of surfaces) set.add(a);
  }
  return { quotes, events: reading.events };
}

/**
 * Extract statements and events of one document: read against the article's own cast, then linked to `corpus`
 * (see readArticle, linkArticle).
 */
export function extractDocument(
  doc: CorpusDocument,
  corpus: SpeakerRegistry,
  aliasSink: Map<string, Set<string>>,
  bodies?: Paragraph[],
  deadline?: Deadline,
): { quotes: RawQuote[]; events: RawEvent[] } {
  return linkArticle(readArticle(doc, bodies, deadline), corpus, aliasSink);
}

function readDocument(
  doc: CorpusDocument,
  registry: SpeakerRegistry,
  aliasSink: Map<string, Set<string>>,
  paragraphs: Paragraph[],
  deadline: Deadline | undefined,
): { quotes: RawQuote[]; events: RawEvent[] } {
  const source = sourceOf(doc);
  const reference = referenceOf(doc.published);
  const floor = reference ? null : articleFloor(paragraphs.map((p) => p.text));
  const published = reference ? reference.slice(0, reference.length >= 10 ? 10 : reference.length) : null;
  const ctx = new ArticleContext(registry, aliasSink);
  const memory = new Map<string, IsoDate>();
  const quotes: RawQuote[] = [];
  const paragraphOf = new Map<RawQuote, number>();
  const events: RawEvent[] = [];
  let lastDate: IsoDate = null;
  let storyDate: IsoDate = null;
  let leadDate: IsoDate = null;
  let storyGathering = false;
  let last: LastStatement | null = null;
  // The paragraph of the last interview answer (a speaker label, then unquoted words), which the next may continue.
  let answer: number | null = null;

  // The lede is among the first two paragraphs of text; photo captions between them do not count.
  let textIndex = -1;
  paragraphs.forEach((para, pi) => {
    if (!para.caption) textIndex++;
    checkDeadline(deadline);
    const spans = findQuoteSpans(para.text);
    ctx.startParagraph();
    let paraDate: IsoDate = null;
    const transcript = isTranscriptAnswer(para.text);
    const speech = unquotedSpeechOf(para, spans, registry.knownName, answer !== null && answer === pi - 1 && last?.paragraph === pi - 1, pi === 0);
    for (const [si, sentence] of para.sentences.entries()) {
      const sEnd = sentence.start + sentence.text.length;
      const local: QuoteSpan[] = spans
        .filter((s) => s.open >= sentence.start && s.open < sEnd)
        .map((s) => ({ ...s, open: s.open - sentence.start, close: Math.min(s.close, sEnd) - sentence.start }));
      const masked = maskQuotes(sentence.text, local);
      const found = sentenceDates(sentence.text, reference, floor);
      const dates = found.filter((d) => masked[d.start] !== '§');
      // A speaker's own explicit date is a dated happening too ("Green Sprout năm 2018 diễn ra tại Lyon"), but
      // not a relative one: "hôm nay" in a quotation counts from when it was said, not from the publication.
      const quotedExplicit = found.filter((d) => masked[d.start] === '§' && !d.relative);
      events.push(...eventsOfSentence(sentence.text, quotedExplicit.length ? found.filter((d) => masked[d.start] !== '§' || !d.relative) : dates, source, masked, para.photo));
      const mentions = findMentions(masked, registry.knownName);
      ctx.noteMentions(mentions, masked);
      if (para.caption) continue;

      // Speech without quotation marks runs from its colon to the paragraph's end: one statement, then nothing.
      const statements = speech && si >= speech.sentence
        ? si === speech.sentence ? speechStatement(speech, ctx, last) : []
        : statementsOfSentence({ text: sentence.text, masked, spans: local, last, paragraph: pi, ctx, registry, opensParagraph: si === 0 });
      if (speech && si === speech.sentence && statements.length) answer = speech.via === 'verb' ? null : pi;
      // "Bà X nói:" closing a paragraph introduces the quotation of the next one.
      const intro = !statements.length && /:\s*$/.test(sentence.text) ? introducer(masked, ctx, registry) : null;
      if (intro) {
        const d = dates.find((x) => x.date)?.date ?? null;
        last = { speaker: intro, date: d ?? paraDate ?? memory.get(intro.id) ?? null, dateSource: d ? 'sentence' : 'context', paragraph: pi, quoted: false, endsWithColon: true };
      }
      for (const st of statements) {
        const dated = dateStatement(st, dates, {
          sentence: sentence.text, backRef: BACK_REFERENCE.test(sentence.text.trim()), lastDate, paraDate,
          remembered: st.speaker ? memory.get(st.speaker.id) ?? null : null,
          inherited: st.inherited && last && last.dateSource !== 'published' ? last.date : null,
          // An interview's answers ("CEO X: Tôi …") were given at the interview, not at the story's latest happening,
          // unless that happening is the gathering where the questions were asked (a press conference).
          storyDate: transcript && !storyGathering ? null : storyDate, leadDate, published,
        });
        if (st.speaker) {
          if (dated.dateSource !== 'published' && dated.date) memory.set(st.speaker.id, dated.date);
          ctx.noteSpeaker(st.speaker);
          last = {
            speaker: st.speaker, date: dated.date, dateSource: dated.dateSource, paragraph: pi,
            // The reported clause of a sentence that also quotes leaves the quotation as what was last said.
            quoted: statements.some((x) => x.kind !== 'indirect' && x.speaker === st.speaker) || st.kind !== 'indirect',
            endsWithColon: /:\s*$/.test(sentence.text),
          };
        }
        if (st.speaker || st.kind !== 'indirect') {
          // Words cut off by the end of the stored page are shown as unfinished, not as what the speaker ended on.
          const text = para.cut && para.text.endsWith(st.text) ? `${st.text} …` : st.text;
          quotes.push({ speaker: st.speaker, text, kind: st.kind, ...dated, excerpt: sentence.text, source });
          paragraphOf.set(quotes.at(-1)!, pi);
        }
      }
      // A named person in a dated sentence is remembered with that date ("bình luận của ông X … vào đầu tháng 11").
      // Dates after publication (a forecast, a plan) and bare years (background: "kể từ năm 2014") say nothing of
      // when the next statements were made.
      const pointed = dates.filter((d) => d.date && !isAfterPublication(d.date, published));
      const firstDate = pointed[0]?.date ?? null;
      // Nor does the date of an incident recounted ("vụ ông X bị bắt tối qua") or of a term.
      const context = pointed.filter((d) => !/^\d{4}$/.test(d.date!) && !isOtherDate(sentence.text, d));
      if (context.length) {
        const firstContext = context[0]!.date;
        for (const m of mentions) {
          const e = m.type === 'person' ? registry.resolveName(m.name) : null;
          if (e && !statements.some((s) => s.speaker === e)) memory.set(e.id, firstContext);
        }
        paraDate = context.at(-1)!.date;
      }
      if (firstDate) {
        lastDate = pointed.at(-1)!.date;
        if (DAY.test(firstDate) && !isForwardLooking(sentence.text) && events.some((ev) => ev.excerpt === sentence.text)) {
          storyDate = firstDate;
          storyGathering = GATHERING.test(sentence.text);
          // The lede's date ("Chiều 16/12, …", "Tối 12/9, trao đổi với PV, …") is the occasion the report is about.
          const lead = context[0];
          if (textIndex <= 1 && leadDate === null && lead?.date && DAY.test(lead.date) && OCCASION.test(sentence.text) &&
            isLeadOccasion(lead.date, published, TIME_OF_DAY.test(lead.raw))) {
            leadDate = lead.date;
          }
        }
      }
    }
  });
  redateOpening(quotes, paragraphOf, leadDate, published);
  return { quotes, events };
}

// The opening paragraphs a report takes to name its occasion after an opening quotation or summary.
const OPENING = 3;

/**
 * A report often opens with its most striking words, undated, and dates them in the next lines ("“…” - chia sẻ
 * của Thứ trưởng X." then "Chiều 13/6, Thứ trưởng X đã có cuộc trao đổi …"). An opening statement that fell back
 * to the publication date, or has none, takes the date the same speaker is given a few paragraphs on, else the
 * lede's occasion.
 */
function redateOpening(quotes: RawQuote[], paragraphOf: Map<RawQuote, number>, leadDate: IsoDate, published: IsoDate): void {
  const opening = quotes.filter((q) => paragraphOf.get(q) === 0 && (q.dateSource === 'published' || q.dateSource === null));
  for (const q of opening) {
    const later = quotes.find((o) => o !== q && o.speaker !== null && o.speaker === q.speaker && o.dateSource === 'sentence' &&
      (paragraphOf.get(o) ?? OPENING + 1) <= OPENING && o.date !== null && DAY.test(o.date) && !isAfterPublication(o.date, published));
    const date = later?.date ?? (q.dateSource === 'published' ? leadDate : null);
    if (date) Object.assign(q, { date, dateSource: 'context' });
  }
}

// Words before a date that make it the occasion of speaking: a briefing, a meeting, an interview.
const OCCASION_BEFORE = /(?:họp báo|cuộc họp|phiên họp|phát biểu|phỏng vấn|hội nghị|hội thảo|diễn đàn|buổi|sự kiện|thông cáo|tuyên bố|trả lời|tọa đàm|toạ đàm|lễ|phiên)[^,;.]*$/iu;
// Before a date, words that tie it to another happening or a term: "vụ việc … bị chặn hôm 30/6", "kéo dài đến tháng 3".
const TERM_BEFORE = /(?:đến|tới|trước|hết|hạn|hiệu lực(?:\s+từ)?|áp dụng từ|kể từ)\s+(?:ngày\s+|tháng\s+)?$/iu;
const EVENT_CLAUSE = /(?:^|\s)(?:vụ|vụ việc|sự việc|sự cố|bị|từng)\s/iu;

/** A date in the sentence that belongs to something other than the statement: a term, a deadline, an incident recounted. */
function isOtherDate(sentence: string, d: DateMention): boolean {
  const before = sentence.slice(0, d.start);
  if (TERM_BEFORE.test(before.slice(-30))) return true;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return EVENT_CLAUSE.test(clause) && !OCCASION_BEFORE.test(clause);
}

// A lede about an occasion where people speak (a briefing, a session, an interview, a premiere), not about a storm
// or a decision: only such a date can stand for when the report's undated statements were made.
const OCCASION = /(?:^|[\s,(])(?:họp báo|cuộc họp|phiên họp|kỳ họp|phiên chất vấn|chất vấn|phiên thảo luận|phát biểu|phỏng vấn|hội nghị|hội thảo|diễn đàn|tọa đàm|toạ đàm|buổi|sự kiện|lễ|trao đổi|trả lời|gặp gỡ|gặp mặt|gặp nhau|giao lưu|ra mắt|họp|nói chuyện|thông cáo|tuyên bố|xét xử|phiên tòa|phiên xử|lời sau cùng)(?=[\s,.;:)]|$)/iu;

// Occasions where people gather and are asked questions: not an announcement or a statement issued.
const GATHERING = /(?:^|[\s,(])(?:họp báo|cuộc họp|phiên họp|kỳ họp|chất vấn|phiên thảo luận|phỏng vấn|hội nghị|hội thảo|diễn đàn|tọa đàm|toạ đàm|buổi|giao lưu|xét xử|phiên tòa|nghị án|tuyên án|HĐXX|trận đấu|trận)(?=[\s,.;:)]|$)/iu;
// A paragraph that opens with a speaker's label, the form of an interview transcript: "CEO Đặng Văn A: Tôi …".
const TRANSCRIPT_LABEL = /^(?:[*•–-]\s*)?(\p{Lu}[^:.!?“”"]{1,60}):\s+\S/u;

/** Whether a paragraph is an answer in a transcript: a short label (a name, a title), no reporting verb, a colon. */
function isTranscriptAnswer(text: string): boolean {
  const label = TRANSCRIPT_LABEL.exec(text)?.[1];
  return label !== undefined && label.split(/\s+/).length <= 8 &&
    !/(?:nói|cho biết|cho hay|khẳng định|nhấn mạnh|chia sẻ|trả lời|tuyên bố|phát biểu|bày tỏ|nêu rõ|cho rằng|hỏi|đáp)(?:\s|$)/u.test(label);
}

// "Chiều 11-9", "Tối 12/9", "rạng sáng 5/2": the way a report dates its own occasion.
const TIME_OF_DAY = /^(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm|khuya)\s/iu;

// How long before its publication a report's opening occasion can be and still date its undated statements:
// the press reports a briefing or a premiere within days ("Chiều 16/12, …" in a page of 19/12).
const LEAD_DAYS = 7;

/** Whether the lede's date can stand for the report's occasion: shortly before the publication day, or in its month. */
function isLeadOccasion(date: string, published: IsoDate, timeOfDay: boolean): boolean {
  if (!published) return false;
  const days = daysBefore(date, published);
  // "Chiều 11-9, tòa tiếp tục xét xử …": a time of day marks the report's own occasion however late the page's
  // stamp (a re-indexed page); a bare "Ngày 3/8, …" further back is more often background.
  if (days !== null) return days >= 0 && (days <= LEAD_DAYS || timeOfDay);
  // A page stamped with a month only ("date 2019-08"): a day of that month.
  return /^\d{4}-\d{2}$/.test(published) && date.startsWith(`${published}-`);
}

// After a quotation's reporting verb, words that open a clause about the topic rather than the occasion.
const ABOUT = /(?:^|[\s,])(?:về|kể từ|từ khi|sau khi|trước khi)(?=\s)/iu;

// Words of the reporting clause that put the speaking at an untold time before the story's day.
const EARLIER = /(?:^|[\s,(])(?:trước đó|trước đây|gần đây|earlier|previously|later)(?=[\s,.;:)]|$)/iu;

interface DateContext {
  sentence: string;
  backRef: boolean;
  lastDate: IsoDate;
  paraDate: IsoDate;
  remembered: IsoDate;
  inherited: IsoDate;
  storyDate: IsoDate;
  leadDate: IsoDate;
  published: IsoDate;
}

/**
 * When a statement was made: a date in its own attribution; else the date the text points back to ("Khi đó"),
 * the date of the statement it continues, a date earlier in its paragraph, the date last seen with its speaker,
 * the publication date; in an undated article, the day of the story's latest dated happening.
 */
export function dateStatement(st: Statement, dates: DateMention[], c: DateContext): Pick<RawQuote, 'date' | 'dateSource'> {
  // After the quotation, a bare year is background ("… kể từ năm 2014"), not the occasion. Nothing is said after
  // the page that reports it was published: such a date is a plan or a forecast.
  // After the quotation, a date in a clause about the topic ("khi được hỏi về chuyến thăm hồi tháng trước",
  // "kể từ khi nhậm chức") belongs to that topic.
  const trailing = (d: DateMention) => st.attributionStart !== null && d.start >= st.attributionStart &&
    !/^\d{4}$/.test(d.date ?? '') && !ABOUT.test(c.sentence.slice(st.attributionStart, d.start));
  const inAttribution = (d: DateMention) => !isOtherDate(c.sentence, d) && d.start >= (st.attributionFrom ?? 0) && (d.start < st.attributionEnd || trailing(d));
  const candidates = dates.filter((d) => d.date && inAttribution(d) && !isAfterPublication(d.date, c.published));
  // "Phát biểu hồi tháng 3, …" in a page without a year: the statement has its own date, which cannot be known.
  if (!candidates.length && dates.some((d) => d.date === null && d.start < st.attributionEnd && !isOtherDate(c.sentence, d))) {
    return { date: null, dateSource: null };
  }
  // "Trước đó, ông X cho biết …", "X gần đây tuyên bố …", "ông từng nói": said before the story's day, when is not told.
  const attribution = c.sentence.slice(0, st.attributionEnd) + (st.attributionStart !== null ? ` ${c.sentence.slice(st.attributionStart)}` : '');
  if (!candidates.length && EARLIER.test(attribution)) return { date: null, dateSource: null };
  // Of several, the date of the occasion ("Tại cuộc họp báo hôm 2/7, bà dẫn lại vụ việc hôm 30/6, cho rằng …").
  const own = candidates.find((d) => OCCASION_BEFORE.test(c.sentence.slice(Math.max(0, d.start - 40), d.start))) ?? candidates[0];
  if (own) return { date: own.date, dateSource: 'sentence' };
  // The story's latest dated happening stands in for the publication date only when there is none.
  const context = (c.backRef ? c.lastDate : null) ?? c.inherited ?? c.paraDate ?? c.remembered ?? c.leadDate ?? (c.published ? null : c.storyDate);
  if (context) return { date: context, dateSource: 'context' };
  if (c.published) return { date: c.published, dateSource: 'published' };
  return { date: null, dateSource: null };
}

/** The statement of unquoted speech: its label's or verb's speaker, or the speaker of the answer it continues. */
function speechStatement(speech: UnquotedSpeech, ctx: ArticleContext, last: LastStatement | null): Statement[] {
  const m = speech.mention;
  const speaker = m ? ctx.resolve(m) ?? (m.type === 'role' ? ctx.roleLabel(m.role) : null) : last?.speaker ?? null;
  if (!speaker) return [];
  return [{ speaker, text: speech.text, kind: 'direct', attributionEnd: speech.at, attributionStart: null, inherited: !m }];
}

/** The speaker of a sentence that only announces a quotation ("Ông X nói:"), or null. */
function introducer(masked: string, ctx: ArticleContext, registry: SpeakerRegistry): SpeakerEntry | null {
  const att = leftAttribution(masked, masked.length, registry.knownName);
  return att ? ctx.resolve(att.mention) : null;
}
