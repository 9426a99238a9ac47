/**
 * Statements of one sentence: its quoted spans (direct or partial) or, when it has none, the clause a reporting
 * verb introduces (indirect). Decides which quoted spans are speech and which are titles, labels or scare quotes.
 */
import { describedSpeakerAfterQuote } from './describedAfterQuote.js';
import { withOpensWords } from './withAdverbial.js';
import { openingAnhAttribution } from './openingAnh.js';
import type { QuoteKind } from '../core/types.js';
import {
  clauseStartAfter, colonAttribution, describedColonAttribution, isSpeakerMention, leftAttribution, otherReportAt, placeSubjectAttribution, postposedAttribution, subjectOf, theoAttribution, type Attribution,
} from './attribution.js';
import type { ArticleContext } from './context.js';
import type { LastStatement } from './reading.js';
import { foldText } from '../core/text.js';
import { bareClause, topicReports } from './complements.js';
import { backReferenceOnly } from './backReference.js';
import { LABEL_BEFORE, SENTENCE_OPENERS } from './lexicon.js';
import { bodyBrandAttribution } from './bodyBrands.js';
import { bodyVoice } from './bodyVoice.js';
import { findingAttribution } from './findings.js';
import { groupReport } from './groupReports.js';
import { findMentions, type Mention } from './mentions.js';
import { postposedClause } from './postposed.js';
import { namesAThing, withoutNamedThings } from './quotedNames.js';
import { quotedInsidePhrase, quotedSyllable } from './phraseQuotes.js';
import { findReportingVerbs } from './reportingVerbs.js';
import { wordCount, type QuoteSpan } from './quoteSpans.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';

export interface Statement {
  speaker: SpeakerEntry | null;
  text: string;
  kind: QuoteKind;
  /** Dates before this offset belong to the attribution ("… hôm 7/2 cho biết"). */
  attributionEnd: number;
  /** Start of the text after the last quotation ("”, ông X nói hôm 5/2."), whose dates also count; else null. */
  attributionStart: number | null;
  /** True when the speaker was carried over from the statement this one continues. */
  inherited: boolean;
  /** Where its attribution starts when the sentence holds another report before it ("… về việc X nói …"). */
  attributionFrom?: number;
  /** Said by someone the article describes but does not name ("luật sư cho biết …" with no lawyer named). */
  unnamed?: boolean;
  /**
   * Said by one person the article describes instead of naming ("một bị hại cho biết …", "“…”, quan chức Nga nói"):
   * a pronoun after it ("người này nói", "ông cho biết thêm") means that person, not whoever was named before.
   */
  described?: boolean;
  /** A country's or a capital's stand ("Na Uy khẳng định …"): no one occasion, so only a date of its own sentence. */
  stance?: boolean;
  /** Which rule gave the speaker ("verb/pronoun:lastSpeaker", "continued:opens:prevPara" …): read by speakerPaths.ts only. */
  path?: string;
}

export interface SentenceInput {
  text: string;
  masked: string;
  spans: QuoteSpan[];
  last: LastStatement | null;
  paragraph: number;
  /** True for the paragraph's first sentence. */
  opensParagraph?: boolean;
  ctx: ArticleContext;
  registry: SpeakerRegistry;
}

