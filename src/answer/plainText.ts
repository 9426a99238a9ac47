/**
 * Plain text of answers, for the console and the CLI (one renderer for both): no markdown to strip, quotation
 * marks only around verbatim words, every source by outlet, title, date and link.
 */
import type { Language } from '../core/services.js';
import { answerLabels, describeDate, sourceDate, sourceName } from './labels.js';
import type { SourceView } from './sources.js';
import type { AnswerSet, AnswerView } from './view.js';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
// Quotation marks and the ellipsis of a cut text: an excerpt that differs from the words only by them says nothing more.
const bare = (s: string): string => oneLine(s.replace(/[“”"‘’«»…]/gu, ' '));

/** Whether an excerpt shows more than the words it holds (the sentence around them), and so is worth a line. */
function addsContext(excerpt: string, text: string): boolean {
  const e = bare(excerpt);
  return e !== '' && !bare(text).includes(e);
}

/** A source as one line: outlet — title (or first line), date <link>; the digest's text uses it too. */
export function sourceText(source: SourceView, lang: Language): string {
  const date = sourceDate(source, lang);
  return `${sourceName(source)}${date ? `, ${date}` : ''}${source.url ? ` <${source.url}>` : ''}`;
}

/** One answer as lines of text. */
export function answerText(view: AnswerView, lang: Language): string[] {
  const s = answerLabels(lang);
  const words = view.verbatim ? `“${oneLine(view.text)}”` : oneLine(view.text);
  const lines = [words];
  if (addsContext(view.excerpt, view.text)) lines.push(`${s.excerpt}: ${oneLine(view.excerpt)}`);
  if (view.speaker) lines.push(`${s.speaker}: ${oneLine(view.speaker)}`);
  else if (view.type === 'quote') lines.push(`${s.speaker}: ${s.noSpeaker}`);
  else if (view.type === 'passage') lines.push(`${s.kind}: ${s.articleSentence}`);
  else if (view.type === 'event') lines.push(`${s.kind}: ${s.eventReport}`);
  if (view.kind === 'indirect') lines.push(`${s.kind}: ${s.reportedSpeech}`);
  lines.push(`${s.date}: ${describeDate(view, lang)}`);
  const [first, ...others] = view.sources;
  if (first) lines.push(`${s.source}: ${sourceText(first, lang)}`);
  if (others.length) {
    lines.push(s.otherSources(others.length));
    for (const o of others) lines.push(`  • ${sourceText(o, lang)}`);
  }
  if (view.renderings.length) {
    lines.push(`${s.renderings}:`);
    for (const r of view.renderings) {
      const words = r.verbatim ? `“${oneLine(r.text)}”` : oneLine(r.text);
      lines.push(`  • ${words} (${describeDate(r, lang)}; ${r.sources.map((x) => sourceText(x, lang)).join('; ')})`);
    }
  }
  return lines;
}

/**
 * How a renderer writes words it did not write (a question, a name, a suggestion): the console and the CLI on one
 * line; Discord also escaped, cut to a length and the suggestion in bold.
 */
export interface TextShape {
  text: (s: string, max: number) => string;
  strong: (s: string) => string;
}

const PLAIN: TextShape = { text: (s) => oneLine(s), strong: (s) => s };

/** The reply to a question about a person no article names: say so, and offer close names when there are. */
export function notInCorpusLines(person: { name: string; close: string[] }, lang: Language, shape: TextShape = PLAIN): string[] {
  const s = answerLabels(lang);
  const close = person.close.map((n) => shape.text(n, 200));
  return [s.personNotInCorpus(shape.text(person.name, 200)), close.length ? s.closeNames(close) : s.notFoundHint];
}

/**
 * Nothing found: say so; then that the speaker the question named is quoted on other things, or a close name or term
 * to try, or a hint.
 */
export function notFoundLines(
  set: Pick<AnswerSet, 'question' | 'suggestion' | 'speakerSilentOn'>,
  lang: Language,
  shape: TextShape = PLAIN,
): string[] {
  const s = answerLabels(lang);
  const lines = [s.notFound(shape.text(set.question, 200))];
  if (set.speakerSilentOn) lines.push(s.speakerSilentOn(shape.text(set.speakerSilentOn, 100)));
  if (set.suggestion) lines.push(s.suggest(shape.strong(set.suggestion)));
  else if (!set.speakerSilentOn) lines.push(s.notFoundHint);
  return lines;
}

/** A whole answer set: the question, a note when the named speaker has no answer, then numbered answers. */
export function answerSetText(set: AnswerSet, lang: Language = set.language, from = 0, count = set.answers.length): string {
  const s = answerLabels(lang);
  const q = oneLine(set.question);
  if (set.unknownPerson) return notInCorpusLines(set.unknownPerson, lang).join('\n');
  if (set.answers.length === 0) return notFoundLines(set, lang).join('\n');
  const lines = [`== ${s.question}: ${q} ==`];
  if (set.speakerWithoutAnswer) lines.push(s.speakerWithout(set.speakerWithoutAnswer));
  if (set.speakerOffTopic) lines.push(s.speakerOffTopic(set.speakerOffTopic));
  set.answers.slice(from, from + count).forEach((view, k) => {
    const i = from + k;
    const [head, ...rest] = answerText(view, lang);
    lines.push(`${count > 1 ? `${i + 1}. ` : ''}${head}`, ...rest.map((l) => `   ${l}`));
  });
  // One answer at a time (the console pages with /next): say which.
  if (count === 1 && set.answers.length > 1) lines.push(`(${s.resultOf(from + 1, set.answers.length)})`);
  return lines.join('\n');
}
