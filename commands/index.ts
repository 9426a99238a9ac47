/**
 * The command registry: one explicit list used by the bot, the registration script, the console mode and
 * the test that names are unique. Adding a command = adding its file and one line here.
 */
import type { Command } from '../src/discord/command.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { digest } from './digest.js';
import { findSource } from './findSource.js';
import { quote } from './quote.js';
import { reload } from './reload.js';
import { sources } from './sources.js';
import { timeline } from './timeline.js';

export const COMMANDS: readonly Command[] = [ask, quote, timeline, sources, about, digest, findSource, reload];
