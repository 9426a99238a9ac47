/**
 * May this user have the bot post into that channel, and can the bot post there? Checked before a digest
 * channel is saved: a user must not make the bot post where they cannot see, and a channel the bot cannot
 * write to would only fail at 08:00 tomorrow.
 */
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import type { ChannelLike, PermissionsLike, Replyable } from './command.js';

/** Channel types a digest can go to: ordinary text and announcement channels. */
export const DIGEST_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

const BOT_NEEDS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks;
const USER_NEEDS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;

/** `true`/`false` when known, `null` when the permissions cannot be computed (guild not cached). */
export interface ChannelAccess {
  user: boolean | null;
  bot: boolean | null;
}

type PermissionsFor = (memberOrRole: string) => PermissionsLike | null;

/**
 * discord.js computes channel permissions from its guild cache (roles and overwrites arrive with GUILD_CREATE
 * under the Guilds intent). The picked channel is a GuildChannel when cached; otherwise there is nothing to
 * compute from and the answer is null (the publisher's 'forbidden' error covers that case later).
 */
export function channelAccess(i: Replyable, channel: ChannelLike): ChannelAccess {
  const permissionsFor = (channel as { permissionsFor?: PermissionsFor }).permissionsFor;
  const check = (who: string, needs: bigint, fallback: PermissionsLike | null): boolean | null => {
    if (typeof permissionsFor === 'function') {
      const perms = permissionsFor.call(channel, who);
      if (perms) return perms.has(needs);
    }
    // The interaction's own channel: Discord sent both permission sets with it.
    return channel.id === i.channelId && fallback ? fallback.has(needs) : null;
  };
  // Discord sends the member's permissions in a picked channel with the option's resolved channel.
  const sent = (channel as { permissions?: unknown }).permissions;
  const resolvedUser = typeof sent === 'string' && /^\d+$/.test(sent) ? (BigInt(sent) & USER_NEEDS) === USER_NEEDS : null;
  return {
    user: check(i.user.id, USER_NEEDS, i.memberPermissions) ?? resolvedUser,
    // A bot's user id is its application id.
    bot: check(i.applicationId, BOT_NEEDS, i.appPermissions),
  };
}

/** Is this channel type one a digest can be posted in? */
export function isDigestChannelType(type: number): boolean {
  return (DIGEST_CHANNEL_TYPES as readonly number[]).includes(type);
}
