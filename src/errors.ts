/**
 * The small error taxonomy: user-facing errors carry a stable code and a message safe to show;
 * everything else is internal and gets logged with an id the user can quote.
 */

/** An error whose message is safe to show to a user as is (bad input, missing permission, …). */
export class UserError extends Error {
  constructor(
    /** Stable machine code, e.g. `bad-time`, `missing-permission`, `cooldown`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Is this an error we may show to a user verbatim? */
export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
