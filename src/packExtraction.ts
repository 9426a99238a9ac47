/**
 * The finished extraction as the corpus snapshot saves it (pipelineCache.ts). A quote's or event's sources are
 * positions in the corpus's documents, and its excerpt and text, verbatim words of its first source (types.ts), are
 * where they stand in that document's paragraphs. Read back, they are slices of those paragraphs: V8 keeps a slice
 * of 13 characters or more as a pointer into the string it was cut from, so the 200 000 quotes and events of 20 000
 * articles no longer hold a copy of their sentence (~130 MiB of heap), and the snapshot is as much smaller to read.
 * An excerpt not found in its document (words across paragraphs) is saved as it is.
 *
 * Read back from a snapshot whose documents keep their paragraphs as bytes (paragraphText.ts), an item's text and
 * excerpt found in its article are getters over their place: no string is kept per item, and the paragraph is
 * decoded when they are read.
 *
 * Items are saved as columns (packColumns.ts), not as objects: v8.deserialize made each of 200 000 objects field by
 * field (about a sixth of a restart's CPU at 20 000 articles) with half its fields out of the object. An item with
 * other fields than the known ones, or in another order, is saved whole as before.
 */
import type { CorpusDocument, Extraction, SkippedFile, SourceRef, Speaker, Quote, CorpusEvent } from './core/types.js';
import { sourceOf } from './extract/document.js';
import { Columns, columnsOf, ownColumns, type ItemShape, type SavedColumns } from './packColumns.js';
import { paragraphAt, paragraphBound, paragraphCount } from './paragraphText.js';

/** A quote or event with its sources as document positions (a source of an unknown file stays an object). */
export type Packed<T> = Omit<T, 'sources'> & { sources: Array<number | SourceRef> };

/** Items as saved: see packColumns.ts. */
export type PackedChunk<T> = SavedColumns<Packed<T>>;

/** The finished extraction as saved (the documents come from the file entries). */
export interface SavedExtraction {
  quotes: Array<PackedChunk<Quote>>;
  events: Array<PackedChunk<CorpusEvent>>;
  speakers: Speaker[];
  skipped: SkippedFile[];
}

type Item = Quote | CorpusEvent;

/** Fields of a quote and of an event, in the order the extraction makes them (extract/merge.ts); TABLED among them. */
const QUOTE: ItemShape = { fields: ['id', 'speaker', 'speakerId', 'text', 'kind', 'date', 'dateSource', 'excerpt', 'sources'], tabled: ['speaker', 'speakerId', 'kind', 'date', 'dateSource'] };
const EVENT: ItemShape = { fields: ['id', 'date', 'dateSource', 'text', 'excerpt', 'sources'], tabled: ['date', 'dateSource'] };

/**
 * Per item: the paragraph of its first source holding its excerpt (-1: not located, the strings are saved), the
 * excerpt's start and end in it, and its text's (start -1: the text is saved).
 */
const SLOTS = 5;

/** Where `item`'s excerpt and text stand in its first source's paragraphs (`at`, SLOTS values from `o`), if found. */
function locate(item: Item, first: number | SourceRef | undefined, documents: CorpusDocument[], at: Int32Array, o: number): void {
  if (typeof first !== 'number' || !item.excerpt) return;
  const doc = documents[first]!;
  const count = paragraphCount(doc);
  for (let p = 0; p < count; p++) {
    const start = paragraphAt(doc, p)!.indexOf(item.excerpt);
    if (start < 0) continue;
    at[o] = p;
    at[o + 1] = start;
    at[o + 2] = start + item.excerpt.length;
    const t = item.excerpt.indexOf(item.text);
    if (t >= 0) {
      at[o + 3] = start + t;
      at[o + 4] = start + t + item.text.length;
    }
    return;
  }
}

/** Pack `items` of the extraction whose documents have the positions `position`. */
export function pack<T extends Item>(items: T[], position: Map<string, number>, documents: CorpusDocument[]): PackedChunk<T> {
  const at = new Int32Array(items.length * SLOTS).fill(-1);
  const packed = items.map((item, k): Packed<T> => {
    const sources = item.sources.map((s) => position.get(s.file) ?? s);
    locate(item, sources[0], documents, at, k * SLOTS);
    return { ...item, sources } as Packed<T>;
  });
  const shape = items.length && 'kind' in items[0]! ? QUOTE : EVENT;
  // The words found in the article are not saved: read back from it.
  const words = (k: number): { excerpt: boolean; text: boolean } => ({ excerpt: at[k * SLOTS]! >= 0, text: at[k * SLOTS + 3]! >= 0 });
  return columnsOf(packed, shape, at, words);
}

/**
 * A chunk just read, before the next record is read over its buffer: its typed arrays copied out, its columns
 * checked. Returns how many items it holds; throws when it is damaged or empty.
 */
export function ownChunk<T>(chunk: PackedChunk<T>): number {
  const n = ownColumns(chunk, SLOTS);
  if (n === 0) throw new Error('snapshot record is empty');
  return n;
}

