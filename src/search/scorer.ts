/**
 * BM25F scoring of clauses over the inverted index, term at a time, into dense accumulators that
 * are reused between questions (only the units a question touches are visited and reset).
 *
 * Text and speaker fields are combined before saturation (BM25F: Robertson & Zaragoza 2009, §3.3);
 * the article title is a document-level field added to units that already match, so a passage is not
 * an answer merely because its article's title is on topic.
 */
import { bm25, RelevanceBound } from './bm25.js';
import { BonusMemo } from './bonusMemo.js';
import type { Clause, ClauseTerm } from './clauses.js';
import { heldWeight, MASK_BITS, OWN_MIN } from './coverage.js';
import { FIELD_LEAD, FIELD_SPEAKER, FIELD_TEXT, FIELD_TITLE } from './fields.js';
import type { InvertedIndex } from './invertedIndex.js';
import { fitList, ShortlistScratch } from './growBuffers.js';
import { copyPostings, PostingsGatherer, SEEK_SHARE, type DocList, type TermPostings } from './postings.js';
import { Reach, sortUnits, UnitSet } from './reach.js';

/** A term's gathered postings, kept for the next clause of the same question that uses the term. */
interface KeptTerm {
  units: TermPostings;
  titles: TermPostings<Float64Array>;
  leads: DocList | null;
}

