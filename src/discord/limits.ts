/**
 * Discord's length limits, in one place. Every string the bot sends passes through `fit()` or one of the
 * helpers here, so a long quote or an echoed 5 000-character question can never make Discord reject a reply.
 * Source: https://discord.com/developers/docs/resources/message#embed-object-embed-limits and
 * https://discord.com/developers/docs/interactions/application-commands#application-command-object.
 */
import type { APIEmbed } from 'discord.js';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedAuthor: 256,
  /** Sum of title, description, field names/values, footer and author name of all embeds in a message. */
  embedTotal: 6000,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
  buttonLabel: 80,
  customId: 100,
} as const;

export type LimitName = keyof typeof LIMITS;

const ELLIPSIS = '…';
// Do not cut further back than this share of the budget to find a word boundary: a 300-character
// "word" (a URL) would otherwise leave almost nothing.
const MIN_KEEP_RATIO = 0.6;

/**
 * Cut `text` to at most `max` UTF-16 units (what Discord counts), at a word boundary when one is close,
 * ending with an ellipsis. Text that fits is returned unchanged. Never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = max - ELLIPSIS.length;
  // A lone high surrogate at the cut would render as garbage.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  let head = text.slice(0, cut);
  const boundary = head.search(/\s\S*$/u);
  if (boundary >= Math.floor(cut * MIN_KEEP_RATIO)) head = head.slice(0, boundary);
  return head.replace(/[\s,;:–—-]+$/u, '') + ELLIPSIS;
}

/** `truncate` to a named Discord limit. */
export function fit(text: string, limit: LimitName): string {
  return truncate(text, LIMITS[limit]);
}

function embedLength(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/**
 * Make an embed obey every per-field limit, then shorten the description (the longest free text) until the
 * message's embeds together stay under the 6 000-character total.
 */
export function fitEmbed(embed: APIEmbed, othersLength = 0): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = fit(out.title, 'embedTitle');
  if (out.description !== undefined) out.description = fit(out.description, 'embedDescription');
  if (out.footer) out.footer = { ...out.footer, text: fit(out.footer.text, 'embedFooter') };
  if (out.author) out.author = { ...out.author, name: fit(out.author.name, 'embedAuthor') };
  if (out.fields) {
    out.fields = out.fields
      .slice(0, LIMITS.embedFields)
      .map((f) => ({ ...f, name: fit(f.name, 'embedFieldName') || '\u200b', value: fit(f.value, 'embedFieldValue') || '\u200b' }));
  }
  let over = embedLength(out) + othersLength - LIMITS.embedTotal;
  if (over > 0 && out.description) {
    out.description = truncate(out.description, Math.max(0, out.description.length - over));
    over = embedLength(out) + othersLength - LIMITS.embedTotal;
  }
  // Still too long: the last fields are the least important (builders put the answer first).
  while (over > 0 && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
    over = embedLength(out) + othersLength - LIMITS.embedTotal;
  }
  if (over > 0 && out.title) out.title = truncate(out.title, Math.max(0, out.title.length - over));
  return out;
}

/** Fit a list of embeds of one message, sharing the 6 000-character total in order. */
export function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  let used = 0;
  return embeds.map((e) => {
    const fitted = fitEmbed(e, used);
    used += embedLength(fitted);
    return fitted;
  });
}

/** An autocomplete choice within limits; a value too long to fit is dropped (null), never cut (it would not match). */
export function fitChoice(name: string, value: string): { name: string; value: string } | null {
  if (value.length > LIMITS.choiceValue || value.length === 0) return null;
  return { name: fit(name, 'choiceName') || value, value };
}

/** At most 25 choices, each within limits. */
export function fitChoices(choices: Array<{ name: string; value: string }>): Array<{ name: string; value: string }> {
  const out: Array<{ name: string; value: string }> = [];
  for (const c of choices) {
    const fitted = fitChoice(c.name, c.value);
    if (fitted) out.push(fitted);
    if (out.length === LIMITS.choices) break;
  }
  return out;
}
