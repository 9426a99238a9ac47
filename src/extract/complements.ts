/**
 * What a reporting verb that takes an object ("nói", "đề nghị", "yêu cầu") reports when no "rằng", colon or comma
 * follows it. Most of the time it reports nothing ("nói tiếng Anh", "yêu cầu bồi thường" is an object, "trả lời
 * phóng viên" an addressee); two forms of the language are statements all the same:
 * - a request with its addressee and what they are to do ("X đề nghị Bộ Y sớm trả lời bằng văn bản",
 *   "X kêu gọi các bên kiềm chế"): the verb stays in the words shown, or the request would read as a claim;
 * - "nói" followed by a modal or aspect word ("X nói sẵn sàng đàm phán", "X nói sẽ từ chức"): an indirect clause
 *   whose subject is the speaker, dropped as Vietnamese allows.
 */
import { clauseStartAfter, isSpeakerMention } from './attribution.js';
import { findReportingVerbs } from './reportingVerbs.js';
import type { Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { isToldClause } from './narratedClause.js';
import { wordCount } from './quoteSpans.js';

/** Verbs of request whose object and infinitive clause are what was asked. */
// A proposal, a recommendation or a commitment is read the same way ("X đề xuất thuê một đơn vị kiểm toán …", "X khuyến
// nghị người dân không …", "X cam kết không trừ lương …"): its verb is part of what was said.
const REQUEST_VERBS: ReadonlySet<string> = new Set(['đề nghị', 'yêu cầu', 'kêu gọi', 'kiến nghị', 'xin', 'urged', 'called on', 'đề xuất', 'khuyến nghị', 'cam kết']);
// A request reports something only when it asks someone to do something: an addressee and a verb, several words.
const REQUEST_MIN_WORDS = 5;
// Before quoted words inside a bare clause, the clause's own words that show its shape.
const QUOTED_CLAUSE_WORDS = 4;
// "các đề nghị của …", "lời kêu gọi …", "yêu cầu này": the verb is used as a noun.
// "thực hiện cam kết …", "vạch ra đề xuất …", "ủng hộ đề nghị …": likewise, the object of another verb or of a
// preposition ("những nguyên tắc trong đề xuất an ninh của Nga").
const NOUN_BEFORE = /(?:^|\s)(?:những|các|mọi|bản|lời|cuộc|một|này|đó|theo|với|trước|có|nhận|gửi|thực hiện|đưa ra|vạch ra|nêu ra|vi phạm|giữ|ủng hộ|bác bỏ|phản đối|chấp nhận|xem xét|trong|về|của|tại|từ|bằng)\s+$/iu;
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
  // "Ông X đề nghị HĐXX bác kháng cáo, … giữ vai trò “giúp sức”", "bà kể năm đó lũ cũng về trong đêm, khi đó bà dặn:
  // “…”": quoted words inside the clause are part of it; the clause's shape is read on its words before them, and
  // words that open on a quotation ("X nói “…”") are the quotation's, not a clause of the verb's.
  const quoted = masked.indexOf('§', clauseStart);
  const rest = quoted < 0 ? masked.slice(clauseStart) : masked.slice(clauseStart, quoted);
  if (quoted >= 0 && wordCount(rest) < QUOTED_CLAUSE_WORDS) return null;
  if (REQUEST_VERBS.has(verb)) {
    if (NOUN_BEFORE.test(masked.slice(Math.max(0, verbStart - 12), verbStart)) || NOUN_AFTER.test(rest)) return null;
    if (wordCount(rest.replace(/[.;!?]+\s*$/u, '')) < REQUEST_MIN_WORDS) return null;
    return { start: verbStart };
  }
  if (verb === 'nói' && MODAL_AFTER.test(rest)) return { start: clauseStart };
  // "bị cáo X trình bày mình hoàn toàn không bàn bạc …", "người lao động phản ánh mức lương gần như không đổi": the wider
  // shapes of a told clause too (narratedClause.ts).
  if (REVEAL_VERBS.has(verb) && (REVEALED_CLAUSE.test(rest) || isToldClause(rest))) return { start: clauseStart };
  // "Chị X kể gia đình đã bán hết lúa", "anh Y kể hồi còn nhỏ, …" (narratedClause.ts).
  if (verb === 'kể' && isToldClause(rest)) return { start: clauseStart };
  // "X nói giá lúa đã giảm", "X nói so với năm ngoái, giá lúa đã giảm": a clause with its own subject and tense after
  // "nói", an adverbial before it allowed; "nói lời cảm ơn …", "nói chuyện với …" take an object.
  if (verb === 'nói' && !SAID_OBJECT.test(rest) && SAID_CLAUSE.test(rest.replace(LEADING_ADVERBIAL, ''))) return { start: clauseStart };
  // "ông nói đội vẫn nhận được …", "bà nói khi thợ vào kiểm tra, vườn …": the narrated clause's shapes, too.
  if (verb === 'nói' && !SAID_OBJECT.test(rest) && !SAID_NOUN_AFTER.test(rest) && isToldClause(rest)) return { start: clauseStart };
  if (ADDRESSED_VERBS.has(verb)) {
    const told = ADDRESSEE_THEN_CLAUSE.exec(rest);
    if (told) return { start: clauseStart + told[0].length };
  }
  // "The ministry confirmed the minister would visit …", "X announced it would …": English drops "that" before a
  // clause with its own subject and auxiliary; "confirmed the deal", "announced a plan" take an object.
  if (CLAUSE_VERBS.has(verb) && SUBJECT_THEN_AUX.test(rest)) return { start: clauseStart };
  return null;
}

