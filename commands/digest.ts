/**
 * /digest set|off|status|preview: a server's daily digest. Manage Server only (hidden by
 * default_member_permissions and checked again here), in servers only.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type APIApplicationCommandOptionChoice,
} from 'discord.js';
import { DIGEST_SECTIONS, type DigestSettings } from '../src/core/services.js';
import { UserError } from '../src/errors.js';
import { choice, withText } from '../src/discord/builders.js';
import { DIGEST_CHANNEL_TYPES, channelAccess, isDigestChannelType } from '../src/discord/channelAccess.js';
import type { ChatInputLike, Command } from '../src/discord/command.js';
import type { BotContext, DigestStore } from '../src/discord/context.js';
import { buildDigestPreviewReply, buildDigestStatusReply } from '../src/discord/digestReplies.js';
import { parseDigestSections, parseDigestTime, parseDigestTimeZone } from '../src/discord/digestOptions.js';
import { ephemeral, requireGuild, requireManageGuild } from '../src/discord/guards.js';
import { fitChoices } from '../src/discord/limits.js';
import { textReply } from '../src/discord/replies.js';
import { CHOICE_TEXT, languageOf, stringsFor } from '../src/discord/strings.js';
import { suggestTimeZones } from '../src/discord/timezones.js';

const [A, B, C] = DIGEST_SECTIONS as [string, string, string];
const pair = (x: string, y: string): APIApplicationCommandOptionChoice<string> => {
  const tx = CHOICE_TEXT[x as keyof typeof CHOICE_TEXT];
  const ty = CHOICE_TEXT[y as keyof typeof CHOICE_TEXT];
  return { name: `${tx.en} + ${ty.en}`, name_localizations: { vi: `${tx.vi} + ${ty.vi}` }, value: `${x},${y}` };
};
const SECTION_CHOICES = [
  choice('all', 'all'),
  ...DIGEST_SECTIONS.map((sec) => choice(sec, sec)),
  pair(A, B),
  pair(A, C),
  pair(B, C),
];

function needStore(ctx: BotContext, locale: string): DigestStore {
  if (!ctx.store) throw new UserError('digest-unavailable', stringsFor(languageOf(locale)).digestUnavailable);
  return ctx.store;
}

async function set(i: ChatInputLike, ctx: BotContext, guildId: string): Promise<void> {
  const lang = languageOf(i.locale);
  const s = stringsFor(lang);
  const store = needStore(ctx, i.locale);
  const channel = i.options.getChannel('channel', true);
  if (!channel || !isDigestChannelType(channel.type)) throw new UserError('not-text-channel', s.notTextChannel);
  // Time and time zone may be left out: the configured defaults apply (DIGEST_DEFAULT_TIME / _TIMEZONE).
  const time = parseDigestTime(i.options.getString('time') ?? ctx.config.digestDefaultTime, s);
  const timezone = parseDigestTimeZone(i.options.getString('timezone') ?? ctx.config.digestDefaultTimezone, s);
  const sections = parseDigestSections(i.options.getString('sections'), s);
  const access = channelAccess(i, channel);
  // Unknown counts as no: a member must never make the bot post where they cannot see.
  if (access.user !== true) throw new UserError('user-cannot-see-channel', s.userCannotSee);
  if (access.bot === false) throw new UserError('bot-cannot-send', s.botCannotSend(channel.id));
  const previous = await store.getSettings(guildId);
  const settings: DigestSettings = {
    guildId,
    channelId: channel.id,
    time,
    timezone,
    language: i.options.getString('language') === 'en' ? 'en' : i.options.getString('language') === 'vi' ? 'vi' : lang,
    sections,
    emptyDay: i.options.getString('empty_day') === 'skip' ? 'skip' : 'note',
    enabled: true,
    // A fresh configuration starts with a clean slate; history of past sends is kept.
    failures: 0,
    lastError: null,
    lastRunAt: previous?.lastRunAt ?? null,
    lastSentDate: previous?.lastSentDate ?? null,
  };
  await store.upsertSettings(settings, ctx.clock.now());
  ctx.logger.child({ module: 'digest-command' }).info({ guildId, channelId: channel.id, time, timezone }, 'digest settings saved');
  const card = buildDigestStatusReply(settings, await ctx.digest.nextRun(settings), lang);
  await i.reply(ephemeral({ ...card, content: s.digestSaved(channel.id, time, timezone) }));
}

/** Settings for a preview when the server has none yet: the configured defaults, posting here. */
function defaultSettings(ctx: BotContext, guildId: string, i: ChatInputLike): DigestSettings {
  return {
    guildId,
    channelId: i.channelId ?? '',
    time: ctx.config.digestDefaultTime,
    timezone: ctx.config.digestDefaultTimezone,
    language: languageOf(i.locale),
    sections: [...DIGEST_SECTIONS],
    emptyDay: 'note',
    enabled: false,
    failures: 0,
    lastError: null,
    lastRunAt: null,
    lastSentDate: null,
  };
}

export const digest = {
  kind: 'slash',
  data: withText(new SlashCommandBuilder(), 'digest')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sc) =>
      withText(sc, 'digest.set')
        .addChannelOption((o) => withText(o, 'digest.set.channel').setRequired(true).addChannelTypes(...DIGEST_CHANNEL_TYPES))
        .addStringOption((o) => withText(o, 'digest.set.time').setMaxLength(5))
        .addStringOption((o) => withText(o, 'digest.set.timezone').setAutocomplete(true).setMaxLength(64))
        .addStringOption((o) => withText(o, 'digest.set.language').addChoices(choice('lang.vi', 'vi'), choice('lang.en', 'en')))
        .addStringOption((o) => withText(o, 'digest.set.sections').addChoices(...SECTION_CHOICES))
        .addStringOption((o) => withText(o, 'digest.set.empty_day').addChoices(choice('empty.note', 'note'), choice('empty.skip', 'skip'))),
    )
    .addSubcommand((sc) => withText(sc, 'digest.off'))
    .addSubcommand((sc) => withText(sc, 'digest.status'))
    .addSubcommand((sc) => withText(sc, 'digest.preview')),

  async execute(i, ctx) {
    const guildId = requireGuild(i);
    requireManageGuild(i);
    const lang = languageOf(i.locale);
    const s = stringsFor(lang);
    switch (i.options.getSubcommand(true)) {
      case 'set':
        return set(i, ctx, guildId);
      case 'off': {
        const store = needStore(ctx, i.locale);
        if (!(await store.getSettings(guildId))) return void (await i.reply(ephemeral(textReply(s.digestNotSet))));
        await store.disableDigest(guildId);
        return void (await i.reply(ephemeral(textReply(s.digestOff))));
      }
      case 'status': {
        const settings = await needStore(ctx, i.locale).getSettings(guildId);
        return void (await i.reply(ephemeral(buildDigestStatusReply(settings, settings ? await ctx.digest.nextRun(settings) : null, lang))));
      }
      case 'preview': {
        await i.deferReply({ flags: MessageFlags.Ephemeral });
        const settings = (await ctx.store?.getSettings(guildId)) ?? defaultSettings(ctx, guildId, i);
        return void (await i.editReply(buildDigestPreviewReply(await ctx.digest.preview(settings))));
      }
      default:
        throw new Error(`unknown /digest subcommand`);
    }
  },

  async autocomplete(i) {
    const focused = i.options.getFocused(true);
    if (focused.name !== 'timezone') return void (await i.respond([]));
    await i.respond(fitChoices(suggestTimeZones(focused.value).map((z) => ({ name: z, value: z }))));
  },
} satisfies Command;
