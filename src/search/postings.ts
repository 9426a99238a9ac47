/**
 * Reading one query term's postings for the scorer: its units in the text and speaker fields (tf combined over
 * fields before saturation, BM25F), the articles whose title holds it, and the articles whose title or lead write
 * it as asked, each with the accent quality of every posting (1 when written as the question wrote it, else
 * FOLDED_SHARE). The gathered lists live in buffers reused from one term to the next.
 */
import type { AccentCheck, ClauseTerm } from './clauses.js';
import { fitList } from './growBuffers.js';
import { FIELD_LEAD, FIELD_PARAMS, FIELD_SPEAKER, FIELD_TEXT, FIELD_TITLE, lengthNorm } from './fields.js';
import { ACCENT_ALWAYS, ACCENT_NEVER, type FieldPostings, type InvertedIndex } from './invertedIndex.js';

/**
 * A syllable typed with diacritics found only in another written form ("Bảo" for "bão", "gia" for "giá") is most
 * likely another word: it scores and covers this share of the clause, so it can rank an answer but not make one.
 */
export const FOLDED_SHARE = 0.3;

/**
 * A field's postings of a term are searched unit by unit (PostingsGatherer.units) when they are more than this many
 * times the units asked for: galloping costs a few reads per unit, a whole read one per posting.
 */
export const SEEK_SHARE = 8;

/** First position in `ids[lo .. hi)` holding an id ≥ `u`, galloping from `lo` (the ids are sorted). */
export function seek(ids: Int32Array, lo: number, hi: number, u: number): number {
  let step = 1;
  let top = lo;
  while (top < hi && ids[top]! < u) {
    lo = top + 1;
    top = Math.min(hi, top + step);
    step <<= 1;
  }
  while (lo < top) {
    const mid = (lo + top) >> 1;
    if (ids[mid]! < u) lo = mid + 1;
    else top = mid;
  }
  return lo;
}

/** Gathered postings of one term: entity ids, their (field-weighted, length-normalised) tf and accent quality. */
export interface TermPostings<Q extends Float32Array | Float64Array = Float32Array> {
  units: Int32Array;
  tf: Q;
  q: Q;
  count: number;
}

/** Articles gathered for one term (title or lead holds it as asked). */
export interface DocList {
  docs: Int32Array;
  count: number;
}

/** A copy of gathered postings that outlives the reused buffers. */
export function copyPostings<Q extends Float32Array | Float64Array>(p: TermPostings<Q>): TermPostings<Q> {
  return { units: p.units.slice(0, p.count), tf: p.tf.slice(0, p.count) as Q, q: p.q.slice(0, p.count) as Q, count: p.count };
}

/**
 * An accent check walked along a term's postings in entity order: the checked syllable's postings are searched
 * from where the previous entity was found (both lists are sorted by entity), not from their start.
 */
interface AccentWalk {
  bit: number;
  /** The check is on the term itself: its own posting holds the written forms. */
  self: boolean;
  pos: number;
  end: number;
  maskStart: number | undefined;
}

function walkOf(p: FieldPostings, c: AccentCheck, termId: number): AccentWalk {
  return { bit: c.bit, self: c.id === termId, pos: p.offsets[c.id]!, end: p.offsets[c.id + 1]!, maskStart: p.maskStart.get(c.id) };
}

