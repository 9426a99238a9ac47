/**
 * Reply builders: plain data in, discord.js message options out. Pure, so tests need no client.
 * Every payload carries `allowedMentions: { parse: [] }`: quoted news and echoed questions can contain
 * `@everyone` or role mentions, and the bot must never ping anyone.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import { answerLabels, describeDate } from '../answer/labels.js';
import type { FoundSource } from '../answer/findSource.js';
import type { AnswerSet, AnswerView } from '../answer/view.js';
import type { Language } from '../core/services.js';
import { blockquote, escapeMarkdown, oneLine, sourceLink } from './format.js';
import { LIMITS, fit, fitEmbeds, truncate } from './limits.js';
import { stringsFor } from './strings.js';
import { notFoundLines, notInCorpusLines, type TextShape } from '../answer/plainText.js';

export const NO_MENTIONS = { parse: [] as [] } as const;
export const COLOR = 0x2b6cb0;

// Words the bot did not write, in a message: escaped, cut, and a suggestion in bold.
const MARKDOWN: TextShape = { text: (s, max) => escapeMarkdown(truncate(oneLine(s), max)), strong: (s) => `**${escapeMarkdown(s)}**` };

/** What every builder returns: assignable to reply, editReply, followUp and update options. */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
}

/** Paging: buttons get custom_id `<prefix>:<page>:<state>` (prefix = command name). */
export interface Pager {
  prefix: string;
  /** 0-based. */
  page: number;
  pages: number;
  state: string;
}

/** A plain text reply. */
export function textReply(content: string): ReplyPayload {
  return { content: fit(content, 'content'), embeds: [], components: [], allowedMentions: { parse: [] } };
}

/** Previous / next buttons, or none when everything fits on one page. */
export function pagerRow(pager: Pager, lang: Language): APIActionRowComponent<APIButtonComponent>[] {
  if (pager.pages <= 1) return [];
  const s = stringsFor(lang);
  const id = (page: number): string => `${pager.prefix}:${page}:${pager.state}`.slice(0, LIMITS.customId);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: `◀ ${s.previous}`, custom_id: id(pager.page - 1), disabled: pager.page <= 0 },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: `${s.next} ▶`, custom_id: id(pager.page + 1), disabled: pager.page >= pager.pages - 1 },
      ],
    },
  ];
}

/** The embed of one answer: verbatim excerpt with matched words in bold, speaker, date, linked source(s). */
export function answerEmbed(view: AnswerView, lang: Language, title: string, footer: string | null, note: string | null = null): APIEmbed {
  const s = answerLabels(lang);
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (view.speaker) fields.push({ name: s.speaker, value: escapeMarkdown(oneLine(view.speaker)), inline: true });
  else if (view.type === 'quote') fields.push({ name: s.speaker, value: s.noSpeaker, inline: true });
  else if (view.type === 'passage') fields.push({ name: s.kind, value: s.articleSentence, inline: true });
  else if (view.type === 'event') fields.push({ name: s.kind, value: s.eventReport, inline: true });
  fields.push({ name: s.date, value: describeDate(view, lang), inline: true });
  if (view.kind === 'indirect') fields.push({ name: s.kind, value: s.reportedSpeech, inline: true });
  const [first, ...others] = view.sources;
  let sourceValue = first ? sourceLink(first, 300) : '';
  if (others.length > 0) {
    const shown = others.slice(0, 5).map((x) => `• ${sourceLink(x, 120)}`);
    sourceValue += `\n${s.otherSources(others.length)}\n${shown.join('\n')}`;
  }
  fields.push({ name: s.source, value: sourceValue });
  if (view.renderings.length > 0) {
    const lines = view.renderings.slice(0, 3).map((r) => {
      const words = escapeMarkdown(truncate(oneLine(r.text), 300));
      const where = r.sources.slice(0, 2).map((x) => sourceLink(x, 100)).join(', ');
      return `• ${r.verbatim ? `“${words}”` : words} — ${describeDate(r, lang)}, ${where}`;
    });
    fields.push({ name: s.renderings, value: truncate(lines.join('\n'), LIMITS.embedFieldValue) });
  }
  const quoted = blockquote(view.excerpt, view.matched);
  const description = note ? `*${escapeMarkdown(note)}*\n\n${quoted}` : quoted;
  const embed: APIEmbed = { title: fit(title, 'embedTitle'), description, color: COLOR, fields };
  if (footer) embed.footer = { text: footer };
  return embed;
}

