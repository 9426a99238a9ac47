/**
 * The BM25F formula the scorer sums (Robertson & Zaragoza 2009, §3.3), and an upper bound of what it can give one
 * unit before its postings are read: a term's contribution grows with its field-combined tf, which is at most the
 * term's largest tf in each field over the unit's length normalisation there (the bound MaxScore keeps per term,
 * Turtle & Flood 1995, made per unit by its length). The shortlist (shortlist.ts) leaves out the units whose bound
 * cannot reach its bar.
 */
import type { Clause } from './clauses.js';
import { FIELD_PARAMS, FIELD_SPEAKER, FIELD_TEXT, FIELD_TITLE, lengthNorm } from './fields.js';
import type { FieldPostings, InvertedIndex } from './invertedIndex.js';
import { fitList } from './growBuffers.js';
import { seek, SEEK_SHARE } from './postings.js';

const K1 = 1.2;

/** BM25 saturation of a (field-combined) tf, weighted by the term's idf, factor and accent quality. */
export function bm25(q: number, factor: number, idf: number, tf: number): number {
  return (q * factor * idf * tf * (K1 + 1)) / (tf + K1);
}

/** Room for rounding: the scorer sums in 32-bit floats; the bound is raised by this share. */
const ROUNDING = 1e-6;

const NO_UNITS = new Int32Array(0);

/**
 * The most relevance (the scorer's BM25F sum, before it is divided by the question's weight) each unit may get
 * for a question: per clause, its best term at the unit's length with the term's largest tf and an exact accent
 * match, plus the article title's sum with exact accents. Buffers and each term's largest tf are kept between
 * questions.
 */
export class RelevanceBound {
  /** Per term, 1 + its largest tf in the text and speaker fields (0 until read: zeros need no writing, issue 16). */
  private readonly maxTf: Int16Array[];
  /** The question's terms: clause of each (its start in `terms`), scale (factor × idf) and largest tfs. */
  private clauseStarts: number[] = [];
  private scale: number[] = [];
  private tfText: number[] = [];
  private tfSpeaker: number[] = [];
  /** Per article, the title's share of the bound; reset by `clear` through the list of articles set. */
  private readonly docTitle: Float64Array;
  private readonly docList: Int32Array;
  private docCount = 0;
  /** The question's term ids, in `scale`'s order. */
  private ids: number[] = [];
  // Scratch of `held`, per unit: a term's field-combined tf, a clause's best term, the sum; zeros between calls.
  private readonly heldTf: Float64Array;
  private readonly heldBest: Float64Array;
  private readonly heldSum: Float64Array;
  private readonly heldMark: Uint8Array;
  /** Per unit of `held`, 1 + where the scorer first meets it (see `firstOf`); zeros between calls. */
  private readonly heldFirst: Int32Array;
  private heldUnits: Int32Array = NO_UNITS;
  // The units of `held` one term's postings hold, and those one clause's terms hold (grown as needed, growBuffers.ts):
  // a term found in few of many units is summed over those few, not over all of them.
  private termHits = new Int32Array(0);
  private clauseHits = new Int32Array(0);

  constructor(
    private readonly index: InvertedIndex,
    private readonly idf: (id: number) => number,
    docs: number,
  ) {
    const terms = index.vocabularySize;
    this.maxTf = [new Int16Array(terms), new Int16Array(terms)];
    this.docTitle = new Float64Array(docs);
    this.docList = new Int32Array(docs);
    const units = index.fields[FIELD_TEXT]!.lengths.length;
    this.heldTf = new Float64Array(units);
    this.heldBest = new Float64Array(units);
    this.heldSum = new Float64Array(units);
    this.heldMark = new Uint8Array(units);
    this.heldFirst = new Int32Array(units);
  }

