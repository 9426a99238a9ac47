/**
 * The longest question answered, on every surface: the /ask option's max length (Discord refuses longer input) and
 * the CLI's. Longer than any real question; a pasted article belongs in "Find source".
 */
export const MAX_QUESTION_LENGTH = 500;

/** The message for a question over the limit, naming its length. */
export function questionTooLongMessage(length: number): string {
  return `question too long (${length} characters); questions are limited to ${MAX_QUESTION_LENGTH} characters, as in /ask`;
}
