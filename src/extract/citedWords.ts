/**
 * Someone's words that the sentence's subject remembers or cites: "Ông X vẫn nhớ câu nói của Y năm ấy: “…”", "Bà X
 * nhắc lại lời dặn của ông nội: “…”", "Ông X trích lời của Chủ tịch Y: “…”". The quotation after the colon is the
 * words of the one named after "của", not of the one who recalls them: Y when the page names Y, nobody to show when
 * only described ("ông nội", "một người thầy").
 */
import type { Attribution } from './attributionTypes.js';
import { ownerMention } from './whenClauseReport.js';

// A verb of remembering or citing, then the noun of the words and "của": "nhớ câu nói của", "nhắc lại lời dặn của",
// "trích lời của", "mượn câu nói của". A noun of words alone ("lời khen của Y") is not enough: praise for Y, an answer
// to Y's question, are the subject's own words.
const CITED = /(?<![\p{L}\p{M}])(?:nhớ(?:\s+mãi|\s+lại|\s+như in)?|nhắc(?:\s+lại)?|trích(?:\s+dẫn)?|dẫn(?:\s+lại)?|mượn|kể lại)\s+(?:lại\s+)?(?:câu nói|lời nói|lời dặn|lời căn dặn|lời khuyên|lời nhắn|lời hứa|câu|lời)(?:\s+(?:cũ|ấy|năm xưa|ngày trước|ngày ấy))?\s+của\s+/giu;
// The subject's own words: "của mình", "của chính ông".
const OWN = /^\s*(?:chính\s|mình(?![\p{L}\p{M}]))/iu;
// Whose words: up to the first clause punctuation.
const OWNER = /^[^,;:.!?§()]{1,60}/u;

/**
 * The attribution of the quotation opening at `limit` when, after the sentence's subject (ending at `from`), the
 * sentence says it cites another's words ("nhớ câu nói của Y …:"), or null.
 */
export function citedWordsOwner(masked: string, from: number, limit: number, knownName: (n: string) => boolean): Attribution | null {
  const tail = masked.slice(from, limit);
  if (!/:\s*$/u.test(tail)) return null;
  let at = -1;
  for (const m of tail.matchAll(CITED)) at = m.index + m[0].length;
  if (at < 0) return null;
  const owner = OWNER.exec(tail.slice(at))?.[0];
  // "nhắc lại câu nói của mình", "… của chính ông": the subject's own words, as the sentence already says.
  if (!owner?.trim() || OWN.test(owner)) return null;
  const mention = ownerMention(owner, from + at, knownName);
  return { mention, clauseStart: limit, attributionEnd: limit, via: 'verb', verb: null };
}
