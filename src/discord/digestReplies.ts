/**
 * Reply builders for /digest: the digest itself as an embed (preview, and the scheduled post via
 * `renderDigestMessage`) and the status card. Pure.
 */
import type { APIEmbed } from 'discord.js';
import { formatDate } from '../core/dates.js';
import type { Digest, DigestSettings, Language, OutgoingMessage } from '../core/services.js';
import { describeDate } from '../answer/labels.js';
import { sourceViewOf } from '../answer/sources.js';
import type { IsoDate, SourceRef } from '../core/types.js';
import { escapeMarkdown, oneLine, sourceLink } from './format.js';
import { fitEmbeds, truncate } from './limits.js';
import { COLOR, type ReplyPayload } from './replies.js';
import { CHOICE_TEXT, stringsFor } from './strings.js';

/** A digest item's date, as answers show theirs. */
function itemDate(date: IsoDate, source: SourceRef, lang: Language): string {
  return describeDate({ date, dateBasis: date === null ? 'unknown' : 'stated', sources: [sourceViewOf(source)] }, lang);
}

/** A line cut inside the quotation it opened closes it after the ellipsis: the cut words are not the whole quote. */
function closeQuote(text: string): string {
  const opened = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  return opened > 0 ? `${text}”` : text;
}

/** A digest as one embed, in the digest's own language. */
export function digestEmbed(digest: Digest, preview: boolean): APIEmbed {
  const lang = digest.language;
  const s = stringsFor(lang);
  const day = formatDate(digest.date, lang);
  const embed: APIEmbed = { title: preview ? s.digestPreviewTitle(day) : s.digestTitle(day), color: COLOR, fields: [] };
  if (digest.empty) {
    embed.description = s.digestEmpty;
    return embed;
  }
  if (digest.onThisDay.length > 0) {
    const lines = digest.onThisDay.map((x) => `• **${itemDate(x.date, x.source, lang)}** — ${escapeMarkdown(closeQuote(truncate(oneLine(x.text), 200)))} · ${sourceLink(sourceViewOf(x.source), 60)}`);
    embed.fields!.push({ name: s.onThisDay, value: lines.join('\n') });
  }
  const q = digest.quoteOfTheDay;
  if (q) {
    const who = [q.speaker ? escapeMarkdown(q.speaker) : null, itemDate(q.date, q.source, lang), sourceLink(sourceViewOf(q.source), 80)].filter(Boolean).join(', ');
    embed.fields!.push({ name: s.quoteOfTheDay, value: `> “${escapeMarkdown(truncate(oneLine(q.text), 600))}”\n— ${who}` });
  }
  if (digest.newArticles.length > 0) {
    embed.fields!.push({ name: s.newArticles, value: digest.newArticles.map((a) => `• ${sourceLink(sourceViewOf(a), 100)}`).join('\n') });
  }
  return embed;
}

/** /digest preview. */
export function buildDigestPreviewReply(digest: Digest): ReplyPayload {
  return { embeds: fitEmbeds([digestEmbed(digest, true)]), components: [], allowedMentions: { parse: [] } };
}

/**
 * The scheduled digest post for a Publisher (src/digest's scheduler can use it in place of plain text).
 * The Publisher adds allowed_mentions itself.
 */
export function renderDigestMessage(digest: Digest, nonce?: string): OutgoingMessage {
  return { embeds: fitEmbeds([digestEmbed(digest, false)]), nonce };
}

function sectionLabel(section: string, lang: Language): string {
  const text = CHOICE_TEXT[section as keyof typeof CHOICE_TEXT];
  return text ? text[lang] : section;
}

/** /digest status: settings, next and last run, last error. */
export function buildDigestStatusReply(settings: DigestSettings | null, nextRun: Date | null, lang: Language): ReplyPayload {
  const s = stringsFor(lang);
  if (!settings) return { content: s.digestNotSet, embeds: [], components: [], allowedMentions: { parse: [] } };
  const when = (d: Date | string | null): string => {
    if (d === null) return '—';
    const t = Math.floor(new Date(d).getTime() / 1000);
    // Discord renders <t:…:F> in each reader's own time zone and locale.
    return `<t:${t}:F> (<t:${t}:R>)`;
  };
  const embed: APIEmbed = {
    title: s.digestStatusTitle,
    color: COLOR,
    fields: [
      { name: s.digestEnabled, value: settings.enabled ? s.on : s.off, inline: true },
      { name: s.channel, value: `<#${settings.channelId}>`, inline: true },
      { name: s.time, value: `${settings.time} (${settings.timezone})`, inline: true },
      { name: s.language, value: sectionLabel(`lang.${settings.language}`, lang), inline: true },
      { name: s.sections, value: settings.sections.map((x) => sectionLabel(x, lang)).join(', ') || '—', inline: true },
      { name: s.emptyDay, value: sectionLabel(`empty.${settings.emptyDay}`, lang), inline: true },
      { name: s.nextRun, value: settings.enabled ? when(nextRun) : '—' },
      { name: s.lastRun, value: when(settings.lastRunAt) },
    ],
  };
  if (settings.lastError) {
    embed.fields!.push({ name: s.lastError, value: escapeMarkdown(oneLine(settings.lastError)) });
    embed.fields!.push({ name: s.failures, value: String(settings.failures), inline: true });
  }
  return { embeds: fitEmbeds([embed]), components: [], allowedMentions: { parse: [] } };
}
