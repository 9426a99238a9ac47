/**
 * /about: corpus size, uptime, version and the last answer latency.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { withText } from '../src/discord/builders.js';
import type { Command } from '../src/discord/command.js';
import { buildAboutReply } from '../src/discord/listReplies.js';
import { languageOf } from '../src/discord/strings.js';
import { botVersion } from '../src/discord/version.js';

export const about = {
  kind: 'slash',
  data: withText(new SlashCommandBuilder(), 'about')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(i, ctx) {
    await i.reply(
      buildAboutReply({
        corpus: ctx.stats.corpus(),
        uptimeMs: ctx.clock.now().getTime() - ctx.stats.startedAt,
        version: botVersion(),
        lastLatencyMs: ctx.stats.lastLatencyMs,
        lang: languageOf(i.locale),
      }),
    );
  },
} satisfies Command;
