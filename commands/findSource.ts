/**
 * "Find source" (vi: "Tìm nguồn"), a message context menu: the corpus statement a chat message quotes or
 * paraphrases, with speaker, date and link. Answered only to the person who asked.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  MessageFlags,
} from 'discord.js';
import { UserError } from '../src/errors.js';
import type { Command } from '../src/discord/command.js';
import { findSourceOf } from '../src/answer/findSource.js';
import { buildFindSourceReply } from '../src/discord/replies.js';
import { COMMAND_TEXT, languageOf, stringsFor } from '../src/discord/strings.js';

/** Enough text to identify a statement; a longer message is cut before searching. */
const MAX_TEXT = 2000;
const TEXT = COMMAND_TEXT['Find source'];

export const findSource = {
  kind: 'message',
  data: new ContextMenuCommandBuilder()
    .setName(TEXT.name)
    .setNameLocalizations({ vi: TEXT.vi.name })
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild),

  async execute(i, ctx) {
    const lang = languageOf(i.locale);
    const m = i.targetMessage;
    const text = (m.content || m.embeds.map((e) => e.description ?? '').join('\n')).trim().slice(0, MAX_TEXT);
    if (text === '') throw new UserError('empty-message', stringsFor(lang).findSourceEmpty);
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    await i.editReply(buildFindSourceReply(findSourceOf(ctx.index(), text), lang));
  },
} satisfies Command;
