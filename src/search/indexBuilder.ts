/**
 * Builds the compact inverted index (see invertedIndex.ts): assigns term ids to folded syllables and syllable
 * bigrams as text is added, counts term frequencies and accent variants per entity, then freezes every field
 * into compressed-row postings.
 */
import { accentKey, foldRange, scanLowerWords } from './analyze.js';
import { ByteBuffer, IntBuffer } from './growBuffers.js';
import { InvertedIndex, VARIANT_BITS } from './invertedIndex.js';
import { PairTable, type PairSides } from './pairTable.js';
import { STOPWORDS } from './stopwords.js';

const MAX_TF = 255;

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
  /** The bigram table's keys: the two terms of each bigram (pairTable.ts). */
  private readonly sides: PairSides = { left: this.left, right: this.right };
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
        let pid = this.bigrams.get(prev, id, this.sides);
        if (pid < 0) {
          pid = this.newTerm(prev, id, '');
          this.bigrams.add(pid, this.sides);
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
