/**
 * One article, read in order: quoted and reported statements with their speakers and dates, and dated events.
 * State carried from sentence to sentence is what a reader carries: who spoke last, when, and which date the
 * text last pointed at.
 */
import type { CorpusDocument, IsoDate, SourceRef } from '../core/types.js';
import { compareIsoDates, type DateMention } from '../core/dates.js';
import { castOf } from './cast.js';
import { withAcronyms } from './bodyAcronyms.js';
import { ArticleContext } from './context.js';
import { articleFloor, isAfterPublication, isForwardLooking, isRestamped, isStampContradicted, isStampForeign, openingDay, referenceOf, sentenceDates } from './dating.js';
import { DAY, GATHERING, OCCASION, STEP_BACK, TIME_OF_DAY, dateStatement, isSaidOnce, isToldUntold, spokeEarlier, isLeadOccasion, isLongBefore, isOtherDate, isPlannedDate, isTranscriptAnswer, redateOpening } from './statementDates.js';
import { FULL_DAY, eventsOfSentence, isCalendarDate, quotedHappenings, undatedEvent, type RawEvent } from './events.js';
import { BACK_REFERENCE } from './lexicon.js';
import { isActedOn, isToldDay, tellsSpeaking } from './speakingDates.js';
import { findMentions } from './mentions.js';
import { bodyParagraphs, MAX_SENTENCE_CHARS, type Paragraph } from './paragraphs.js';
import { findQuoteSpans, maskQuotes, wholeSpan, type QuoteSpan } from './quoteSpans.js';
import { noteSpeakerPath } from './speakerPaths.js';
import { statementsOfSentence, type Statement } from './statements.js';
import { topicIntroducer } from './indirectStatements.js';
import { applyCredit, creditAfter, creditAfterQuote } from './summaryCredit.js';
import { unquotedSpeechOf } from './unquoted.js';
import { answerText, interviewTurns } from './interview.js';
import { labelledAnswerRuns } from './answerRuns.js';
import { closingAttribution, nameOpenQuotation, quoteRunsOf, sentencesAroundClose } from './quoteRuns.js';
import { continuedReport, openReport, type OpenReport } from './continuation.js';
import { placeNamesOf } from './placeNames.js';
import { checkDeadline, type Deadline } from './isolation.js';
import { redateBySitting } from './sameSitting.js';
import { announcedAtPlace } from './announcedAt.js';
import { isCommentator, isCounselAtHearing, isForum } from './commentators.js';
import { isStampOrderUnknown } from './stampOrder.js';
import { isOutletInterview } from './outletInterview.js';
import { withoutForecasts } from './futureEvents.js';
import { isReleaseLede } from './releaseLede.js';
import { isOfficialsLede, layPersons } from './layVoices.js';
import { afterMatchDate, announcesMatchInterview, matchPageDate, saidAfterMatch, tellsMatch, tellsResult } from './matchDates.js';
import { continuesStepBack, isAppointed, opensSpan, spelledToday, withSameDay } from './dayReferences.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';
import type { ArticleReading, LastStatement, RawQuote } from './reading.js';
import { aboutSomeoneElse, introducer, speechStatement } from './sentenceSpeakers.js';

export type { ArticleReading, LastStatement, RawQuote };

/** The citation of a document. */
export function sourceOf(doc: CorpusDocument): SourceRef {
  return { file: doc.file, title: doc.title, url: doc.url, published: doc.published, outlet: doc.outlet };
}

/** Read one article against its own cast (see cast.ts). */
export function readArticle(doc: CorpusDocument, bodies?: Paragraph[], deadline?: Deadline): ArticleReading {
  const paragraphs = bodies ?? bodyParagraphs(doc);
  const cast = castOf(paragraphs, deadline);
  const byId = new Map<string, Set<string>>();
  const read = readDocument(doc, cast, byId, paragraphs, deadline);
  const quotes = withAcronyms(read.quotes, cast);
  const events = read.events;
  const aliases = new Map<SpeakerEntry, Set<string>>();
  for (const q of quotes) if (q.speaker && byId.has(q.speaker.id)) aliases.set(q.speaker, byId.get(q.speaker.id)!);
  return { quotes, events, aliases };
}

