/**
 * Statements of one sentence: its quoted spans (direct or partial) or, when it has none, the clause a reporting
 * verb introduces (indirect, read in indirectStatements.ts). Decides which quoted spans are speech and which are
 * titles, labels or scare quotes.
 */
import { describedSpeakerAfterQuote } from './describedAfterQuote.js';
import type { QuoteKind } from '../core/types.js';
import { colonAttribution, describedColonAttribution, isSpeakerMention, leftAttribution, postposedAttribution, subjectOf, theoAttribution, type Attribution } from './attribution.js';
import type { LastStatement } from './reading.js';
import { topicReports } from './complements.js';
import { LABEL_BEFORE } from './lexicon.js';
import { groupReport } from './groupReports.js';
import { findMentions } from './mentions.js';
import { namesAThing } from './quotedNames.js';
import { quotedInsidePhrase, quotedSyllable } from './phraseQuotes.js';
import { findReportingVerbs } from './reportingVerbs.js';
import { wordCount, type QuoteSpan } from './quoteSpans.js';
import type { SpeakerEntry, SpeakerRegistry } from './speakers.js';
import type { SentenceInput, Statement } from './statementTypes.js';
import { describedBy, indirectStatement, MIN_WORDS } from './indirectStatements.js';
import { citedWordsOwner } from './citedWords.js';

export type { SentenceInput, Statement } from './statementTypes.js';

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
  return [...topics, ...quoted, ...indirectStatement(input, true, quoted)];
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
    const said = byVerb ?? colonAttribution(masked, span.open, known) ?? describedColonAttribution(masked, span.open, known) ?? crowdBefore(masked, span.open);
    // "Ông X vẫn nhớ câu nói của Y: “…”": the words the subject cites are Y's (citedWords.ts).
    const left = (said && said.mention.end < span.open ? citedWordsOwner(masked, said.mention.end, span.open, known) : null) ?? said;
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

// Right after a quotation: "said" and the one who said it ("”, said a resident.", "," said Anna Berg").
const INVERTED_AFTER_QUOTE = /^[\s.?!…]*,?\s*(?:said|says|added|asked)\s+(?:the\s+|a\s+|an\s+|one\s+)?[\p{L}]/u;
