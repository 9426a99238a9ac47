/** Why the store could not do its job, so the entry point can print one clear line and exit. */
export type StoreErrorCode =
  | 'corrupt' | 'locked' | 'newer-schema' | 'unavailable' | 'failed'
  // PostgreSQL only: the server refused the user or password, or the database named in the URL does not exist.
  | 'auth' | 'no-database';

/** An expected store failure (bad file, locked database, full disk) with a message a person can act on. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

// better-sqlite3 reports SQLite's extended result codes as `err.code` strings.
const CORRUPT = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const LOCKED = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
const UNAVAILABLE = new Set(['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_PERM']);

function sqliteCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Turn a driver error into a StoreError naming the file; StoreErrors pass through unchanged. */
export function toStoreError(err: unknown, filePath: string, doing: string): StoreError {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  const base = code.split('_').slice(0, 2).join('_');
  const detail = err instanceof Error ? err.message : String(err);
  if (CORRUPT.has(base)) {
    return new StoreError('corrupt', `${filePath} is not a valid SQLite database or is damaged (${detail}) while ${doing}; move it aside to start fresh`, { cause: err });
  }
  if (LOCKED.has(base)) {
    return new StoreError('locked', `${filePath} is locked by another process (${detail}) while ${doing}; is another bot instance running?`, { cause: err });
  }
  if (UNAVAILABLE.has(base)) {
    return new StoreError('unavailable', `cannot use ${filePath} (${detail}) while ${doing}; check the path, permissions and free disk space`, { cause: err });
  }
  return new StoreError('failed', `store error while ${doing} on ${filePath}: ${detail}`, { cause: err });
}

// SQLSTATE codes, https://www.postgresql.org/docs/15/errcodes-appendix.html
const PG_AUTH = new Set(['28P01', '28000']);
const PG_NO_DATABASE = '3D000';
const NET_DOWN = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'ENETUNREACH', 'EPIPE']);

/**
 * Turn a node-postgres error into a StoreError naming the server as `target` (user@host:port/db, never the
 * password). Connection classes (08…), shutdowns (57P…) and socket errors are `unavailable`: worth retrying.
 */
export function toPgStoreError(err: unknown, target: string, doing: string): StoreError {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  const detail = err instanceof Error && err.message ? err.message : code || String(err);
  if (PG_AUTH.has(code)) {
    return new StoreError('auth', `PostgreSQL at ${target} refused the login (${detail}); check the user and password in DATABASE_URL`, { cause: err });
  }
  if (code === PG_NO_DATABASE) {
    return new StoreError('no-database', `PostgreSQL at ${target}: ${detail}; create it (createdb) or fix the database name in DATABASE_URL`, { cause: err });
  }
  if (NET_DOWN.has(code) || code.startsWith('08') || code.startsWith('57P') || /timeout|terminated|Connection terminated|ECONNREFUSED/i.test(detail)) {
    return new StoreError('unavailable', `cannot reach PostgreSQL at ${target} (${detail}) while ${doing}; is the server running and DATABASE_URL's host and port right?`, { cause: err });
  }
  return new StoreError('failed', `PostgreSQL error while ${doing} on ${target}: ${detail}`, { cause: err });
}
