/**
 * Parsing console lines into command invocations, using the registry's own JSON so the console accepts
 * exactly the options Discord would: `/ask ai nói gì về xe buýt`, `/quote speaker:Trần Thị Mơ topic:giá lúa`,
 * `/digest preview`. A bare rest of line fills the first required option (else the first option).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  PermissionsBitField,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { LocalOptionValue } from '../discord/localInteraction.js';

export interface OptionJson {
  type: number;
  name: string;
  required?: boolean;
  name_localizations?: Record<string, string> | null;
  options?: OptionJson[];
}

export type ParsedLine =
  | { kind: 'slash'; command: string; subcommand: string | null; values: Record<string, LocalOptionValue> }
  | { kind: 'message'; command: string; text: string }
  | { kind: 'error'; message: string }
  | { kind: 'missing'; option: string; usage: string };

/** The console name of a command: `Find source` → `findsource`. */
export function consoleName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** `/name option:<…> [optional:<…>]`, the option syntax of a command (console help and errors). */
export function usage(name: string, options: OptionJson[]): string {
  return `/${name} ${options.map((o) => (o.required ? `${o.name}:<…>` : `[${o.name}:<…>]`)).join(' ')}`.trim();
}

/**
 * A channel typed as <#123> or 123: the console cannot check its type, so it is taken as a text channel, where the
 * console's user (the operator, who holds every permission) may post, as Discord says of a picked channel. A name
 * with no id ('general') is no channel the console can know: it is refused as no text channel.
 */
function channelOf(raw: string): LocalOptionValue {
  const id = raw.replace(/\D/g, '');
  if (!id) return { id, type: -1 };
  // channelAccess reads `permissions` as it reads the field Discord resolves a picked channel with.
  const picked = { id, type: ChannelType.GuildText, permissions: PermissionsBitField.All.toString() };
  return picked;
}

function convert(option: OptionJson, raw: string): LocalOptionValue | string {
  if (option.type === ApplicationCommandOptionType.Boolean) return /^(true|yes|on|1|có|co)$/i.test(raw);
  if (option.type === ApplicationCommandOptionType.Channel) return channelOf(raw);
  return raw;
}

/** Parse the part of a line after `/name`. */
export function parseCommandLine(json: readonly RESTPostAPIApplicationCommandsJSONBody[], line: string): ParsedLine {
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(line.trim());
  if (!m) return { kind: 'error', message: 'empty line' };
  const typed = consoleName(m[1]!);
  let rest = m[2]!.trim();
  const command = json.find((c) => consoleName(c.name) === typed || Object.values(c.name_localizations ?? {}).some((n) => n && consoleName(n) === typed));
  if (!command) return { kind: 'error', message: `unknown:${m[1]}` };
  if (command.type === ApplicationCommandType.Message) return { kind: 'message', command: command.name, text: rest };
  let options = ((command as { options?: OptionJson[] }).options ?? []) as OptionJson[];
  let subcommand: string | null = null;
  const subs = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subs.length > 0) {
    const [first = '', ...others] = rest.split(/\s+/);
    const sub = subs.find((s) => s.name === first || s.name_localizations?.vi === first);
    if (!sub) return { kind: 'error', message: `/${command.name} ${subs.map((s) => s.name).join('|')}` };
    subcommand = sub.name;
    options = sub.options ?? [];
    rest = others.join(' ');
  }
  const names = new Map<string, OptionJson>();
  for (const o of options) {
    names.set(o.name, o);
    const vi = o.name_localizations?.vi;
    if (vi) names.set(vi, o);
  }
  const values: Record<string, LocalOptionValue> = {};
  // `key:` only counts as an option when key is one of this command's option names.
  const keyRe = /(^|\s)([\p{L}\p{N}_-]+):/gu;
  const marks: Array<{ option: OptionJson; start: number; valueStart: number }> = [];
  for (const k of rest.matchAll(keyRe)) {
    const option = names.get(k[2]!);
    if (option) marks.push({ option, start: k.index + k[1]!.length, valueStart: k.index + k[0].length });
  }
  const bare = rest.slice(0, marks[0]?.start ?? rest.length).trim();
  marks.forEach((mark, idx) => {
    const raw = rest.slice(mark.valueStart, marks[idx + 1]?.start ?? rest.length).trim();
    values[mark.option.name] = convert(mark.option, raw);
  });
  if (bare) {
    const target = options.find((o) => o.required && values[o.name] === undefined) ?? options.find((o) => values[o.name] === undefined);
    if (!target) return { kind: 'error', message: usage(command.name, options) };
    values[target.name] = convert(target, bare);
  }
  const missing = options.find((o) => o.required && (values[o.name] === undefined || values[o.name] === ''));
  if (missing) return { kind: 'missing', option: missing.name, usage: usage(subcommand ? `${command.name} ${subcommand}` : command.name, options) };
  return { kind: 'slash', command: command.name, subcommand, values };
}
