/**
 * One statement, one answer. Two answers that show the same excerpt are one; two renderings of one statement
 * (the same speaker, a compatible date, most of the words of the shorter found in the longer: two outlets
 * translating the same remark) are shown together, the one whose date is known first, with both wordings and
 * their sources.
 */
import { parseIsoDate } from '../core/dates.js';
import { foldText } from '../core/text.js';
import type { IsoDate } from '../core/types.js';
import type { AnswerView } from './model.js';

/** Share of the shorter rendering's distinct words found in the longer one. */
const SAME_WORDS = 0.6;
/** Below this many distinct words, close wording is a coincidence of phrasing, not a translation. */
const MIN_WORDS = 6;

const wordsOf = (s: string): Set<string> => new Set(foldText(s).match(/[a-z0-9]+/g) ?? []);

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return small.size === 0 ? 0 : shared / small.size;
}

/** Dates that can name the same occasion: either unknown, or agreeing as far as both go. */
function compatible(a: IsoDate, b: IsoDate): boolean {
  if (a === null || b === null) return true;
  const x = parseIsoDate(a);
  const y = parseIsoDate(b);
  if (!x || !y) return a === b;
  const same = (u: number | null, v: number | null): boolean => u === null || v === null || u === v;
  return same(x.year, y.year) && same(x.month, y.month) && same(x.day, y.day);
}

function sameStatement(a: AnswerView, b: AnswerView, wa: Set<string>, wb: Set<string>): boolean {
  if (a.type !== 'quote' || b.type !== 'quote' || !a.speaker || a.speaker !== b.speaker) return false;
  if (!compatible(a.date, b.date)) return false;
  if (wa.size < MIN_WORDS || wb.size < MIN_WORDS) return false;
  return containment(wa, wb) >= SAME_WORDS;
}

/** A dated rendering leads: a reader trusts the copy that says when it was said, then one its article dates. */
function leadOf(group: AnswerView[]): AnswerView[] {
  const stated = group.findIndex((v) => v.dateBasis === 'stated');
  const known = stated >= 0 ? stated : group.findIndex((v) => v.dateBasis === 'context');
  if (known <= 0) return group;
  return [group[known]!, ...group.slice(0, known), ...group.slice(known + 1)];
}

/** Answers in rank order, each statement once, its other renderings attached to it. */
export function groupRenderings(answers: readonly AnswerView[]): AnswerView[] {
  const groups: AnswerView[][] = [];
  const words: Set<string>[] = [];
  const excerpts = new Set<string>();
  for (const a of answers) {
    const excerpt = foldText(a.excerpt).replace(/\s+/g, ' ').trim();
    // The same sentence found as a quote and as an event or passage: tell it once.
    if (excerpt && excerpts.has(excerpt)) continue;
    excerpts.add(excerpt);
    const w = wordsOf(a.text);
    const k = groups.findIndex((g, i) => sameStatement(g[0]!, a, words[i]!, w));
    if (k >= 0) groups[k]!.push(a);
    else {
      groups.push([a]);
      words.push(w);
    }
  }
  return groups.map((g) => {
    const [lead, ...others] = leadOf(g);
    return others.length ? { ...lead!, renderings: others } : lead!;
  });
}
