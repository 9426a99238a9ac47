/**
 * A compact inverted index: one term dictionary (syllables and syllable bigrams) shared by several
 * fields, each field stored as compressed-row postings (entity ids + term frequencies in typed arrays),
 * so 20 000 articles fit in a few hundred MiB and a query only touches the postings of its own terms.
 */
import { foldText } from '../core/text.js';
import { accentKey, foldRange, scanLowerWords } from './analyze.js';
import { STOPWORDS } from './stopwords.js';

const MAX_TF = 255;
/** Accented forms of a folded syllable tracked one bit each per posting; later ones share the last bit. */
const VARIANT_BITS = 8;
/** {@link InvertedIndex.accentBit}: the asked form is the only one the corpus writes (every posting is exact). */
export const ACCENT_ALWAYS = -1;
/** {@link InvertedIndex.accentBit}: the corpus never writes the asked form (every posting is folded-only). */
export const ACCENT_NEVER = 0;

class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}

class ByteBuffer {
  data = new Uint8Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Open-addressing hash table from a pair of term ids to a bigram id. Keys of two ids do not fit a
 * small integer, and a Map keyed by doubles was the slowest part of indexing.
 */
export class PairTable {
  private keysA = new Int32Array(1 << 16).fill(-1);
  private keysB = new Int32Array(1 << 16);
  private values = new Int32Array(1 << 16);
  private size = 0;

  private slot(a: number, b: number): number {
    const mask = this.keysA.length - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.keysA[h] !== -1 && (this.keysA[h] !== a || this.keysB[h] !== b)) h = (h + 1) & mask;
    return h;
  }

  /** The value of (a, b), or -1. */
  get(a: number, b: number): number {
    const h = this.slot(a, b);
    return this.keysA[h] === -1 ? -1 : this.values[h]!;
  }

  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    const h = this.slot(a, b);
    if (this.keysA[h] === -1) this.size++;
    this.keysA[h] = a;
    this.keysB[h] = b;
    this.values[h] = value;
  }

  private grow(): void {
    const [oa, ob, ov] = [this.keysA, this.keysB, this.values];
    this.keysA = new Int32Array(oa.length * 2).fill(-1);
    this.keysB = new Int32Array(oa.length * 2);
    this.values = new Int32Array(oa.length * 2);
    this.size = 0;
    for (let i = 0; i < oa.length; i++) if (oa[i] !== -1) this.set(oa[i]!, ob[i]!, ov[i]!);
  }
}

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

class FieldBuilder {
  readonly entries = new IntBuffer(); // termId | tf << 24, grouped by entity
  readonly variantMasks = new ByteBuffer(); // accented forms of each entry (0 for bigrams)
  readonly entities = new IntBuffer();
  readonly starts = new IntBuffer();
  readonly lengths = new IntBuffer();
  maxEntity = -1;
}

interface WordSlot { id: number; mask: number }
const STOP: WordSlot = { id: -1, mask: 0 };

/** Builds an {@link InvertedIndex}; add every entity of a field in increasing id order. */
export class InvertedIndexBuilder {
  private readonly unigrams = new Map<string, number>();
  private readonly bigrams = new PairTable();
  private readonly left: number[] = [];
  private readonly right: number[] = [];
  private readonly surface: string[] = [];
  private readonly fields: FieldBuilder[];
  private built = false;
  private stamp = new Int32Array(1 << 16).fill(-1);
  private localTf = new Uint16Array(1 << 16);
  private localMask = new Uint8Array(1 << 16);
  /** Accent keys (see accentKey) of each syllable's written forms, in order of first appearance. */
  private readonly variants = new Map<number, string[]>();
  private stampCounter = 0;
  private readonly unitTerms: number[] = [];
  /**
   * What each lower-case written word stands for: its unigram and accent bit, or STOP. A word's term and bit never
   * change once assigned, so each distinct word is folded and looked up once, not at each of its occurrences.
   */
  private words = new Map<string, WordSlot>();

  constructor(fieldCount: number) {
    this.fields = Array.from({ length: fieldCount }, () => new FieldBuilder());
  }

  private newTerm(l: number, r: number, surface: string): number {
    const id = this.left.length;
    this.left.push(l);
    this.right.push(r);
    this.surface.push(surface);
    if (id >= this.stamp.length) {
      const stamp = new Int32Array(this.stamp.length * 2).fill(-1);
      stamp.set(this.stamp);
      this.stamp = stamp;
      const tf = new Uint16Array(this.localTf.length * 2);
      tf.set(this.localTf);
      this.localTf = tf;
      const mask = new Uint8Array(this.localMask.length * 2);
      mask.set(this.localMask);
      this.localMask = mask;
    }
    return id;
  }

  private count(id: number, mask = 0): void {
    if (this.stamp[id] !== this.stampCounter) {
      this.stamp[id] = this.stampCounter;
      this.localTf[id] = 1;
      this.localMask[id] = mask;
      this.unitTerms.push(id);
    } else {
      this.localTf[id]!++;
      this.localMask[id]! |= mask;
    }
  }

