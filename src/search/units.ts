/**
 * Search units: every quote, every event and every sentence of every document (a "passage"),
 * merged when several outlets carry the same words, and each passage linked to the quotes/events
 * extracted from it so a result list never shows the same sentence twice.
 */
import { SourceLists } from '../core/sourceLists.js';
import { foldText, splitSentences } from '../core/text.js';
import type { CorpusDocument, CorpusEvent, Extraction, IsoDate, Quote, QuoteKind, ResultType, SourceRef } from '../core/types.js';
import { paragraphAt } from '../paragraphText.js';

/** One searchable item. */
export interface Unit {
  type: ResultType;
  /** Verbatim result text (quote words, event clause, passage sentence). */
  text: string;
  /** Verbatim context for quotes and events; passages build theirs on demand. */
  excerpt: string | null;
  speaker: string | null;
  speakerId: string | null;
  date: IsoDate;
  /** Quotes: verbatim (direct/partial) or paraphrase (indirect); null for events and passages. */
  kind: QuoteKind | null;
  /** Quotes: where the date came from; null otherwise. */
  dateSource: Quote['dateSource'];
  sources: SourceRef[];
  /** Index of the primary document in `extraction.documents`, or -1 when unknown. */
  doc: number;
  /** Passage position: paragraph and sentence number within it. */
  para: number;
  sent: number;
  /** Passages: the quote/event units extracted from this sentence. */
  coveredBy: number[] | null;
}

/**
 * What is indexed in a unit's text field: its own words, then its excerpt when that says more. The item's own
 * words count twice: two quotes cut from one sentence share the excerpt, and each should win on its own words.
 * Made on demand, not kept: a joined string per quote, flattened by the indexer, cost ~150 MiB at 20 000 articles.
 */
export function indexTextOf(u: Unit): string {
  return u.excerpt && u.excerpt !== u.text ? `${u.text} ${u.excerpt}` : u.text;
}

/** The reference an article gives when it is cited. */
export function sourceOf(doc: CorpusDocument): SourceRef {
  return { file: doc.file, title: doc.title, url: doc.url, published: doc.published, outlet: doc.outlet };
}

// 31-bit string hash (FNV-1a), a small integer: a Map keyed by small integers is several times faster than one
// keyed by doubles or by every sentence's text. Collisions go to a second map keyed by text (see buildUnits).
function hash31(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 1;
}

