/**
 * Spans of a question around its reporting verb (question.ts): where the topic starts after "nói gì về", "react
 * to", "phản ứng trước việc"; the frame nouns before it ("vai trò của Y"); and where the occasion of the statement
 * starts ("sau khi Y", "trong vụ Y"). Pure functions of the folded words.
 */

const AFTER_VERB = new Set(['gi', 'nhung', 'dieu', 'them', 've', 'viec', 'about', 'on', 'regarding', 'concerning', 'of']);
// "react to Y", "respond to Y": for these verbs "to" introduces the topic, not the audience ("said to reporters").
const TOPIC_TO = new Set(['react', 'reacted', 'respond', 'responded', 'reply', 'replied']);
// "nói gì liên quan đến Y", "đánh giá thế nào về Y": the topic or the occasion follows the phrase ("quan hệ" alone is a topic word, not a relator).
const AFTER_VERB_PHRASES = [['lien', 'quan', 'den'], ['lien', 'quan', 'toi'], ['lien', 'quan'], ['nhu', 'the', 'nao'], ['the', 'nao'], ['ra', 'sao']];
// Markers of the occasion right after "X nói gì": when, where or to whom it was said ("sau khi", "sau" trận Y, "khi", "tại",
// "trước" tòa, "với" báo chí, "trong" lời nói sau cùng, "after", "at", "to" reporters…); the words after them rank but
// are not required.
const OCCASION_MARKERS = [['sau', 'khi'], ['truoc', 'khi'], ['trong', 'khi'], ['khi'], ['sau'], ['luc'], ['tai'], ['truoc'], ['voi'], ['trong'], ['tren'], ['after'], ['before'], ['when'], ['during'], ['at'], ['in', 'front', 'of'], ['to']];

// "phản ứng (thế nào) trước/với việc Y": after a verb of reaction, "trước" and "với" say what is reacted to (as
// "react to Y"), not when or to whom it was said ("nói gì trước tòa", "nói với báo chí").
const REACTION_VERB = ['phan', 'ung'];

function reactsTo(folded: string[], end: number, at: number): boolean {
  const reaction = folded[end - 2] === REACTION_VERB[0] && folded[end - 1] === REACTION_VERB[1];
  return reaction && (folded[at] === 'truoc' || folded[at] === 'voi') && folded[at + 1] !== 'khi' && at + 1 < folded.length;
}

/** Where the topic starts after a reporting verb at `end`: past "gì", "về", "liên quan đến", "about"… */
export function skipAfterVerb(folded: string[], end: number): number {
  let at = end;
  if (TOPIC_TO.has(folded[end - 1]!) && folded[at] === 'to') at++;
  for (;;) {
    if (at < folded.length && AFTER_VERB.has(folded[at]!)) at++;
    else if (reactsTo(folded, end, at)) at += folded[at + 1] === 'viec' ? 2 : 1;
    else {
      const phrase = AFTER_VERB_PHRASES.find((p) => p.every((w, k) => folded[at + k] === w));
      if (!phrase) return at;
      at += phrase.length;
    }
  }
}

// "Ai nói X trong vụ Y / sau trận Y / khi Y": after the words said, where or when they were said (the statement
// need not repeat it). Only markers that seldom sit inside a statement's own words.
const WHO_OCCASION_MARKERS = [
  ['trong', 'vu'], ['trong', 'cuoc'], ['trong', 'buoi'], ['trong', 'tran'], ['tai', 'cuoc'], ['tai', 'buoi'],
  ['tai', 'hop', 'bao'], ['sau', 'khi'], ['sau', 'tran'], ['truoc', 'khi'], ['khi'], ['after'], ['during'], ['when'],
];
// The words said come first: at least this many before an occasion can start.
const WHO_SAID_MIN = 3;

/** Where the occasion of "Ai nói X …" starts (see WHO_OCCASION_MARKERS), after the words said from `from`, or -1. */
export function whoOccasionAt(folded: string[], from: number): number {
  return laterOccasion(folded, from + WHO_SAID_MIN)?.[1] ?? -1;
}