/** Terms with the same id and accent checks have the same postings and qualities (the factor applies later). */
function termKey(t: ClauseTerm): string {
  return t.accents ? `${t.id}:${t.accents.map((a) => `${a.id}.${a.bit}`).join(',')}` : `${t.id}`;
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


/** What one question accumulates per unit and per article, over the clauses in turn. */
interface Pass {
  clauses: Clause[];
  /** Sum of the clause weights (1 when none weigh). */
  total: number;
  touchedCount: number;
  docCount: number;
  /** Clauses (within MASK_BITS) that are one syllable of a two-syllable word asked for. */
  paired: number[];
}

export class Scorer {
  private readonly gather: PostingsGatherer;
  private readonly reachFinder: Reach;
  /** The units a question may show (see `reach`), and a second set for a first look at some of them; reused. */
  readonly reachable: UnitSet;
  readonly probe: UnitSet;
  /** The units of the shortlist's second look (shortlist.ts); reused. */
  readonly probeMore: UnitSet;
  /** The units that name the speaker a question asks about (candidates.ts); reused. */
  readonly named: UnitSet;
  /** The quotes or dated items of a question with no required words (candidates.ts); reused. */
  readonly pool: UnitSet;
  /** A question's bonuses, kept while its candidates are listed (bonusMemo.ts); reused. */
  readonly bonuses: BonusMemo;
  /** The statements of a question's subject and their articles (subject.ts); reused. */
  readonly subject: UnitSet;
  /** The few of them scored exactly at a time (subject.ts); reused. */
  readonly subjectScratch: UnitSet;
  readonly subjectDocs: Uint8Array;
  /** Per article, scratch of the shortlist (shortlist.ts): the most coverage one of its units may have; zeros between questions. */
  readonly docBound: Float64Array;
  /** The shortlist's per-unit bounds, grown as needed (shortlist.ts); reused. */
  readonly shortlistScratch = new ShortlistScratch();
  /** The most relevance a unit may get for a question, before its postings are read (bm25.ts; the shortlist's). */
  readonly relevanceBound: RelevanceBound;
  private readonly score: Float32Array;
  private readonly matched: Float32Array;
  /** Per unit, 1 + the last clause that touched it in this question, 0 for none (zeros need no writing: issue 16). */
  private readonly lastClause: Int32Array;
  // The units a question, and a clause, touched: lists grown to the most a question has needed (growBuffers.ts).
  private touched = new Int32Array(0);
  private readonly clauseBest: Float32Array;
  private clauseTouched = new Int32Array(0);
  private readonly clauseQuality: Float32Array;
  /** Per term, its IDF once read, 0 before (an IDF is never 0: df is at most the unit count). */
  private readonly idfCache: Float32Array;
  private readonly mask: Uint32Array;
  // Per-article accumulators of the title score and of the clauses an article's title or lead holds, reset after
  // each question through the list of articles it touched (Maps here cost more than the postings they summarise).
  private readonly docTitle: Float64Array;
  private readonly docMask: Int32Array;
  private readonly docSeen: Uint8Array;
  private readonly docTouched: Int32Array;
  /** Per article, 1 while a run `within` some units scores one of its units (only those articles' titles and leads are read). */
  private readonly docWithin: Uint8Array;

  /** `titleCounts[u]` is 1 when unit u's coverage may include its article's title (quotes, events). */
  constructor(
    private readonly index: InvertedIndex,
    private readonly unitDoc: Int32Array,
    private readonly titleCounts: Uint8Array = new Uint8Array(unitDoc.length),
  ) {
    const n = unitDoc.length;
    this.score = new Float32Array(n);
    this.matched = new Float32Array(n);
    this.lastClause = new Int32Array(n);
    this.clauseBest = new Float32Array(n);
    this.clauseQuality = new Float32Array(n);
    this.idfCache = new Float32Array(index.vocabularySize);
    this.mask = new Uint32Array(n);
    let docs = index.fields[FIELD_TITLE]?.lengths.length ?? 0;
    for (let u = 0; u < n; u++) if (unitDoc[u]! >= docs) docs = unitDoc[u]! + 1;
    this.docTitle = new Float64Array(docs);
    this.docMask = new Int32Array(docs);
    this.docSeen = new Uint8Array(docs);
    this.docTouched = new Int32Array(docs);
    this.docWithin = new Uint8Array(docs);
    this.gather = new PostingsGatherer(index, n, docs);
    let structured = 0;
    for (let u = 0; u < n; u++) if (titleCounts[u]) structured = u + 1;
    this.reachFinder = new Reach(index, n, structured, OWN_MIN);
    this.reachable = new UnitSet(n);
    this.probe = new UnitSet(n);
    this.probeMore = new UnitSet(n);
    this.subject = new UnitSet(n);
    this.subjectScratch = new UnitSet(n);
    this.named = new UnitSet(n);
    this.pool = new UnitSet(n);
    this.bonuses = new BonusMemo(n);
    this.subjectDocs = new Uint8Array(docs);
    this.docBound = new Float64Array(docs);
    this.relevanceBound = new RelevanceBound(index, (id) => this.idf(id), docs);
  }

  /** The most coverage unit `u` may have, when the last `reach` kept it (for a passage; a statement may add its title's). */
  coverageBound(u: number): number {
    return this.reachFinder.bound[u]!;
  }

  /**
   * Mark in `into` (`reachable` unless told) every unit `allow` lets through that may cover `minCoverage` of the
   * clauses (reach.ts): a run `within` them gives these units as a run over all would, and leaves out only units
   * below that coverage. `coverageBound` then reads this reach's bounds, unless `bounds` is false.
   */
  reach(clauses: Clause[], minCoverage: number, allow?: (unit: number) => boolean, into: UnitSet = this.reachable, bounds = true): void {
    this.reachFinder.add(clauses, minCoverage, into, allow, bounds);
  }

  get unitCount(): number {
    return this.unitDoc.length;
  }

  /** Robertson–Spärck Jones IDF over units, with the speaker field counted for names that are never in a text. */
  idf(id: number): number {
    const cached = this.idfCache[id]!;
    if (cached > 0) return cached;
    const n = this.unitDoc.length;
    const df = Math.max(this.index.df(FIELD_TEXT, id), this.index.df(FIELD_SPEAKER, id));
    // Rounded as the cache holds it, so the first question to use a term scores it as every later one does.
    const v = Math.fround(Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    this.idfCache[id] = v;
    return v;
  }

  get maxIdf(): number {
    return Math.log(1 + (this.unitDoc.length + 0.5) / 0.5);
  }

  /** Score every unit containing at least one clause term; `allow`, and `within` when given, can skip units early. */
  run(clauses: Clause[], allow?: (unit: number) => boolean, within?: UnitSet): Scored {
    let total = 0;
    for (const c of clauses) total += c.weight;
    const pass: Pass = { clauses, total: total || 1, touchedCount: 0, docCount: 0, paired: [] };
    for (let ci = 0; ci < clauses.length && ci < MASK_BITS; ci++) if (clauses[ci]!.pairs?.length) pass.paired.push(ci);
    // A term met in several clauses (a phrase's syllables are also its partial-match clauses) is read from the
    // postings once per question: its gathered postings are kept for the next clause that uses it.
    const uses = new Map<string, number>();
    for (const c of clauses) for (const t of c.terms) uses.set(termKey(t), (uses.get(termKey(t)) ?? 0) + 1);
    const kept = new Map<string, KeptTerm>();
    const sorted = within ? this.sortedIfFew(clauses, within) : undefined;
    // The titles and leads of articles none of `within` is in count for no unit scored: they are not read.
    const docs = within ? this.markDocs(within, 1) : undefined;
    for (let ci = 0; ci < clauses.length; ci++) this.scoreClause(pass, ci, uses, kept, allow, within?.mark, sorted, docs);
    if (within) this.markDocs(within, 0);
    return this.collect(pass);
  }

  /** Set `docWithin` to `v` for the article of every unit of `set`. */
  private markDocs(set: UnitSet, v: number): Uint8Array {
    for (let k = 0; k < set.count; k++) {
      const d = this.unitDoc[set.list[k]!]!;
      if (d >= 0) this.docWithin[d] = v;
    }
    return this.docWithin;
  }

  /**
   * The units of `within` in increasing order (sorted in place), when some term's postings are long enough to be
   * searched for them rather than read whole (PostingsGatherer.units); else undefined.
   */
  private sortedIfFew(clauses: Clause[], within: UnitSet): Int32Array | undefined {
    const text = this.index.fields[FIELD_TEXT]!;
    const few = clauses.some((c) => c.terms.some((t) => within.count * SEEK_SHARE < text.offsets[t.id + 1]! - text.offsets[t.id]!));
    return few ? sortUnits(within.list.subarray(0, within.count)) : undefined;
  }

  /** Add clause `ci` to every unit holding one of its terms (by its best-scoring form) and to their articles. */
  private scoreClause(
    pass: Pass, ci: number, uses: Map<string, number>, kept: Map<string, KeptTerm>, allow?: (unit: number) => boolean, within?: Uint8Array,
    sorted?: Int32Array, docs?: Uint8Array,
  ): void {
    const clause = pass.clauses[ci]!;
    const lead = this.index.fields[FIELD_LEAD];
    let ct = 0;
    for (const term of clause.terms) {
      const idf = this.idf(term.id);
      const factor = term.factor;
      const key = termKey(term);
      let saved = kept.get(key);
      let posts: TermPostings;
      let titles: TermPostings<Float64Array>;
      if (saved) {
        posts = saved.units;
        titles = saved.titles;
      } else {
        posts = this.gather.units(term, allow, within, sorted);
        titles = this.gather.titles(term, docs);
        if (uses.get(key)! > 1) {
          saved = { units: copyPostings(posts), titles: copyPostings(titles), leads: null };
          kept.set(key, saved);
        }
      }
      this.touched = fitList(this.touched, pass.touchedCount + posts.count, this.unitDoc.length);
      this.clauseTouched = fitList(this.clauseTouched, ct + posts.count, this.unitDoc.length);
      for (let k = 0; k < posts.count; k++) {
        const u = posts.units[k]!;
        const q = posts.q[k]!;
        if (this.lastClause[u] === 0) this.touched[pass.touchedCount++] = u;
        const contribution = bm25(q, factor, idf, posts.tf[k]!);
        if (this.lastClause[u] !== ci + 1) {
          this.lastClause[u] = ci + 1;
          this.clauseTouched[ct++] = u;
          this.clauseBest[u] = contribution;
          this.clauseQuality[u] = q;
        } else {
          if (contribution > this.clauseBest[u]!) this.clauseBest[u] = contribution;
          if (q > this.clauseQuality[u]!) this.clauseQuality[u] = q;
        }
      }
      for (let k = 0; k < titles.count; k++) {
        this.docTitle[this.touchDoc(pass, titles.units[k]!)]! += bm25(titles.q[k]!, factor, idf, titles.tf[k]!);
      }
      if (lead && ci < MASK_BITS && clause.weight > 0) {
        let leads = saved?.leads ?? null;
        if (!leads) {
          leads = this.gather.leads(term, docs);
          if (saved) saved.leads = leads = { docs: leads.docs.slice(0, leads.count), count: leads.count };
        }
        for (let k = 0; k < leads.count; k++) this.docMask[this.touchDoc(pass, leads.docs[k]!)]! |= 1 << ci;
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

  private touchDoc(pass: Pass, d: number): number {
    if (!this.docSeen[d]) {
      this.docSeen[d] = 1;
      this.docTouched[pass.docCount++] = d;
    }
    return d;
  }

  /** The relevance and coverage of every touched unit; resets the accumulators for the next question. */
  private collect(pass: Pass): Scored {
    const n = pass.touchedCount;
    const units = new Int32Array(n);
    const relevance = new Float32Array(n);
    const coverage = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      const u = this.touched[k]!;
      units[k] = u;
      const doc = this.unitDoc[u]!;
      relevance[k] = (this.score[u]! + (doc >= 0 ? this.docTitle[doc]! : 0)) / pass.total;
      coverage[k] = Math.min(1, this.coverageOf(pass, u, doc) / pass.total);
      this.score[u] = 0;
      this.matched[u] = 0;
      this.mask[u] = 0;
      this.lastClause[u] = 0;
    }
    for (let k = 0; k < pass.docCount; k++) {
      const d = this.docTouched[k]!;
      this.docTitle[d] = 0;
      this.docMask[d] = 0;
      this.docSeen[d] = 0;
    }
    return { units, relevance, coverage, count: n };
  }

  /** The clause weight unit `u` holds (coverage.ts), from what the clauses in turn marked. */
  private coverageOf(pass: Pass, u: number, doc: number): number {
    const titled = this.titleCounts[u] !== 0 && doc >= 0;
    return heldWeight(pass.clauses, pass.paired, pass.total, this.matched[u]!, this.mask[u]!, titled ? this.docMask[doc]! : null);
  }
}