/**
 * The sources list of an item reported by document `d` alone, shared by every such item of that document: most
 * items have one source, and an array each was ~12 MiB of 220 000 small arrays at 20 000 articles. Frozen, so code
 * that would add to one item's list fails loudly instead of changing its neighbours'.
 */
function aloneIn(alone: SourceRef[][], refs: SourceRef[], d: number): SourceRef[] {
  let list = alone[d];
  if (!list) {
    const ref = refs[d];
    if (!ref) throw new Error('snapshot record is damaged');
    list = alone[d] = Object.freeze([ref]) as SourceRef[];
  }
  return list;
}

/** Reads the items of saved chunks back, over the corpus's documents. */
class Reader {
  private readonly alone: SourceRef[][] = [];

  constructor(
    private readonly documents: CorpusDocument[],
    private readonly refs: SourceRef[],
  ) {}

  sources(saved: Array<number | SourceRef>): SourceRef[] {
    return saved.map((s) => (typeof s === 'number' ? this.refOf(s) : s));
  }

  refOf(d: number): SourceRef {
    const ref = this.refs[d];
    if (!ref) throw new Error('snapshot record is damaged');
    return ref;
  }

  aloneIn(d: number): SourceRef[] {
    return aloneIn(this.alone, this.refs, d);
  }

  /** The paragraph of document `d` numbered `p`. */
  paragraph(d: number, p: number): string {
    const doc = this.documents[d];
    const paragraph = doc && paragraphAt(doc, p);
    if (paragraph === undefined) throw new Error('snapshot record is damaged');
    return paragraph;
  }

  /** At least the length of paragraph `p` of document `d` (-1: no such paragraph), without reading it (paragraphText.ts). */
  bound(d: number, p: number): number {
    const doc = this.documents[d];
    return doc === undefined ? -1 : paragraphBound(doc, p);
  }

  get docs(): CorpusDocument[] {
    return this.documents;
  }
}

/** The words of `paragraph` from `start` to `end`, which a damaged record may place outside it. */
function cut(paragraph: string, start: number, end: number): string {
  if (start < 0 || end < start || end > paragraph.length) throw new Error('snapshot record is damaged');
  return paragraph.slice(start, end);
}

/** The items of `chunks`, each made by `make` from its columns (or read whole when it was saved so). */
function unpack<T extends Item>(chunks: Array<PackedChunk<T>>, reader: Reader, make: (c: Columns, k: number, words: ItemWords) => T): T[] {
  const out: T[] = [];
  for (const chunk of chunks) {
    const c = new Columns(chunk);
    const words = new ItemWords(c, reader);
    for (let k = 0; k < c.length; k++) {
      const whole = c.whole(k);
      if (!whole) {
        out.push(make(c, k, words));
        continue;
      }
      // Saved as an object, less the words found in its article: those are read from it.
      const item = whole as unknown as T & { sources: SourceRef[] };
      const first = whole.sources[0];
      item.sources = reader.sources(whole.sources);
      const o = k * SLOTS;
      if (c.at[o]! >= 0) {
        const paragraph = reader.paragraph(typeof first === 'number' ? first : -1, c.at[o]!);
        item.excerpt = cut(paragraph, c.at[o + 1]!, c.at[o + 2]!);
        if (c.at[o + 3]! >= 0) item.text = cut(paragraph, c.at[o + 3]!, c.at[o + 4]!);
      }
      out.push(item);
    }
    c.done();
  }
  return out;
}

/** Sources of item k (its document's shared one-source list, or its own list) and the document its words are in. */
function sourcesOf(c: Columns, k: number, reader: Reader): { sources: SourceRef[]; first: number } {
  const d = c.doc[k]!;
  if (d >= 0) return { sources: reader.aloneIn(d), first: d };
  const list = c.sourceList();
  const first = list[0];
  return { sources: reader.sources(list), first: typeof first === 'number' ? first : -1 };
}

/** Where the words of the items of one chunk are: its places (`at`, SLOTS per item) and each item's document. */
interface WordTable {
  at: Int32Array;
  first: Int32Array;
  documents: CorpusDocument[];
}

const TABLE = Symbol('word table');
const SLOT = Symbol('word slot');
type Placed = Record<string | symbol, unknown> & { [TABLE]: WordTable; [SLOT]: number };

/** The words at slot `from` (excerpt 1, text 3) of a placed item's place. */
function wordsAt(item: Placed, from: number): string {
  const t = item[TABLE];
  const k = item[SLOT];
  const o = k * SLOTS;
  const doc = t.documents[t.first[k]!];
  const paragraph = doc && paragraphAt(doc, t.at[o]!);
  if (paragraph === undefined) throw new Error('snapshot record is damaged');
  return cut(paragraph, t.at[o + from]!, t.at[o + from + 1]!);
}

function textGetter(this: Placed): string {
  return wordsAt(this, 3);
}

function excerptGetter(this: Placed): string {
  return wordsAt(this, 1);
}