// "X tiết lộ cậu học trò đã dính chấn thương", "X thông báo bà Y vừa được bổ nhiệm", "X phản ánh trung tâm chưa về
// làm việc": a clause with its own subject
// (a few words) and a tense or modal word; "tiết lộ bí mật kinh doanh", "thông báo lịch thi" take an object.
const REVEAL_VERBS: ReadonlySet<string> = new Set(['tiết lộ', 'bật mí', 'thông báo', 'trình bày', 'phản ánh']);
const NOT_A_SUBJECT = ['về', 'với', 'cho', 'những', 'các', 'một', 'này', 'đó', 'ra', 'trên', 'tại', 'trong', 'qua', 'lại'];
const TENSES = ['đã', 'đang', 'sẽ', 'vừa', 'mới', 'chưa', 'không thể', 'có thể'];

/** A clause that opens on a subject of one to five words (not on one of `notFirst`), then one of `tenses`. */
function subjectThenTense(notFirst: string[], tenses: string[]): RegExp {
  const word = String.raw`[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.-]*`;
  return new RegExp(String.raw`^\s*(?!(?:${notFirst.join('|')})(?![\p{L}\p{M}]))${word}(?:\s+${word}){0,4}?\s+(?:${tenses.join('|')})(?![\p{L}\p{M}])`, 'u');
}

const REVEALED_CLAUSE = subjectThenTense(NOT_A_SUBJECT, [...TENSES, 'bị', 'được']);

// What "nói" takes as its object, not a clause: "nói lời cảm ơn", "nói chuyện", "nói tiếng Anh", "nói dối".
const SAID_OBJECT = /^\s*(?:lời|chuyện|tiếng|dối|thật|gì|câu|những|các|mấy|vài|với|về|cho|lên|ra|được|qua|mãi|nhiều|ít|to|nhỏ|nhanh|chậm)(?![\p{L}\p{M}])/iu;
// After "nói": a subject of a few words, then a tense or modal word; "bị"/"được" are left out (passives read as a
// noun's verb: "phần nói sau cùng nhưng bị cáo …"), and so are openers that make "nói" a noun ("nói sau cùng").
// A wish is a clause of its own too ("X nói Tokyo mong muốn …", "ông nói ông muốn các sở …"); "nói điều mình muốn" is
// an object.
const SAID_CLAUSE = subjectThenTense([...NOT_A_SUBJECT, 'sau', 'trước', 'cùng', 'thêm', 'rõ', 'là', 'rằng', 'điều', 'gì', 'cái'], [...TENSES, 'cần', 'phải', 'muốn', 'mong muốn', 'mong']);
// "nói sau cùng", "nói trước", "nói rõ": "nói" as a noun or with a manner, no clause yet.
// "nói trước đây không biết …" is a clause opened by a time adverb (narratedClause.ts), not "nói trước".
const SAID_NOUN_AFTER = /^\s*(?:sau|trước(?!\s+(?:đây|kia)\s+(?:đã|đang|sẽ|vừa|từng|không|chưa|vẫn)(?![\p{L}\p{M}]))|cùng|rõ|thêm|là|rằng)(?![\p{L}\p{M}])/iu;
// An adverbial phrase that opens the clause and ends on a comma: "so với năm ngoái, …", "trong tháng này, …".
const LEADING_ADVERBIAL = /^\s*(?:so với|trong|hiện nay|từ|sau|trước|tính đến|đến nay|năm nay|tháng này|hiện)(?![\p{L}\p{M}])[^,.;:§]{0,40},/iu;

// "Berg told reporters (that) the talks would go on", "warned employers that strikes might spread": the addressee,
// then the words: after "that", unless it is a relative pronoun ("told of a plan that would …"); without it, a subject
// and an auxiliary ("told him the story" is no report).
const ADDRESSED_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'warned', 'assured', 'reminded']);
const EN_AUX = String.raw`(?:was|were|is|are|had|has|have|would|will|could|should|might|must|did|does|can|may)`;
const ADDRESSEE_THEN_CLAUSE = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{M}'’.-]+\s+){1,7}?(?:that\s+(?!${EN_AUX}\s)|(?=(?:he|she|they|we|I|it|there|(?:the|this|its|his|her|their)(?:\s+[\p{L}\p{M}'’-]+){1,3})\s+${EN_AUX}\s))`,
  'u',
);

// English verbs that take a clause without "that" as readily as an object (not "denied": its clause alone would read
// as the claim it denies).
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['confirmed', 'announced', 'reported']);
// The clause's subject (a pronoun, a determiner and up to three words, or a capitalised name of up to three words),
// then its auxiliary.
const SUBJECT_THEN_AUX = new RegExp(
  String.raw`^\s*(?:he|she|they|we|I|it|there|(?:the|this|its|his|her|their|a|an)(?:\s+[\p{L}\p{M}'’-]+){1,3}|\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s+${EN_AUX}\s`,
  'u',
);

/** A report named as the topic of another: who said it, and where its words and its attribution lie. */
export interface TopicReport {
  mention: Mention;
  /** Where the attribution starts ("việc"): dates before it belong to the sentence's own report. */
  from: number;
  verbEnd: number;
  start: number;
  end: number;
}

// "về việc ông X (ngày 9/1) tuyên bố": "việc", the subject, perhaps a date, right before the verb.
// A stop inside a date ("ngày 7.1") does not end it. Matched on a window of TOPIC_WINDOW characters only.
const TOPIC_HEAD = /(?:^|\s)việc\s+((?:[^,;:§.]|\.(?=\d)){2,100})$/iu;
const TOPIC_WINDOW = 120;

/**
 * "Trả lời câu hỏi về việc Tổng thống X ngày 9/1 tuyên bố Mỹ sẽ rút khỏi 12 hiệp định, bà Y cho biết …": the topic of a
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