// Verbs that need "rằng"/":"/"," before an unquoted reported clause; alone they take an object, not a clause.
const NEEDS_COMPLEMENT = new Set(['nói', 'nói với', 'trả lời', 'hỏi', 'đáp', 'viết', 'kể', 'phát biểu', 'bình luận', 'yêu cầu', 'đề nghị', 'kêu gọi', 'kiến nghị', 'xin', 'nêu', 'cam kết', 'tiết lộ', 'bật mí', 'thông báo', 'công bố', 'trình bày', 'phản ánh', 'told', 'tells', 'wrote', 'urged', 'called on', 'denied', 'confirmed', 'announced', 'reported', 'warned', 'assured', 'reminded', 'responded', 'replied']);
const MIN_WORDS = 4;
// Nothing after a verb but a particle of repetition or addition and the full stop ("kể lại.", "nói thêm.").
const ENDS_SENTENCE = /^\s*(?:lại|thêm|tiếp|again)?\s*[.!…]*["”»]?\s*$/iu;
// A verb used as a noun ("những thông báo trước đó", "các tuyên bố") reports nothing itself.
const NOUN_MARKER_BEFORE = /(?:^|\s)(?:những|các|mọi|bản|lời|cuộc|một)\s+$/iu;
// How far before short quoted words the verb that governs them can be ("X cho biết Y dường như “…”").
const GOVERN_CHARS = 80;

/** A reporting verb governs short quoted words when it is near them, in the same sentence, and is a verb. */
function governs(masked: string, chosen: Attribution, span: QuoteSpan): boolean {
  const between = masked.slice(chosen.attributionEnd, span.open);
  const verbStart = chosen.attributionEnd - (chosen.verb?.length ?? 0);
  return between.length <= GOVERN_CHARS && !/[.!?…]\s+\p{Lu}/u.test(between) && !NOUN_MARKER_BEFORE.test(masked.slice(0, verbStart));
}
// Longer than any label or "gọi X là" phrase looked for before a quotation (60 characters and their spaces).
const NEAR_CHARS = 100;
const FRAGMENT_WORDS = 4;

/** Statements of one sentence, in order. */
export function statementsOfSentence(input: SentenceInput): Statement[] {
  // A sentence whose quoted words are all labels or scare quotes can still report speech without them.
  const quoted = input.spans.length ? quotedStatements(input) : [];
  const topics = topicStatements(input);
  if (!quoted.length) return [...topics, ...indirectStatement(input, false)];
  // Reported words around the quotations are a statement too ("X cho biết Y, đạt được “…”", "“…”, ông X nói và
  // cho biết Z"), after the verbatim words.
  return [...topics, ...quoted, ...indirectStatement(input, true)];
}

/** Reports named as the topic of the sentence's own ("… về việc X tuyên bố Y, bà Z cho biết …"), when X is known. */
function topicStatements({ text, masked, ctx, registry }: SentenceInput): Statement[] {
  const out: Statement[] = [];
  for (const t of topicReports(masked, registry.knownName)) {
    const speaker = ctx.resolve(t.mention);
    if (!speaker) continue;
    out.push({ speaker, text: text.slice(t.start, t.end).trim(), kind: 'indirect', attributionEnd: t.verbEnd, attributionFrom: t.from, attributionStart: null, inherited: false, path: `topic/${ctx.how}` });
  }
  return out;
}

/** "Số khác hài hước viết: “…”": a group's verb before the quotation says it is speech, by no one to name. */
function crowdBefore(masked: string, open: number): Attribution | null {
  const group = groupReport(masked.slice(0, open));
  return group && group.attribution.attributionEnd <= open ? group.attribution : null;
}

/** The same group, only when it has no capitalised word after its first (nothing else could read it as a name). */
function plainCrowdBefore(masked: string, open: number): Attribution | null {
  const group = groupReport(masked.slice(0, open));
  return group?.plain && group.attribution.attributionEnd <= open ? group.attribution : null;
}

function quotedStatements({ text, masked, spans, last, paragraph, ctx, registry, opensParagraph }: SentenceInput): Statement[] {
  const known = registry.knownName;
  const theo = theoAttribution(masked, known);
  const out: Statement[] = [];
  // Next to a substantial quotation, a few quoted syllables (about two Vietnamese words) are a fragment of
  // the same report ("Y “lập tức phản ứng” rằng … “…”"), not a statement of their own.
  const longest = Math.max(...spans.map((s) => wordCount(s.text)));
  const lastClose = Math.max(...spans.map((s) => s.close));
  for (const span of spans) {
    const words = wordCount(span.text);
    if (words <= FRAGMENT_WORDS && longest >= 2 * words) continue;
    const prefix = masked.slice(0, span.open);
    const near = prefix.slice(-NEAR_CHARS);
    if (!words || namesAThing(masked, span, spans) || quotedInsidePhrase(masked, span) || quotedSyllable(span)) continue;
    const post = span.closed ? postposedAttribution(masked, span.close + 1, known, /[,?!]$/u.test(span.text)) : null;
    // "Một cụ ông đứng bên đường nói: “…”": a group or someone new, with no capitalised word, is the subject before any
    // word of it is read as a pronoun ("ông" of "cụ ông"), as for an indirect report.
    const crowd = plainCrowdBefore(masked, span.open);
    const byVerb = crowd ?? leftAttribution(masked, span.open, known) ?? callsItAttribution(masked, prefix, known);
    // "A commune official was quoted as saying: “…”", "Residents said: “…”": a group's or someone unnamed's words.
    const left = byVerb ?? colonAttribution(masked, span.open, known) ?? describedColonAttribution(masked, span.open, known) ?? crowdBefore(masked, span.open);
    const chosen: Attribution | null = (prefix.trim() === '' ? post ?? left : left ?? post) ?? (theo && theo.clauseStart <= span.open ? theo : null);
    let speaker: SpeakerEntry | null = null;
    let inherited = false;
    let path = '';
    if (chosen) {
      // Short quoted words are speech only when a reporting verb before them in the sentence governs them
      // ("X cho biết Y dường như “khá coi trọng”"), never after a preposition or label ("vì “lý do …”").
      if (words < MIN_WORDS && chosen.verb !== 'gọi' && (chosen.via !== 'verb' || chosen.attributionEnd > span.open || LABEL_BEFORE.test(near) || !governs(masked, chosen, span))) continue;
      // A role nobody in the corpus holds ("bị cáo", "vị kiểm sát viên") still says who spoke: keep it as the label.
      speaker = ctx.resolve(chosen.mention) ?? (chosen.mention.type === 'role' ? ctx.roleLabel(chosen.mention.role) : null);
      path = `${chosen.via}/${ctx.how}`;
      // A few quoted words are someone's only when we can say whose; unattributed, they are more often scare quotes.
      if (!speaker && words < MIN_WORDS) continue;
    } else {
      if (words < MIN_WORDS || span.single) continue;
      // "“…”, Hải Nguyễn, giám đốc công ty X, nói.": the sentence names its own speaker after the quotation, one we
      // cannot read; the words are theirs, not the previous speaker's. Kept as speech, said by nobody we can name.
      if (span.closed && unreadPostposedSpeaker(masked, span.close + 1, /[,?!]\s*$/u.test(span.text))) {
        out.push({ speaker: null, text: span.text, kind: prefix.trim() === '' ? 'direct' : 'partial', inherited: false, attributionEnd: 0, attributionStart: lastClose + 1 });
        continue;
      }
      speaker = continuedSpeaker(masked, prefix, last, paragraph, registry, opensParagraph === true && span.open === 0);
      // Someone's words in the first person, in a paragraph of statements that has moved off its speaker: speech all
      // the same, by someone the page does not name here.
      // The page's opening paragraph, one quotation in the first person and nothing else: an interview's pull quote,
      // whose speaker the page names only below ("“Tôi nghĩ … chúng ta …”" above "PV: …"). Speech, said by no one yet.
      const pullQuote = !last && paragraph === 0 && span.open === 0 && masked.slice(span.close + 1).trim() === '' && words >= PULL_QUOTE_WORDS && FIRST_PERSON.test(span.text);
      if (pullQuote) {
        out.push({ speaker: null, text: span.text, kind: 'direct', inherited: false, attributionEnd: 0, attributionStart: null });
        continue;
      }
      if (!speaker && !(last?.interrupted && last.paragraph === paragraph && prefix.trim() === '' && FIRST_PERSON_OPENING.test(span.text))) continue;
      inherited = !!speaker;
      path = `continued:${prefix.trim() === '' ? 'opens' : 'inside'}:${last?.paragraph === paragraph ? 'samePara' : 'prevPara'}`;
    }
    if (span.single && !(byVerb || post?.verb)) continue;
    out.push({
      speaker, text: span.text, kind: kindOf(masked, span, chosen, post), inherited, path,
      ...(chosen && describedBy(chosen.mention, speaker, masked) ? { described: true } : {}),
      attributionEnd: chosen && chosen.via !== 'postposed' ? chosen.attributionEnd : 0,
      // "Ông X nói “…” trong cuộc họp báo hôm 7/2.": what follows the last quotation describes the occasion.
      attributionStart: chosen ? lastClose + 1 : null,
    });
  }
  void text;
  return out;
}

const FIRST_PERSON_OPENING = /^(?:tôi|chúng tôi|I|we)(?![\p{L}\p{M}])/iu;
const FIRST_PERSON = /(?<![\p{L}\p{M}])(?:[Tt]ôi|[Cc]húng tôi|[Cc]húng ta|I|[Ww]e)(?![\p{L}\p{M}])/u;
const PULL_QUOTE_WORDS = 12;

// After a quotation: a comma or a dash, then a capitalised subject of a few words (its appositive may follow, set off
// by commas or dashes) and the sentence's first reporting verb ("”, Tuấn Lê nói.", "” - Hải Nguyễn, CEO X, cho biết.").
const POSTPOSED_SUBJECT = /^[\s.?!…]*(?:,\s*(?:[–—-]\s*)?|[–—-]\s*)(\p{Lu}[^.;:!?§]{0,100}?)\s*$/u;

/**
 * Whether the words after a quotation's close name a speaker of their own that the attribution rules could not read
 * (a name written with no title, in given-name-first order, …): a capitalised subject right before a reporting verb.
 * `innerComma`: the quotation ends on its own comma (or "?", "!"), as English writes it.
 */
function unreadPostposedSpeaker(masked: string, from: number, innerComma: boolean): boolean {
  const rest = masked.slice(from, from + 160);
  // "“…,” said local resident X.": English puts the verb first, then whoever said it.
  if (INVERTED_AFTER_QUOTE.test(rest)) return true;
  // "“…”, chị X rưng rưng.": a person named with an honorific, then a few words that end the sentence.
  if (HONORIFIC_NAME_ENDS.test(masked.slice(from))) return true;
  // "“…”, nhà vô địch bơi tự do chia sẻ.": someone described, not named (describedAfterQuote.ts).
  if (describedSpeakerAfterQuote(masked.slice(from))) return true;
  const verb = findReportingVerbs(rest)[0];
  // English keeps the comma inside the marks: "“…,” Director of X Anna Berg said."
  return !!verb && (POSTPOSED_SUBJECT.test(rest.slice(0, verb.start)) || (innerComma && INNER_COMMA_SUBJECT.test(rest.slice(0, verb.start))));
}

const INNER_COMMA_SUBJECT = /^\s+(\p{Lu}[^.;:!?§,]{0,100}?)\s*$/u;

const HONORIFIC_NAME_ENDS = /^[\s.?!…]*,\s*(?:ông|bà|anh|chị|cô|em|chú|cụ|thầy|bác)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}(?:\s+[\p{Ll}\p{M}]+){1,3}\s*[.!…]*\s*$/u;

