/**
 * BM25F scoring of clauses over the inverted index, term at a time, into dense accumulators that
 * are reused between questions (only the units a question touches are visited and reset).
 *
 * Text and speaker fields are combined before saturation (BM25F: Robertson & Zaragoza 2009, §3.3);
 * the article title is a document-level field added to units that already match, so a passage is not
 * an answer merely because its article's title is on topic.
 */
import type { AccentCheck, Clause, ClauseTerm } from './clauses.js';
import { ACCENT_ALWAYS, ACCENT_NEVER, type FieldPostings, type InvertedIndex } from './invertedIndex.js';

export const FIELD_TEXT = 0;
export const FIELD_SPEAKER = 1;
export const FIELD_TITLE = 2;
/** Title and first paragraph of each article: only tells which clauses an article's context holds (not scored). */
export const FIELD_LEAD = 3;

const K1 = 1.2;
/** A syllable found without the rest of the two-syllable word asked for ("mạc" in "khai mạc" for "bế mạc") counts this much. */
const ORPHAN_SHARE = 0.4;
/**
 * A quote or event is about its article: a clause its own words miss but its article's title or lead (the first
 * paragraph, where news states who, what and where) holds counts too, so between two statements of one article
 * what tells them apart is their own words ("bế mạc" against "khai mạc"), not which one repeats the place. Only
 * for a unit whose own words already hold OWN_MIN of the question: the article alone never makes an answer.
 * Passages get nothing from it (a sentence is not an answer because its article is on topic).
 */
const TITLE_SHARE = 0.5;
/**
 * A syllable typed with diacritics found only in another written form ("Bảo" for "bão", "gia" for "giá") is most
 * likely another word: it scores and covers this share of the clause, so it can rank an answer but not make one.
 */
export const FOLDED_SHARE = 0.3;
const OWN_MIN = 0.3;
/** Clauses tracked one bit each per unit; further clauses are scored but never discounted. */
const MASK_BITS = 32;
const FIELDS = [
  { weight: 1, b: 0.75 },
  { weight: 1.2, b: 0.3 },
  { weight: 0.3, b: 0.5 },
];

/** Gathered postings of one term: entity ids, their (field-weighted, length-normalised) tf and accent quality. */
interface TermPostings<Q extends Float32Array | Float64Array = Float32Array> {
  units: Int32Array;
  tf: Q;
  q: Q;
  count: number;
}

interface KeptTerm {
  units: TermPostings;
  titles: TermPostings<Float64Array>;
  leads: { docs: Int32Array; count: number } | null;
}

function copyPostings<Q extends Float32Array | Float64Array>(p: TermPostings<Q>): TermPostings<Q> {
  return { units: p.units.slice(0, p.count), tf: p.tf.slice(0, p.count) as Q, q: p.q.slice(0, p.count) as Q, count: p.count };
}

