/**
 * Words said of what the sentence before told: a statement opening on a demonstrative ("đây là niềm vui đối với cả
 * hai", "điều này sẽ giúp …", "this is …") names none of what it speaks of; the sentence before does ("Hai tiền vệ
 * X và Y lọt vào danh sách cầu thủ tiêu biểu. HLV Z cho rằng, đây là niềm vui đối với cả hai."). Such a statement is
 * indexed with the words of that sentence, so a question naming the topic finds it, as an interview's answer is
 * indexed with the question it follows (interview.ts).
 */
import type { UnitStore } from './units.js';

// A demonstrative standing for the fact told before, at the start of the words said.
const REFERS_BACK = /^(?:đây|điều này|điều đó|việc này|việc đó|chuyện này|chuyện đó|this|that)\s/iu;

/** For each statement opening on a demonstrative (REFERS_BACK), the sentence before the one holding it. */
export function referredBefore(units: UnitStore): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = units.structuredCount + 1; i < units.length; i++) {
    const held = units.coveredBy(i);
    if (!held) continue;
    // Passages are one sentence each, in reading order: the one before, in the same article, is the sentence before.
    if (units.docs[i - 1] !== units.docs[i] || !units.isPassage(i - 1)) continue;
    for (const s of held) {
      if (units.type(s) !== 'quote' || !REFERS_BACK.test(units.text(s).trim())) continue;
      if (!out.has(s)) out.set(s, units.text(i - 1));
    }
  }
  return out;
}