// After a topic ("nói gì về Y …"), only markers of a time or a press event: "trong vụ Y", "trong cuộc Y" and "tại cuộc
// Y" there more often go on with the topic ("trách nhiệm trong vụ sập cầu", "tình hình trong cuộc chiến").
const TOPIC_OCCASION_MARKERS = [
  ['sau', 'khi'], ['sau', 'tran'], ['truoc', 'khi'], ['khi'], ['tai', 'hop', 'bao'], ['tai', 'cuoc', 'hop'], ['tai', 'buoi'],
  ['tai', 'phien'], ['after'], ['during'], ['when'],
];

/** The first of `markers` from word `from` on, as [marker start, occasion start], or null. */
function laterOccasion(folded: string[], from: number, markers = WHO_OCCASION_MARKERS): [number, number] | null {
  for (let i = from; i < folded.length; i++) {
    const m = markers.find((p) => p.every((w, k) => folded[i + k] === w));
    if (m && !['nao', 'gio'].includes(folded[i + m.length] ?? '') && i + m.length < folded.length) return [i, i + m.length];
  }
  return null;
}

/**
 * The occasion of "X nói gì về Y sau khi Z" / "what did X say about Y after Z", told after the topic Y (at least one
 * word from `topic`): TOPIC_OCCASION_MARKERS (a bare "tại", "với" or "to" may belong to Y, as in "quan hệ với Mỹ").
 * Returns [marker start, occasion start], or null.
 */
export function occasionAfterTopic(folded: string[], topic: number): [number, number] | null {
  return laterOccasion(folded, topic + 1, TOPIC_OCCASION_MARKERS);
}

// "nói gì về vai trò của Y", "what did X say about the future of Y": a frame noun before "của"/"of" names an aspect
// of the topic Y that a statement about Y seldom writes out; it ranks but is not required.
const FRAME_NOUNS = [
  ['vai', 'tro'], ['tam', 'quan', 'trong'], ['y', 'nghia'], ['tuong', 'lai'], ['trien', 'vong'], ['anh', 'huong'], ['tac', 'dong'],
  ['role'], ['importance'], ['significance'], ['future'], ['prospects'], ['impact'],
];

/** The end of a frame noun and its "của"/"of" at `at` (see FRAME_NOUNS), or `at` when there is none. */
export function frameEnd(folded: string[], at: number): number {
  const from = folded[at] === 'the' ? at + 1 : at;
  for (const f of FRAME_NOUNS) {
    const end = from + f.length;
    if (f.every((w, k) => folded[from + k] === w) && (folded[end] === 'cua' || folded[end] === 'of') && end + 1 < folded.length) return end + 1;
  }
  return at;
}

/** Where the occasion starts when an occasion marker is at `at` ("sau khi Y" → Y), else -1. */
export function occasionAt(folded: string[], at: number): number {
  for (const m of OCCASION_MARKERS) {
    // "khi nào" asks when: not an occasion.
    if (findPhrase(folded.slice(at, at + m.length), m) === 0 && !['nao', 'gio'].includes(folded[at + m.length] ?? '')) return at + m.length;
  }
  return -1;
}

/** Where a phrase of folded words first occurs, from word `from`, or -1. */
export function findPhrase(folded: string[], phrase: string[], from = 0): number {
  for (let i = from; i + phrase.length <= folded.length; i++) {
    if (phrase.every((p, k) => folded[i + k] === p)) return i;
  }
  return -1;
}

/** Where "trong vụ (án)" opens inside the words [a, b) before a question's verb, after a subject of its own; or -1. */
export function caseFrameAt(folded: readonly string[], a: number, b: number): number {
  for (let k = a + 1; k + 2 < b; k++) if (folded[k] === 'trong' && folded[k + 1] === 'vu') return k;
  return -1;
}