function readDocument(
  doc: CorpusDocument,
  registry: SpeakerRegistry,
  aliasSink: Map<string, Set<string>>,
  paragraphs: Paragraph[],
  deadline: Deadline | undefined,
): { quotes: RawQuote[]; events: RawEvent[] } {
  const source = sourceOf(doc);
  const opening = paragraphs.filter((p) => !p.caption).slice(0, 2).map((p) => p.text);
  const texts = paragraphs.map((p) => p.text);
  // "01/06/2025" on an English page: 1 June or 6 January, which the page does not tell (stampOrder.ts).
  const given = isStampOrderUnknown(doc, texts) ? null : referenceOf(doc.published);
  // A re-posted page's stamp says nothing of when it was written: it is read as an undated page. So is a page whose
  // own words put its writing months from its stamp.
  const foreign = isStampForeign(texts, given);
  const stamp = isRestamped(opening, texts, given) || foreign ? null : given;
  // Under a stamp of month precision, the day the report opens on is its day: "hôm nay" in it is that day.
  const reportDay = openingDay(opening, stamp);
  const reference = reportDay ?? stamp;
  const floor = reference ? null : articleFloor(texts);
  const published = stamp ? stamp.slice(0, stamp.length >= 10 ? 10 : stamp.length) : null;
  const stampTrusted = !isStampContradicted(texts, stamp);
  const ctx = new ArticleContext(registry, aliasSink);
  const memory = new Map<string, IsoDate>();
  const untold = new Set<string>();
  const commentators = new Set<string>();
  const interviewees = new Set<string>();
  // Private people met by the reporter (layVoices.ts).
  const lay = new Set<string>();
  const recounted = (st: Statement): boolean => st.speaker !== null && untold.has(st.speaker.id);
  const quotes: RawQuote[] = [];
  const paragraphOf = new Map<RawQuote, number>();
  const events: RawEvent[] = [];
  let lastDate: IsoDate = null;
  // The last full day named: what "cùng ngày" points to, past a bare year named since ("hợp đồng ký năm 2017").
  let lastDay: IsoDate = null;
  // Whether that day was told only inside someone's reported words while the report's own narration had named another
  // day ("Tối 7/11, ông X cho biết trận lũ rạng sáng 6/11 …"): "cùng ngày" may then point to either (dayReferences.ts).
  let lastDayTold = false;
  let narrationDay: IsoDate = null;
  let storyDate: IsoDate = null;
  let storyText = '';
  let leadDate: IsoDate = reportDay;
  let leadText = '';
  // Who the lede names: when it tells a release, only their words are of its day (releaseLede.ts).
  let leadNamed = new Set<string>();
  let storyGathering = false;
  // The day of the last match the report tells, and whether it announced an interview held after it (matchDates.ts).
  let matchDay: IsoDate = null;
  let matchInterview = false;
  // The day of a match the report tells with its score: what its words without a day of their own were said on.
  let resultDay: IsoDate = null;
  let last: LastStatement | null = null;
  // The paragraph of the last interview answer (a speaker label, then unquoted words), which the next may continue.
  let answer: number | null = null;
  // The indirect statement the next sentence may continue (continuation.ts).
  let open: OpenReport | null = null;
  // The last paragraph of text ended inside a quotation that the next one may close.
  let quoteLeftOpen = false;

  // Questions of a transcript say nothing; the paragraphs answering them are the interviewee's words.
  const turns = interviewTurns(paragraphs, registry, doc.title);
  // The paragraphs that go on with an answer labelled with its speaker, up to the next question (answerRuns.ts).
  const answerRun = labelledAnswerRuns(paragraphs, turns.questions);
  // Unmarked paragraphs inside a quotation opened above and closed below (or by the page's end): read whole, as
  // the rest of that quotation (quoteRuns.ts).
  const runs = quoteRunsOf(paragraphs, registry.knownName);
  // Names written after "xã", "ấp", "biển" …: places wherever the article writes them bare (placeNames.ts).
  const places = placeNamesOf(paragraphs.map((p) => p.text));
  // The lede is among the first two paragraphs of text; photo captions between them do not count.
  let textIndex = -1;
  paragraphs.forEach((para, pi) => {
    if (!para.caption) textIndex++;
    checkDeadline(deadline);
    const whole = runs.inside.has(pi) && para.text.length <= MAX_SENTENCE_CHARS;
    const closer = runs.closers.get(pi);
    const namedAtClose = closer === undefined ? null : closingAttribution(paragraphs[closer]!.text, registry.knownName);
    const quoteLeftOpenBefore = !para.caption && quoteLeftOpen;
    const spans = whole ? [wholeSpan(para.text)] : findQuoteSpans(para.text, quoteLeftOpenBefore);
    if (!para.caption) quoteLeftOpen = spans.at(-1)?.closed === false;
    // A photo caption between two paragraphs of text does not part them: a quotation running on after it, or words
    // announced before it, are still the last speaker's.
    if (para.caption && last?.paragraph === pi - 1) last = { ...last, paragraph: pi };
    if (para.caption && answer === pi - 1) answer = pi;
    ctx.startParagraph();
    let paraDate: IsoDate = null;
    // When the paragraph's date is a bare year its words gave ("Năm 2019, ông X nói: …"), whose it is: that year goes on
    // to X's next words of the paragraph, not to someone else's ("Bà Y cho biết quan điểm đó đến nay vẫn …").
    let paraYearOf: string | null = null;
    // Whether a statement of this paragraph was put at an untold earlier time ("Tại phần tranh luận trước đó, …").
    let paraUntold = false;
    const transcript = isTranscriptAnswer(para.text);
    const asked = !whole && turns.questions.has(pi);
    // "Tiền đạo X chia sẻ sau trận:" closing the paragraph before: this one, unquoted and in the first person, is X's answer.
    const announced = last !== null && last.endsWithColon && !last.quoted && last.paragraph === pi - 1;
    let speech = asked || whole ? null : unquotedSpeechOf(para, spans, registry.knownName, announced || (answer !== null && answer === pi - 1 && last?.paragraph === pi - 1), pi === 0, answerRun.has(pi));
    if (!speech && !whole && turns.answers.has(pi)) speech = { sentence: 0, at: 0, text: answerText(para.text), mention: null, via: 'answer', speaker: turns.answers.get(pi) ?? null };
    const sentences = whole ? [{ text: para.text, start: 0 }] : quoteLeftOpenBefore ? sentencesAroundClose(para.text, para.sentences, spans[0]) : para.sentences;
    // "A. Đó là chia sẻ của ông X …": a sentence crediting the one before it (summaryCredit.ts).
    let credited = false;
    for (const [si, sentence] of sentences.entries()) {
      const sEnd = sentence.start + sentence.text.length;
      const local: QuoteSpan[] = spans
        .filter((s) => s.open >= sentence.start && s.open < sEnd)
        .map((s) => ({ ...s, open: s.open - sentence.start, close: Math.min(s.close, sEnd) - sentence.start }));
      const masked = maskQuotes(sentence.text, local);
      const found = withSameDay(sentenceDates(sentence.text, reference, floor), sentence.text, lastDay, published, lastDayTold);
      const dates = found.filter((d) => masked[d.start] !== '§');
      // A speaker's own explicit date is a dated happening too ("Green Sprout năm 2018 diễn ra tại Lyon"), but
      // not a relative one: "hôm nay" in a quotation counts from when it was said, not from the publication.
      const quotedExplicit = found.filter((d) => masked[d.start] === '§' && isCalendarDate(d));
      const own = eventsOfSentence(sentence.text, quotedExplicit.length ? found.filter((d) => masked[d.start] !== '§' || isCalendarDate(d)) : dates, source, masked, para.photo);
      // A sentence naming no date outside its quotations may still tell a happening of a known day (events.ts).
      const undated = !own.length && !para.caption && !dates.length
        ? undatedEvent(sentence.text, masked, {
          occasion: storyDate, occasionText: storyText, lede: textIndex <= 1, opening: textIndex === 0 && si === 0,
          published: stamp && stampTrusted && !foreign ? reportDay ?? published : null,
        }, source)
        : null;
      events.push(...own, ...(undated ? [undated] : []));
      const mentions = findMentions(masked, registry.knownName);
      ctx.noteMentions(mentions, masked);
      for (const name of layPersons(masked, mentions)) {
        const e = registry.resolveName(name);
        if (e) lay.add(e.id);
      }
      // "Tổng thống X gần đây tuyên bố …" in a sentence that is not X's statement: X spoke at an untold time.
      for (const m of mentions) {
        const e = m.type === 'person' && spokeEarlier(masked.slice(m.end)) ? registry.resolveName(m.name) : null;
        if (e) {
          untold.add(e.id);
          memory.delete(e.id);
        }
      }
      if (para.caption) continue;

      // Speech without quotation marks runs from its colon to the paragraph's end: one statement, then nothing.
      const statements = asked ? [] : speech && si >= speech.sentence
        ? si === speech.sentence ? speechStatement(speech, ctx, last) : []
        : statementsOfSentence({ text: sentence.text, masked, spans: local, last, paragraph: pi, ctx, registry, opensParagraph: si === 0 });
      const free = !asked && !(speech && si >= speech.sentence);
      const ownCredit = free ? creditAfterQuote(masked, local, registry.knownName) : null;
      const nextCredit = free && !ownCredit ? creditAfter(spans, sentences[si + 1], registry.knownName) : null;
      const credit = ownCredit ?? nextCredit;
      if (credit) applyCredit(statements, sentence.text, local, credit, ctx);
      // The crediting sentence names who spoke and where; it reports nothing of its own.
      if (credited) statements.length = 0;
      credited = nextCredit !== null;
      // "… Đây là nhận định của Bộ trưởng X tại cuộc họp chiều 19/12.": the day the credit names is when the words were said.
      const creditDay = nextCredit ? creditedDay(sentences[si + 1]!.text, reference, floor, published) : null;
      // "“A … / B … / C …”, bà Y nói.": the quotation this paragraph leaves open is Y's, not the last speaker's.
      if (namedAtClose && si === sentences.length - 1) nameOpenQuotation(statements, local.at(-1), masked, ctx.resolve(namedAtClose));
      // "Ông X cho biết A. B.": B, naming nobody else and reporting nothing of its own, is still X's account.
      // The page's last sentence, with no full stop, was cut by the page's end (pages are the first part of an article).
      const cut = pi === paragraphs.length - 1 && si === para.sentences.length - 1;
      const carried = !statements.length && !speech && !asked ? continuedReport(sentence.text, masked, mentions, dates, open, pi, si, cut, places) : null;
      if (carried) statements.push(carried);
      open = openReport(statements, open, carried, pi, si);
      // "Thứ Hai tuần trước, bà X đã kêu gọi …" where the page gives no day to count from: X was heard at a time the page
      // cannot place, and X's next words without a date of their own were said then, not at the story's occasion.
      if (!statements.length && dates.length && dates.every((d) => d.date === null)) {
        for (const m of mentions) {
          const e = m.type === 'person' ? registry.resolveName(m.name) : null;
          if (e) {
            untold.add(e.id);
            memory.delete(e.id);
          }
        }
      }
      // "Trao đổi với Báo Mẫu, PGS X dự báo …" read as no statement: X still gave the paper an interview of its own, and
      // X's next words without a date of their own were given in it, not at the occasion the lede tells.
      if (!statements.length && !speech && isOutletInterview(masked)) {
        const first = mentions.find((m) => m.type === 'person' && !m.bare);
        const e = first?.type === 'person' ? registry.resolveName(first.name) : null;
        if (e) interviewees.add(e.id);
      }
      if (speech && si === speech.sentence && statements.length) answer = speech.via === 'verb' ? null : pi;
      // "Bà X nói:" closing a paragraph introduces the quotation of the next one.
      // "HLV X đã có những chia sẻ về …" announces the quotation of the next paragraph the same way.
      const topic = !statements.length && !speech ? topicIntroducer(masked, registry.knownName) : null;
      const intro = !statements.length && /:\s*$/.test(sentence.text) ? introducer(masked, ctx, registry) : topic ? ctx.resolve(topic.mention) : null;
      if (intro) {
        // "Về vụ tàu cá bị tấn công ngày 22/11, bà X nói:": on a dated page, a date of the topic or of an incident recounted
        // is not when the words announced were said, nor is a plan after the page. An undated page has nothing better to
        // go by than the story's latest day, as its statements' 'story' fallback.
        const d = dates.find((x) => x.date && (!published || (!isOtherDate(sentence.text, x) && !isAfterPublication(x.date, published))))?.date ?? null;
        last = { speaker: intro, date: d ?? paraDate ?? memory.get(intro.id) ?? null, dateSource: d ? 'sentence' : 'context', paragraph: pi, quoted: false, endsWithColon: true };
      }
      if (!statements.length && !intro && last && last.paragraph === pi && !last.interrupted && aboutSomeoneElse(masked, mentions, last.speaker, registry)) {
        last = { ...last, interrupted: true };
      }
      // "Hạ Vy tiết lộ …" with "Hạ Vy" unknown to the cast: someone else spoke, whom the last speaker is not.
      if (statements.length && statements.every((st) => !st.speaker) && last) last = { ...last, superseded: true };
      // The occasion this sentence's statements were dated to: what the next statements of the paragraph continue.
      let occasion: IsoDate = null;
      let occasionOf: string | null = null;
      // The day the sentence's quotation was said, which its own "chiều qua", "năm nay" count from, and whether that
      // day is only the page's (a statement dated by the publication date).
      let spoken: { date: IsoDate; guessed: boolean } | null = null;
      for (const st of statements) {
        // An outside commentator's words are not dated by the story's occasion unless the sentence puts them there.
        // Once introduced as one ("Luật sư X nhận định …"), a commentator stays one ("“…”, bà X nói").
        if (st.speaker && isCommentator(sentence.text.slice(0, st.attributionEnd)) && !isCounselAtHearing(sentence.text.slice(0, st.attributionEnd), sentence.text, leadText)) commentators.add(st.speaker.id);
        const commentator = st.speaker !== null && commentators.has(st.speaker.id) && !OCCASION.test(sentence.text) && !isForum(leadText);
        // "Trao đổi với PV, ông X cho biết …" after a lede on a briefing: an interview of its own, not the briefing; X's
        // next words without a date of their own were given in it too.
        const toOutlet = isOutletInterview(sentence.text.slice(0, st.attributionEnd) + (st.attributionStart !== null ? ` ${sentence.text.slice(st.attributionStart)}` : ''));
        const interviewed = toOutlet || (st.speaker !== null && interviewees.has(st.speaker.id));
        // A resident or a parent met by the reporter did not speak at the officials' meeting the lede tells, unless the
        // sentence puts them there or the lede names them.
        const layVoice = st.speaker !== null && lay.has(st.speaker.id) && !leadNamed.has(st.speaker.id) && isOfficialsLede(leadText) &&
          !GATHERING.test(sentence.text) && !AT_GATHERING.test(sentence.text);
        let dated = dateStatement(st, dates, {
          sentence: sentence.text, backRef: BACK_REFERENCE.test(sentence.text.trim()), lastDate,
          paraDate: paraYearOf !== null && st.speaker?.id !== paraYearOf ? null : paraDate,
          occasionNamed: undated?.dateSource === 'context' ? undated.date : null,
          remembered: st.speaker ? memory.get(st.speaker.id) ?? null : null,
          inherited: st.inherited && last && last.dateSource !== 'published' ? last.date : null,
          // An interview's answers ("CEO X: Tôi …") were given at the interview, not at the story's latest happening,
          // unless that happening is the gathering where the questions were asked (a press conference).
          // A page whose words contradict its stamp leaves its undated statements undated, as with a stamp kept.
          // A speaker last heard at an untold time is not put at the story's occasion either: only their own sentence,
          // paragraph or remembered date places their next words.
          storyDate: foreign || (transcript && !storyGathering) || recounted(st) || commentator || interviewed || layVoice ? null : storyDate,
          leadDate: recounted(st) || commentator || interviewed || layVoice || (st.speaker !== null && !leadNamed.has(st.speaker.id) && isReleaseLede(leadText)) ? null : leadDate,
          published, stampTrusted,
        });
        if (creditDay && dated.dateSource !== 'sentence') dated = { date: creditDay, dateSource: 'sentence', dateVia: 'credit' };
        // "“Đúng là hôm nay (28-3) …”": the page spells out the speaker's today, the day the words were said.
        const today = dated.dateSource === 'sentence' || st.kind === 'indirect' ? null : spelledToday(found, masked, st.text);
        if (today) dated = { date: today, dateSource: 'sentence', dateVia: 'spelled-today' };
        const attribution = sentence.text.slice(0, st.attributionEnd) + (st.attributionStart !== null ? ` ${sentence.text.slice(st.attributionStart)}` : '');
        if (dated.dateSource !== 'sentence' && (saidAfterMatch(attribution) || (matchInterview && (transcript || speech?.via === 'answer')))) {
          dated = afterMatchDate(matchDay, stamp ? doc.published : null, dated);
        }
        dated = matchPageDate(resultDay, stamp ? doc.published : null, dated);
        // A country's stand ("Na Uy khẳng định …") is held over time, not said on the page's day: dated by its own sentence only.
        if (st.stance && dated.dateSource !== 'sentence') dated = { date: null, dateSource: null, dateVia: 'blank:stance' };
        // Someone described, not named, has spoken: the next "người này", "ông" or unattributed quotation is theirs,
        // not the last named speaker's.
        // The paragraph that stepped back to an untold time does not come back to the page's day by itself: its next
        // statements without a date of their own were made then too, whoever makes them.
        if (dated.dateSource === 'published' && paraUntold) dated = { date: null, dateSource: null, dateVia: 'blank:paragraph-untold' };
        else if (dated.dateSource === null && published && stampTrusted && !st.stance) paraUntold = true;
        // "Hồi tháng 3, X từng khẳng định trước tòa: …": words said once, before the story's occasion, whose day is not that
        // of X's next words either.
        const pastWords = dated.dateVia === 'backref' || dated.dateVia === 'recalled' || (dated.dateSource === 'sentence' && isSaidOnce(attribution));
        if (st.described) {
          ctx.noteDescribedSpeaker();
          if (!st.speaker) last = null;
        }
        if (st.speaker && toOutlet && dated.dateSource !== 'sentence') interviewees.add(st.speaker.id);
        else if (st.speaker && dated.dateSource === 'sentence') interviewees.delete(st.speaker.id);
        if (st.speaker) {
          // A dated page, yet no date for this statement ("hồi đầu tháng, ông X cho biết …"): the speaker spoke at an
          // untold time, and his next words without a date of their own were said then, not on the page's day.
          // A finding or a stand is dated by its own sentence only: its blank says nothing of when the speaker spoke.
          // On a page with no day to go by, only a blank its own words explain ("X mới đây cho biết") says so.
          if (dated.dateSource === null && ((published && stampTrusted) || isToldUntold(dated)) && !st.stance) untold.add(st.speaker.id);
          else if (dated.dateSource === 'published' && untold.has(st.speaker.id)) dated = { date: null, dateSource: null, dateVia: 'blank:speaker-untold' };
          else if (dated.date) untold.delete(st.speaker.id);
          // Words put back at an earlier moment ("Khi đó, ông X tuyên bố: …", "X nhắc lại lời từng nói hồi 2019: …") say
          // nothing of when X's next words were said; nor does a bare year ("Năm 2019, X từng cảnh báo: …"), background
          // more often than the occasion of what X says further on.
          if (dated.dateSource !== 'published' && dated.date && !pastWords && !YEAR_ONLY.test(dated.date)) memory.set(st.speaker.id, dated.date);
          ctx.noteSpeaker(st.speaker);
          last = {
            speaker: st.speaker, date: dated.date, dateSource: dated.dateSource, paragraph: pi,
            // The reported clause of a sentence that also quotes leaves the quotation as what was last said.
            quoted: statements.some((x) => x.kind !== 'indirect' && x.speaker === st.speaker) || st.kind !== 'indirect',
            endsWithColon: /:\s*$/.test(sentence.text),
          };
        }
        if (dated.dateSource === 'sentence' && !pastWords) {
          occasion = dated.date;
          occasionOf = st.speaker?.id ?? null;
        }
        if (st.kind !== 'indirect' && dated.date && FULL_DAY.test(dated.date)) spoken ??= { date: dated.date, guessed: dated.dateSource === 'published' };
        // A report without a speaker is kept only when it is verbatim, or when the article says who spoke without a
        // name ("luật sư cho biết …"): the reader sees "not named" and the report's own words.
        if (st.speaker || st.kind !== 'indirect' || st.unnamed) {
          // Words cut off by the end of the stored page are shown as unfinished, not as what the speaker ended on.
          const text = para.cut && para.text.endsWith(st.text) ? `${st.text} …` : st.text;
          quotes.push({ speaker: st.speaker, text, kind: st.kind, ...dated, excerpt: sentence.text, source });
          noteSpeakerPath(quotes.at(-1)!, st.path ?? 'unknown');
          paragraphOf.set(quotes.at(-1)!, pi);
        }
      }
      if (!statements.length && announcesMatchInterview(sentence.text)) matchInterview = true;
      if (spoken) events.push(...quotedHappenings(sentence.text, masked, spoken.date, spoken.guessed, source, events));
      // A named person in a dated sentence is remembered with that date ("bình luận của ông X … vào đầu tháng 11").
      // Dates after publication (a forecast, a plan) and bare years (background: "kể từ năm 2014") say nothing of
      // when the next statements were made.
      // Nor does a date in a reporter's question ("Q: … held at the airport on August 1st?"): it is what is asked
      // about, not when the answer below it was given.
      const pointed = asked ? [] : dates.filter((d) => d.date && !isAfterPublication(d.date, published));
      const firstDate = pointed[0]?.date ?? null;
      // Nor does the date of an incident recounted ("vụ ông X bị bắt tối qua") or of a term.
      // Nor does a date in what a statement reports ("X cho biết nhiệm kỳ … kết thúc vào tháng 5/2024"): it is the
      // topic, not the occasion.
      const reported = (d: DateMention): boolean =>
        statements.some((st) => d.start >= st.attributionEnd && d.start < (st.attributionStart ?? sentence.text.length));
      const context = pointed.filter((d) => !/^\d{4}$/.test(d.date!) && !isOtherDate(sentence.text, d) && !reported(d));
      if (context.length) {
        const firstContext = context[0]!.date;
        // "Trước đó, vào tháng 12/2021, tòa tuyên phạt bị cáo X …": background, not when X is next heard.
        // Nor is the first day of a span ("From October 2, X's workers went on strike").
        // Nor is a day inside what someone is told telling when the reader did not take those words as a statement ("Chị X
        // kể chuyến bay dự kiến cất cánh lúc 19h ngày 9/5 …"): read as one, the day would be `reported` and left out.
        const toldOnly = !statements.length && context.every((d) => isToldDay(masked, d.start));
        for (const m of STEP_BACK.test(sentence.text) || opensSpan(sentence.text, context[0]!) || !tellsSpeaking(masked) || toldOnly ? [] : mentions) {
          // "Tại phiên sơ thẩm hồi tháng 3, TAND tuyên phạt X 18 năm tù": X was sentenced there, and did not speak by it.
          const e = m.type === 'person' && !isActedOn(masked, m.start) ? registry.resolveName(m.name) : null;
          if (e && !statements.some((s) => s.speaker === e)) memory.set(e.id, firstContext);
        }
        // A dated sentence that reports no words carries its date to the next statements of the paragraph when it
        // names an occasion of speaking ("Sáng 5/3, Bộ tổ chức họp báo.") or a happening of the story's days; one
        // recalled from long before the page ("Trên số báo ra ngày 24.2 có đăng bài …" in October) is not when they spoke.
        // A sentence that is nothing but its date ("Hồi đầu tháng này." cut off by a stray full stop) is the adverbial
        // of the next one.
        const rest = context.reduce((t, d) => t.replace(d.raw, ' '), sentence.text).match(/[\p{L}\p{N}]+/gu) ?? [];
        const last = context.at(-1)!.date;
        // A sentence reporting no words that steps back before the paragraph's day ("Chiều qua (6-3), ông X đến … . Bé N.
        // được mời làm việc vào ngày 21-2.") recounts background: the paragraph's next words are still of its day.
        const stepsBack = !statements.length && !OCCASION.test(sentence.text) && paraDate !== null && compareIsoDates(last, paraDate) < 0;
        // A month alone in a sentence reporting no words ("X tiết lộ hóa đơn tiền điện tháng 9 của xưởng …") is what is
        // told about, not a day the paragraph's next words were said on.
        const topicMonth = !statements.length && !OCCASION.test(sentence.text) && !DAY.test(last ?? '') && rest.length > 2;
        if (!stepsBack && !topicMonth && !toldOnly && (statements.length || OCCASION.test(sentence.text) || rest.length <= 2 || !isLongBefore(last, published))) {
          paraDate = last;
          paraYearOf = null;
        }
      } else if (paraDate && DAY.test(paraDate) && !pointed.length && !STEP_BACK.test(sentence.text) && tellsSpeaking(masked)) {
        // "Chiều 21/8, tại họp báo, … . Ông X, Vụ trưởng …, trả lời Bộ đã có văn bản …": X, told speaking in a paragraph
        // its day dates, was heard that day; X's next words without a date of their own were said then too.
        for (const m of mentions) {
          const e = m.type === 'person' ? registry.resolveName(m.name) : null;
          if (e && !statements.some((s) => s.speaker === e)) memory.set(e.id, paraDate);
        }
      }
      if (occasion) {
        paraDate = occasion;
        paraYearOf = YEAR_ONLY.test(occasion) ? occasionOf ?? '' : null;
      }
      if (firstDate) {
        // "cùng ngày" and "khi đó" point back to the last day something happened, not to a term named since ("giấy phép
        // đã hết hạn từ ngày 13/11").
        lastDate = pointed.filter((d) => !isOtherDate(sentence.text, d)).at(-1)?.date ?? lastDate;
        // A day set for later ("sẽ … vào ngày 5/8", "giấy hẹn ngày 3-8") is not one "cùng ngày" can point back to.
        const days = pointed.filter((d) => DAY.test(d.date!) && !isOtherDate(sentence.text, d) && !isPlannedDate(sentence.text, d) && !isAppointed(sentence.text, d));
        if (days.length) {
          const lastOne = days.at(-1)!;
          narrationDay = days.filter((d) => !reported(d)).at(-1)?.date ?? narrationDay;
          lastDay = lastOne.date;
          lastDayTold = reported(lastOne) && narrationDay !== null && narrationDay !== lastDay;
        }
        // An incident recounted ("trong vụ việc ngày 9/1") is not the day the story reports, nor a plan announced.
        // The first day of a span ("From October 2, workers went on strike", "Từ ngày 2/10, …") is when it began, not the
        // day the page's later words were said.
        // Nor is a day inside someone's reported words ("X cho biết thương lái trả giá cao hôm 3/11"): what they tell
        // happened then, but they told it later, on a day the sentence does not give — unless what they report is an
        // occasion of speaking ("Theo hãng tin X, ông Y đã dự cuộc họp ngày 2/10").
        const told = OCCASION.test(sentence.text) || GATHERING.test(sentence.text) ? () => false : reported;
        const happened = pointed.filter((d) => !isOtherDate(sentence.text, d) && !isPlannedDate(sentence.text, d) && !opensSpan(sentence.text, d));
        // "Sau ngày xét xử thứ nhất hôm qua (25/6), hôm nay (26/6), phiên tòa tiếp tục …": the day in the opening "Sau …"
        // clause is what came before; the sentence's happening is on the day after it.
        const after = AFTER_OPENING.exec(sentence.text);
        const untold = happened.filter((d) => !told(d));
        const story = (after && untold.length > 1 && untold[0]!.end <= after[0].length ? untold.find((d) => d.start >= after[0].length) : undefined) ?? untold[0];
        const storyFirst = story?.date ?? null;
        // A match is the occasion of what players and coaches say after it, whoever tells of it.
        const matchFirst = happened[0]?.date ?? null;
        // A term named after the day ("… chiều 5/7, hai ngày sau khi quy định có hiệu lực từ ngày 3/7") looks forward
        // from another day: only what stands up to the story's day can make it a plan.
        const forward = story ? isForwardLooking(sentence.text.slice(0, story.end)) : false;
        if (matchFirst && DAY.test(matchFirst) && !isForwardLooking(sentence.text.slice(0, happened[0]!.end)) && !STEP_BACK.test(sentence.text) && tellsMatch(sentence.text)) {
          matchDay = matchFirst;
          if (tellsResult(sentence.text)) resultDay = matchFirst;
        }
        if (storyFirst && DAY.test(storyFirst) && !forward && !STEP_BACK.test(sentence.text) && !continuesStepBack(story!, storyDate) && events.some((ev) => ev.excerpt === sentence.text)) {
          storyDate = storyFirst;
          storyText = sentence.text;
          storyGathering = GATHERING.test(sentence.text);
          // The lede's date ("Chiều 18/12, …", "Tối 14/9, trao đổi với PV, …") is the occasion the report is about.
          const lead = context[0];
          if (textIndex <= 1 && leadDate === null && lead?.date && DAY.test(lead.date) && (OCCASION.test(sentence.text) || announcedAtPlace(sentence.text)) &&
            isLeadOccasion(lead.date, published, TIME_OF_DAY.test(lead.raw))) {
            leadDate = lead.date;
            leadText = sentence.text;
            leadNamed = new Set([...statements.map((st) => st.speaker?.id), ...mentions.map((m) => (m.type === 'person' || m.type === 'org' ? registry.resolveName(m.name)?.id : undefined))]
              .filter((id): id is string => id !== undefined));
          }
        }
      }
    }
  });
  redateOpening(quotes, paragraphOf, leadDate, published);
  redateBySitting(quotes, paragraphOf, stampTrusted ? published : null);
  // A stamp of a month or a year only ("date 2019-02") says too little to stand for when words were said: such stamps
  // are coarse, and often later than the page (a post-match press conference of 20 January under "2019-02", a forecast
  // for the current year under a stamp of the next). Words with no date of their own on such a page are left undated;
  // a day-precise stamp still stands for when the paper heard them.
  if (published && !FULL_DAY.test(published)) {
    for (const q of quotes) if (q.dateSource === 'published') Object.assign(q, { date: null, dateSource: null, dateVia: 'blank:coarse-stamp' });
  }
  return { quotes, events: stampTrusted ? withoutForecasts(events, published) : events };
}

// "dự họp", "tại đây": a sentence putting its speaker at the gathering told before.
const AT_GATHERING = /(?:^|[\s,(])(?:dự|tại)\s+(?:họp|đây)(?![\p{L}\p{M}])/iu;

// A date with no month: a year.
const YEAR_ONLY = /^\d{4}$/;
// An opening clause of what came before the sentence's happening, up to its comma: "Sau ngày xét xử thứ nhất hôm qua (25/6),".
const AFTER_OPENING = /^\s*(?:sau|after|following)\s[^,;]*?(?:\([^()]*\))?[^,;(]*,/iu;

// A day, of a known year or not ("--02-13" on an undated page).
const ANY_DAY = /^(?:\d{4}|-)-\d{2}-\d{2}$/u;

/** The one full day a crediting sentence names (not a day after publication), or null. */
function creditedDay(text: string, reference: IsoDate, floor: IsoDate | null, published: IsoDate): IsoDate {
  const days = sentenceDates(text, reference, floor).filter((d) => d.date && ANY_DAY.test(d.date) && !isAfterPublication(d.date, published));
  return days.length === 1 ? days[0]!.date : null;
}