  private largestTf(field: number, id: number): number {
    const cache = this.maxTf[field]!;
    if (cache[id] === 0) {
      const p = this.index.fields[field]!;
      let most = 0;
      for (let k = p.offsets[id]!, end = p.offsets[id + 1]!; k < end; k++) if (p.tfs[k]! > most) most = p.tfs[k]!;
      cache[id] = most + 1;
    }
    return cache[id]! - 1;
  }

  /** Read the question's clauses: every term's bound, and the title's sum of each article whose title holds one. */
  prepare(clauses: Clause[]): void {
    this.clear();
    this.clauseStarts = [];
    this.scale = [];
    this.tfText = [];
    this.tfSpeaker = [];
    this.ids = [];
    const title = this.index.fields[FIELD_TITLE];
    for (const c of clauses) {
      if (!c.terms.length) continue;
      this.clauseStarts.push(this.scale.length);
      for (const t of c.terms) {
        const idf = this.idf(t.id);
        this.scale.push(t.factor * idf);
        this.ids.push(t.id);
        this.tfText.push(FIELD_PARAMS[FIELD_TEXT]!.weight * this.largestTf(FIELD_TEXT, t.id));
        this.tfSpeaker.push(FIELD_PARAMS[FIELD_SPEAKER]!.weight * this.largestTf(FIELD_SPEAKER, t.id));
        // Every term of every clause adds its title score (Scorer.scoreClause), not the clause's best.
        if (title) this.addTitles(title, t.factor, idf, t.id);
      }
    }
    this.clauseStarts.push(this.scale.length);
  }

  private addTitles(title: FieldPostings, factor: number, idf: number, id: number): void {
    const { weight } = FIELD_PARAMS[FIELD_TITLE]!;
    for (let k = title.offsets[id]!, end = title.offsets[id + 1]!; k < end; k++) {
      const d = title.ids[k]!;
      if (this.docTitle[d] === 0) this.docList[this.docCount++] = d;
      this.docTitle[d]! += bm25(1, factor, idf, (weight * title.tfs[k]!) / lengthNorm(FIELD_TITLE, title.lengths[d]!, title.avgLength));
    }
  }

  /** The most relevance unit `u` (of article `doc`, -1 when unknown) may get for the prepared question. */
  of(u: number, doc: number): number {
    const text = this.index.fields[FIELD_TEXT]!;
    const speaker = this.index.fields[FIELD_SPEAKER]!;
    // A field the unit lacks (length 0) holds none of its terms.
    const inText = text.lengths[u]! > 0 ? 1 / lengthNorm(FIELD_TEXT, text.lengths[u]!, text.avgLength) : 0;
    const inSpeaker = speaker.lengths[u]! > 0 ? 1 / lengthNorm(FIELD_SPEAKER, speaker.lengths[u]!, speaker.avgLength) : 0;
    let sum = 0;
    const starts = this.clauseStarts;
    for (let c = 0; c + 1 < starts.length; c++) {
      let best = 0;
      for (let t = starts[c]!; t < starts[c + 1]!; t++) {
        const tf = this.tfText[t]! * inText + this.tfSpeaker[t]! * inSpeaker;
        if (tf === 0) continue;
        const v = bm25(1, this.scale[t]!, 1, tf);
        if (v > best) best = v;
      }
      sum += best;
    }
    if (doc >= 0) sum += this.docTitle[doc]!;
    return sum * (1 + ROUNDING);
  }

