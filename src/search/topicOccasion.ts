/**
 * The time clause of a topic question: "Hải sản X sau sự cố Y đã an toàn chưa?", "Giá vé sau khi Y thế nào?". Y says
 * when the state asked about holds; an answer that states it need not name Y again, so Y's words rank but are not
 * required, as the occasion of "X nói gì sau khi Y" (question.ts).
 */

// "sau" then a word that opens an event ("sau khi", "sau sự cố", "sau vụ", "sau đợt", "sau trận", "sau cuộc").
const MARKERS = [['sau', 'khi'], ['sau', 'su', 'co'], ['sau', 'vu'], ['sau', 'dot'], ['sau', 'tran'], ['sau', 'cuoc'], ['ke', 'tu', 'khi'], ['after']];
// Where the time clause ends and the question goes on: an aspect or modal word, or the question's predicate frame.
const CLAUSE_END_MARKED = new Set(['đã', 'có', 'chưa', 'sẽ', 'đang', 'vẫn', 'còn', 'thì', 'bị', 'được', 'thế', 'như', 'ra']);
const CLAUSE_END_FOLDED = new Set(['da', 'co', 'chua', 'se', 'dang', 'van', 'con', 'thi', 'bi', 'duoc', 'the', 'nhu', 'ra', 'is', 'are', 'was', 'were', 'has', 'have']);
// The topic before the clause: at least this many words ("hải sản miền Trung").
const MIN_TOPIC = 2;

/**
 * Word positions [from, to) of the time clause of a topic question, or null: a marker after the topic, then the
 * words up to an aspect word ("đã", "có", "chưa") or `stop` (a when phrase's first word) — none when the clause runs
 * to the end of the question.
 */
export function topicOccasionSpan(lower: string[], folded: string[], marks: boolean, stop = folded.length): [number, number] | null {
  // Before a when phrase ("… vào ngày nào", "… khi nào") the clause ends at it, or at "vào" opening it.
  const end = stop < folded.length && stop > 0 && folded[stop - 1] === 'vao' ? stop - 1 : stop;
  for (let i = MIN_TOPIC; i < end; i++) {
    const m = MARKERS.find((p) => p.every((w, k) => folded[i + k] === w));
    if (!m) continue;
    const from = i + m.length;
    let to = from;
    while (to < end && !(marks ? CLAUSE_END_MARKED.has(lower[to]!) : CLAUSE_END_FOLDED.has(folded[to]!))) to++;
    return to > from && to < folded.length ? [from, to] : null;
  }
  return null;
}