/** InvertedIndex.exactAt / exactIn for entity `u` at posting `k` of the term; entities must come in increasing order. */
function walkExact(p: FieldPostings, w: AccentWalk, k: number, u: number): boolean {
  if (w.bit === ACCENT_ALWAYS) return true;
  if (w.bit === ACCENT_NEVER) return false;
  let at = k;
  if (!w.self) {
    // Galloping: the next unit is usually a few postings ahead.
    let lo = w.pos;
    let hi = lo;
    for (let step = 1; hi < w.end && p.ids[hi]! < u; step <<= 1) {
      lo = hi + 1;
      hi = Math.min(w.end, hi + step);
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p.ids[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    w.pos = lo;
    if (lo >= w.end || p.ids[lo] !== u) return false;
    at = lo;
  }
  return w.maskStart === undefined || (p.masks[w.maskStart + at]! & w.bit) !== 0;
}

/** Gathers one term's postings at a time into buffers sized for the corpus (see the file comment). */
export class PostingsGatherer {
  private readonly tfAcc: Float32Array;
  // One term's gathered units and their tf and quality, grown to the most a term has had (growBuffers.ts).
  private termTouched = new Int32Array(0);
  private readonly termQuality: Float32Array;
  // One term's postings, gathered (units in first-seen order, their tf and accent quality) before they are scored.
  private termTf = new Float32Array(0);
  private termQ = new Float32Array(0);
  private readonly titleDocs: Int32Array;
  private readonly titleTf: Float64Array;
  private readonly titleQ: Float64Array;
  private readonly leadDocs: Int32Array;

  /** `units` and `docs` are the entity counts of the unit fields (text, speaker) and the article fields. */
  constructor(private readonly index: InvertedIndex, units: number, docs: number) {
    this.tfAcc = new Float32Array(units);
    this.termQuality = new Float32Array(units);
    this.titleDocs = new Int32Array(docs);
    this.titleTf = new Float64Array(docs);
    this.titleQ = new Float64Array(docs);
    this.leadDocs = new Int32Array(docs);
  }

  /** 1 when posting `k` of `term` in `field` (entity `u`) is written as the question wrote it, else FOLDED_SHARE. */
  private quality(term: ClauseTerm, field: FieldPostings, k: number, u: number): number {
    const checks = term.accents;
    if (!checks) return 1;
    for (const c of checks) {
      const exact = c.id === term.id ? this.index.exactAt(field, c.id, k, c.bit) : this.index.exactIn(field, c.id, u, c.bit);
      if (!exact) return FOLDED_SHARE;
    }
    return 1;
  }

  /**
   * Gather the postings of `term` in the text and speaker fields (BM25F: tf summed over fields before saturation),
   * of the units `allow` lets through and, when given, `within` marks. `sorted`, the units `within` marks in
   * increasing order, lets a field whose postings are many times longer be searched unit by unit (galloping)
   * rather than read whole: the same postings are met in the same order either way.
   */
  units(term: ClauseTerm, allow?: (unit: number) => boolean, within?: Uint8Array, sorted?: Int32Array): TermPostings {
    this.tt = 0;
    // A term's own accent check reads one byte per posting; a bigram's checks search its syllables' postings.
    const own = term.accents?.length === 1 && term.accents[0]!.id === term.id ? term.accents[0]!.bit : null;
    let most = 0;
    for (let field = FIELD_TEXT; field <= FIELD_SPEAKER; field++) {
      const p = this.index.fields[field]!;
      most += p.offsets[term.id + 1]! - p.offsets[term.id]!;
    }
    most = Math.min(most, this.tfAcc.length);
    this.termTouched = fitList(this.termTouched, most, this.tfAcc.length);
    this.termTf = fitList(this.termTf, most, this.tfAcc.length);
    this.termQ = fitList(this.termQ, most, this.tfAcc.length);
    for (let field = FIELD_TEXT; field <= FIELD_SPEAKER; field++) {
      const p = this.index.fields[field]!;
      const start = p.offsets[term.id]!;
      const end = p.offsets[term.id + 1]!;
      const maskStart = own !== null && own > 0 ? p.maskStart.get(term.id) : undefined;
      const walks = own === null && term.accents ? term.accents.map((c) => walkOf(p, c, term.id)) : null;
      if (within && sorted && sorted.length * SEEK_SHARE < end - start) {
        let k = start;
        for (let j = 0; j < sorted.length; j++) {
          const u = sorted[j]!;
          k = seek(p.ids, k, end, u);
          if (k >= end) break;
          if (p.ids[k] !== u || (allow && !allow(u))) continue;
          this.take(p, field, k, u, own, maskStart, walks);
        }
        continue;
      }
      for (let k = start; k < end; k++) {
        const u = p.ids[k]!;
        if ((within && !within[u]) || (allow && !allow(u))) continue;
        this.take(p, field, k, u, own, maskStart, walks);
      }
    }
    const tt = this.tt;
    for (let k = 0; k < tt; k++) {
      const u = this.termTouched[k]!;
      this.termTf[k] = this.tfAcc[u]!;
      this.termQ[k] = this.termQuality[u]!;
      this.tfAcc[u] = 0;
      this.termQuality[u] = 0;
    }
    return { units: this.termTouched, tf: this.termTf, q: this.termQ, count: tt };
  }

  /** Units gathered so far by `units`. */
  private tt = 0;

  /** Add posting `k` (unit `u`) of a term in `field` to the term's gathered postings (see `units`). */
  private take(
    p: FieldPostings, field: number, k: number, u: number, own: number | null, maskStart: number | undefined, walks: AccentWalk[] | null,
  ): void {
    if (this.tfAcc[u] === 0) this.termTouched[this.tt++] = u;
    this.tfAcc[u]! += (FIELD_PARAMS[field]!.weight * p.tfs[k]!) / lengthNorm(field, p.lengths[u]!, p.avgLength);
    let q = 1;
    if (own !== null) {
      if (own === 0 || (maskStart !== undefined && (p.masks[maskStart + k]! & own) === 0)) q = FOLDED_SHARE;
    } else if (walks) {
      for (const w of walks) {
        if (!walkExact(p, w, k, u)) {
          q = FOLDED_SHARE;
          break;
        }
      }
    }
    if (q > this.termQuality[u]!) this.termQuality[u] = q;
  }

  /**
   * Gather the postings of `term` in article titles; with `docs`, of the articles it marks only (those of the units
   * scored: no other unit reads another article's title).
   */
  titles(term: ClauseTerm, docs?: Uint8Array): TermPostings<Float64Array> {
    const title = this.index.fields[FIELD_TITLE]!;
    const { weight } = FIELD_PARAMS[FIELD_TITLE]!;
    let count = 0;
    const end = title.offsets[term.id + 1]!;
    for (let k = title.offsets[term.id]!; k < end; k++) {
      const d = title.ids[k]!;
      if (docs && !docs[d]) continue;
      this.titleDocs[count] = d;
      this.titleTf[count] = (weight * title.tfs[k]!) / lengthNorm(FIELD_TITLE, title.lengths[d]!, title.avgLength);
      this.titleQ[count++] = this.quality(term, title, k, d);
    }
    return { units: this.titleDocs, tf: this.titleTf, q: this.titleQ, count };
  }

  /** Articles whose title or lead writes `term` as it was asked; with `docs`, among those it marks only (see `titles`). */
  leads(term: ClauseTerm, docs?: Uint8Array): DocList {
    const lead = this.index.fields[FIELD_LEAD]!;
    let count = 0;
    const end = lead.offsets[term.id + 1]!;
    for (let k = lead.offsets[term.id]!; k < end; k++) {
      const d = lead.ids[k]!;
      if (docs && !docs[d]) continue;
      if (this.quality(term, lead, k, d) < 1) continue;
      this.leadDocs[count++] = d;
    }
    return { docs: this.leadDocs, count };
  }
}
