/**
 * Paragraphs kept as UTF-8 bytes, decoded when read (issue 16). A restart of 20 000 articles held 210 000
 * paragraphs, 72 M characters, as two-byte strings (every Vietnamese paragraph has a letter outside Latin-1):
 * ~140 MiB of heap. As UTF-8 the same text is about 1.3 bytes a character, in one buffer per snapshot record.
 *
 * A document read from the snapshot (packFiles.ts) has `paragraphs` as a getter that decodes them (the same
 * strings, a new frozen array); the hot readers (a passage's words, a quote's words) read one paragraph by
 * {@link paragraphAt}, through a small cache of the last paragraphs decoded. A quote or event read back
 * (packExtraction.ts) has its `text` and `excerpt` as getters over its place in its document: no string is kept
 * per statement. Both getters are own enumerable properties in the objects' field order, so JSON, spreads and
 * `Object.keys` see plain fields; assigning one makes it a plain field again.
 */
import type { CorpusDocument } from './core/types.js';

/** The paragraphs of one snapshot record: their UTF-8 bytes one after the other, and where each starts. */
export class ParagraphBytes {
  private static next = 0;
  /** A number per store, mixed into the cache slot. */
  readonly id = ParagraphBytes.next++ & 0xffff;

  constructor(
    readonly bytes: Buffer,
    /** Byte offset of paragraph k is starts[k]; starts has one more entry than there are paragraphs. */
    readonly starts: Int32Array,
  ) {}
}

// Direct-mapped cache of decoded paragraphs: a question reads many sentences of the same paragraphs in turn.
const SLOTS = 4096;
const cachedText: Array<string | undefined> = new Array<string | undefined>(SLOTS);
const cachedStore: Array<ParagraphBytes | undefined> = new Array<ParagraphBytes | undefined>(SLOTS);
const cachedIndex = new Int32Array(SLOTS).fill(-1);

/** Paragraph `k` of `store`. */
export function decodeParagraph(store: ParagraphBytes, k: number): string {
  const slot = (Math.imul(store.id, 0x9e3779b1) + k) & (SLOTS - 1);
  if (cachedIndex[slot] === k && cachedStore[slot] === store) return cachedText[slot]!;
  const text = store.bytes.toString('utf8', store.starts[k]!, store.starts[k + 1]!);
  cachedText[slot] = text;
  cachedStore[slot] = store;
  cachedIndex[slot] = k;
  return text;
}

/** Where a document's paragraphs are in a store. */
interface Place {
  store: ParagraphBytes;
  first: number;
  count: number;
}

const PLACE = Symbol('paragraph place');
type Placed = CorpusDocument & { [PLACE]?: Place };

function paragraphsGetter(this: Placed): readonly string[] {
  const place = this[PLACE]!;
  const out: string[] = [];
  for (let k = 0; k < place.count; k++) out.push(decodeParagraph(place.store, place.first + k));
  return Object.freeze(out);
}

function paragraphsSetter(this: Placed, value: string[]): void {
  Object.defineProperty(this, 'paragraphs', { value, writable: true, enumerable: true, configurable: true });
  delete this[PLACE];
}

/**
 * A copy of `doc` (same fields, same order) whose paragraphs are paragraphs `first .. first + count` of `store`,
 * decoded when read.
 */
export function placedDocument<T extends CorpusDocument>(doc: T, store: ParagraphBytes, first: number, count: number): T {
  const out: Record<string | symbol, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (key === 'paragraphs') {
      Object.defineProperty(out, 'paragraphs', { get: paragraphsGetter, set: paragraphsSetter, enumerable: true, configurable: true });
    } else out[key] = (doc as Record<string, unknown>)[key];
  }
  // Not enumerable: a spread or a comparison of documents sees only their fields.
  Object.defineProperty(out, PLACE, { value: { store, first, count } satisfies Place, writable: true, configurable: true });
  return out as T;
}

/**
 * `{ ...doc, ...fields }`, except that a document keeping bytes stays so (a spread would decode every paragraph
 * into the copy).
 */
export function withFields<T extends CorpusDocument>(doc: T, fields: Partial<T>): T {
  const place = (doc as Placed)[PLACE];
  if (!place) return { ...doc, ...fields };
  const out = placedDocument(doc, place.store, place.first, place.count) as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) out[key] = value;
  return out as T;
}

/** Paragraph `p` of `doc` (undefined past its last), decoding only that one when the document keeps bytes. */
export function paragraphAt(doc: CorpusDocument, p: number): string | undefined {
  const place = (doc as Placed)[PLACE];
  if (!place) return doc.paragraphs[p];
  return p >= 0 && p < place.count ? decodeParagraph(place.store, place.first + p) : undefined;
}

/**
 * At least the length of paragraph `p` of `doc` (-1 past its last), without decoding it: its length, or for a
 * document that keeps bytes its byte count (a UTF-16 string is never longer than its UTF-8).
 */
export function paragraphBound(doc: CorpusDocument, p: number): number {
  const place = (doc as Placed)[PLACE];
  if (!place) return doc.paragraphs[p]?.length ?? -1;
  return p >= 0 && p < place.count ? place.store.starts[place.first + p + 1]! - place.store.starts[place.first + p]! : -1;
}

/** How many paragraphs `doc` has, without decoding them. */
export function paragraphCount(doc: CorpusDocument): number {
  return (doc as Placed)[PLACE]?.count ?? doc.paragraphs.length;
}
