/**
 * A compact inverted index: one term dictionary (syllables and syllable bigrams) shared by several
 * fields, each field stored as compressed-row postings (entity ids + term frequencies in typed arrays),
 * so 20 000 articles fit in a few hundred MiB and a query only touches the postings of its own terms.
 */
import { foldText } from '../core/text.js';
import { accentKey } from './analyze.js';
import type { PairSides, PairTable } from './pairTable.js';

/** Accented forms of a folded syllable tracked one bit each per posting; later ones share the last bit. */
export const VARIANT_BITS = 8;
/** {@link InvertedIndex.accentBit}: the asked form is the only one the corpus writes (every posting is exact). */
export const ACCENT_ALWAYS = -1;
/** {@link InvertedIndex.accentBit}: the corpus never writes the asked form (every posting is folded-only). */
export const ACCENT_NEVER = 0;

/** Postings of one field, in compressed-row form. */
export interface FieldPostings {
  /** Entity ids (unit or document) per term: `ids[offsets[t] .. offsets[t+1])`. */
  offsets: Int32Array;
  ids: Int32Array;
  tfs: Uint8Array;
  /** Length (non-stop words) of each entity. */
  lengths: Uint16Array;
  avgLength: number;
  /** Number of entities that have this field. */
  count: number;
  /**
   * Accented forms per posting, for syllables the corpus writes in several ways ("bão", "bảo", "báo"): the bits
   * (indexes in the term's variant list) of the forms the entity uses are at `masks[maskStart.get(t) + k - offsets[t]]`.
   */
  maskStart: Map<number, number>;
  masks: Uint8Array;
}

/** The frozen index: term lookup and postings per field. */
export class InvertedIndex {
  constructor(
    private readonly unigrams: Map<string, number>,
    private readonly bigrams: PairTable,
    private readonly left: Int32Array,
    private readonly right: Int32Array,
    private readonly surfaces: string[],
    readonly fields: FieldPostings[],
    private readonly variants: Map<number, string[]>,
  ) {
    this.sides = { left, right };
  }

  /** The bigram table's keys (pairTable.ts). */
  private readonly sides: PairSides;

  /**
   * How a syllable typed with diacritics (`lower`) is told apart among the written forms of its folded term `id`:
   * {@link ACCENT_ALWAYS}, {@link ACCENT_NEVER}, or the posting bit to test with {@link exactAt}/{@link exactIn}.
   */
  accentBit(id: number, lower: string): number {
    const list = this.variants.get(id);
    if (!list) return ACCENT_ALWAYS;
    const v = list.indexOf(accentKey(lower));
    if (v < 0) return ACCENT_NEVER;
    return list.length === 1 ? ACCENT_ALWAYS : 1 << Math.min(v, VARIANT_BITS - 1);
  }

  /** Whether posting `k` (of term `id` in `field`) has the written form of `bit` (from {@link accentBit}). */
  exactAt(field: FieldPostings, id: number, k: number, bit: number): boolean {
    if (bit === ACCENT_ALWAYS) return true;
    if (bit === ACCENT_NEVER) return false;
    const start = field.maskStart.get(id);
    return start === undefined || (field.masks[start + k]! & bit) !== 0;
  }

  /** Whether `entity` writes unigram `id` in the form of `bit` in `field` (binary search in the term's postings). */
  exactIn(field: FieldPostings, id: number, entity: number, bit: number): boolean {
    if (bit === ACCENT_ALWAYS) return true;
    if (bit === ACCENT_NEVER) return false;
    let lo = field.offsets[id]!;
    let hi = field.offsets[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = field.ids[mid]!;
      if (e === entity) return this.exactAt(field, id, mid, bit);
      if (e < entity) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  get vocabularySize(): number {
    return this.left.length;
  }

  /** Id of a folded syllable/word, or undefined. */
  unigram(folded: string): number | undefined {
    return this.unigrams.get(folded);
  }

  /** Id of the bigram of two folded words, or undefined. */
  bigram(a: string, b: string): number | undefined {
    const l = this.unigrams.get(a);
    const r = this.unigrams.get(b);
    if (l === undefined || r === undefined) return undefined;
    const id = this.bigrams.get(l, r, this.sides);
    return id < 0 ? undefined : id;
  }

  /** Folded text of a term ("dam phan" for a bigram). */
  termText(id: number): string {
    const l = this.left[id]!;
    if (l < 0) return foldText(this.surfaces[id]!);
    return `${this.termText(l)} ${this.termText(this.right[id]!)}`;
  }

  /** First-seen lower-case original form of a unigram (with diacritics), for suggestions. */
  surface(id: number): string {
    const l = this.left[id]!;
    if (l < 0) return this.surfaces[id]!;
    return `${this.surface(l)} ${this.surface(this.right[id]!)}`;
  }

  isBigram(id: number): boolean {
    return this.left[id]! >= 0;
  }

  /** Document frequency of a term in a field. */
  df(field: number, id: number): number {
    const o = this.fields[field]!.offsets;
    return o[id + 1]! - o[id]!;
  }

  /** Every unigram (folded) with its text-field document frequency. */
  *unigramEntries(field: number): IterableIterator<[string, number, number]> {
    for (const [word, id] of this.unigrams) yield [word, id, this.df(field, id)];
  }
}
