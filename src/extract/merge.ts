/**
 * One statement reported by several articles is one quote with several sources; one happening dated by
 * several sentences is one event. Duplicates are found on folded text (containment or large word overlap).
 */
import { createHash } from 'node:crypto';
import type { CorpusEvent, Quote, SourceRef } from '../core/types.js';
import { foldText, tokenize } from '../core/text.js';
import type { RawQuote } from './document.js';
import type { RawEvent } from './events.js';

/** A short stable id from its parts. */
export function stableId(...parts: Array<string | null>): string {
  return createHash('sha1').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 16);
}

const folded = (s: string) => tokenize(foldText(s)).join(' ');

/** Share of the shorter text's words found in the longer one. */
export function overlap(a: string, b: string): number {
  const ta = new Set(tokenize(foldText(a)));
  const tb = new Set(tokenize(foldText(b)));
  if (!ta.size || !tb.size) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.min(ta.size, tb.size);
}

function sameText(a: string, b: string, threshold: number): boolean {
  const fa = folded(a);
  const fb = folded(b);
  return fa.includes(fb) || fb.includes(fa) || overlap(a, b) >= threshold;
}

function addSource(sources: SourceRef[], s: SourceRef): void {
  if (!sources.some((x) => x.file === s.file)) sources.push(s);
}

const DATE_RANK = { sentence: 3, context: 2, published: 1 } as const;

/**
 * Candidate index for merging: items grouped by a key, and inside a group by their longer words, so a new
 * item is compared only with items that share one of its distinctive words (thousands of articles).
 */
class TwinIndex<T> {
  private readonly groups = new Map<string, { items: T[]; byWord: Map<string, number[]> }>();

  candidates(key: string, text: string): T[] {
    const g = this.groups.get(key);
    if (!g) return [];
    const seen = new Set<number>();
    for (const w of distinctive(text)) for (const i of g.byWord.get(w) ?? []) seen.add(i);
    return [...seen].sort((a, b) => a - b).map((i) => g.items[i]!);
  }

  add(key: string, text: string, item: T): void {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { items: [], byWord: new Map() }));
    const i = g.items.push(item) - 1;
    for (const w of distinctive(text)) g.byWord.set(w, [...(g.byWord.get(w) ?? []), i]);
  }
}

/** The longest words of a text: two versions of one statement share at least one of them. */
function distinctive(text: string): string[] {
  const words = [...new Set(tokenize(foldText(text)))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return words.slice(0, 6);
}

/** Merge raw quotes into public quotes: same speaker (or no speaker), quoted or reported alike, and the same words. */
export function mergeQuotes(raw: RawQuote[]): Quote[] {
  const out: Quote[] = [];
  const index = new TwinIndex<Quote>();
  for (const r of raw) {
    const speakerId = r.speaker?.id ?? null;
    const key = `${speakerId ?? ''}|${r.kind === 'indirect' ? 'i' : 'q'}`;
    const twin = index.candidates(key, r.text).find((q) => sameText(q.text, r.text, 0.8));
    if (twin) {
      addSource(twin.sources, r.source);
      const better = (DATE_RANK[r.dateSource ?? 'published'] ?? 0) > (DATE_RANK[twin.dateSource ?? 'published'] ?? 0);
      if (better && r.date) {
        twin.date = r.date;
        twin.dateSource = r.dateSource;
      }
      continue;
    }
    const quote: Quote = {
      id: stableId(speakerId, folded(r.text)),
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
    index.add(key, r.text, quote);
  }
  return out;
}

/** Merge raw events: same date and overlapping words. */
export function mergeEvents(raw: RawEvent[]): CorpusEvent[] {
  const out: CorpusEvent[] = [];
  const index = new TwinIndex<CorpusEvent>();
  for (const r of raw) {
    const key = r.date ?? '';
    const twin = index.candidates(key, r.text).find((e) => e.excerpt === r.excerpt || sameText(e.text, r.text, 0.6));
    if (twin) {
      addSource(twin.sources, r.source);
      continue;
    }
    const event: CorpusEvent = { id: stableId(r.date, folded(r.text)), date: r.date, text: r.text, excerpt: r.excerpt, sources: [r.source] };
    out.push(event);
    index.add(key, r.text, event);
  }
  return out;
}
