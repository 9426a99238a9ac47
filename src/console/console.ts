/**
 * Console mode: type the bot's commands at a prompt (or pipe them in, one a line) and read the replies as
 * text. /ask (and a line that is not a command: a question) is answered from the core answer model and rendered
 * by the plain-text renderer the CLI uses, so no Discord markdown is built to be stripped again. Other lines go
 * through the same dispatcher and command handlers as Discord interactions, via the local interactions of
 * localInteraction.ts, their payloads rendered as text.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { APIEmbed } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import type { Command } from '../discord/command.js';
import { answerSetText } from '../answer/plainText.js';
import { answerQuestion, type AnswerSet } from '../answer/view.js';
import { MAX_QUESTION_LENGTH } from '../core/questionLimit.js';
import type { Language } from '../core/services.js';
import { consoleName, parseCommandLine, usage, type OptionJson } from './parse.js';
import type { BotContext } from '../discord/context.js';
import { createDispatcher } from '../discord/dispatcher.js';
import { LocalButton, LocalChatInput, LocalMessageCommand, type LocalSend } from '../discord/localInteraction.js';
import { commandsJson } from '../discord/register.js';
import { COMMAND_TEXT, languageOf, stringsFor, type CommandTextKey } from '../discord/strings.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal: show a prompt. Piped input: no prompt, exit at end of input. */
  interactive: boolean;
  /** Reply language, as a Discord locale (default `vi`). */
  locale?: string;
  commands?: readonly Command[];
}

