/**
 * The one answer view model: everything any surface shows about an answer, built once in the core from a
 * search result. The Discord embed, the plain text of the console and the CLI, and the JSON are renderers of it;
 * none of them goes back into the extraction or the corpus.
 */
import type { Language, QuestionReading, SearchIndex } from '../core/services.js';
import type { AnswerResult, AskOptions, CorpusDocument } from '../core/types.js';
import type { AnswerSet, AnswerView, DateBasis } from './model.js';
import { groupRenderings } from './renderings.js';
import { sourceViewsFor } from './sources.js';

export type { AnswerSet, AnswerView, DateBasis };

/** The view-builder of a corpus (its source views computed once per corpus). */
export function answerViewer(documents: readonly CorpusDocument[]): (r: AnswerResult) => AnswerView {
  const source = sourceViewsFor(documents);
  return (r) => {
    const kind = r.type === 'quote' ? (r.kind ?? null) : null;
    const dateBasis: DateBasis = r.date === null ? 'unknown'
      : r.dateSource === 'published' ? 'published' : r.dateSource === 'context' ? 'context' : 'stated';
    return {
      type: r.type,
      kind,
      verbatim: r.type === 'quote' && kind !== 'indirect',
      speaker: r.speaker,
      text: r.text,
      excerpt: r.excerpt || r.text,
      date: r.date,
      dateBasis,
      sources: (r.sources.length ? r.sources : [r.source]).map(source),
      matched: r.matched,
      renderings: [],
    };
  };
}

/** Views of results from an index. */
export function viewsOf(index: SearchIndex, results: readonly AnswerResult[]): AnswerView[] {
  const view = answerViewer(index.extraction.documents);
  return results.map(view);
}

/** Whether a speaker has any statement under the question's filters (a person only named is quoted on nothing). */
function quotedAtAll(index: SearchIndex, speakerId: string, options: AskOptions): boolean {
  return index.quotesBy(speakerId, undefined, { ...options, limit: 1 }).length > 0;
}

/**
 * Answer a question: the one path of /ask, the console and the CLI, so all three give the same first answer.
 * When the question names a speaker none of whose statements is found, the set says so (the answers are the
 * closest others).
 */
export function answerQuestion(index: SearchIndex, question: string, options: AskOptions = {}): AnswerSet {
  const read: QuestionReading = index.readQuestion?.(question) ?? { language: 'vi' as Language, speaker: null };
  const results = question.trim() ? index.ask(question, options) : [];
  const answers = groupRenderings(viewsOf(index, results));
  let speakerWithoutAnswer: string | null = null;
  let speakerOffTopic: string | null = null;
  if (read.speaker && results.length > 0 && results.every((r) => r.offTopic)) {
    // X's statements closest to Y, none of them on Y: say so before them.
    speakerOffTopic = read.speaker.name;
  } else if (read.speaker && answers.length > 0) {
    const asked = read.speaker;
    const theirs = results.some((r) => r.speaker && index.resolveSpeaker(r.speaker)?.id === asked.id);
    if (!theirs) speakerWithoutAnswer = asked.name;
  } else if (read.silentPerson && answers.length > 0) {
    // Named in the articles but never quoted: every answer is someone else's words.
    speakerWithoutAnswer = read.silentPerson;
  }
  return {
    question,
    language: read.language,
    answers,
    speakerWithoutAnswer,
    speakerOffTopic,
    speakerSilentOn: answers.length === 0 && read.speaker && !read.unknownPerson && quotedAtAll(index, read.speaker.id, options)
      ? read.speaker.name
      : null,
    suggestion: answers.length === 0 && question.trim() && !read.unknownPerson ? index.suggestAlternative(question) : null,
    unknownPerson: answers.length === 0 ? (read.unknownPerson ?? null) : null,
  };
}
