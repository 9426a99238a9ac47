/**
 * Checks shared by handlers. They throw UserError with a message in the user's language; the dispatcher's
 * error boundary shows it ephemerally.
 */
import { MessageFlags, PermissionFlagsBits, type InteractionReplyOptions } from 'discord.js';
import { parseUserDate } from '../core/dates.js';
import { UserError } from '../errors.js';
import type { Replyable } from './command.js';
import type { ReplyPayload } from './replies.js';
import { languageOf, stringsFor } from './strings.js';

/** The payload as an ephemeral reply (only the invoking user sees it). */
export function ephemeral(payload: ReplyPayload): InteractionReplyOptions {
  return { ...payload, flags: MessageFlags.Ephemeral };
}

/** The guild id, or a UserError outside a server (DMs, user-installed contexts). */
export function requireGuild(i: Replyable): string {
  if (!i.guildId) throw new UserError('guild-only', stringsFor(languageOf(i.locale)).guildOnly);
  return i.guildId;
}

/**
 * Manage Server, checked again in the handler: `default_member_permissions` only hides the command, and a
 * server admin can override it per role or channel in the integration settings.
 */
export function requireManageGuild(i: Replyable): void {
  if (!i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError('missing-permission', stringsFor(languageOf(i.locale)).needManageGuild);
  }
}

/** A date option typed by the user, or a UserError explaining the accepted forms. */
export function parseDateOption(value: string | null, locale: string): string | undefined {
  if (value === null || value.trim() === '') return undefined;
  const iso = parseUserDate(value);
  if (iso === null) throw new UserError('bad-date', stringsFor(languageOf(locale)).badDate(value.slice(0, 50)));
  return iso;
}
