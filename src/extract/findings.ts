/**
 * A body's finding or document reports for the body: "Theo kết luận của Thanh tra tỉnh X, …", "Theo kết quả điều tra
 * của cơ quan công an, …", "Báo cáo của Sở Y tế cho biết …", "Kết quả xác minh của Công an huyện Y xác định, …".
 * Vietnamese news gives an investigation's, an inspection's or a survey's results in these words: what follows is the
 * body's statement. The body is whoever is named after "của"/"từ" (a body described but not named, "cơ quan công an",
 * is kept with no name); a finding named with no owner ("Theo điều tra, …") says nothing of who reports it.
 */
import type { Attribution } from './attribution.js';
import { groupSubject } from './crowds.js';
import type { Mention } from './mentions.js';
import { parseSubject } from './phraseSubject.js';
import { findReportingVerbs, type VerbHit } from './reportingVerbs.js';
import { clauseStartAfter } from './attribution.js';
import { isSpeakerMention } from './subjects.js';
import { shift } from './subjectPhrase.js';

// The noun of a finding or a document, with "kết quả"/"văn bản" before it and "ban đầu"/"mới nhất" after it.
const FINDING = '(?:(?:văn bản|bản|kết quả|thông tin|số liệu)\\s+)?(?:điều tra|xác minh|kiểm tra|thanh tra|đánh giá|kết luận|báo cáo|thông báo|công văn|tờ trình|dự báo|phân tích|ước tính|khảo sát|thống kê|văn bản|kết quả)(?:\\s+(?:ban đầu|sơ bộ|bước đầu|mới nhất|mới|chính thức))?';
const FINDING_OF = new RegExp(`^\\s*${FINDING}\\s+(?:của|từ)\\s+`, 'iu');
// "Theo kết luận của X, …" at the start of a sentence, after at most a short opener ("Ngày 5/6, theo …").
const THEO_FINDING = new RegExp(`^(?:[^,§]{0,40}?(?:,\\s*|\\s))?(?:cũng\\s+)?theo\\s+(${FINDING}\\s+(?:của|từ)\\s+[^,:§]{2,80})[,:]\\s*`, 'iu');
// What a finding does with its clause, besides the reporting verbs: "xác định, …", "cho thấy …", "chỉ rõ …".
const FINDING_VERB = /(?<![\p{L}\p{M}])(?:xác định|cho thấy|chỉ rõ)(?![\p{L}\p{M}])/giu;
// Before the finding, at most a short opener ("Ngày 5/6, "); between its owner and the verb, only adverbs.
const OPENER = /^(?:[^,§]{0,40},\s*)?/u;
const ADVERBS = /^\s*(?:(?:đã|cũng|còn|vừa|mới|đều)\s+)*$/iu;

/** The body that owns the finding `phrase` opens with ("kết luận của Thanh tra tỉnh X" → the inspectorate), or null. */
export function findingOwner(phrase: string, knownName: (n: string) => boolean): Mention | null {
  const m = FINDING_OF.exec(phrase);
  if (!m) return null;
  const rest = phrase.slice(m[0].length);
  const parsed = parseSubject(rest, knownName);
  const owner = isSpeakerMention(parsed) && parsed.start <= 1 ? parsed : groupSubject(rest, 0);
  return owner ? shift(owner, m[0].length) : null;
}

/** The attribution of a sentence that a body's finding reports, by "Theo <finding> của X, …" or "<Finding> của X <verb> …". */
export function findingAttribution(masked: string, knownName: (n: string) => boolean): Attribution | null {
  const theo = THEO_FINDING.exec(masked);
  if (theo) {
    const at = theo[0].indexOf(theo[1]!);
    const owner = findingOwner(theo[1]!, knownName);
    if (!owner) return null;
    return { mention: shift(owner, at), clauseStart: theo[0].length, attributionEnd: theo[0].length, via: 'theo', verb: null, finding: true };
  }
  const opener = OPENER.exec(masked)![0].length;
  const verbs: VerbHit[] = [...findReportingVerbs(masked)];
  for (const v of masked.matchAll(FINDING_VERB)) verbs.push({ start: v.index, end: v.index + v[0].length, verb: v[0].toLowerCase() });
  const verb = verbs.sort((a, b) => a.start - b.start)[0];
  if (!verb || verb.start <= opener) return null;
  const owner = findingOwner(masked.slice(opener, verb.start), knownName);
  if (!owner || !ADVERBS.test(masked.slice(opener + owner.end, verb.start))) return null;
  return { mention: shift(owner, opener), clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb, finding: true };
}