  /**
   * For each unit of `units` (distinct, in increasing order), the most relevance it may get for the prepared question
   * from the terms it holds, read by `heldOf` until `clear`: per clause, its best term at the unit's own
   * field-combined tf with an exact accent match, plus the article title's sum. Tighter than `of`, which takes each
   * clause's best term at its largest tf in the corpus, and dearer: it reads the terms' postings, searching them
   * unit by unit where they are many times longer (as the scorer does: PostingsGatherer.units).
   */
  held(units: Int32Array): void {
    const starts = this.clauseStarts;
    const fields = [this.index.fields[FIELD_TEXT]!, this.index.fields[FIELD_SPEAKER]!];
    const n = units.length;
    this.heldUnits = units;
    const size = this.heldMark.length;
    this.termHits = fitList(this.termHits, n, size);
    this.clauseHits = fitList(this.clauseHits, n, size);
    const termHits = this.termHits;
    const clauseHits = this.clauseHits;
    for (let k = 0; k < n; k++) this.heldMark[units[k]!] = 1;
    for (let c = 0; c + 1 < starts.length; c++) {
      let inClause = 0;
      for (let t = starts[c]!; t < starts[c + 1]!; t++) {
        const id = this.ids[t]!;
        let inTerm = 0;
        for (let field = FIELD_TEXT; field <= FIELD_SPEAKER; field++) {
          const p = fields[field]!;
          const { weight } = FIELD_PARAMS[field]!;
          const end = p.offsets[id + 1]!;
          let k = p.offsets[id]!;
          if (n * SEEK_SHARE < end - k) {
            for (let j = 0; j < n && k < end; j++) {
              const u = units[j]!;
              k = seek(p.ids, k, end, u);
              if (k < end && p.ids[k] === u) {
                if (this.heldTf[u] === 0) termHits[inTerm++] = u;
                this.heldTf[u]! += (weight * p.tfs[k]!) / lengthNorm(field, p.lengths[u]!, p.avgLength);
                if (this.heldFirst[u] === 0) this.heldFirst[u] = 1 + 2 * t + field;
              }
            }
          } else {
            for (; k < end; k++) {
              const u = p.ids[k]!;
              if (this.heldMark[u]) {
                if (this.heldTf[u] === 0) termHits[inTerm++] = u;
                this.heldTf[u]! += (weight * p.tfs[k]!) / lengthNorm(field, p.lengths[u]!, p.avgLength);
                if (this.heldFirst[u] === 0) this.heldFirst[u] = 1 + 2 * t + field;
              }
            }
          }
        }
        // Only the units this term's postings hold have a tf (every tf found is positive).
        const scale = this.scale[t]!;
        for (let j = 0; j < inTerm; j++) {
          const u = termHits[j]!;
          const v = bm25(1, scale, 1, this.heldTf[u]!);
          if (v > this.heldBest[u]!) {
            if (this.heldBest[u] === 0) clauseHits[inClause++] = u;
            this.heldBest[u] = v;
          }
          this.heldTf[u] = 0;
        }
      }
      // A unit no term of the clause holds adds nothing (its best is 0).
      for (let j = 0; j < inClause; j++) {
        const u = clauseHits[j]!;
        this.heldSum[u]! += this.heldBest[u]!;
        this.heldBest[u] = 0;
      }
    }
  }

  /** What `held` found for unit `u` (of article `doc`, -1 when unknown). */
  heldOf(u: number, doc: number): number {
    return (this.heldSum[u]! + (doc >= 0 ? this.docTitle[doc]! : 0)) * (1 + ROUNDING);
  }

  /**
   * Where the scorer first meets unit `u` of the last `held` (Scorer.run touches units clause by clause, term by
   * term, the text field before the speaker field, each field's postings in increasing unit order): the first term
   * of the question (in clause order) and field holding it, as 2 × term + field, or -1 when `held` did not read it.
   * Units met at the same place are met in increasing order.
   */
  firstOf(u: number): number {
    return this.heldFirst[u]! - 1;
  }

  /** Reset what `held` found (the prepared question is kept). */
  clearHeld(): void {
    for (let k = 0; k < this.heldUnits.length; k++) {
      const u = this.heldUnits[k]!;
      this.heldSum[u] = 0;
      this.heldMark[u] = 0;
      this.heldFirst[u] = 0;
    }
    this.heldUnits = NO_UNITS;
  }

  /** Reset the articles' title sums and what `held` found. */
  clear(): void {
    this.clearHeld();
    for (let k = 0; k < this.docCount; k++) this.docTitle[this.docList[k]!] = 0;
    this.docCount = 0;
  }
}