// Assigning the words makes them a plain field again, in the same place among the fields.
function textSetter(this: Placed, value: string): void {
  Object.defineProperty(this, 'text', { value, writable: true, enumerable: true, configurable: true });
}

function excerptSetter(this: Placed, value: string): void {
  Object.defineProperty(this, 'excerpt', { value, writable: true, enumerable: true, configurable: true });
}

const TEXT = { get: textGetter, set: textSetter, enumerable: true, configurable: true };
const EXCERPT = { get: excerptGetter, set: excerptSetter, enumerable: true, configurable: true };

/**
 * The words of item k, field by field in the item's order: `set(key, value)` for the other fields, and the
 * words as getters over their place when they were found in the article, else as saved.
 */
class ItemWords {
  private table: WordTable | null = null;

  constructor(
    private readonly c: Columns,
    private readonly reader: Reader,
  ) {}

  /**
   * Whether item k's excerpt and text were found in its article (else they were saved as strings). A place outside
   * its paragraph is refused here when the paragraph's bound shows it, else when the words are read.
   */
  place(k: number, first: number): { excerpt: boolean; text: boolean } {
    const at = this.c.at;
    const o = k * SLOTS;
    if (at[o]! < 0) return { excerpt: false, text: false };
    const bound = first < 0 ? -1 : this.reader.bound(first, at[o]!);
    const inside = (start: number, end: number): boolean => start >= 0 && end >= start && end <= bound;
    if (!inside(at[o + 1]!, at[o + 2]!)) throw new Error('snapshot record is damaged');
    const text = at[o + 3]! >= 0;
    if (text && !inside(at[o + 3]!, at[o + 4]!)) throw new Error('snapshot record is damaged');
    return { excerpt: true, text };
  }

  tableFor(k: number, first: number): WordTable {
    this.table ??= { at: this.c.at, first: new Int32Array(this.c.length).fill(-1), documents: this.reader.docs };
    this.table.first[k] = first;
    return this.table;
  }
}

/** Item k's fields in `order`; its `text` and `excerpt` placed when found in the article. */
function itemOf(c: Columns, k: number, reader: Reader, words: ItemWords, order: Array<[string, unknown]>): Record<string | symbol, unknown> {
  const { sources, first } = sourcesOf(c, k, reader);
  const place = words.place(k, first);
  // Strings saved for words not found in the article are in item order: the excerpt before the text.
  const excerpt = place.excerpt ? null : c.loose();
  const text = place.text ? null : c.loose();
  const out: Record<string | symbol, unknown> = {};
  for (const [key, value] of order) {
    if (key === 'text') {
      if (text === null) Object.defineProperty(out, 'text', TEXT);
      else out.text = text;
    } else if (key === 'excerpt') {
      if (excerpt === null) Object.defineProperty(out, 'excerpt', EXCERPT);
      else out.excerpt = excerpt;
    } else if (key === 'sources') out.sources = sources;
    else out[key] = value;
  }
  // Not enumerable: a spread or a comparison of items sees only their fields.
  if (place.excerpt) {
    Object.defineProperty(out, TABLE, { value: words.tableFor(k, first), writable: true, configurable: true });
    Object.defineProperty(out, SLOT, { value: k, writable: true, configurable: true });
  }
  return out;
}

function quoteOf(c: Columns, k: number, reader: Reader, words: ItemWords): Quote {
  const t = k * QUOTE.tabled.length;
  // In the extraction's own field order (extract/merge.ts), so a quote read back prints as one just made.
  return itemOf(c, k, reader, words, [
    ['id', c.id(k)], ['speaker', c.value(t)], ['speakerId', c.value(t + 1)], ['text', null], ['kind', c.value(t + 2)], ['date', c.value(t + 3)],
    ['dateSource', c.value(t + 4)], ['excerpt', null], ['sources', null],
  ]) as unknown as Quote;
}

function eventOf(c: Columns, k: number, reader: Reader, words: ItemWords): CorpusEvent {
  const t = k * EVENT.tabled.length;
  return itemOf(c, k, reader, words, [
    ['id', c.id(k)], ['date', c.value(t)], ['dateSource', c.value(t + 1)], ['text', null], ['excerpt', null], ['sources', null],
  ]) as unknown as CorpusEvent;
}

/**
 * The saved extraction over the documents it was made from (the corpus's, less those it left out). Consumes `saved`:
 * its items become the quotes and events.
 */
export function unpackExtraction(saved: SavedExtraction, documents: CorpusDocument[]): Extraction {
  const reader = new Reader(documents, documents.map(sourceOf));
  const extraction: Extraction = {
    documents,
    quotes: unpack<Quote>(saved.quotes, reader, (c, k, words) => quoteOf(c, k, reader, words)),
    events: unpack<CorpusEvent>(saved.events, reader, (c, k, words) => eventOf(c, k, reader, words)),
    speakers: saved.speakers,
  };
  return saved.skipped.length ? { ...extraction, skipped: saved.skipped } : extraction;
}
