/**
 * Applies the English name/description and their Vietnamese localization (from strings.ts) to discord.js
 * command builders, so command files hold structure and strings.ts holds words.
 */
import type { APIApplicationCommandOptionChoice, LocalizationMap } from 'discord.js';
import type { Language } from '../core/services.js';
import { CHOICE_TEXT, COMMAND_TEXT, type CommandTextKey } from './strings.js';

interface Nameable {
  setName(name: string): this;
  setDescription(description: string): this;
  setNameLocalizations(localizations: LocalizationMap | null): this;
  setDescriptionLocalizations(localizations: LocalizationMap | null): this;
}

/** Name, description and their `vi` localizations for a command, subcommand or option. */
export function withText<T extends Nameable>(builder: T, key: CommandTextKey): T {
  const text = COMMAND_TEXT[key];
  return builder
    .setName(text.name)
    .setDescription(text.description)
    .setNameLocalizations({ vi: text.vi.name })
    .setDescriptionLocalizations({ vi: text.vi.description });
}

/** A string choice with its Vietnamese label. */
export function choice(key: keyof typeof CHOICE_TEXT, value: string): APIApplicationCommandOptionChoice<string> {
  const text = CHOICE_TEXT[key];
  return { name: text.en, name_localizations: { vi: text.vi }, value };
}

/** A choice label in the reply language (for console help and status cards). */
export function choiceLabel(key: keyof typeof CHOICE_TEXT, lang: Language): string {
  return CHOICE_TEXT[key][lang];
}
