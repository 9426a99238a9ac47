/**
 * /quote speaker [topic] [date]: posts the speaker's best matching statement in the channel, attributed
 * and linked to its source.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { withText } from '../src/discord/builders.js';
import type { Command } from '../src/discord/command.js';
import { viewsOf } from '../src/answer/view.js';
import { ephemeral, parseDateOption } from '../src/discord/guards.js';
import { buildQuoteReply, textReply } from '../src/discord/replies.js';
import { resolveSpeakerOption, speakerChoices } from '../src/discord/speakers.js';
import { languageOf, stringsFor } from '../src/discord/strings.js';

export const quote = {
  kind: 'slash',
  data: withText(new SlashCommandBuilder(), 'quote')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => withText(o, 'quote.speaker').setRequired(true).setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => withText(o, 'quote.topic').setMaxLength(200))
    .addStringOption((o) => withText(o, 'quote.date').setMaxLength(30)),

  async execute(i, ctx) {
    const index = ctx.index();
    const speaker = resolveSpeakerOption(index, i.options.getString('speaker', true) ?? '', i.locale);
    const topic = i.options.getString('topic')?.trim() || undefined;
    const date = parseDateOption(i.options.getString('date'), i.locale);
    const results = index.quotesBy(speaker.id, topic, date ? { from: date, to: date, limit: 1 } : { limit: 1 });
    const best = results[0];
    if (!best) {
      await i.reply(ephemeral(textReply(stringsFor(languageOf(i.locale)).quoteNotFound(speaker.name, topic ?? null))));
      return;
    }
    await i.reply(buildQuoteReply(viewsOf(index, [best])[0]!, languageOf(i.locale)));
  },

  async autocomplete(i, ctx) {
    await i.respond(speakerChoices(ctx.index(), i.options.getFocused(true).value));
  },
} satisfies Command;
