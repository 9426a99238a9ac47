/**
 * Reported words whose attribution comes after them, at the end of the sentence: "Ukraine sẵn sàng đàm phán …, Tổng
 * thống X khẳng định.", "Hồi đó mọi việc làm bằng tay, ông Y kể lại.", "…, Berg said on Monday.", "…, said Berg.".
 */
import { postposedAttribution, type Attribution } from './attribution.js';
import { accordingToClause } from './englishAccording.js';
import { ENGLISH_PARTICIPLES } from './lexicon.js';
import { findReportingVerbs } from './reportingVerbs.js';
import { parseSubject } from './phraseSubject.js';
import { wordCount } from './quoteSpans.js';
import type { PostposedClause } from './postposedClause.js';

export type { PostposedClause } from './postposedClause.js';

// After the verb of a postposed attribution, only a few words may follow ("…, X nói với phóng viên hôm qua.").
const POSTPOSED_TAIL_WORDS = 6;
const MIN_WORDS = 4;
const TAIL_DAY = /^\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?=,)/u;
// "…, the committee said in a statement published on its website on Tuesday.": where it was said, in English.
// "…, Hang said in response to queries over …": what the words answered.
const OCCASION_TAIL = /^\s*(?:(?:in|at|during|via|through|on)\s+(?:a|an|the|its|his|her|their)\s|in (?:response|reply|answer) to\s|(?:when|while) (?:asked|answering|responding)\s)[^§,;:]{0,100}[.!]?\s*$/u;
// Who heard what was told: reporters, the press, an outlet by its capitalised name ("told VnExpress", "told Tuoi Tre").
const TOLD_HEARERS = /^\s*(?:reporters|journalists|the (?:press|media)|(?:local |state )?media|\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2})(?=\s+(?:at|in|on|during|after|via)\s|\s*[.!]?\s*$)/u;
const ANY_PARTICIPLE = /^,\s*[a-z]+ing\s/u;
const DATELINE = /^\p{Lu}[\p{Lu}\s.,]*(?:\([^()]{1,30}\))?\s*[—–-]\s+|^\p{Lu}[\p{L}\s.]{1,30},\s+\p{Lu}[a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z]{2,10}\)\s*[—–-]?\s*|^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s*(?:\([^()]{1,30}\))?\s*[—–]\s+/u;
// Whose account it is: a person, or a body by its capitalised name; never a law, a decree or an article of one ("theo
// Điều 318 BLHS", "theo Nghị định 100"), nor figures or a plan ("theo số liệu của …", "theo kế hoạch"), which date and
// speak for no one.
const THEO_CLOSES = /^,\s*(?:(?:cũng|vẫn)\s+)?theo\s+(?:(?:ông|bà|anh|chị|TS\.?|ThS\.?|PGS\.?|GS\.?|luật sư|bác sĩ|đại diện|người phát ngôn)\s|(?!(?:Điều|Khoản|Điểm|Luật|Bộ luật|BLHS|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công văn|Hiến pháp|Kế hoạch|Quy định)(?![\p{L}\p{M}]))\p{Lu})[^,.;:§]{1,60}[.!…]*\s*$/u;
// What may follow the speaker of "…, said X": the sentence's end, an appositive, an occasion or a participle.
const AFTER_INVERTED_SPEAKER = /^\s*(?:[,.!?;:)(–—-]|$|(?:on|at|in|during|while|when|after|before|as|of|from|to|with|for|via|last|this|yesterday|today|earlier|later|adding|citing|referring|quoting)(?![\p{L}\p{M}]))/u;
const PARTICIPLE = new RegExp(`^,\\s*(?:${[...ENGLISH_PARTICIPLES].join('|')})\\s`, 'iu');

/** The words before one of the sentence's last commas when an attribution follows it, or null. */
export function postposedClause(text: string, masked: string, known: (n: string) => boolean): PostposedClause | null {
  // The attribution follows one of the last commas: the last, or one before a participle that goes on reporting
  // ("…, Berg said, adding that …"), or before an English title and occasion ("…, said X, head of Y, at the meeting.").
  let comma = -1;
  let att: Attribution | null = null;
  for (let c = masked.lastIndexOf(','), tries = 0; c > 0 && tries < 3; c = masked.lastIndexOf(',', c - 1), tries++) {
    if (PARTICIPLE.test(masked.slice(c))) continue;
    const found = postposedAttribution(masked, c, known);
    // "…, theo ông X.": "theo" and whose account it is close the sentence, with no verb.
    if (!found || (!found.verb && !THEO_CLOSES.test(masked.slice(c)))) continue;
    // "…, the ministry said Thursday, warning …": the day closes the attribution before the participle.
    // "…, Hang told reporters at a press conference in Hanoi on November 6.": who heard it, then where it was said.
    const tail = masked.slice(found.attributionEnd).replace(TAIL_DAY, '').replace(found.verb === 'told' ? TOLD_HEARERS : /^$/u, '');
    const verbFirst = /^,\s*(?:said|says|told|added)\s/iu.test(masked.slice(c));
    // "Tran Van Khoa, a farmer in X, said the Mekong Delta region has …": after "said" comes the reported clause, not
    // who said it; an inverted speaker is followed by a stop, a comma, or an occasion ("…, said X on Monday.").
    if (verbFirst && !AFTER_INVERTED_SPEAKER.test(masked.slice(found.mention.end))) continue;
    // "…, they stressed, agreeing on …": any participle phrase may close the attribution.
    if (wordCount(tail) > POSTPOSED_TAIL_WORDS && !PARTICIPLE.test(tail) && !ANY_PARTICIPLE.test(tail) && !OCCASION_TAIL.test(tail) &&
      !(verbFirst && wordCount(tail) <= 15 && !findReportingVerbs(tail).length && !tail.includes('§'))) break;
    comma = c;
    att = found;
    break;
  }
  // "…, according to the ministry.": English names the source after the words, with no verb (englishAccording.ts).
  if (comma <= 0 || !att) return accordingToClause(text, masked, known);
  // "…, ông X, Giám đốc Sở Y xác nhận.": a title with no name after the comma is the office of the person named
  // before it, who is the speaker; the reported words end at the comma before the name.
  if (att.mention.type === 'role') {
    const prev = masked.lastIndexOf(',', comma - 1);
    const phrase = prev > 0 ? masked.slice(prev + 1, comma) : '';
    const p = phrase ? parseSubject(phrase, known) : null;
    if (p?.type === 'person' && !p.bare && p.start <= 2 && phrase.slice(p.end).trim() === '') {
      comma = prev;
      att = { ...att, mention: { ...p, start: p.start + prev + 1, end: p.end + prev + 1 } };
    }
  }
  // "Referring to X, Lindqvist said: “…”": the verb introduces the quotation after it, not the words before the comma.
  if (/[§:]/u.test(masked.slice(att.attributionEnd))) return null;
  // "HÀ NỘI — …", "HANOI (Reuters) - …", "Hanoi, Oct 28 (IANS) …", "Hanoi — …": the dateline is the page's, not the speaker's words.
  const clause = text.slice(0, comma).trim().replace(DATELINE, '');
  if (wordCount(clause) < MIN_WORDS) return null;
  return { text: clause, attribution: att, comma };
}
