/**
 * Query state behind paging buttons. A custom_id holds at most 100 characters, so small states travel
 * inline (stateless: a click still works after a restart) and larger ones go into a short-lived LRU cache
 * under a random key. An expired key reads as null, and the handler says "ask again".
 */
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import { LIMITS } from './limits.js';
import { languageOf, stringsFor } from './strings.js';

const MAX_ENTRIES = 1000;
const TTL_MS = 30 * 60_000;
// `<prefix>:<page>:` takes up to ~15 characters of the custom_id.
const INLINE_BUDGET = LIMITS.customId - 16;

export interface PagerStateStore {
  /** Encode a state for a custom_id. */
  save(state: Record<string, unknown>): string;
  /** Decode a custom_id state, or null when it expired or is malformed. */
  load(token: string): Record<string, unknown> | null;
}

/** An in-memory store; `now` is injectable so tests can expire entries. */
export function createPagerStateStore(now: () => number = Date.now): PagerStateStore {
  const cache = new Map<string, { state: Record<string, unknown>; at: number }>();
  return {
    save(state) {
      const inline = `j${JSON.stringify(state)}`;
      if (inline.length <= INLINE_BUDGET) return inline;
      const key = `k${randomBytes(6).toString('base64url')}`;
      cache.set(key, { state, at: now() });
      if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      return key;
    },
    load(token) {
      if (token.startsWith('j')) {
        try {
          const v: unknown = JSON.parse(token.slice(1));
          return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
        } catch {
          return null;
        }
      }
      const hit = cache.get(token);
      if (!hit) return null;
      if (now() - hit.at > TTL_MS) {
        cache.delete(token);
        return null;
      }
      // Refresh recency: Map keeps insertion order, so re-inserting moves it to the young end.
      cache.delete(token);
      cache.set(token, { state: hit.state, at: now() });
      return hit.state;
    },
  };
}

/** The process-wide store used by the command handlers. */
export const pagerStates: PagerStateStore = createPagerStateStore();

/** Split a button custom_id `<prefix>:<page>:<state>` (the state may itself contain colons). */
export function parsePagerArgs(args: string[]): { page: number; token: string } | null {
  const [pageText, ...rest] = args;
  const page = Number(pageText);
  if (!Number.isInteger(page) || page < 0) return null;
  return { page, token: rest.join(':') };
}

/**
 * The page and state behind a paging button pressed by `userId`. "Ask again" when the state is gone, malformed or
 * lacks a string field in `required`; "not yours" when the state names another user (`u`): a public result list
 * is turned only by the person who asked, for everyone reading the channel sees the page change.
 */
export function ownPagerState(
  args: string[],
  userId: string,
  locale: string,
  required: string[],
): { page: number; token: string; state: Record<string, unknown> } {
  const s = stringsFor(languageOf(locale));
  const parsed = parsePagerArgs(args);
  const state = parsed ? pagerStates.load(parsed.token) : null;
  if (!parsed || !state || required.some((k) => typeof state[k] !== 'string')) throw new UserError('expired', s.expired);
  if (typeof state.u === 'string' && state.u !== userId) throw new UserError('not-yours', s.notYours);
  return { ...parsed, state };
}
