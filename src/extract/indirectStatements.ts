/**
 * The reported clause of a sentence, an indirect statement: "X cho biết (rằng) …", "Theo bà X, …", "…, X khẳng định.",
 * "…, Berg said on Monday.", and the sentence that only announces what someone will say ("HLV X đã có những chia sẻ
 * về …"). statements.ts reads it after a sentence's quotations, or alone when it has none.
 */
import { withOpensWords } from './withAdverbial.js';
import { openingAnhAttribution } from './openingAnh.js';
import { clauseStartAfter, leftAttribution, otherReportAt, placeSubjectAttribution, theoAttribution, type Attribution } from './attribution.js';
import type { ArticleContext } from './context.js';
import { foldText } from '../core/text.js';
import { bareClause } from './complements.js';
import { backReferenceOnly } from './backReference.js';
import { SENTENCE_OPENERS } from './lexicon.js';
import { bodyBrandAttribution } from './bodyBrands.js';
import { bodyVoice } from './bodyVoice.js';
import { findingAttribution } from './findings.js';
import { groupReport } from './groupReports.js';
import type { Mention } from './mentions.js';
import { postposedClause } from './postposed.js';
import { withoutNamedThings } from './quotedNames.js';
import { findReportingVerbs } from './reportingVerbs.js';
import { wordCount } from './quoteSpans.js';
import type { SpeakerEntry } from './speakers.js';
import type { SentenceInput, Statement } from './statementTypes.js';

// Verbs that need "rằng"/":"/"," before an unquoted reported clause; alone they take an object, not a clause.
const NEEDS_COMPLEMENT = new Set(['nói', 'nói với', 'trả lời', 'hỏi', 'đáp', 'viết', 'kể', 'phát biểu', 'bình luận', 'yêu cầu', 'đề nghị', 'kêu gọi', 'kiến nghị', 'xin', 'nêu', 'cam kết', 'tiết lộ', 'nhắc nhở', 'đề xuất', 'khuyến nghị', 'tranh luận', 'bật mí', 'thông báo', 'công bố', 'trình bày', 'phản ánh', 'told', 'tells', 'wrote', 'urged', 'called on', 'denied', 'confirmed', 'announced', 'reported', 'warned', 'assured', 'reminded', 'responded', 'replied']);
/** The fewest words of a statement: shorter quoted words or clauses count only where a rule says so. */
export const MIN_WORDS = 4;
// Nothing after a verb but a particle of repetition or addition and the full stop ("kể lại.", "nói thêm.").
const ENDS_SENTENCE = /^\s*(?:lại|thêm|tiếp|again)?\s*[.!…]*["”»]?\s*$/iu;

/**
 * The reported clause of a sentence ("X cho biết (rằng) …", "…, X khẳng định."). `besideQuotes`: the sentence also
 * quotes, and the clause counts only with words of its own outside the quotation marks.
 */
export function indirectStatement({ text, masked, spans, ctx, registry }: SentenceInput, besideQuotes: boolean, taken: readonly Statement[] = []): Statement[] {
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
  let bareWithQuotes = false;
  if (start === att.clauseStart && att.verb && NEEDS_COMPLEMENT.has(att.verb) && !/rằng|là|\bthat\b|[:,]/u.test(between)) {
    const bare = att.via !== 'verb' ? null : bareClause(masked, att.verb, att.attributionEnd, att.clauseStart);
    // "Hồi đó mọi việc đều làm bằng tay, ông X kể lại.": a verb that ends the sentence closes its words, before it
    // ("…, ông X nói như trên.", "…, X thông báo tạm ngừng hoạt động." end on what the verb says or does).
    // "…, Dung told an international conference.", "…, his lawyer X told reporters after the trial.": English "told"
    // with only its hearers after it closes the words before its subject (postposed.ts reads the hearers). Only a
    // named person: "his lawyer" alone may mean another lawyer of the page.
    const toldLast = att.verb === 'told' && att.mention.type === 'person' && /,\s*$/u.test(masked.slice(0, att.mention.start));
    if (!bare) return besideQuotes || !(ENDS_SENTENCE.test(masked.slice(att.attributionEnd)) || toldLast) ? [] : postposedIndirect(text, masked, ctx, known);
    // "Bộ trưởng X công bố công ty Y gây ra sự cố và Y cam kết bồi thường …": the subject found before a bare clause's
    // verb is not its subject when another clause stands between them; that clause's own subject said the words.
    if (OTHER_CLAUSE_BETWEEN.test(masked.slice(att.mention.end, att.attributionEnd - att.verb.length))) return [];
    start = bare.start;
    bareWithQuotes = masked.includes('§', start);
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
  let end = other < 0 ? undefined : other;
  if (bareWithQuotes) {
    // "bà kể năm đó lũ cũng về, khi đó bà dặn con cháu: “…”": a quotation a colon introduces is a statement of its own.
    const colon = masked.slice(start, end).search(/:\s*§/u);
    if (colon >= 0) end = start + colon;
    // "đề nghị nhà lãnh đạo Nga gặp trên lãnh thổ của “nước thứ ba”": a few quoted words inside a bare clause that are
    // no statement of their own are a label or a scare quote; the words shown stop before them.
    const label = spans.find((s) => s.open >= start && s.open < (end ?? masked.length) && wordCount(s.text) < MIN_WORDS && !taken.some((t) => t.text === s.text));
    if (label) end = label.open;
  }
  const clause = withoutNamedThings(cutAtMissedStop(text.slice(start, end)).trim().replace(/[.;]+$/u, '').replace(/^,\s*/u, '').trim());
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

// Asking, and requesting ("X đề nghị cuộc họp làm rõ … như thế nào?"), end on a question mark and still report.
const ASKING = new Set(['hỏi', 'muốn biết', 'asked', 'đề nghị', 'yêu cầu', 'kiến nghị']);
// A conjunction, then a capitalised word: a subject named after it ("… và Hưng Thịnh cam kết"); "X xác định … và đề
// nghị …", "X tỏ ra ăn năn và xin …" keep one subject.
const OTHER_CLAUSE_BETWEEN = /(?:^|[\s,])(?:và|nhưng|còn|song|trong khi|and|but|while)\s+(?:[^\s§]+\s+){0,4}?\p{Lu}/u;
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
export function describedBy(mention: Mention, speaker: SpeakerEntry | null, masked: string): boolean {
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
