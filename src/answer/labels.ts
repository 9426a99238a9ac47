/**
 * The words around an answer, in both reply languages, shared by every renderer of an AnswerView (the Discord
 * embed, the plain text of the console and the CLI), so they cannot drift apart.
 */
import { formatDate, isoPrecision } from '../core/dates.js';
import type { Language } from '../core/services.js';
import type { AnswerView } from './view.js';
import type { SourceView } from './sources.js';

export interface AnswerLabels {
  question: string;
  speaker: string;
  date: string;
  source: string;
  kind: string;
  reportedSpeech: string;
  excerpt: string;
  otherSources: (n: number) => string;
  onlyMonth: string;
  onlyYear: string;
  publicationDate: string;
  /** A date taken from the article around the words, not stated with them. */
  contextDate: string;
  /** An event dated only by its page's publication day (the news a lede reports). */
  reportDate: string;
  reportedOn: (d: string) => string;
  /**
   * A statement whose speaker the bot could not tell: it does not say the article names nobody (the excerpt may name
   * them, in a form the extraction could not read), only that no name is given here rather than a guess.
   */
  noSpeaker: string;
  /** A passage: a sentence of the article the answer was found in, not a statement; it has no speaker of its own. */
  articleSentence: string;
  /** An event: something the article reports as having happened, not anyone's words. */
  eventReport: string;
  notFound: (q: string) => string;
  notFoundHint: string;
  suggest: (s: string) => string;
  speakerWithout: (name: string) => string;
  speakerOffTopic: (name: string) => string;
  /** Nothing found for "what did X say about Y", X being quoted in the articles on other things. */
  speakerSilentOn: (name: string) => string;
  personNotInCorpus: (name: string) => string;
  closeNames: (names: string[]) => string;
  resultOf: (i: number, n: number) => string;
  firstLine: string;
  renderings: string;
}

const VI: AnswerLabels = {
  question: 'Câu hỏi',
  speaker: 'Người nói',
  date: 'Thời gian',
  source: 'Nguồn',
  kind: 'Loại',
  reportedSpeech: 'tường thuật (không phải nguyên văn)',
  excerpt: 'Trích',
  otherSources: (n) => `+${n} nguồn khác`,
  onlyMonth: 'chỉ rõ tháng',
  onlyYear: 'chỉ rõ năm',
  publicationDate: 'ngày đăng bài, không phải ngày phát biểu',
  contextDate: 'suy ra từ ngữ cảnh bài báo',
  reportDate: 'ngày đăng bài đưa tin',
  reportedOn: (d) => `đăng ngày ${d}`,
  noSpeaker: 'không xác định được',
  articleSentence: 'câu trong bài báo, không phải lời được trích',
  eventReport: 'sự kiện bài báo tường thuật, không phải lời được trích',
  notFound: (q) => `Không tìm thấy gì cho “${q}” trong các bài báo.`,
  notFoundHint: 'Hãy thử từ khoá khác, tên người nói, hoặc bỏ bớt chi tiết.',
  suggest: (s) => `Có phải ý bạn là ${s}?`,
  speakerWithout: (name) => `Không tìm thấy phát biểu nào của ${name} về điều này; dưới đây là các kết quả gần nhất.`,
  speakerOffTopic: (name) => `${name} không có phát biểu nào về đúng điều này; dưới đây là các phát biểu gần nhất của ${name}.`,
  speakerSilentOn: (name) => `${name} có phát biểu trong các bài báo, nhưng không có phát biểu nào về điều này; /quote speaker: ${name} liệt kê các phát biểu của người này.`,
  personNotInCorpus: (name) => `Không bài báo nào nhắc tới ${name}, nên không có phát biểu nào của người này.`,
  closeNames: (names) => `Tên gần giống trong các bài báo: ${names.join(', ')}.`,
  resultOf: (i, n) => `Kết quả ${i}/${n}`,
  firstLine: 'dòng đầu bài',
  renderings: 'Cùng phát biểu, cách dịch khác',
};

const EN: AnswerLabels = {
  question: 'Question',
  speaker: 'Speaker',
  date: 'When',
  source: 'Source',
  kind: 'Kind',
  reportedSpeech: 'reported speech (not verbatim)',
  excerpt: 'In',
  otherSources: (n) => `+${n} more ${n === 1 ? 'source' : 'sources'}`,
  onlyMonth: 'only the month is known',
  onlyYear: 'only the year is known',
  publicationDate: 'publication date, not when it was said',
  contextDate: 'inferred from the article\'s context',
  reportDate: 'publication date of the report',
  reportedOn: (d) => `published ${d}`,
  noSpeaker: 'not identified',
  articleSentence: 'a sentence of the article, not a quoted statement',
  eventReport: 'an event the article reports, not a quoted statement',
  notFound: (q) => `Nothing about “${q}” in the articles.`,
  notFoundHint: 'Try other words, a speaker’s name, or fewer details.',
  suggest: (s) => `Did you mean ${s}?`,
  speakerWithout: (name) => `No statement by ${name} on this was found; the closest results follow.`,
  speakerOffTopic: (name) => `${name} has no statement on exactly this; ${name}'s closest statements follow.`,
  speakerSilentOn: (name) => `${name} is quoted in the articles, but on nothing of this; /quote speaker: ${name} lists their statements.`,
  personNotInCorpus: (name) => `No article names ${name}, so there is no statement of theirs.`,
  closeNames: (names) => `Close names in the articles: ${names.join(', ')}.`,
  resultOf: (i, n) => `Result ${i} of ${n}`,
  firstLine: 'first line',
  renderings: 'The same statement, worded differently',
};

/** The labels of a reply language. */
export function answerLabels(lang: Language): AnswerLabels {
  return lang === 'en' ? EN : VI;
}

/**
 * An answer's date as a person reads it, saying when only the month or year is known and when it is the
 * article's publication date rather than when the words were said, or is inferred from the article around them; without a date, when it was reported.
 */
export function describeDate(view: Pick<AnswerView, 'date' | 'dateBasis' | 'sources'> & { type?: AnswerView['type'] }, lang: Language): string {
  const s = answerLabels(lang);
  if (view.date === null) {
    const published = view.sources[0]?.published ?? null;
    return published ? `${formatDate(null, lang)} (${s.reportedOn(formatDate(published, lang))})` : formatDate(null, lang);
  }
  const notes: string[] = [];
  const precision = isoPrecision(view.date);
  if (precision === 'month') notes.push(s.onlyMonth);
  if (precision === 'year') notes.push(s.onlyYear);
  if (view.dateBasis === 'published') notes.push(view.type === 'event' ? s.reportDate : s.publicationDate);
  if (view.dateBasis === 'context') notes.push(s.contextDate);
  const base = formatDate(view.date, lang);
  if (notes.length === 0) return base;
  // "3/11 (không rõ năm)" already ends in a note: one pair of brackets, "3/11 (không rõ năm; …)".
  return base.endsWith(')') ? `${base.slice(0, -1)}; ${notes.join('; ')})` : `${base} (${notes.join('; ')})`;
}

/** A source's name: `Outlet — Headline`, the headline alone, or the outlet alone; the file name only as a last resort. */
export function sourceName(source: SourceView): string {
  const headline = source.headlineFrom === 'file' ? null : source.headline;
  if (source.outlet && headline) return `${source.outlet} — ${headline}`;
  return headline ?? source.outlet ?? source.file;
}

/** A source's publication date, when the page gives one. */
export function sourceDate(source: SourceView, lang: Language): string | null {
  return source.published ? formatDate(source.published.slice(0, 10), lang) : null;
}
