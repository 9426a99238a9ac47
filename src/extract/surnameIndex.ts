/**
 * Person names indexed for typo matching: each surname (a name's last word) by length, then by first letter + bigram
 * ("b" + "er"), and every word of each name. A surname within fuse's threshold (0.3 errors per letter, so at most
 * 0.3·n edits) shares at least n − 1 − 2·0.3n ≥ 1 bigram with the word it is a typo of, so fuse runs over those few
 * candidates instead of every surname of the letter. Only the lengths a typo can have are read: at 20 000 articles
 * the lists of one bigram hold thousands of surnames. Split out of speakers.ts, which owns the entries.
 */
import Fuse from 'fuse.js';
import { bigrams, substringDistance, VIETNAMESE_SYLLABLE } from './nameForms.js';
import type { SpeakerEntry } from './speakerEntry.js';

/** One person name: its surname (`key`), its entry, its place in order of addition and its folded words. */
export interface SurnameItem { key: string; entry: SpeakerEntry; seq: number; tokens: string[] }

const FUSE_OPTIONS = { keys: ['key'], threshold: 0.3, includeScore: true, ignoreLocation: true };

export class SurnameIndex {
  private grams: Array<Map<string, SurnameItem[]>> = [];
  private count = 0;
  /** Items by every word of their name: a typo of "Anna Berg" still reads "Anna". */
  private readonly byWord = new Map<string, SurnameItem[]>();
  /** Scratch counters for typoOf, one per item, reset after each lookup. */
  private hits = new Uint16Array(0);

  clear(): void {
    this.grams = [];
    this.byWord.clear();
    this.count = 0;
  }

  /** Index a person entry whose canonical name has the folded words `tokens`. */
  add(entry: SpeakerEntry, tokens: string[]): void {
    const last = tokens.at(-1) ?? '';
    const item: SurnameItem = { key: last, entry, seq: this.count++, tokens };
    const byGram = (this.grams[last.length] ??= new Map());
    for (const g of bigrams(last)) {
      const k = (last[0] ?? '') + g;
      const list = byGram.get(k);
      if (list) list.push(item);
      else byGram.set(k, [item]);
    }
    for (const t of new Set(tokens)) {
      const list = this.byWord.get(t);
      if (list) list.push(item);
      else this.byWord.set(t, [item]);
    }
  }

  /** The names holding a folded word. */
  withWord(word: string): readonly SurnameItem[] {
    return this.byWord.get(word) ?? [];
  }

  /**
   * Surnames of about the length of `last` (two letters either way) and its first letter, with in `hits` how
   * many of `last`'s bigrams (`grams`, one per position) each holds (the caller sizes `hits`).
   */
  private touchedByGrams(last: string, grams: string[]): SurnameItem[] {
    const hits = this.hits;
    const touched: SurnameItem[] = [];
    for (let len = last.length - 2; len <= last.length + 2; len++) {
      const byGram = this.grams[len];
      if (!byGram) continue;
      for (const g of grams) {
        for (const item of byGram.get(last[0] + g) ?? []) {
          const seen = hits[item.seq]!;
          hits[item.seq] = seen + 1;
          if (seen === 0) touched.push(item);
        }
      }
    }
    return touched;
  }

  /**
   * The same surnames as {@link touchedByGrams}, among the names that also hold `others` (the given names typed):
   * those lists are short, where a bigram's list grows with the corpus.
   */
  private touchedByGiven(others: string[], last: string, grams: string[]): SurnameItem[] {
    const hits = this.hits;
    const lists = others.map((t) => this.byWord.get(t) ?? []);
    const pool = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const touched: SurnameItem[] = [];
    for (const item of pool) {
      const key = item.key;
      if (key[0] !== last[0] || Math.abs(key.length - last.length) > 2) continue;
      const own = bigrams(key);
      let n = 0;
      for (const g of grams) if (own.has(g)) n++;
      if (n === 0) continue;
      hits[item.seq] = n;
      touched.push(item);
    }
    return touched;
  }

  /**
   * The person a name's last word is a typo of ("Berk" for "Berg"), among names holding its other words; `whole`: a
   * Vietnamese name written whole, matched only against names of as many words.
   */
  typoOf(toks: string[], whole = false): SpeakerEntry | null {
    const last = toks.at(-1);
    // Vietnamese names differ by one letter ("Phan", "Phong", "Thành"): a syllable of the language is nobody's typo.
    if (!last || last.length < 4 || VIETNAMESE_SYLLABLE.test(last)) return null;
    // A typo keeps the first letter and about the length. Each edit breaks at most two of the word's bigrams, so
    // a surname within k = ⌊0.3·n⌋ edits holds at least n − 1 − 2k of them (q-gram lemma); fuse checks the rest.
    let k = 0;
    while ((k + 1) / last.length <= FUSE_OPTIONS.threshold) k++;
    const need = last.length - 1 - 2 * k;
    const others = toks.slice(0, -1);
    const grams = Array.from({ length: last.length - 1 }, (_, i) => last.slice(i, i + 2));
    if (this.hits.length < this.count) this.hits = new Uint16Array(this.count * 2);
    const touched = others.length ? this.touchedByGiven(others, last, grams) : this.touchedByGrams(last, grams);
    const hits = this.hits;
    // A typo keeps the first letter and the other given names; different people rarely differ by one letter there.
    // Those are checked first, as the cheapest test: fuse scores each candidate on its own, so the order of its
    // hits is the same with or without the others.
    const candidates = touched
      .filter((item) => hits[item.seq]! >= need && (!whole || item.tokens.length === toks.length) && others.every((t) => item.tokens.includes(t)) && substringDistance(last, item.key, k) <= k)
      .sort((a, b) => a.seq - b.seq);
    for (const item of touched) hits[item.seq] = 0;
    if (!candidates.length) return null;
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    for (const hit of fuse.search(last)) {
      if ((hit.score ?? 1) <= 0.3 && hit.item.key[0] === last[0]) return hit.item.entry;
    }
    return null;
  }
}