function unescape(md: string): string {
  return md
    .replace(/\[([^\]]*(?:\\\][^\]]*)*)\]\(<?([^)>\s]+)>?\)/g, '$1 <$2>')
    // A stamp with its relative form after it ('<t:N:F> (<t:N:R>)') is one time: printed once.
    .replace(/<t:(\d+):F> \(<t:\1:R>\)/g, '<t:$1>')
    .replace(/<t:(\d+)(?::[a-zA-Z])?>/g, (_, s: string) => new Date(Number(s) * 1000).toISOString().replace('.000Z', 'Z'))
    // Bold and italic markers (not escaped asterisks) go: the console has neither.
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/(?<!\\)\*([^*\n]+?)(?<!\\)\*/g, '$1')
    // So do inline code marks ('Dùng `/digest set`.'); an article's own backtick is escaped, and stays.
    .replace(/(?<!\\)`([^`\n]+?)(?<!\\)`/g, '$1')
    .replace(/\\([^A-Za-z0-9\s])/g, '$1');
}

function renderEmbed(e: APIEmbed): string[] {
  const lines: string[] = [];
  if (e.title) lines.push(`== ${unescape(e.title)} ==`);
  if (e.description) lines.push(unescape(e.description));
  for (const f of e.fields ?? []) {
    // A blockquote has no marker on a terminal: a field holding one starts on its own line, indented.
    const value = unescape(f.value).replace(/^> /gm, '');
    lines.push(/^> /m.test(f.value) ? `${unescape(f.name)}:\n  ${value.replace(/\n/g, '\n  ')}` : `${unescape(f.name)}: ${value.replace(/\n/g, '\n  ')}`);
  }
  if (e.footer?.text) lines.push(`(${unescape(e.footer.text)})`);
  return lines;
}

/** A reply payload as readable text: content, embeds, then buttons as `[label]`. */
export function renderPayload(payload: unknown): string {
  const p = (payload ?? {}) as { content?: string; embeds?: APIEmbed[]; components?: Array<{ components?: Array<{ label?: string; disabled?: boolean }> }> };
  const lines: string[] = [];
  if (p.content) lines.push(unescape(p.content));
  for (const e of p.embeds ?? []) lines.push(...renderEmbed(e));
  const buttons = (p.components ?? []).flatMap((r) => r.components ?? []).filter((b) => !b.disabled && b.label);
  if (buttons.length > 0) lines.push(buttons.map((b) => `[${b.label}]`).join(' ') + '   (/next, /prev)');
  return lines.join('\n');
}

function buttonIds(payload: unknown): string[] {
  const p = (payload ?? {}) as { components?: Array<{ components?: Array<{ custom_id?: string; disabled?: boolean }> }> };
  return (p.components ?? []).flatMap((r) => r.components ?? []).map((b) => (b.disabled ? '' : (b.custom_id ?? '')));
}

/** Run the console until `/quit` or the end of input. */
export async function runConsole(ctx: BotContext, options: ConsoleOptions): Promise<void> {
  const commands = options.commands ?? COMMANDS;
  const json = commandsJson(commands);
  const dispatcher = createDispatcher(ctx, commands);
  const locale = options.locale ?? 'vi';
  const lang = languageOf(locale);
  const out = (text: string): void => void options.output.write(`${text}\n`);
  // Buttons of the last message, [previous, next], for /prev and /next; or the last /ask answers and page.
  let lastButtons: string[] = [];
  let asked: { set: AnswerSet; page: number; lang: Language } | null = null;
  const ASK_LIMIT = 10;
  const showAnswer = (): void => {
    if (!asked) return;
    out(answerSetText(asked.set, asked.lang, asked.page, 1));
    const more = [asked.page > 0 ? '/prev' : '', asked.page < asked.set.answers.length - 1 ? '/next' : ''].filter(Boolean);
    if (more.length) out(`(${more.join(', ')})`);
    out('');
  };
  const ask = (question: string): void => {
    // The same cap as /ask on Discord.
    if (question.length > MAX_QUESTION_LENGTH) return void out(stringsFor(lang).questionTooLong(MAX_QUESTION_LENGTH));
    const set = answerQuestion(ctx.index(), question, { limit: ASK_LIMIT });
    // An English question gets an English reply, as on Discord.
    asked = { set, page: 0, lang: set.language === 'en' ? 'en' : lang };
    lastButtons = [];
    showAnswer();
  };

  const onSend = (send: LocalSend): void => {
    if (send.kind === 'defer' || send.kind === 'respond') return;
    const ids = buttonIds(send.payload);
    if (ids.some(Boolean)) {
      lastButtons = ids;
      asked = null;
    }
    out(renderPayload(send.payload));
    out('');
  };
  const init = { locale, onSend, username: 'console' };

  const help = (): string => {
    const lines = [stringsFor(lang).help];
    for (const c of json) {
      const key = c.name as CommandTextKey;
      const text = COMMAND_TEXT[key];
      // A message context menu has no description on Discord; in the console it takes the message text.
      const description = c.type === 3 ? stringsFor(lang).consoleFindSource : text ? (lang === 'vi' ? text.vi.description : text.description) : '';
      lines.push(`  /${consoleName(c.name)}${description ? ` — ${description}` : ''}`);
    }
    lines.push('  /next, /prev, /help, /quit');
    return lines.join('\n');
  };

  /** `/help ask`: one command's options, as the console takes them. */
  const helpFor = (name: string): string | null => {
    const c = json.find((x) => consoleName(x.name) === consoleName(name) || Object.values(x.name_localizations ?? {}).some((n) => n && consoleName(n) === consoleName(name)));
    if (!c) return null;
    const text = COMMAND_TEXT[c.name as CommandTextKey];
    const description = c.type === 3 ? stringsFor(lang).consoleFindSource : text ? (lang === 'vi' ? text.vi.description : text.description) : '';
    const options = ((c as { options?: OptionJson[] }).options ?? []) as OptionJson[];
    const subs = options.filter((o) => o.type === 1);
    const lines = [`/${consoleName(c.name)}${description ? ` — ${description}` : ''}`, `${stringsFor(lang).usage}:`];
    if (subs.length) for (const sub of subs) lines.push(`  ${usage(`${consoleName(c.name)} ${sub.name}`, sub.options ?? [])}`);
    else lines.push(`  ${c.type === 3 ? `/${consoleName(c.name)} <…>` : usage(consoleName(c.name), options)}`);
    return lines.join('\n');
  };

  const handleLine = async (raw: string): Promise<boolean> => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return true;
    const first = line.split(/\s+/)[0]!;
    const word = consoleName(first.replace(/^\//, ''));
    if (word === 'quit' || word === 'exit') return false;
    if (word === 'help') {
      const topic = line.split(/\s+/)[1];
      out((topic && helpFor(topic.replace(/^\//, ''))) || help());
      return true;
    }
    if (word === 'next' || word === 'prev') {
      if (asked) {
        const page = asked.page + (word === 'next' ? 1 : -1);
        if (page < 0 || page >= asked.set.answers.length) return void out('—'), true;
        asked.page = page;
        showAnswer();
        return true;
      }
      const id = lastButtons[word === 'next' ? 1 : 0];
      if (!id) return void out('—'), true;
      await dispatcher.handle({ kind: 'button', interaction: new LocalButton(id, init) });
      return true;
    }
    const parsed = parseCommandLine(json, line);
    if (parsed.kind === 'error') {
      // A line that is not a command is a question, as a person at a prompt means it.
      if (parsed.message.startsWith('unknown:') && !first.startsWith('/')) return void ask(line), true;
      if (parsed.message.startsWith('unknown:')) out(`${stringsFor(lang).unknownCommand(first)}\n${help()}`);
      else out(parsed.message);
      return true;
    }
    if (parsed.kind === 'missing') return void out(stringsFor(lang).missingOption(parsed.option, parsed.usage)), true;
    if (parsed.kind === 'message') {
      await dispatcher.handle({ kind: 'message', interaction: new LocalMessageCommand(parsed.command, parsed.text, init) });
      return true;
    }
    if (parsed.command === 'ask' && typeof parsed.values.question === 'string') return void ask(parsed.values.question), true;
    await dispatcher.handle({ kind: 'slash', interaction: new LocalChatInput(parsed.command, parsed.values, { ...init, subcommand: parsed.subcommand }) });
    return true;
  };

  const rl = createInterface({ input: options.input, output: options.interactive ? options.output : undefined, terminal: options.interactive });
  if (options.interactive) {
    out(help());
    rl.setPrompt('trichdan> ');
    rl.prompt();
  }
  try {
    for await (const line of rl) {
      if (!(await handleLine(line))) break;
      if (options.interactive) rl.prompt();
    }
  } finally {
    rl.close();
  }
}
