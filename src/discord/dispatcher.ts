/**
 * Routes interactions to command modules, with the bot's one error boundary. A UserError is shown to the
 * user, ephemerally and in plain words; anything else is logged with a short id the user can quote.
 * The boundary knows the interaction's state: a deferred reply is edited, a replied one gets a follow-up.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { isUserError } from '../errors.js';
import type { AutocompleteLike, Command, IncomingInteraction, Replyable } from './command.js';
import type { BotContext } from './context.js';
import { ephemeral } from './guards.js';
import { textReply, type ReplyPayload } from './replies.js';
import { languageOf, stringsFor } from './strings.js';

// Discord invalidates an interaction token 3 s after creation unless answered; a handler that has not
// answered (or deferred) within ~1 s risks that under load, so it is logged for a look.
const SLOW_MS = 1000;

export interface Dispatcher {
  handle(incoming: IncomingInteraction): Promise<void>;
}

/** A short random id for an internal error, for the user to quote and the operator to grep. */
export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}

/** Answer with an error message in the right way for the interaction's state. */
export async function replyWithError(i: Replyable, payload: ReplyPayload): Promise<void> {
  if (i.deferred && !i.replied) await i.editReply(payload);
  else if (i.replied || i.deferred) await i.followUp(ephemeral(payload));
  else await i.reply(ephemeral(payload));
}

function nameOf(incoming: IncomingInteraction): string {
  return incoming.kind === 'button' ? incoming.interaction.customId.split(':')[0]! : incoming.interaction.commandName;
}

/** Create the dispatcher over a command registry. */
export function createDispatcher(ctx: BotContext, commands: readonly Command[]): Dispatcher {
  const log: Logger = ctx.logger.child({ module: 'dispatcher' });
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const lastUse = new Map<string, number>();

  /** Seconds left before this user may run another command, or 0. */
  function cooldownLeft(userId: string): number {
    const windowMs = ctx.config.cooldownSeconds * 1000;
    if (windowMs <= 0) return 0;
    const now = ctx.clock.now().getTime();
    const last = lastUse.get(userId);
    if (last !== undefined && now - last < windowMs) return Math.ceil((windowMs - (now - last)) / 1000);
    lastUse.set(userId, now);
    // Keep the map from growing without bound on a busy bot.
    if (lastUse.size > 10_000) {
      for (const [id, at] of lastUse) if (now - at >= windowMs) lastUse.delete(id);
    }
    return 0;
  }

  async function autocomplete(i: AutocompleteLike, command: Command | undefined): Promise<void> {
    try {
      if (command?.kind === 'slash' && command.autocomplete) await command.autocomplete(i, ctx);
      else await i.respond([]);
    } catch (err) {
      log.warn({ err, command: i.commandName }, 'autocomplete failed');
      if (!i.responded) await i.respond([]).catch(() => undefined);
    }
  }

  async function run(incoming: Exclude<IncomingInteraction, { kind: 'autocomplete' }>, command: Command | undefined): Promise<void> {
    const i = incoming.interaction;
    const lang = languageOf(i.locale);
    if (!command) throw new Error(`no handler for ${nameOf(incoming)}`);
    if (incoming.kind === 'button') {
      if (!command.button) throw new Error(`command ${command.data.name} has no button handler`);
      const [, ...args] = incoming.interaction.customId.split(':');
      return command.button(incoming.interaction, ctx, args);
    }
    const wait = cooldownLeft(i.user.id);
    if (wait > 0) {
      await i.reply(ephemeral(textReply(stringsFor(lang).cooldown(wait))));
      return;
    }
    if (incoming.kind === 'slash' && command.kind === 'slash') return command.execute(incoming.interaction, ctx);
    if (incoming.kind === 'message' && command.kind === 'message') return command.execute(incoming.interaction, ctx);
    throw new Error(`command ${command.data.name} cannot handle a ${incoming.kind} interaction`);
  }

  return {
    async handle(incoming) {
      const name = nameOf(incoming);
      const command = byName.get(name);
      if (incoming.kind === 'autocomplete') return autocomplete(incoming.interaction, command);
      const i = incoming.interaction;
      const started = performance.now();
      const ilog = log.child({ command: name, kind: incoming.kind, userId: i.user.id, guildId: i.guildId });
      try {
        await run(incoming, command);
        ilog.debug({ ms: Math.round(performance.now() - started) }, 'interaction handled');
      } catch (err) {
        const lang = languageOf(i.locale);
        let payload: ReplyPayload;
        if (isUserError(err)) {
          ilog.info({ code: err.code }, 'user error');
          payload = textReply(err.message);
        } else {
          const errorId = newErrorId();
          ilog.error({ err, errorId }, 'interaction failed');
          payload = textReply(stringsFor(lang).internal(errorId));
        }
        try {
          await replyWithError(i, payload);
        } catch (replyErr) {
          ilog.warn({ err: replyErr }, 'could not tell the user about the error');
        }
      } finally {
        const ms = performance.now() - started;
        if (ms > SLOW_MS && !i.deferred) ilog.warn({ ms: Math.round(ms) }, 'slow interaction without deferral');
      }
    },
  };
}
