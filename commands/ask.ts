/**
 * /ask question [private]: the best cited answer, one per page, with buttons to page through the rest.
 */
import { ApplicationIntegrationType, InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { UserError } from '../src/errors.js';
import { withText } from '../src/discord/builders.js';
import type { Command } from '../src/discord/command.js';
import type { BotContext } from '../src/discord/context.js';
import { ownPagerState, pagerStates } from '../src/discord/pagerState.js';
import { buildAnswerReply, type ReplyPayload } from '../src/discord/replies.js';
import { answerQuestion } from '../src/answer/view.js';
import { languageOf, stringsFor } from '../src/discord/strings.js';

import { MAX_QUESTION_LENGTH } from '../src/core/questionLimit.js';

export { MAX_QUESTION_LENGTH };
const RESULT_LIMIT = 10;

function answer(ctx: BotContext, question: string, page: number, locale: string, state: string): ReplyPayload {
  const set = answerQuestion(ctx.index(), question, { limit: RESULT_LIMIT });
  // An English question gets an English reply, whatever the user's Discord language.
  const lang = set.language === 'en' ? 'en' : languageOf(locale);
  return buildAnswerReply({ set, page, lang, state });
}

export const ask = {
  kind: 'slash',
  data: withText(new SlashCommandBuilder(), 'ask')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => withText(o, 'ask.question').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH))
    .addBooleanOption((o) => withText(o, 'ask.private')),

  async execute(i, ctx) {
    const s = stringsFor(languageOf(i.locale));
    // Not `getString(name, true)`: that throws on a missing option, which a stale registration allows, and the user
    // would get "something went wrong" instead of the plain message below.
    const question = (i.options.getString('question') ?? '').trim();
    // Discord enforces max_length, but a stale registration or another client may not: check again.
    if (question === '') throw new UserError('empty-question', s.questionEmpty);
    if (question.length > MAX_QUESTION_LENGTH) throw new UserError('question-too-long', s.questionTooLong(MAX_QUESTION_LENGTH));
    const isPrivate = i.options.getBoolean('private') ?? false;
    const started = performance.now();
    // Search is synchronous CPU work: once it starts nothing else is sent, so the deferral goes out first.
    await i.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const state = pagerStates.save({ q: question, u: i.user.id });
    await i.editReply(answer(ctx, question, 0, i.locale, state));
    ctx.stats.lastLatencyMs = performance.now() - started;
  },

  async button(i, ctx, args) {
    const { page, token, state } = ownPagerState(args, i.user.id, i.locale, ['q']);
    await i.update(answer(ctx, state.q as string, page, i.locale, token));
  },
} satisfies Command;