/** /ask: one answer per page, with paging buttons when there are more, in the question's language when it is English. */
export function buildAnswerReply(input: { set: AnswerSet; page: number; lang: Language; state: string }): ReplyPayload {
  const { set, lang } = input;
  if (set.unknownPerson) return textReply(notInCorpusLines(set.unknownPerson, lang, MARKDOWN).join('\n'));
  if (set.answers.length === 0) return buildNotFoundReply(set.question, set.suggestion, lang, set.speakerSilentOn);
  const s = answerLabels(lang);
  const page = Math.min(Math.max(0, input.page), set.answers.length - 1);
  const title = `${s.question}: ${oneLine(set.question)}`;
  const footer = set.answers.length > 1 ? s.resultOf(page + 1, set.answers.length) : null;
  const note = set.speakerWithoutAnswer
    ? s.speakerWithout(set.speakerWithoutAnswer)
    : set.speakerOffTopic
      ? s.speakerOffTopic(set.speakerOffTopic)
      : null;
  return {
    embeds: fitEmbeds([answerEmbed(set.answers[page]!, lang, title, footer, note)]),
    components: pagerRow({ prefix: 'ask', page, pages: set.answers.length, state: input.state }, lang),
    allowedMentions: { parse: [] },
  };
}

/**
 * Nothing found: say so; that the speaker the question named is quoted on other things (with /quote to list them),
 * and a close name or term when the index has one.
 */
export function buildNotFoundReply(question: string, suggestion: string | null, lang: Language, silentSpeaker?: string | null): ReplyPayload {
  return textReply(notFoundLines({ question, suggestion, speakerSilentOn: silentSpeaker ?? null }, lang, MARKDOWN).join('\n'));
}

/**
 * /quote: a public, attributed blockquote in the channel:
 * `> “words”` then `— Speaker, date, [Outlet — Title](<url>)`. The link is wrapped in <> so it does not unfurl.
 */
export function buildQuoteReply(view: AnswerView, lang: Language): ReplyPayload {
  const s = stringsFor(lang);
  const name = view.speaker ? escapeMarkdown(oneLine(view.speaker)) : null;
  // A paraphrase is not the speaker's words: quote the article's own sentence instead, and say it is reported.
  const reported = !view.verbatim;
  const speaker = reported && name ? s.reportedBy(name) : name;
  const first = view.sources[0];
  const attribution = ['—', [speaker, describeDate(view, lang), first ? sourceLink(first, 200, true) : null].filter(Boolean).join(', ')].join(' ');
  // Budget the quote so the attribution always survives the 2 000 limit.
  const room = LIMITS.content - attribution.length - 10;
  const words = escapeMarkdown(truncate(oneLine(reported ? view.excerpt : view.text), Math.max(100, Math.floor(room * 0.8))));
  return textReply(reported ? `> ${words}\n${attribution}` : `> “${words}”\n${attribution}`);
}

/** "Find source": the statement a message quotes, as an answer embed; a paraphrase is said to be one. */
export function buildFindSourceReply(found: FoundSource | null, lang: Language): ReplyPayload {
  const s = stringsFor(lang);
  if (!found) return textReply(s.findSourceNone);
  const note = found.paraphrase ? s.findSourceParaphrase : null;
  return { embeds: fitEmbeds([answerEmbed(found.view, lang, s.findSourceTitle, null, note)]), components: [], allowedMentions: { parse: [] } };
}
