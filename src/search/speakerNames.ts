/**
 * The speakers' names as plain lookup data (SpeakerNames): made from the speakers' folded names at build time, or
 * read back from a saved index (persist.ts). The directory (speakers.ts) answers questions from it.
 */
import type { Speaker } from '../core/types.js';
import { stripHonorifics, type SpeakerForms } from './speakerForms.js';

/**
 * The speakers' names as the directory looks them up: who bears each name word, and which speaker each name form
 * (honorifics stripped) resolves to exactly, the one with most quotes. Made from the speakers' folded names, or
 * read back from a saved index (persist.ts): at 20 000 articles (65 000 speakers) making them took about two
 * seconds of a restart's first answer, a Set per name word and a stripped form per name.
 */
export interface SpeakerNames {
  /** Distinct name words of two letters or more, in order of first use. */
  tokens: string[];
  /** The speakers (positions) bearing `tokens[k]` are `owners[start[k]]` to `owners[start[k + 1]]`, in speaker order. */
  start: Int32Array;
  owners: Int32Array;
  /** Name forms without honorifics, sorted (code unit order), and the position of the speaker each resolves to. */
  exact: string[];
  exactOwner: Int32Array;
}

/** The names of `speakers` (see SpeakerNames); `counts` gives the number of quotes per speaker id. */
export function speakerNamesOf(speakers: Speaker[], counts: Map<string, number>, forms: SpeakerForms[]): SpeakerNames {
  const quoteCount = (i: number): number => counts.get(speakers[i]!.id) ?? 0;
  const slots = new Map<string, number[]>();
  speakers.forEach((_, i) => {
    for (const tokens of forms[i]!.tokens) {
      for (const t of tokens) {
        if (t.length < 2) continue;
        let owners = slots.get(t);
        if (!owners) slots.set(t, (owners = []));
        if (owners[owners.length - 1] !== i) owners.push(i);
      }
    }
  });
  const tokens = [...slots.keys()];
  const start = new Int32Array(tokens.length + 1);
  const owners: number[] = [];
  tokens.forEach((t, k) => {
    for (const i of slots.get(t)!) owners.push(i);
    start[k + 1] = owners.length;
  });
  const exact = new Map<string, number>();
  speakers.forEach((_, i) => {
    for (const f of forms[i]!.forms) {
      const stripped = stripHonorifics(f);
      const prev = exact.get(stripped);
      if (prev === undefined || quoteCount(i) > quoteCount(prev)) exact.set(stripped, i);
    }
  });
  const keys = [...exact.keys()].sort();
  return { tokens, start, owners: Int32Array.from(owners), exact: keys, exactOwner: Int32Array.from(keys, (k) => exact.get(k)!) };
}

/** `make()`, made on the first call and kept. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  // Dropped once called: what it holds (a saved index's text of names) is not kept beside what it made.
  let maker: (() => T) | null = make;
  return () => {
    if (maker) {
      value = maker();
      maker = null;
    }
    return value as T;
  };
}

/** Position of `key` in sorted `keys`, or -1. */
export function findSorted(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
