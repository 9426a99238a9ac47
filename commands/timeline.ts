/**
 * /timeline [topic] [speaker] [from] [to]: dated events and statements, oldest first, paged with buttons.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { compareIsoDates } from '../src/core/dates.js';
import { UserError } from '../src/errors.js';
import { withText } from '../src/discord/builders.js';
import type { Command } from '../src/discord/command.js';
import type { BotContext } from '../src/discord/context.js';
import { viewsOf } from '../src/answer/view.js';
import { parseDateOption } from '../src/discord/guards.js';
import { buildTimelineReply } from '../src/discord/listReplies.js';
import { ownPagerState, pagerStates } from '../src/discord/pagerState.js';
import type { ReplyPayload } from '../src/discord/replies.js';
import { resolveSpeakerOption, speakerChoices } from '../src/discord/speakers.js';
import { languageOf, stringsFor } from '../src/discord/strings.js';

/** The filters of one timeline, as kept in a button's state (short keys: custom_id space is scarce). */
interface TimelineQuery {
  t?: string;
  s?: string;
  sn?: string;
  f?: string;
  to?: string;
}

const MAX_ITEMS = 200;

function render(ctx: BotContext, q: TimelineQuery, page: number, locale: string, state: string): ReplyPayload {
  const index = ctx.index();
  const opts = { topic: q.t, speaker: q.s, from: q.f, to: q.to };
  const results = index.timeline({ ...opts, limit: MAX_ITEMS });
  const undated = index.undatedStatements?.(opts) ?? 0;
  const filters = [q.t, q.sn, q.f || q.to ? `${q.f ?? '…'} → ${q.to ?? '…'}` : undefined].filter(Boolean).join(' · ');
  return buildTimelineReply({ items: viewsOf(index, results), undated, filters: filters || null, page, lang: languageOf(locale), state });
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export const timeline = {
  kind: 'slash',
  data: withText(new SlashCommandBuilder(), 'timeline')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) => withText(o, 'timeline.topic').setMaxLength(200))
    .addStringOption((o) => withText(o, 'timeline.speaker').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => withText(o, 'timeline.from').setMaxLength(30))
    .addStringOption((o) => withText(o, 'timeline.to').setMaxLength(30)),

  async execute(i, ctx) {
    const from = parseDateOption(i.options.getString('from'), i.locale);
    const to = parseDateOption(i.options.getString('to'), i.locale);
    if (from && to && compareIsoDates(from, to) > 0) throw new UserError('bad-range', stringsFor(languageOf(i.locale)).badRange);
    const typedSpeaker = i.options.getString('speaker')?.trim();
    const speaker = typedSpeaker ? resolveSpeakerOption(ctx.index(), typedSpeaker, i.locale) : null;
    const q: TimelineQuery = { t: i.options.getString('topic')?.trim() || undefined, s: speaker?.id, sn: speaker?.name, f: from, to };
    await i.deferReply();
    // `u`: the message is public, and a page turn would change it for everyone reading the channel.
    await i.editReply(render(ctx, q, 0, i.locale, pagerStates.save({ ...q, u: i.user.id })));
  },

  async autocomplete(i, ctx) {
    await i.respond(speakerChoices(ctx.index(), i.options.getFocused(true).value));
  },

  async button(i, ctx, args) {
    const { page, token, state } = ownPagerState(args, i.user.id, i.locale, ['u']);
    const q: TimelineQuery = { t: str(state.t), s: str(state.s), sn: str(state.sn), f: str(state.f), to: str(state.to) };
    await i.update(render(ctx, q, page, i.locale, token));
  },
} satisfies Command;
