/**
 * /sources: the articles of the corpus, newest first, with outlet, date and link; paged.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { compareIsoDates } from '../src/core/dates.js';
import type { CorpusDocument } from '../src/core/types.js';
import { withText } from '../src/discord/builders.js';
import type { Command } from '../src/discord/command.js';
import type { BotContext } from '../src/discord/context.js';
import { buildSourcesReply } from '../src/discord/listReplies.js';
import { ownPagerState, pagerStates } from '../src/discord/pagerState.js';
import type { ReplyPayload } from '../src/discord/replies.js';
import { languageOf } from '../src/discord/strings.js';

function render(ctx: BotContext, page: number, locale: string, state: string): ReplyPayload {
  const docs: CorpusDocument[] = [...ctx.index().extraction.documents];
  // Newest first; undated articles last, then by title so the order is stable between pages.
  docs.sort((a, b) => {
    if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
    return compareIsoDates(b.published, a.published) || (a.title ?? a.file).localeCompare(b.title ?? b.file);
  });
  return buildSourcesReply(docs, page, languageOf(locale), state);
}

export const sources = {
  kind: 'slash',
  data: withText(new SlashCommandBuilder(), 'sources')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(i, ctx) {
    // The list is public: only the person who asked may turn its pages, as with /ask and /timeline.
    await i.reply(render(ctx, 0, i.locale, pagerStates.save({ u: i.user.id })));
  },

  async button(i, ctx, args) {
    const { page, token } = ownPagerState(args, i.user.id, i.locale, ['u']);
    await i.update(render(ctx, page, i.locale, token));
  },
} satisfies Command;