/** Terms with the same id and accent checks have the same postings and qualities (the factor applies later). */
function termKey(t: ClauseTerm): string {
  return t.accents ? `${t.id}:${t.accents.map((a) => `${a.id}.${a.bit}`).join(',')}` : `${t.id}`;
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

/** Scores of the units a question touched. */
export interface Scored {
  units: Int32Array;
  /** BM25F relevance divided by the question's total clause weight. */
  relevance: Float32Array;
  /** Share of the question's clause weight the unit contains (0..1). */
  coverage: Float32Array;
  count: number;
}

export class Scorer {
  private readonly score: Float32Array;
  private readonly matched: Float32Array;
  private readonly lastClause: Int32Array;
  private readonly tfAcc: Float32Array;
  private readonly touched: Int32Array;
  private readonly termTouched: Int32Array;
  private readonly clauseBest: Float32Array;
  private readonly clauseTouched: Int32Array;
  private readonly termQuality: Float32Array;
  private readonly clauseQuality: Float32Array;
  private readonly idfCache: Float32Array;
  private readonly mask: Uint32Array;
  // Per-article accumulators of the title score and of the clauses an article's title or lead holds, reset after
  // each question through the list of articles it touched (Maps here cost more than the postings they summarise).
  private readonly docTitle: Float64Array;
  private readonly docMask: Int32Array;
  private readonly docSeen: Uint8Array;
  private readonly docTouched: Int32Array;
  // One term's postings, gathered (units in first-seen order, their tf and accent quality) before they are scored.
  private readonly termTf: Float32Array;
  private readonly termQ: Float32Array;
  private readonly titleDocs: Int32Array;
  private readonly titleTf: Float64Array;
  private readonly titleQ: Float64Array;
  private readonly leadDocs: Int32Array;

  /** `titleCounts[u]` is 1 when unit u's coverage may include its article's title (quotes, events). */
  constructor(
    private readonly index: InvertedIndex,
    private readonly unitDoc: Int32Array,
    private readonly titleCounts: Uint8Array = new Uint8Array(unitDoc.length),
  ) {
    const n = unitDoc.length;
    this.score = new Float32Array(n);
    this.matched = new Float32Array(n);
    this.lastClause = new Int32Array(n).fill(-1);
    this.tfAcc = new Float32Array(n);
    this.touched = new Int32Array(n);
    this.termTouched = new Int32Array(n);
    this.clauseBest = new Float32Array(n);
    this.clauseTouched = new Int32Array(n);
    this.termQuality = new Float32Array(n);
    this.clauseQuality = new Float32Array(n);
    this.idfCache = new Float32Array(index.vocabularySize).fill(-1);
    this.mask = new Uint32Array(n);
    let docs = index.fields[FIELD_TITLE]?.lengths.length ?? 0;
    for (let u = 0; u < n; u++) if (unitDoc[u]! >= docs) docs = unitDoc[u]! + 1;
    this.docTitle = new Float64Array(docs);
    this.docMask = new Int32Array(docs);
    this.docSeen = new Uint8Array(docs);
    this.docTouched = new Int32Array(docs);
    this.termTf = new Float32Array(n);
    this.termQ = new Float32Array(n);
    this.titleDocs = new Int32Array(docs);
    this.titleTf = new Float64Array(docs);
    this.titleQ = new Float64Array(docs);
    this.leadDocs = new Int32Array(docs);
  }

  get unitCount(): number {
    return this.unitDoc.length;
  }

  /** Robertson–Spärck Jones IDF over units, with the speaker field counted for names that are never in a text. */
  idf(id: number): number {
    const cached = this.idfCache[id]!;
    if (cached >= 0) return cached;
    const n = this.unitDoc.length;
    const df = Math.max(this.index.df(FIELD_TEXT, id), this.index.df(FIELD_SPEAKER, id));
    const v = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    this.idfCache[id] = v;
    return v;
  }

  get maxIdf(): number {
    return Math.log(1 + (this.unitDoc.length + 0.5) / 0.5);
  }

  /** 1 when posting `k` of `term` in `field` (entity `u`) is written as the question wrote it, else FOLDED_SHARE. */
  private quality(term: Clause['terms'][number], field: FieldPostings, k: number, u: number): number {
    const checks = term.accents;
    if (!checks) return 1;
    for (const c of checks) {
      const exact = c.id === term.id ? this.index.exactAt(field, c.id, k, c.bit) : this.index.exactIn(field, c.id, u, c.bit);
      if (!exact) return FOLDED_SHARE;
    }
    return 1;
  }

  /** Score every unit containing at least one clause term; `allow` can skip units early. */
  /** Gather the postings of `term` in the text and speaker fields (BM25F: tf summed over fields before saturation). */
  private gatherUnits(term: ClauseTerm, allow?: (unit: number) => boolean): TermPostings {
    let tt = 0;
    // A term's own accent check reads one byte per posting; a bigram's checks search its syllables' postings.
    const own = term.accents?.length === 1 && term.accents[0]!.id === term.id ? term.accents[0]!.bit : null;
    for (let field = FIELD_TEXT; field <= FIELD_SPEAKER; field++) {
      const p = this.index.fields[field]!;
      const { weight, b } = FIELDS[field]!;
      const end = p.offsets[term.id + 1]!;
      const maskStart = own !== null && own > 0 ? p.maskStart.get(term.id) : undefined;
      const walks = own === null && term.accents ? term.accents.map((c) => walkOf(p, c, term.id)) : null;
      for (let k = p.offsets[term.id]!; k < end; k++) {
        const u = p.ids[k]!;
        if (allow && !allow(u)) continue;
        const norm = 1 - b + (b * p.lengths[u]!) / p.avgLength;
        if (this.tfAcc[u] === 0) this.termTouched[tt++] = u;
        this.tfAcc[u]! += (weight * p.tfs[k]!) / norm;
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
    }
    for (let k = 0; k < tt; k++) {
      const u = this.termTouched[k]!;
      this.termTf[k] = this.tfAcc[u]!;
      this.termQ[k] = this.termQuality[u]!;
      this.tfAcc[u] = 0;
      this.termQuality[u] = 0;
    }
    return { units: this.termTouched, tf: this.termTf, q: this.termQ, count: tt };
  }

  /** Gather the postings of `term` in article titles. */
  private gatherTitles(term: ClauseTerm): TermPostings<Float64Array> {
    const title = this.index.fields[FIELD_TITLE]!;
    const { weight, b } = FIELDS[FIELD_TITLE]!;
    let count = 0;
    const end = title.offsets[term.id + 1]!;
    for (let k = title.offsets[term.id]!; k < end; k++) {
      const d = title.ids[k]!;
      this.titleDocs[count] = d;
      this.titleTf[count] = (weight * title.tfs[k]!) / (1 - b + (b * title.lengths[d]!) / title.avgLength);
      this.titleQ[count++] = this.quality(term, title, k, d);
    }
    return { units: this.titleDocs, tf: this.titleTf, q: this.titleQ, count };
  }

  /** Articles whose title or lead writes `term` as it was asked. */
  private gatherLeads(term: ClauseTerm): { docs: Int32Array; count: number } {
    const lead = this.index.fields[FIELD_LEAD]!;
    let count = 0;
    const end = lead.offsets[term.id + 1]!;
    for (let k = lead.offsets[term.id]!; k < end; k++) {
      const d = lead.ids[k]!;
      if (this.quality(term, lead, k, d) < 1) continue;
      this.leadDocs[count++] = d;
    }
    return { docs: this.leadDocs, count };
  }

  /** Score every unit containing at least one clause term; `allow` can skip units early. */
  run(clauses: Clause[], allow?: (unit: number) => boolean): Scored {
    let total = 0;
    for (const c of clauses) total += c.weight;
    total ||= 1;
    let touchedCount = 0;
    let docCount = 0;
    const { docTitle, docMask, docSeen, docTouched } = this;
    const lead = this.index.fields[FIELD_LEAD];
    const paired: number[] = [];
    for (let ci = 0; ci < clauses.length && ci < MASK_BITS; ci++) if (clauses[ci]!.pairs?.length) paired.push(ci);
    // A term met in several clauses (a phrase's syllables are also its partial-match clauses) is read from the
    // postings once per question: its gathered postings are kept for the next clause that uses it.
    const uses = new Map<string, number>();
    for (const c of clauses) for (const t of c.terms) uses.set(termKey(t), (uses.get(termKey(t)) ?? 0) + 1);
    const kept = new Map<string, KeptTerm>();

    for (let ci = 0; ci < clauses.length; ci++) {
      const clause = clauses[ci]!;
      // A clause (a word, or a concept with its synonyms) counts once per unit, by its best-scoring form.
      let ct = 0;
      for (const term of clause.terms) {
        const idf = this.idf(term.id);
        const factor = term.factor;
        const key = termKey(term);
        let saved = kept.get(key);
        const shared = uses.get(key)! > 1;
        let posts: TermPostings;
        let titles: TermPostings<Float64Array>;
        if (saved) {
          posts = saved.units;
          titles = saved.titles;
        } else {
          posts = this.gatherUnits(term, allow);
          titles = this.gatherTitles(term);
          if (shared) {
            saved = { units: copyPostings(posts), titles: copyPostings(titles), leads: null };
            kept.set(key, saved);
          }
        }
        for (let k = 0; k < posts.count; k++) {
          const u = posts.units[k]!;
          const tf = posts.tf[k]!;
          const q = posts.q[k]!;
          if (this.lastClause[u] === -1) this.touched[touchedCount++] = u;
          const contribution = (q * factor * idf * tf * (K1 + 1)) / (tf + K1);
          if (this.lastClause[u] !== ci) {
            this.lastClause[u] = ci;
            this.clauseTouched[ct++] = u;
            this.clauseBest[u] = contribution;
            this.clauseQuality[u] = q;
          } else {
            if (contribution > this.clauseBest[u]!) this.clauseBest[u] = contribution;
            if (q > this.clauseQuality[u]!) this.clauseQuality[u] = q;
          }
        }
        for (let k = 0; k < titles.count; k++) {
          const d = titles.units[k]!;
          const tf = titles.tf[k]!;
          if (!docSeen[d]) {
            docSeen[d] = 1;
            docTouched[docCount++] = d;
          }
          docTitle[d]! += (titles.q[k]! * factor * idf * tf * (K1 + 1)) / (tf + K1);
        }
        if (lead && ci < MASK_BITS && clause.weight > 0) {
          let leads = saved?.leads ?? null;
          if (!leads) {
            leads = this.gatherLeads(term);
            if (saved) saved.leads = leads = { docs: leads.docs.slice(0, leads.count), count: leads.count };
          }
          for (let k = 0; k < leads.count; k++) {
            const d = leads.docs[k]!;
            if (!docSeen[d]) {
              docSeen[d] = 1;
              docTouched[docCount++] = d;
            }
            docMask[d]! |= 1 << ci;
          }
        }
      }
      // A clause found only in another written form counts in part, and is not "held" for the pair and title rules.
      for (let k = 0; k < ct; k++) {
        const u = this.clauseTouched[k]!;
        const q = this.clauseQuality[u]!;
        this.score[u]! += this.clauseBest[u]!;
        this.matched[u]! += q * clause.weight;
        if (q === 1 && ci < MASK_BITS) this.mask[u]! |= 1 << ci;
        this.clauseBest[u] = 0;
        this.clauseQuality[u] = 0;
      }
    }

    const units = new Int32Array(touchedCount);
    const relevance = new Float32Array(touchedCount);
    const coverage = new Float32Array(touchedCount);
    for (let k = 0; k < touchedCount; k++) {
      const u = this.touched[k]!;
      units[k] = u;
      const doc = this.unitDoc[u]!;
      const t = doc >= 0 ? docTitle[doc]! : 0;
      relevance[k] = (this.score[u]! + t) / total;
      let matched = this.matched[u]!;
      const m = this.mask[u]!;
      for (const ci of paired) {
        if (!(m & (1 << ci))) continue;
        const pairs = clauses[ci]!.pairs!;
        if (pairs.every((p) => !(m & (1 << p.partner)) && !(m & (1 << p.bigram)))) {
          matched -= (1 - ORPHAN_SHARE) * clauses[ci]!.weight;
        }
      }
      if (this.titleCounts[u] && matched >= OWN_MIN * total && doc >= 0) {
        for (let extra = docMask[doc]! & ~m; extra !== 0; extra &= extra - 1) {
          matched += TITLE_SHARE * clauses[31 - Math.clz32(extra & -extra)]!.weight;
        }
      }
      coverage[k] = matched / total;
      this.score[u] = 0;
      this.matched[u] = 0;
      this.mask[u] = 0;
      this.lastClause[u] = -1;
    }
    for (let k = 0; k < docCount; k++) {
      const d = docTouched[k]!;
      docTitle[d] = 0;
      docMask[d] = 0;
      docSeen[d] = 0;
    }
    return { units, relevance, coverage, count: touchedCount };
  }
}