function squash(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The quote and event units, by id: objects when just built; when read from a saved index (persist.ts), columns
 * from which a unit is made when asked for, as passages are.
 */
export interface StructuredUnits {
  readonly length: number;
  at(i: number): Unit;
  // The fields a question reads of many statements (rank.ts bonusOf, subject.ts, the filters), read without
  // making the unit: made per statement per question, the units of a saved index made questions 1.7x slower.
  type(i: number): 'quote' | 'event';
  speakerId(i: number): string | null;
  kind(i: number): QuoteKind | null;
  date(i: number): IsoDate;
  text(i: number): string;
  sources(i: number): SourceRef[];
}

/** Units kept as objects. */
export function structuredList(units: Unit[]): StructuredUnits {
  return {
    length: units.length,
    at: (i) => units[i]!,
    type: (i) => (units[i]!.type === 'event' ? 'event' : 'quote'),
    speakerId: (i) => units[i]!.speakerId,
    kind: (i) => units[i]!.kind,
    date: (i) => units[i]!.date,
    text: (i) => units[i]!.text,
    sources: (i) => units[i]!.sources,
  };
}

/**
 * Every unit of an extraction. Quotes and events are kept as objects or columns (StructuredUnits); passages (nine units in ten) are kept
 * as typed arrays (document, paragraph, sentence, offset and length of the sentence in its paragraph) and
 * become a {@link Unit} only when asked for, so no sentence is stored twice and no object is kept per sentence.
 */
export class UnitStore {
  /** Number of units; ids below `structuredCount` are quotes and events. */
  readonly length: number;
  readonly structuredCount: number;
  /** Primary document of each unit (-1 when unknown). */
  readonly docs: Int32Array;

  constructor(
    private readonly structured: StructuredUnits,
    private readonly documents: CorpusDocument[],
    private readonly docSources: SourceRef[],
    private readonly pPara: Int32Array,
    private readonly pSent: Int32Array,
    private readonly pStart: Int32Array,
    private readonly pLength: Int32Array,
    // Only looked up: a saved index gives lists read from typed arrays when asked (persist.ts).
    private readonly extraSources: Pick<ReadonlyMap<number, SourceRef[]>, 'get'>,
    private readonly covered: Pick<ReadonlyMap<number, number[]>, 'get'>,
    docs: Int32Array,
  ) {
    this.structuredCount = structured.length;
    this.length = structured.length + pPara.length;
    this.docs = docs;
  }

  isPassage(i: number): boolean {
    return i >= this.structuredCount;
  }

  /** Speaker id of a unit, without making the unit. */
  speakerId(i: number): string | null {
    return i < this.structuredCount ? this.structured.speakerId(i) : null;
  }

  /** Type of a unit, without making it. */
  type(i: number): ResultType {
    return i < this.structuredCount ? this.structured.type(i) : 'passage';
  }

  /** Kind of a quote (null for events and passages), without making the unit. */
  kind(i: number): QuoteKind | null {
    return i < this.structuredCount ? this.structured.kind(i) : null;
  }

  /** Date of a statement or event (null for passages), without making the unit. */
  date(i: number): IsoDate {
    return i < this.structuredCount ? this.structured.date(i) : null;
  }

  /** Words of a unit (Unit.text), without making it. */
  text(i: number): string {
    if (i < this.structuredCount) return this.structured.text(i);
    const k = i - this.structuredCount;
    const start = this.pStart[k]!;
    return paragraphAt(this.documents[this.docs[i]!]!, this.pPara[k]!)!.slice(start, start + this.pLength[k]!);
  }

  /** The statements and events a passage holds (Unit.coveredBy), without building the passage. */
  coveredBy(i: number): number[] | null {
    // A quote or event covers no other unit (buildUnits): only passages have a list.
    return i < this.structuredCount ? null : (this.covered.get(i) ?? null);
  }

  /** Sources of a unit (Unit.sources), without making it. */
  sources(i: number): SourceRef[] {
    if (i < this.structuredCount) return this.structured.sources(i);
    return this.extraSources.get(i) ?? [this.docSources[this.docs[i]!]!];
  }

  /** The unit; a passage is rebuilt from its document (cheap: a slice of the paragraph). */
  get(i: number): Unit {
    if (i < this.structuredCount) return this.structured.at(i);
    const k = i - this.structuredCount;
    return {
      type: 'passage', text: this.text(i), excerpt: null, speaker: null, speakerId: null, date: null, kind: null,
      dateSource: null, sources: this.sources(i), doc: this.docs[i]!, para: this.pPara[k]!, sent: this.pSent[k]!,
      coveredBy: this.covered.get(i) ?? null,
    };
  }
}

/** Build the units of an extraction. Quotes and events come first, then passages in document order. */
export function buildUnits(extraction: Extraction): UnitStore {
  const units: Unit[] = [];
  const docIndex = new Map<string, number>();
  extraction.documents.forEach((d, i) => docIndex.set(d.file, i));
  const byDoc = new Map<number, number[]>();
  const merged = new Map<string, number>();
  const lists = new SourceLists();

  const addStructured = (
    type: 'quote' | 'event',
    key: string,
    item: Quote | CorpusEvent,
    text: string,
    speaker: string | null,
    speakerId: string | null,
  ): void => {
    const existing = merged.get(key);
    if (existing !== undefined) {
      const u = units[existing]!;
      for (const s of item.sources) lists.add(u.sources, s);
      // The same words printed in quotation marks by one outlet are verbatim, whatever another outlet did.
      if (u.kind === 'indirect' && 'kind' in item && item.kind !== 'indirect') u.kind = item.kind;
      return;
    }
    const doc = item.sources[0] ? (docIndex.get(item.sources[0].file) ?? -1) : -1;
    const excerpt = item.excerpt || text;
    const id = units.length;
    units.push({
      type, text, excerpt, speaker, speakerId, date: item.date, sources: [...item.sources],
      kind: 'kind' in item ? item.kind : null, dateSource: 'dateSource' in item ? item.dateSource ?? null : null,
      doc, para: -1, sent: -1, coveredBy: null,
    });
    merged.set(key, id);
    for (const s of item.sources) {
      const d = docIndex.get(s.file);
      if (d === undefined) continue;
      const list = byDoc.get(d) ?? [];
      list.push(id);
      byDoc.set(d, list);
    }
  };
  for (const q of extraction.quotes) {
    addStructured('quote', `q|${q.speakerId ?? ''}|${squash(q.text)}`, q, q.text, q.speaker, q.speakerId);
  }
  for (const e of extraction.events) addStructured('event', `e|${e.date ?? ''}|${squash(e.text)}`, e, e.text, null, null);
  merged.clear();

  const base = units.length;
  const docSources = extraction.documents.map(sourceOf);
  const pDoc: number[] = [];
  const pPara: number[] = [];
  const pSent: number[] = [];
  const pStart: number[] = [];
  const pLength: number[] = [];
  const extraSources = new Map<number, SourceRef[]>();
  const covered = new Map<number, number[]>();
  const passageByHash = new Map<number, number>();
  // Sentences whose hash an earlier, different sentence already holds.
  const passageByText = new Map<string, number>();
  const textOf = (id: number): string => {
    const k = id - base;
    return paragraphAt(extraction.documents[pDoc[k]!]!, pPara[k]!)!.slice(pStart[k]!, pStart[k]! + pLength[k]!);
  };
  extraction.documents.forEach((doc, d) => {
    const source = docSources[d]!;
    // Quotes and events are verbatim (types.ts), so raw substring tests find their sentences.
    const structured = (byDoc.get(d) ?? []).map((u) => ({ u, excerpt: units[u]!.excerpt ?? '', text: units[u]!.text }));
    doc.paragraphs.forEach((paragraph, p) => {
      let cursor = 0;
      splitSentences(paragraph).forEach((sentence, s) => {
        const at = paragraph.indexOf(sentence, cursor);
        // splitSentences returns trimmed slices of the paragraph, so each is found in order.
        if (at < 0) throw new Error(`sentence not found in its paragraph (${doc.file})`);
        cursor = at + sentence.length;
        // Outlets that carry the same statement carry the same words: exact text identifies it.
        const h = hash31(sentence);
        const first = passageByHash.get(h);
        const seen = first === undefined ? undefined : textOf(first) === sentence ? first : passageByText.get(sentence);
        if (seen !== undefined) {
          const list = extraSources.get(seen) ?? [docSources[pDoc[seen - base]!]!];
          lists.add(list, source);
          extraSources.set(seen, list);
          return;
        }
        const id = base + pDoc.length;
        const cover = structured
          .filter((x) => x.excerpt.includes(sentence) || (x.text.length >= 12 && sentence.includes(x.text)))
          .map((x) => x.u);
        if (cover.length) covered.set(id, cover);
        if (first === undefined) passageByHash.set(h, id);
        else passageByText.set(sentence, id);
        pDoc.push(d);
        pPara.push(p);
        pSent.push(s);
        pStart.push(at);
        pLength.push(sentence.length);
      });
    });
  });
  const docs = new Int32Array(base + pDoc.length);
  units.forEach((u, i) => (docs[i] = u.doc));
  docs.set(pDoc, base);
  return new UnitStore(
    structuredList(units), extraction.documents, docSources, Int32Array.from(pPara), Int32Array.from(pSent), Int32Array.from(pStart),
    Int32Array.from(pLength), extraSources, covered, docs,
  );
}
