/**
 * Which rule gave each extracted statement its speaker ("verb/person", "postposed/pronoun:lastSpeaker",
 * "continued:opens:prevPara" …), for measuring how often each rule names the wrong person (scripts/speakerPaths.ts).
 * Kept beside the reading, never in it: no output, snapshot or JSON carries it.
 */
const PATHS = new WeakMap<object, string>();

/** Records the rule that named `quote`'s speaker. */
export function noteSpeakerPath(quote: object, path: string): void {
  PATHS.set(quote, path);
}

/** The rule that named `quote`'s speaker, if it was read in this process. */
export function speakerPathOf(quote: object): string | undefined {
  return PATHS.get(quote);
}
