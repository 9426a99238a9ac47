/**
 * The JSON renderer of answers, the CLI's contract: `{"results":[{type,text,excerpt,speaker,date,source,sources}]}`,
 * best first. `source` is `{file,title,url,published}` (plus the outlet); `title` is the page's own or null.
 */
import type { SourceView } from './sources.js';
import type { AnswerView } from './view.js';

function sourceJson(s: SourceView): Record<string, unknown> {
  return { file: s.file, title: s.title, url: s.url, published: s.published, outlet: s.outlet };
}

/** `ask --json` of a list of answers. */
export function answersJson(answers: readonly AnswerView[]): { results: Array<Record<string, unknown>> } {
  return {
    results: answers.map((a) => ({
      type: a.type,
      text: a.text,
      excerpt: a.excerpt,
      speaker: a.speaker,
      date: a.date,
      ...(a.kind ? { kind: a.kind } : {}),
      source: a.sources[0] ? sourceJson(a.sources[0]) : null,
      sources: a.sources.map(sourceJson),
      ...(a.renderings.length
        ? { renderings: a.renderings.map((r) => ({ text: r.text, excerpt: r.excerpt, date: r.date, source: r.sources[0] ? sourceJson(r.sources[0]) : null })) }
        : {}),
    })),
  };
}
