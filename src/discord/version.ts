/**
 * The bot's version, read once from package.json (shown by /about).
 */
import { readFileSync } from 'node:fs';

let cached: string | null = null;

/** `version` of package.json, or `unknown` when it cannot be read. */
export function botVersion(): string {
  if (cached !== null) return cached;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    cached = 'unknown';
  }
  return cached;
}
