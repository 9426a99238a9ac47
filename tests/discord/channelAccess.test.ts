import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { channelAccess } from '../../src/discord/channelAccess.js';
import type { ChannelLike, Replyable } from '../../src/discord/command.js';

const VIEW_SEND = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks;

function interaction(over: Partial<Replyable> = {}): Replyable {
  return {
    channelId: '100', applicationId: '900', user: { id: '500' },
    memberPermissions: new PermissionsBitField(VIEW_SEND), appPermissions: new PermissionsBitField(VIEW_SEND),
    ...over,
  } as unknown as Replyable;
}

describe('who may point the digest at a channel', () => {
  it('uses the permissions Discord sent with the picked channel when the guild is not cached', () => {
    const hidden = { id: '200', type: 0, permissions: String(PermissionFlagsBits.SendMessages) } as unknown as ChannelLike;
    expect(channelAccess(interaction(), hidden).user).toBe(false);
    const visible = { id: '200', type: 0, permissions: String(VIEW_SEND) } as unknown as ChannelLike;
    expect(channelAccess(interaction(), visible).user).toBe(true);
  });

  it('says "unknown" (null) when nothing tells, which the command treats as a refusal', () => {
    const bare = { id: '200', type: 0 } as unknown as ChannelLike;
    expect(channelAccess(interaction(), bare).user).toBeNull();
  });

  it('the channel the command was used in is judged by the interaction\'s own permissions', () => {
    const here = { id: '100', type: 0 } as unknown as ChannelLike;
    expect(channelAccess(interaction({ memberPermissions: new PermissionsBitField(PermissionFlagsBits.SendMessages) } as Partial<Replyable>), here).user).toBe(false);
    expect(channelAccess(interaction(), here)).toEqual({ user: true, bot: true });
  });
});