// "X gọi Y là “…”": X calls Y something, which is X's words.
const CALLS_IT = /(?<![\p{L}])gọi\s+(?!là\b)[^§.;:!?]{1,60}?\s+là\s*$/u;

// English names what something is with verbs that report no clause: "X called it “…”", "X slammed the trial as “…”",
// "X condemned the crowd for their “…”", "X deplored the “…”". The quoted words are X's.
const CALLS_IT_EN = /(?<![\p{L}])(called|branded|dubbed|labell?ed|described|slammed|dismissed|denounced|hailed|praised|critici[sz]ed|condemned|deplored)(?:\s+(?:it|them|this|that)|\s+(?!as\b)[^§.;:!?"“”]{1,60}?\s+(?:as|for(?:\s+(?:its|his|her|their|the))?)|\s+(?:the|its|his|her|their))\s*$/u;
// Whom the English verbs above must follow: a person, a title or a body, never "it"/"they" (a thing, a group).
const CALLS_IT_EN_SUBJECT = /^(?:he|she)$/iu;

function callsItAttribution(masked: string, prefix: string, known: (n: string) => boolean): Attribution | null {
  const near = prefix.slice(-NEAR_CHARS);
  const m = CALLS_IT.exec(near);
  if (m) {
    const start = prefix.length - near.length + m.index;
    const verb = { start, end: start + 'gọi'.length, verb: 'gọi' };
    const mention = subjectOf(masked, verb, known);
    if (!isSpeakerMention(mention)) return null;
    return { mention, clauseStart: verb.end, attributionEnd: verb.end, via: 'verb', verb: 'gọi' };
  }
  const en = CALLS_IT_EN.exec(near);
  if (!en || !ENGLISH_WORDS.test(near)) return null;
  const start = prefix.length - near.length + en.index;
  const verb = { start, end: start + en[1]!.length, verb: en[1]! };
  const mention = subjectOf(masked, verb, known);
  if (!isSpeakerMention(mention) || (mention.type === 'pronoun' && !CALLS_IT_EN_SUBJECT.test(mention.surface))) return null;
  return { mention, clauseStart: verb.end, attributionEnd: verb.end, via: 'verb', verb: 'gọi' };
}
// English words only (Vietnamese letters say the sentence is Vietnamese).
const ENGLISH_WORDS = /^[\x20-\x7E’‘“”§]*$/u;

/**
 * The speaker a quotation without attribution continues: a quotation opening a sentence right after a quoted
 * statement (same or previous paragraph) or after "X nói:"; or a longer quotation in the sentence after a
 * statement of the same paragraph, when the sentence names nobody else.
 */
function continuedSpeaker(
  masked: string, prefix: string, last: LastStatement | null, paragraph: number, registry: SpeakerRegistry, paragraphQuote: boolean,
): SpeakerEntry | null {
  if (!last || last.superseded) return null;
  const opens = prefix.trim() === '';
  if (opens && (last.quoted || last.endsWithColon) && last.paragraph >= paragraph - 1) return last.speaker;
  // A paragraph that is a quotation right after a paragraph reporting what someone said gives that person's words.
  if (paragraphQuote && last.paragraph === paragraph - 1) return last.speaker;
  if (last.paragraph !== paragraph) return null;
  // "Vẫn theo ông X, …. Trước đó, dư luận rộ lên tin vị cán bộ …. “Tôi khẳng định …": a sentence of narration about
  // someone else since the statement has moved the paragraph off its speaker.
  if (last.interrupted) return null;
  const others = findMentions(masked, registry.knownName).filter((m) => {
    if (m.type !== 'person') return false;
    return registry.resolveName(m.name) !== last.speaker;
  });
  return others.length ? null : last.speaker;
}

/**
 * 'direct' when the quotation is a whole statement: it opens the sentence or follows the colon/verb
 * directly, and ends the sentence or is followed by its attribution. Otherwise quoted words are embedded in
 * reported speech: 'partial'.
 */
function kindOf(masked: string, span: QuoteSpan, chosen: Attribution | null, post: Attribution | null): QuoteKind {
  const prefix = masked.slice(0, span.open).trim();
  const introduced = prefix === '' || /:$/.test(prefix) ||
    (!!chosen && chosen.via !== 'postposed' && masked.slice(chosen.clauseStart, span.open).trim().replace(/^,/, '') === '');
  const suffix = span.closed ? masked.slice(span.close + 1).trim() : '';
  const ends = /^[.!?…;]*$/u.test(suffix) || !!post;
  return introduced && ends ? 'direct' : 'partial';
}

/**
 * The reported clause of a sentence ("X cho biết (rằng) …", "…, X khẳng định."). `besideQuotes`: the sentence also
 * quotes, and the clause counts only with words of its own outside the quotation marks.
 */
function indirectStatement({ text, masked, ctx, registry }: SentenceInput, besideQuotes: boolean): Statement[] {
  const known = registry.knownName;
  // "Theo bà X, … ông Y nhắc lại …": the sentence is X's account, whatever verbs follow.
  // "…, said Deputy Minister X.": English puts the verb before its subject; what precedes is the reported clause.
  if (!besideQuotes && INVERTED_SAID.test(masked)) {
    const post = postposedIndirect(text, masked, ctx, known);
    if (post.length) return post;
  }
  // "Residents said …": a group opening the sentence is its subject before a capitalised word is read as a name.
  // One reading of a group subject serves both places it can take (one search of the reporting verbs, not two).
  const group = besideQuotes ? null : groupReport(masked);
  const att = theoAttribution(masked, known) ?? bodyBrandAttribution(masked, ctx) ?? (group?.plain ? group.attribution : null) ?? leftAttribution(masked, masked.length, known) ?? findingAttribution(masked, known) ?? (besideQuotes ? null : placeSubjectAttribution(masked, known) ?? group?.attribution ?? openingAnhAttribution(masked));
  if (!att) return besideQuotes ? [] : postposedIndirect(text, masked, ctx, known);
  // "Bộ trưởng có kiến nghị gì với Quốc hội?": a question put to the subject reports nothing they said.
  if (/\?["”»]?\s*$/u.test(masked) && !ASKING.has(att.verb ?? '')) return [];
  // "Tiền vệ X chia sẻ cảm xúc sau trận:" closing its paragraph announces the words of the next one (document.ts); what
  // stands between the verb and the colon is the topic, not the words.
  if (!besideQuotes && /:\s*$/u.test(masked)) return [];
  let start = chainedClauseStart(masked, att.clauseStart);
  // "X said: “…”, adding that …": the verb's words are the quotation; only a second verb after it reports more.
  const lead = besideQuotes ? /^\s*§+/u.exec(masked.slice(start)) : null;
  if (lead) {
    const after = start + lead[0].length;
    start = chainedClauseStart(masked, after);
    if (start === after) return [];
  }
  const between = masked.slice(att.attributionEnd, att.clauseStart);
  if (start === att.clauseStart && att.verb && NEEDS_COMPLEMENT.has(att.verb) && !/rằng|là|\bthat\b|[:,]/u.test(between)) {
    const bare = besideQuotes || att.via !== 'verb' ? null : bareClause(masked, att.verb, att.attributionEnd, att.clauseStart);
    // "Hồi đó mọi việc đều làm bằng tay, ông X kể lại.": a verb that ends the sentence closes its words, before it
    // ("…, ông X nói như trên.", "…, X thông báo tạm ngừng hoạt động." end on what the verb says or does).
    // "…, Dung told an international conference.", "…, his lawyer X told reporters after the trial.": English "told"
    // with only its hearers after it closes the words before its subject (postposed.ts reads the hearers). Only a
    // named person: "his lawyer" alone may mean another lawyer of the page.
    const toldLast = att.verb === 'told' && att.mention.type === 'person' && /,\s*$/u.test(masked.slice(0, att.mention.start));
    if (!bare) return besideQuotes || !(ENDS_SENTENCE.test(masked.slice(att.attributionEnd)) || toldLast) ? [] : postposedIndirect(text, masked, ctx, known);
    start = bare.start;
  }
  // "“…”, ông X nói với nhà báo Y của kênh Z.": after the quotation, the words after its verb name the occasion.
  // "“…”, ông X thông tin và cho biết …": a verb after "và" reports more words, whatever the first verb was.
  const chained = /\svà\s+$/u.test(masked.slice(Math.max(0, att.attributionEnd - (att.verb?.length ?? 0) - 8), att.attributionEnd - (att.verb?.length ?? 0)));
  if (besideQuotes && start === att.clauseStart && att.attributionEnd > masked.lastIndexOf('§') && !chained) return [];
  // Beside quotations, the clause is the reporter's own account only when most of it is outside the marks;
  // "Thủ tướng “phản ứng ngay” rằng mọi biện pháp “…”" only frames the quotation.
  const own = wordCount(masked.slice(start).replace(/§+/gu, ' '));
  if (besideQuotes && (own < MIN_WORDS || own < wordCount(text.slice(start)) - own)) return [];
  // "nói với phóng viên …", "told to …": the addressee, not the reported words. With no verb ("Theo X, với thủ đoạn
  // …, nhóm này …") "với" opens the words themselves.
  // "X cho biết, với sự vào cuộc …, …": an adverbial of the words, not an addressee (withAdverbial.ts).
  if (att.verb && ADDRESSEE_START.test(masked.slice(start)) && !withOpensWords(masked.slice(att.attributionEnd, start), masked.slice(start))) return [];
  // "A, the spokesperson said, citing the ministry.": the source of the words, which are the clause before the verb.
  // "A, they stressed, agreeing on the need …": a participle after the verb's comma that reports nothing (a reporting
  // one, "adding that …", was stepped over above) tells what else the subject did; the words are A.
  const otherParticiple = /,/u.test(masked.slice(att.attributionEnd, start)) && /^\s*[a-z]+ing\s/u.test(masked.slice(start));
  if (CITING_START.test(masked.slice(start)) || otherParticiple) return besideQuotes ? [] : postposedIndirect(text, masked, ctx, known);
  // "X có những chia sẻ về màn trình diễn": the topic of what X said, not X's words (document.ts lets it introduce
  // the quotation after it).
  if (isTopicReport(masked, att, start) || backReferenceOnly(masked, start)) return [];
  // "…, the committee said in a statement on Tuesday.": English tells where it was said after the verb; the words
  // are before its subject (postposed.ts), never the occasion.
  if (OCCASION_ONLY.test(masked.slice(start)) && !/\bthat\b/u.test(masked.slice(start))) return postposedIndirect(text, masked, ctx, known);
  // "X tuyên bố rằng A, song phía Y khẳng định B": X's words end where another speaker's report begins.
  const other = otherReportAt(masked, start, known);
  // "tuyên bố rằng, A": the comma after the complementiser is no part of the words.
  const clause = withoutNamedThings(cutAtMissedStop(text.slice(start, other < 0 ? undefined : other)).trim().replace(/[.;]+$/u, '').replace(/^,\s*/u, '').trim());
  if (wordCount(clause) < MIN_WORDS) return besideQuotes ? [] : postposedIndirect(text, masked, ctx, known);
  // "Đại diện Hiệp hội X cho biết …": a body's unnamed representative is labelled as written (bodyVoice.ts); other roles
  // nobody of the article holds report with no speaker.
  const speaker = ctx.resolve(att.mention) ?? (att.mention.type === 'role' && bodyVoice(att.mention.role) ? ctx.roleLabel(att.mention.role) : null);
  const statement: Statement = {
    speaker, text: clause, kind: 'indirect', attributionEnd: att.attributionEnd, attributionStart: null, inherited: false, path: `indirect-${att.via}/${ctx.how}`,
    // A country or city that speaks ("Na Uy khẳng định …") is shown as no one, never as the place.
    // "They added that …", "Họ cho biết …": several people, never one of the cast; their words are still a report.
    // A body that cannot be shown as the speaker (an outlet, "The state-run VTV warned …") still reports.
    // "Theo ông, …" whose "ông" the article does not settle is still one person's account: shown with no name, as
    // "luật sư cho biết …" is. After a verb an unsettled pronoun may not open a report at all ("ông … của cư dân mạng").
    unnamed: !speaker && (att.mention.type === 'role' || att.mention.type === 'nonSpeaker' || att.mention.type === 'org' || (att.mention.type === 'pronoun' && (PLURAL_PRONOUN.test(att.mention.surface) || att.via === 'theo'))),
    // A finding or a document ("Báo cáo của Sở Y cho biết …") was written on a day the page seldom gives: likewise.
    // "Theo cơ quan công an, …" that names the page's police (bodyEpithet.ts) is that body's report, dated as one.
    ...((att.mention.type === 'nonSpeaker' && !speaker) || att.finding ? { stance: true } : {}),
    ...(describedBy(att.mention, speaker, masked) ? { described: true } : {}),
  };
  // "A, Berg said, adding that B.": A is Berg's too, before the words the participle reports.
  const first = !besideQuotes && start > att.clauseStart && att.mention.start > 0 ? postposedIndirect(text, masked, ctx, known) : [];
  if (!first.length || (first[0]!.attributionStart ?? 0) > att.mention.start) return [statement];
  // A's dates are what A tells ("… doubled from 2021, the ministry said Thursday, warning …"), not when B was said.
  return [first[0]!, { ...statement, attributionFrom: att.mention.start }];
}

// Verbs whose "về …" names what the talk was about ("chia sẻ về", "tâm sự về", "kể về").
const TOPIC_VERBS = new Set(['chia sẻ', 'tâm sự', 'kể', 'trao đổi', 'phát biểu', 'bình luận', 'trò chuyện']);

/** Whether the clause after the verb is only the topic of the talk: "về …" after "chia sẻ", "tâm sự", "kể". */
function isTopicReport(masked: string, att: Attribution, start: number): boolean {
  if (!TOPIC_VERBS.has(att.verb ?? '')) return false;
  // "Tiền vệ X đã có những chia sẻ của mình sau trận": after a plural determiner the verb is a noun, what was shared.
  return /^\s*về\s/iu.test(masked.slice(start)) || SHARED_THINGS.test(masked.slice(Math.max(0, att.attributionEnd - (att.verb?.length ?? 0) - 12), att.attributionEnd - (att.verb?.length ?? 0)));
}
const SHARED_THINGS = /(?:^|[^\p{L}\p{M}])(?:những|các|nhiều|vài)\s+$/iu;

/**
 * The speaker a sentence announces without giving words ("Sau trận, HLV X đã có những chia sẻ về các học trò."):
 * the quotation that opens the next paragraph is theirs. Null for any other sentence.
 */
export function topicIntroducer(masked: string, known: (n: string) => boolean): Attribution | null {
  const att = leftAttribution(masked, masked.length, known);
  return att && isTopicReport(masked, att, att.clauseStart) && !masked.includes('§') ? att : null;
}

// "…, Hang said in response to queries over …", "…, he said when asked about …": what the words answered, not the words.
const OCCASION_ONLY = /^\s*(?:(?:in|at|during|via|through|on)\s+(?:a|an|the|its|his|her|their)\s|in (?:response|reply|answer) to\s|(?:when|while) (?:asked|answering|responding)\s)[\x20-\x7E’]*$/u;
// "…, said his sister, X.": a possessive opens the inverted subject as "the" does; read before a subject on the left
// ("Hoang, who farms rice, was detained …, said his sister, X" is not Hoang's words).
const INVERTED_SAID = /,\s*(?:said|says|added)\s+(?:\p{Lu}|the\s|(?:his|her|their)\s)/u;
// Right after a quotation: "said" and the one who said it ("”, said a resident.", "," said Anna Berg").
const INVERTED_AFTER_QUOTE = /^[\s.?!…]*,?\s*(?:said|says|added|asked)\s+(?:the\s+|a\s+|an\s+|one\s+)?[\p{L}]/u;

// Asking, and requesting ("X đề nghị cuộc họp làm rõ … như thế nào?"), end on a question mark and still report.
const ASKING = new Set(['hỏi', 'muốn biết', 'asked', 'đề nghị', 'yêu cầu', 'kiến nghị']);
const ADDRESSEE_START = /^\s*(?:với|to)\s/iu;
const PLURAL_PRONOUN = /^(?:they|họ)$/iu;
const CITING_START = /^\s*,?\s*(?:citing|quoting|referring to)\s/iu;
// "X nói và cho biết …", "X said and added that …": the second verb introduces the reported words.
// English chains with a participle after a comma ("…,” Berg said, adding that …").
const CHAINED = /^\s*(?:(?:và|đồng thời|rồi|and)\s+|,?\s*(?=[a-z]+ing\s))/iu;

function chainedClauseStart(masked: string, clauseStart: number): number {
  const chain = CHAINED.exec(masked.slice(clauseStart));
  if (!chain) return clauseStart;
  const at = clauseStart + chain[0].length;
  const verb = findReportingVerbs(masked.slice(at, at + 40))[0];
  if (!verb || verb.start !== 0) return clauseStart;
  return clauseStartAfter(masked, { ...verb, start: at, end: at + verb.end - verb.start });
}

/** "…, Tổng thống X khẳng định." / "…, Berg said on Monday.": the words before the attribution that closes the sentence. */
function postposedIndirect(text: string, masked: string, ctx: ArticleContext, known: (n: string) => boolean): Statement[] {
  const found = postposedClause(text, masked, known);
  if (!found) return [];
  const { mention } = found.attribution;
  const speaker = ctx.resolve(mention, true);
  // "…, officials said.", "…, the ministry said.", "…, they stressed.": a group, a body the page does not name, or
  // several people report with no speaker.
  // "…, his lawyer said.", "…, Giám đốc Sở cho biết.": a role no one of the page holds still says who spoke, as before
  // the words ("luật sư cho biết …"); the words are kept, by no one to name.
  const unnamed = !speaker && (mention.type === 'nonSpeaker' || mention.type === 'role' || (mention.type === 'pronoun' && PLURAL_PRONOUN.test(mention.surface)));
  return [{
    speaker, text: found.text, kind: 'indirect', attributionEnd: 0, attributionStart: found.comma, inherited: false, path: `postposedIndirect/${ctx.how}`,
    ...(unnamed ? { unnamed, stance: true } : {}), ...(describedBy(mention, speaker, masked) ? { described: true } : {}),
  }];
}

/**
 * Whether a statement's subject is one person described with "một"/"a", not named: "một bị hại", "một người dân",
 * "một lãnh đạo xã", "a resident". A bare role ("luật sư cho biết") or an epithet ("người đứng đầu ngành") may stand
 * for someone the article names; a group ("người dân", "officials") is no one person.
 */
function describedBy(mention: Mention, speaker: SpeakerEntry | null, masked: string): boolean {
  if (mention.type !== 'role' && mention.type !== 'nonSpeaker') return false;
  if (speaker && speaker.kind === 'person') return false;
  // "In his talks, the Deputy PM reaffirmed …" with no holder of the office named on the page: someone spoke whom a
  // later "he said" most likely means, not the person named before.
  if (mention.type === 'role' && !speaker && THE_OFFICE.test(masked.slice(Math.max(0, mention.start - 4), mention.end))) return true;
  return ONE_OF.test(mention.surface) || ONE_BEFORE.test(masked.slice(Math.max(0, mention.start - 8), mention.start));
}
// English "the" and an office in title case: "the Deputy PM", "the Prime Minister".
const THE_OFFICE = /(?:^|\s)the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;
const ONE_OF = /^(?:một|1|a|an|one)\s+(?!số(?![\p{L}\p{M}])|of(?![\p{L}]))/iu;
const ONE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:một|a|an|one)\s+$/iu;

/**
 * The reported clause up to a sentence end the splitter left alone because a capital letter stood before the stop
 * ("… trong vòng series A. Không dễ để …" read as an initial): a stop followed by a word that only opens sentences.
 */
function cutAtMissedStop(clause: string): string {
  for (const m of clause.matchAll(/[.!?]\s+(\p{Lu}[\p{L}\p{M}]*)/gu)) {
    if (SENTENCE_OPENERS.has(foldText(m[1]!))) return clause.slice(0, m.index + 1);
  }
  return clause;
}
