/**
 * findDateMentions: every date expression in a Vietnamese text, resolved against the publication date.
 * Candidates from all rules (datesRules.ts) are chosen left to right, the longest at each position, without
 * overlap — so `tháng 12 năm ngoái` wins over `năm ngoái` and `thứ Hai (18/11)` over `thứ Hai`.
 */
import type { IsoDate } from './types.js';
import { RULES, toRef } from './datesRules.js';

/** A date expression found in text. start/end are UTF-16 offsets into the given text; raw = text.slice(start,end). */
export interface DateMention {
  start: number;
  end: number;
  raw: string;
  /** ISO with precision, or null when the text is a date the reference cannot resolve (`hôm qua` without one). */
  date: IsoDate;
  /** True when the reference supplied part of the date: the year of `30/10`, all of `hôm qua`. */
  relative: boolean;
}

// Dates already found, by reference and text: an article's sentences are read for dates by several passes (its
// floor, its restamping, each sentence's dates and events) against the same publication date.
const KNOWN = new Map<IsoDate | undefined, Map<string, readonly DateMention[]>>();
const KNOWN_MAX = 5_000;
let known = 0;

/**
 * Every date expression in `text`, left to right, non-overlapping, resolved against `reference` (the
 * publication date, any ISO precision incl. `2024-11-23T08:34+07:00`, or null), as new objects on each call. The
 * text should be NFC (cleanText); a raw may include a leading time word (`chiều 30/12`, `hôm 18.11`, `đầu tháng 11`).
 */
export function findDateMentions(text: string, reference?: IsoDate): DateMention[] {
  let byText = KNOWN.get(reference);
  if (!byText) KNOWN.set(reference, (byText = new Map()));
  let hits = byText.get(text);
  if (!hits) {
    if (++known > KNOWN_MAX) {
      KNOWN.clear();
      KNOWN.set(reference, byText);
      byText.clear();
      known = 1;
    }
    byText.set(text, (hits = scanDateMentions(text, reference)));
  }
  return hits.map((m) => ({ ...m }));
}

function scanDateMentions(text: string, reference?: IsoDate): DateMention[] {
  const ref = toRef(reference);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    if (rule.quick && !rule.quick.test(text)) continue;
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const resolved = rule.resolve(m, text, ref);
      if (!resolved) continue;
      let end = m.index + m[0].length;
      // "thứ Hai (18/11)": keep the closing parenthesis with the date it encloses.
      if (/\([^)]*$/.test(m[0]) && text[end] === ')') end++;
      found.push({ start: m.index, end, raw: text.slice(m.index, end), ...resolved });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: DateMention[] = [];
  let cursor = 0;
  for (const mention of found) {
    if (mention.start < cursor) continue;
    chosen.push(mention);
    cursor = mention.end;
  }
  return chosen;
}
