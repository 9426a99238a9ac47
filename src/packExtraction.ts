/**
 * The finished extraction as the corpus snapshot saves it (pipelineCache.ts). A quote's or event's sources are
 * positions in the corpus's documents, and its excerpt and text, verbatim words of its first source (types.ts), are
 * where they stand in that document's paragraphs. Read back, they are slices of those paragraphs: V8 keeps a slice
 * of 13 characters or more as a pointer into the string it was cut from, so the 200 000 quotes and events of 20 000
 * articles no longer hold a copy of their sentence (~130 MiB of heap), and the snapshot is as much smaller to read.
 * An excerpt not found in its document (words across paragraphs) is saved as it is.
 */
import type { CorpusDocument, Extraction, SkippedFile, SourceRef, Speaker, Quote, CorpusEvent } from './core/types.js';
import { sourceOf } from './extract/document.js';

/** A quote or event with its sources as document positions (a source of an unknown file stays an object). */
type Packed<T> = Omit<T, 'sources'> & { sources: Array<number | SourceRef> };

/** Items as saved, where each one's words are (see SLOTS), and the strings of TABLED fields. */
export interface PackedChunk<T> {
  items: Array<Packed<T>>;
  at: Int32Array;
  strings: string[];
}

/**
 * Fields whose values repeat (a speaker's name and id, a date, a kind): saved once a chunk, as positions in its
 * `strings`, so reading them back makes one string per distinct value, not one per quote.
 */
const TABLED = ['speaker', 'speakerId', 'kind', 'date', 'dateSource'];

/**
 * Per item: the paragraph of its first source holding its excerpt (-1: not located, the strings are saved), the
 * excerpt's start and end in it, and its text's (start -1: the text is saved).
 */
const SLOTS = 5;

/** The finished extraction as saved (the documents come from the file entries). */
export interface SavedExtraction {
  quotes: Array<PackedChunk<Quote>>;
  events: Array<PackedChunk<CorpusEvent>>;
  speakers: Speaker[];
  skipped: SkippedFile[];
}

type Item = Quote | CorpusEvent;

/** Pack `items` of the extraction whose documents have the positions `position`. */
export function pack<T extends Item>(items: T[], position: Map<string, number>, documents: CorpusDocument[]): PackedChunk<T> {
  const at = new Int32Array(items.length * SLOTS).fill(-1);
  const strings: string[] = [];
  const slotOf = new Map<string, number>();
  const packed = items.map((item, k): Packed<T> => {
    const out = { ...item, sources: item.sources.map((s) => position.get(s.file) ?? s) } as Packed<T>;
    const fields = out as unknown as Record<string, unknown>;
    for (const f of TABLED) {
      const v = fields[f];
      if (typeof v !== 'string') continue;
      let slot = slotOf.get(v);
      if (slot === undefined) {
        slot = strings.push(v) - 1;
        slotOf.set(v, slot);
      }
      fields[f] = slot;
    }
    const first = out.sources[0];
    if (typeof first !== 'number' || !item.excerpt) return out;
    const paragraphs = documents[first]!.paragraphs;
    for (let p = 0; p < paragraphs.length; p++) {
      const start = paragraphs[p]!.indexOf(item.excerpt);
      if (start < 0) continue;
      const o = k * SLOTS;
      at[o] = p;
      at[o + 1] = start;
      at[o + 2] = start + item.excerpt.length;
      out.excerpt = '';
      const t = item.excerpt.indexOf(item.text);
      if (t >= 0) {
        at[o + 3] = start + t;
        at[o + 4] = start + t + item.text.length;
        out.text = '';
      }
      break;
    }
    return out;
  });
  return { items: packed, at, strings };
}

function unpack<T extends Item>(chunks: Array<PackedChunk<T>>, documents: CorpusDocument[], refs: SourceRef[], alone: SourceRef[][]): T[] {
  const out: T[] = [];
  for (const { items, at, strings } of chunks) {
    items.forEach((item, k) => {
      const fields = item as unknown as Record<string, unknown>;
      for (const f of TABLED) {
        const v = fields[f];
        if (typeof v === 'number') fields[f] = strings[v];
      }
      const first = item.sources[0];
      // The read item becomes the quote or event, rather than a copy of it: 215 000 fewer objects made and dropped
      // at each restart of 20 000 articles.
      const unpacked = fields as unknown as T & { sources: SourceRef[] };
      const only = item.sources.length === 1 ? item.sources[0] : undefined;
      unpacked.sources = typeof only === 'number' ? aloneIn(alone, refs, only) : item.sources.map((s) => (typeof s === 'number' ? refs[s]! : s));
      const o = k * SLOTS;
      const p = at[o]!;
      if (p >= 0) {
        const paragraph = documents[first as number]!.paragraphs[p]!;
        unpacked.excerpt = paragraph.slice(at[o + 1], at[o + 2]);
        if (at[o + 3]! >= 0) unpacked.text = paragraph.slice(at[o + 3], at[o + 4]);
      }
      out.push(unpacked);
    });
  }
  return out;
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

/**
 * The saved extraction over the documents it was made from (the corpus's, less those it left out). Consumes `saved`:
 * its items become the quotes and events.
 */
export function unpackExtraction(saved: SavedExtraction, documents: CorpusDocument[]): Extraction {
  const refs = documents.map(sourceOf);
  const alone: SourceRef[][] = [];
  const extraction: Extraction = {
    documents,
    quotes: unpack<Quote>(saved.quotes, documents, refs, alone),
    events: unpack<CorpusEvent>(saved.events, documents, refs, alone),
    speakers: saved.speakers,
  };
  return saved.skipped.length ? { ...extraction, skipped: saved.skipped } : extraction;
}
