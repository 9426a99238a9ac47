/**
 * /reload: re-read the corpus and swap the search index (Manage Server, in servers only).
 */
import { ApplicationIntegrationType, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { withText } from '../src/discord/builders.js';
import type { Command } from '../src/discord/command.js';
import { requireGuild, requireManageGuild } from '../src/discord/guards.js';
import { textReply } from '../src/discord/replies.js';
import { languageOf, stringsFor } from '../src/discord/strings.js';

export const reload = {
  kind: 'slash',
  data: withText(new SlashCommandBuilder(), 'reload')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),

  async execute(i, ctx) {
    requireGuild(i);
    requireManageGuild(i);
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const summary = await ctx.reload();
    ctx.logger.child({ module: 'reload-command' }).info({ userId: i.user.id, summary }, 'corpus reloaded by command');
    // The reply is built from the new corpus in the user's language, not from the (English) log summary.
    await i.editReply(textReply(stringsFor(languageOf(i.locale)).reloaded(ctx.stats.corpus())));
  },
} satisfies Command;
