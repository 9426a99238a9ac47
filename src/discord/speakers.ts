/**
 * Speaker option helpers shared by /quote and /timeline: autocomplete choices and resolving a typed name.
 */
import type { SearchIndex } from '../core/services.js';
import type { Speaker } from '../core/types.js';
import { UserError } from '../errors.js';
import { fitChoices } from './limits.js';
import { languageOf, stringsFor } from './strings.js';

/** Up to 25 choices: the canonical name as value (what resolveSpeaker reads back), the role shown beside it. */
export function speakerChoices(index: SearchIndex, typed: string): Array<{ name: string; value: string }> {
  return fitChoices(
    index.suggestSpeakers(typed, 25).map((sp) => ({ name: sp.role ? `${sp.name} — ${sp.role}` : sp.name, value: sp.name })),
  );
}

/** The speaker a user typed or picked, or a UserError suggesting close names. */
export function resolveSpeakerOption(index: SearchIndex, typed: string, locale: string): Speaker {
  const speaker = index.resolveSpeaker(typed);
  if (speaker) return speaker;
  const s = stringsFor(languageOf(locale));
  // Only a name the typed one may be a slip of is offered: autocomplete's loose matches name unrelated people.
  const close = (index.closeSpeakers?.(typed, 3) ?? []).map((sp) => sp.name);
  const who = typed.slice(0, 80);
  if (close.length > 0) throw new UserError('unknown-speaker', `${s.unknownSpeaker(who)} ${s.didYouMean(close)}`);
  // Nothing close: say so, and name who can be asked for (an empty query ranks the most quoted first), rather than a dead end.
  const known = index.suggestSpeakers('', 3).map((sp) => sp.name);
  const none = `${s.unknownSpeaker(who)} ${s.noCloseName}`;
  throw new UserError('unknown-speaker', known.length > 0 ? `${none} ${s.mostQuoted(known)}` : none);
}