  private variantMask(id: number, lower: string, folded: string): number {
    const key = lower === folded ? folded : accentKey(lower);
    let list = this.variants.get(id);
    if (!list) {
      list = [key];
      this.variants.set(id, list);
    }
    let v = list.indexOf(key);
    if (v < 0) {
      v = list.length;
      list.push(key);
    }
    return 1 << Math.min(v, VARIANT_BITS - 1);
  }

  private learnWord(lw: string, fw: string): WordSlot {
    let slot = STOP;
    if (!STOPWORDS.has(lw)) {
      let id = this.unigrams.get(fw);
      if (id === undefined) {
        id = this.newTerm(-1, -1, lw);
        this.unigrams.set(fw, id);
      }
      slot = { id, mask: this.variantMask(id, lw, fw) };
    }
    this.words.set(lw, slot);
    return slot;
  }

  /** Index `text` as field `field` of entity `entity`. */
  add(field: number, entity: number, text: string): void {
    if (this.built) throw new Error('index already built');
    const f = this.fields[field]!;
    if (entity <= f.maxEntity) throw new Error(`entities must be added in increasing order (${entity})`);
    f.maxEntity = entity;
    this.stampCounter++;
    this.unitTerms.length = 0;
    let prev = -1;
    let length = 0;
    scanLowerWords(text, (lw, start, end) => {
      const word = this.words.get(lw) ?? this.learnWord(lw, foldRange(text, start, end));
      if (word === STOP) {
        prev = -1;
        return;
      }
      const id = word.id;
      length++;
      this.count(id, word.mask);
      if (prev >= 0) {
        let pid = this.bigrams.get(prev, id);
        if (pid < 0) {
          pid = this.newTerm(prev, id, '');
          this.bigrams.set(prev, id, pid);
        }
        this.count(pid);
      }
      prev = id;
    });
    f.entities.push(entity);
    f.starts.push(f.entries.length);
    f.lengths.push(Math.min(length, 65535));
    for (const t of this.unitTerms) {
      f.entries.push(t | (Math.min(this.localTf[t]!, MAX_TF) << 24));
      f.variantMasks.push(this.localMask[t]!);
    }
  }

  /** Freeze into an immutable index with `entityCounts[f]` entities per field. */
  build(entityCounts: number[]): InvertedIndex {
    const vocab = this.left.length;
    const postings = this.fields.map((f, fi) => {
      const n = entityCounts[fi] ?? f.maxEntity + 1;
      const offsets = new Int32Array(vocab + 1);
      for (let i = 0; i < f.entries.length; i++) offsets[(f.entries.at(i) & 0xffffff) + 1]!++;
      for (let t = 0; t < vocab; t++) offsets[t + 1]! += offsets[t]!;
      const fill = offsets.slice(0, vocab);
      const maskStart = new Map<number, number>();
      let maskTotal = 0;
      for (const [t, list] of this.variants) {
        if (list.length < 2 || offsets[t + 1] === offsets[t]) continue;
        maskStart.set(t, maskTotal - offsets[t]!);
        maskTotal += offsets[t + 1]! - offsets[t]!;
      }
      const masks = new Uint8Array(maskTotal);
      const ids = new Int32Array(f.entries.length);
      const tfs = new Uint8Array(f.entries.length);
      const lengths = new Uint16Array(n);
      let total = 0;
      for (let e = 0; e < f.entities.length; e++) {
        const entity = f.entities.at(e);
        const start = f.starts.at(e);
        const end = e + 1 < f.entities.length ? f.starts.at(e + 1) : f.entries.length;
        lengths[entity] = f.lengths.at(e);
        total += f.lengths.at(e);
        for (let i = start; i < end; i++) {
          const v = f.entries.at(i);
          const t = v & 0xffffff;
          const pos = fill[t]!++;
          ids[pos] = entity;
          tfs[pos] = v >>> 24;
          const m = f.variantMasks.data[i]!;
          if (m !== 0) {
            const start = maskStart.get(t);
            if (start !== undefined) masks[start + pos] = m;
          }
        }
      }
      const count = f.entities.length;
      return { offsets, ids, tfs, lengths, avgLength: count ? Math.max(total / count, 1) : 1, count, maskStart, masks };
    });
    // The builder's buffers (about as large as the postings) are released at once: a caller that still holds
    // the builder (a closure's scope) must not keep them alive for the life of the index.
    this.fields.splice(0);
    this.built = true;
    this.stamp = new Int32Array(0);
    this.localTf = new Uint16Array(0);
    this.localMask = new Uint8Array(0);
    this.words = new Map();
    return new InvertedIndex(
      this.unigrams, this.bigrams, Int32Array.from(this.left), Int32Array.from(this.right), this.surface, postings, this.variants,
    );
  }
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
  ) {}

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
    const id = this.bigrams.get(l, r);
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
