/**
 * The paragraphs that go on with a labelled answer of a transcript. After the reporter's question, "Ông X: Có một
 * hôm, tôi …" opens an answer that runs over the next paragraphs until the next question ("Quán Sen Hồng mở năm
 * 2020 …" is still X talking, first person or not). The run counts only when it is closed the way a transcript closes
 * it: by the next question or reporter's label, or by the end of a page cut off mid-answer. A quotation mark, another
 * label or a caption-free paragraph that asks nothing but is followed by narration leaves the run to the other rules.
 */
import { questionKind, REPORTER_LABEL } from './interview.js';
import type { Paragraph } from './paragraphs.js';

// "Ông X: …", "* Bộ trưởng Y: …", "Minh Châu: …": a label of up to 60 characters, a colon, then the words.
const SPEAKER_LABEL = /^\s*[*•–—-]?\s*\p{Lu}[^:.!?“”"]{1,60}:\s/u;
const QUOTE_MARK = /[“”"«»]/u;

/**
 * Indices of the paragraphs that continue a labelled answer given right after a question. `questions`: the question
 * paragraphs of the page (interview.ts).
 */
export function labelledAnswerRuns(paragraphs: Paragraph[], questions: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  // A question the page asks: one the interview rules paired with an answer, a reporter's label, or a turn that ends
  // on a question mark and addresses the interviewee ("…, thưa ông?"), even when its answer ends on a question too.
  const asks = (i: number): boolean => questions.has(i) || questionKind(paragraphs[i]!, false) !== null;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.caption || !SPEAKER_LABEL.test(p.text) || REPORTER_LABEL.test(p.text)) continue;
    let q = i - 1;
    while (q >= 0 && paragraphs[q]!.caption) q--;
    if (q < 0 || !asks(q)) continue;
    const run: number[] = [];
    let j = i + 1;
    for (; j < paragraphs.length; j++) {
      const next = paragraphs[j]!;
      if (next.caption) continue;
      if (asks(j) || SPEAKER_LABEL.test(next.text) || QUOTE_MARK.test(next.text)) break;
      run.push(j);
    }
    const closed = j < paragraphs.length ? asks(j) : paragraphs.at(-1)?.cut === true;
    if (closed) for (const r of run) out.add(r);
  }
  return out;
}
