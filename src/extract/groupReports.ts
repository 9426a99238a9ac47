/**
 * "Nhiều người dân cho biết …", "Các chuyên gia nhận định …", "Phía Nga cho rằng …", "Residents said …": a sentence
 * whose subject is a group reports its words with no one to name (see crowds.ts).
 */
import { clauseStartAfter, type Attribution } from './attribution.js';
import { groupSubject } from './crowds.js';
import { findReportingVerbs, NEGATED_BEFORE } from './reportingVerbs.js';

// Before the group, at most a short opening phrase and its comma ("Tại buổi tiếp xúc, cử tri …").
const OPENER = /^(?:[^,§]{0,40},\s*)?/u;

/**
 * The attribution of a sentence whose first reporting verb has a group as its whole subject, or null. `plain`: the group
 * has no capitalised word after its first ("Residents said …", "Nhiều người dân cho biết …"), so nothing else could read
 * it as a name; "Cử tri Nguyễn Văn An cho biết" is left to the name first.
 */
export function groupReport(masked: string): { attribution: Attribution; plain: boolean } | null {
  const verb = findReportingVerbs(masked)[0];
  if (!verb) return null;
  const head = masked.slice(0, verb.start);
  if (NEGATED_BEFORE.test(head)) return null;
  const opener = OPENER.exec(head)?.[0] ?? '';
  const mention = groupSubject(head.slice(opener.length), opener.length);
  if (!mention) return null;
  const attribution: Attribution = { mention, clauseStart: clauseStartAfter(masked, verb), attributionEnd: verb.end, via: 'verb', verb: verb.verb };
  return { attribution, plain: !/\p{Lu}/u.test(head.slice(mention.start + 1)) };
}
