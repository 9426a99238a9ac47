/**
 * One statement reported by several articles is one quote with several sources; one happening dated by
 * several sentences is one event. Duplicates are found on folded text (containment or large word overlap).
 */
import { createHash } from 'node:crypto';
import type { CorpusEvent, Quote } from '../core/types.js';
import { SourceLists } from '../core/sourceLists.js';
import { foldText, tokenize } from '../core/text.js';
import type { RawQuote } from './reading.js';
import type { RawEvent } from './events.js';

/** A short stable id from its parts. */
export function stableId(...parts: Array<string | null>): string {
  return createHash('sha1').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 16);
}

/** Share of the shorter text's words found in the longer one. */
export function overlap(a: string, b: string): number {
  return overlapOf(new Set(tokenize(foldText(a))), new Set(tokenize(foldText(b))));
}

/**
 * A text's folded words, computed once per item: each one is compared with several candidates. The words are kept
 * as sorted ids of a dictionary scoped to one merge, not as a Set of strings: the index holds one of these per
 * merged quote or event, and a Set per item was the largest allocation of the whole extraction.
 */
interface Folded { joined: string; words: Int32Array }

/** Word ids of one merge run; dropped with the run. */
class WordIds {
  private readonly ids = new Map<string, number>();

  of(toks: string[]): Int32Array {
    const out = new Int32Array(toks.length);
    toks.forEach((t, i) => {
      let id = this.ids.get(t);
      if (id === undefined) this.ids.set(t, (id = this.ids.size));
      out[i] = id;
    });
    out.sort();
    let n = 0;
    for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
    return out.slice(0, n);
  }
}

function foldedOf(text: string, ids: WordIds): { folded: Folded; distinctive: string[] } {
  const toks = tokenize(foldText(text));
  return { folded: { joined: toks.join(' '), words: ids.of(toks) }, distinctive: distinctive(new Set(toks)) };
}

/** Share of the shorter text's words found in the longer one. */
function overlapOf(ta: Set<string>, tb: Set<string>): number {
  if (!ta.size || !tb.size) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.min(ta.size, tb.size);
}

/** Same as `overlapOf` on sorted distinct word ids. */
function overlapOfIds(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return common / Math.min(a.length, b.length);
}

function sameText(a: Folded, b: Folded, threshold: number): boolean {
  if (a.joined.includes(b.joined) || b.joined.includes(a.joined)) return true;
  // A few words found inside a much longer statement ("công bằng và cân bằng" in a sentence of thirty words) are
  // another statement that happens to reuse them, not a version of it.
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  return 2 * short.length >= long.length && overlapOfIds(a.words, b.words) >= threshold;
}

const MAX_CANDIDATES_PER_WORD = 256;

const DATE_RANK = { sentence: 3, context: 2, published: 1 } as const;

/**
 * Candidate index for merging: items grouped by a key, and inside a group by their longer words, so a new
 * item is compared only with items that share one of its distinctive words (thousands of articles).
 */
class TwinIndex<T> {
  private readonly groups = new Map<string, { items: Array<{ item: T; text: Folded }>; byWord: Map<string, number[]> }>();

  candidates(key: string, distinctive: string[]): Array<{ item: T; text: Folded }> {
    const g = this.groups.get(key);
    if (!g) return [];
    const seen = new Set<number>();
    for (const w of distinctive) {
      const list = g.byWord.get(w) ?? [];
      // The latest items sharing a word only: one article of thousands of near-identical quotes ("việc 1", "việc 2"…)
      // made every new quote compare with all earlier ones (quadratic). A statement reprinted by many outlets is one
      // item, so its twin is among the latest of at least one of its six words in any real corpus.
      for (let k = Math.max(0, list.length - MAX_CANDIDATES_PER_WORD); k < list.length; k++) seen.add(list[k]!);
    }
    return [...seen].sort((a, b) => a - b).map((i) => g.items[i]!);
  }

  add(key: string, text: Folded, distinctive: string[], item: T): void {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { items: [], byWord: new Map() }));
    const i = g.items.push({ item, text }) - 1;
    for (const w of distinctive) {
      const list = g.byWord.get(w);
      if (list) list.push(i);
      else g.byWord.set(w, [i]);
    }
  }
}

/** The longest words of a text: two versions of one statement share at least one of them. */
function distinctive(words: Set<string>): string[] {
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 6);
}

/** Merge raw quotes into public quotes: same speaker (or no speaker), quoted or reported alike, and the same words. */
export function mergeQuotes(raw: RawQuote[]): Quote[] {
  const out: Quote[] = [];
  const index = new TwinIndex<Quote>();
  const ids = new WordIds();
  const lists = new SourceLists();
  for (const r of raw) {
    const speakerId = r.speaker?.id ?? null;
    const key = `${speakerId ?? ''}|${r.kind === 'indirect' ? 'i' : 'q'}`;
    const { folded: text, distinctive } = foldedOf(r.text, ids);
    const found = index.candidates(key, distinctive).find((q) => sameText(q.text, text, 0.8));
    const twin = found?.item;
    if (found && twin) {
      // "X said he was “happy with the result.”" then "“I am … happy with the result,” he said.": within one article,
      // the words are the same statement, and the fuller quotation is what to show.
      if (twin.sources[0]?.file === r.source.file && r.text.length > twin.text.length && text.joined.includes(found.text.joined)) {
        twin.text = r.text;
        twin.kind = r.kind;
        twin.excerpt = r.excerpt;
      }
      lists.add(twin.sources, r.source);
      const better = (DATE_RANK[r.dateSource ?? 'published'] ?? 0) > (DATE_RANK[twin.dateSource ?? 'published'] ?? 0);
      if (better && r.date) {
        twin.date = r.date;
        twin.dateSource = r.dateSource;
      }
      continue;
    }
    const quote: Quote = {
      id: stableId(speakerId, text.joined),
      speaker: r.speaker?.name ?? null,
      speakerId,
      text: r.text,
      kind: r.kind,
      date: r.date,
      dateSource: r.dateSource,
      excerpt: r.excerpt,
      sources: [r.source],
    };
    out.push(quote);
    index.add(key, text, distinctive, quote);
  }
  return out;
}

/** Merge raw events: same date and overlapping words. */
export function mergeEvents(raw: RawEvent[]): CorpusEvent[] {
  const out: CorpusEvent[] = [];
  const index = new TwinIndex<CorpusEvent>();
  const ids = new WordIds();
  const lists = new SourceLists();
  for (const r of raw) {
    const key = r.date ?? '';
    const { folded: text, distinctive } = foldedOf(r.text, ids);
    const twin = index.candidates(key, distinctive).find((e) => e.item.excerpt === r.excerpt || sameText(e.text, text, 0.6))?.item;
    if (twin) {
      lists.add(twin.sources, r.source);
      continue;
    }
    const event: CorpusEvent = { id: stableId(r.date, text.joined), date: r.date, dateSource: r.dateSource, text: r.text, excerpt: r.excerpt, sources: [r.source] };
    out.push(event);
    index.add(key, text, distinctive, event);
  }
  return out;
}
