/**
 * The built search index on disk (issue 16): the units and the inverted index of an extraction are written once
 * after they are built and read back at the next start over the same corpus, instead of being built again
 * (at 20 000 articles the build was 12 of a 14 s restart). They are typed arrays (read straight into arrays of their
 * own: recordFile.ts), a few maps and the quote and event units, in one file, under the corpus snapshot's key
 * (pipelineCache.ts: every corpus file and every program file): any change, and the index is built again. The file
 * is written to a temporary name and renamed; one of another format, another key or damaged is not used.
 * Two parts of the engine that cost seconds to make at 20 000 articles are saved too: which units are written
 * without a Vietnamese letter (engine.ts), the speakers' folded names and their lookups: who bears each name word, whom
 * each name form resolves to (speakerNames.ts SpeakerNames). Lists (sources, the quotes a
 * passage holds) are saved as typed arrays: one object less each to read back, of a few hundred thousand.
 *
 * The index classes are rebuilt from their constructor arguments, read back from the built objects. Those are the
 * classes' whole state; reading them here rather than adding methods keeps the index modules free of persistence.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { CorpusEvent, Extraction, IsoDate, Quote, SourceRef } from '../core/types.js';
import { readHeaderLine, SnapshotFormatError, writeAtomically } from '../pipelineCache.js';
import type { BuiltIndex } from './engine.js';
import { InvertedIndex, type FieldPostings } from './invertedIndex.js';
import { PairTable } from './pairTable.js';
import { readRecord, writeRecord } from './recordFile.js';
import { listAt, packLists, packSources, SavedLists, sortedKeys, sourcesAt, type IntLists, type SourceLists } from './savedLists.js';
import { speakerFormsOf, type SpeakerForms } from './speakerForms.js';
import { once } from './speakerNames.js';
import { joinLines, lineCount, packForms, unpackForms, unpackNames, type SavedNames } from './savedNames.js';
import { sourceOf, UnitStore, type StructuredUnits, type Unit } from './units.js';

// 4: the speakers' name words and exact names (speakerNames.ts SpeakerNames) saved too.
// 5: the speakers' folded names in a last record of their own, read when first asked for (readFormsLater); the
// bigram table without key columns (pairTable.ts).
const FORMAT = 5;

/**
 * The quote and event units of a saved index, made when asked for from their columns: the extraction item each
 * was made from, its kind after merging, its sources and its document. Kept as objects they were an object and a
 * sources array each, for the 215 000 quotes and events of 20 000 articles.
 */
class SavedUnits implements StructuredUnits {
  readonly length: number;

  constructor(
    private readonly items: Array<Quote | CorpusEvent>,
    private readonly saved: SavedUnitColumns,
    private readonly docSources: SourceRef[],
    private readonly docs: Int32Array,
  ) {
    this.length = saved.origin.length;
  }

  private item(i: number): Quote | CorpusEvent {
    const item = this.items[this.saved.origin[i]!];
    if (!item) throw new Error('saved index does not match the extraction');
    return item;
  }

  at(i: number): Unit {
    return unitOf(this.item(i), KINDS[this.saved.kinds[i]!] ?? null, sourcesAt(this.saved.sources, i, this.docSources), this.docs[i]!);
  }

  type(i: number): 'quote' | 'event' {
    return 'kind' in this.item(i) ? 'quote' : 'event';
  }

  speakerId(i: number): string | null {
    const item = this.item(i);
    return 'speakerId' in item ? item.speakerId : null;
  }

  kind(i: number): Unit['kind'] {
    return KINDS[this.saved.kinds[i]!] ?? null;
  }

  date(i: number): IsoDate {
    return this.item(i).date;
  }

  text(i: number): string {
    return this.item(i).text;
  }

  sources(i: number): SourceRef[] {
    return sourcesAt(this.saved.sources, i, this.docSources);
  }
}

/** InvertedIndex's constructor arguments, as its fields. */
interface IndexState {
  unigrams: Map<string, number>;
  bigrams: PairTable;
  left: Int32Array;
  right: Int32Array;
  surfaces: string[];
  fields: FieldPostings[];
  variants: Map<number, string[]>;
}

/** UnitStore's constructor arguments, as its fields (documents and their sources come from the extraction). */
interface UnitState {
  structured: StructuredUnits;
  pPara: Int32Array;
  pSent: Int32Array;
  pStart: Int32Array;
  pLength: Int32Array;
  extraSources: Map<number, SourceRef[]>;
  covered: Map<number, number[]>;
  docs: Int32Array;
}

/** The quote and event units as saved (see originsOf): what merging changed is their sources and their kind. */
interface SavedUnitColumns {
  origin: Int32Array;
  kinds: Uint8Array;
  sources: SourceLists;
}

const KINDS: Array<Unit['kind']> = [null, 'direct', 'partial', 'indirect'];

/**
 * The extraction item of each quote and event unit. buildUnits makes a unit of the first item of each key, in
 * order (quotes, then events), so the origin of unit k is the first item after unit k-1's origin with the same
 * words (and speaker, or date): an item in between with those would have made unit k itself.
 */
function originsOf(structured: StructuredUnits, extraction: Extraction): Int32Array {
  const origin = new Int32Array(structured.length);
  const items: Array<Quote | CorpusEvent> = [...extraction.quotes, ...extraction.events];
  let j = 0;
  units: for (let k = 0; k < structured.length; k++) {
    const u = structured.at(k);
    while (j < items.length) {
      const item = items[j]!;
      const isQuote = j < extraction.quotes.length;
      const same = item.text === u.text && (isQuote ? u.type === 'quote' && (item as Quote).speakerId === u.speakerId : u.type === 'event' && item.date === u.date);
      j++;
      if (same) {
        origin[k] = j - 1;
        continue units;
      }
    }
    throw new Error(`unit ${k} has no item of the extraction`);
  }
  return origin;
}

/** The unit made from an item, as buildUnits makes it, with what merging changed. */
function unitOf(item: Quote | CorpusEvent, kind: Unit['kind'], sources: SourceRef[], doc: number): Unit {
  const quote = 'kind' in item ? item : null;
  return {
    type: quote ? 'quote' : 'event', text: item.text, excerpt: item.excerpt || item.text, speaker: quote?.speaker ?? null,
    speakerId: quote?.speakerId ?? null, date: item.date, sources, kind, dateSource: item.dateSource ?? null, doc,
    para: -1, sent: -1, coveredBy: null,
  };
}

/** Where the record at `offset` of `fd` ends, if it holds no typed array (readRecord): its 4-byte length, then its body. */
function lastRecordEnd(fd: number, offset: number): number {
  const length = Buffer.alloc(4);
  if (readSync(fd, length, 0, 4, offset) !== 4) throw new Error('saved index ends early');
  return offset + 4 + length.readUInt32LE();
}

/**
 * The speakers' folded names saved at `offset` of the index `file` under `key`, read when first asked for. The file may
 * have been saved again since the restart (an article added) or removed: they are then made from the speakers, as a
 * build makes them (the same names: the key holds the program and the corpus).
 */
function readFormsLater(file: string, key: string, extraction: Extraction, offset: number): SpeakerForms[] {
  const speakers = extraction.speakers.length;
  try {
    const fd = openSync(file, 'r');
    try {
      const { header } = readHeaderLine<{ format?: number; key?: string; documents?: number }>(fd, 'saved index');
      if (header.format === FORMAT && header.key === key && header.documents === extraction.documents.length) {
        const text = readRecord<{ speakerForms?: unknown }>(fd, offset).value.speakerForms;
        if (typeof text === 'string' && lineCount(text) === speakers) return unpackForms(text, speakers);
      }
    } finally {
      closeSync(fd);
    }
  } catch {
    // Made below.
  }
  return extraction.speakers.map(speakerFormsOf);
}

/** Where the saved index of a corpus snapshot lives. */
export function indexFile(snapshotFile: string): string {
  return snapshotFile.replace(/\.bin$/, '') + '.index.bin';
}

/** Write the built index of `extraction`, under `key`. */
export function saveIndex(file: string, key: string, built: BuiltIndex, extraction: Extraction): void {
  const documents = extraction.documents;
  const position = new Map(documents.map((d, i) => [d.file, i]));
  const i = built.index as unknown as IndexState;
  const u = built.units as unknown as UnitState;
  const extraKeys = sortedKeys(u.extraSources);
  const coveredKeys = sortedKeys(u.covered);
  writeAtomically(file, (put) => {
    put(`${JSON.stringify({ format: FORMAT, key, documents: documents.length })}\n`);
    writeRecord(put, {
      unigrams: i.unigrams, bigrams: { ...i.bigrams }, left: i.left, right: i.right, surfaces: i.surfaces, fields: i.fields,
      variants: i.variants,
    });
    writeRecord(put, {
      pPara: u.pPara, pSent: u.pSent, pStart: u.pStart, pLength: u.pLength, docs: u.docs,
      coveredKeys, covered: packLists(Array.from(coveredKeys, (k) => u.covered.get(k)!), coveredKeys.length),
      extraKeys, extraSources: packSources(Array.from(extraKeys, (k) => u.extraSources.get(k)!), position),
    });
    const structured = Array.from({ length: u.structured.length }, (_, k) => u.structured.at(k));
    const saved: SavedUnitColumns = {
      origin: originsOf(u.structured, extraction), kinds: Uint8Array.from(structured, (x) => KINDS.indexOf(x.kind)),
      sources: packSources(structured.map((x) => x.sources), position),
    };
    writeRecord(put, saved);
    const names = built.speakerNames;
    const savedNames: SavedNames = {
      tokens: joinLines(names.tokens), tokenCount: names.tokens.length, start: names.start, owners: names.owners,
      exact: joinLines(names.exact), exactOwner: names.exactOwner,
    };
    writeRecord(put, { foreign: built.foreign, names: savedNames });
    // Last: a restart does not read it (readFormsLater).
    writeRecord(put, { speakerForms: packForms(built.speakerForms()) });
  });
}

/**
 * The index saved in `file` under `key` for `extraction`, or null (no file, another key). Throws SnapshotFormatError for
 * another format (reported, then built again), and an Error when damaged.
 */
export function loadIndex(file: string, key: string, extraction: Extraction): BuiltIndex | null {
  const documents = extraction.documents;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const { header, next: afterHeader } = readHeaderLine<{ format?: number; key?: string; documents?: number }>(fd, 'saved index');
    if (header.format !== FORMAT) throw new SnapshotFormatError(`saved index of format ${String(header.format)}, this program writes ${FORMAT}; built again`);
    if (header.key !== key || header.documents !== documents.length) return null;
    let offset = afterHeader;
    const record = <T>(): T => {
      const { value, next } = readRecord<T>(fd, offset);
      offset = next;
      return value;
    };
    const docSources = documents.map(sourceOf);
    const i = record<IndexState>();
    const u = record<Omit<UnitState, 'structured' | 'extraSources' | 'covered'> & { coveredKeys: Int32Array; covered: IntLists; extraKeys: Int32Array; extraSources: SourceLists }>();
    const saved = record<SavedUnitColumns>();
    const parts = record<{ foreign: Uint8Array; names: SavedNames }>();
    // The speakers' forms are the file's last record: its length is checked now, its text read when first asked for.
    const formsAt = offset;
    if (lastRecordEnd(fd, formsAt) !== fstatSync(fd).size) throw new Error('saved index is damaged');
    const items: Array<Quote | CorpusEvent> = [...extraction.quotes, ...extraction.events];
    // A damaged file fails here rather than at a question.
    for (const origin of saved.origin) if (!items[origin]) throw new Error('saved index does not match the extraction');
    if (saved.kinds.length !== saved.origin.length || saved.sources.start.length !== saved.origin.length + 1) throw new Error('saved index does not match the extraction');
    const structured = new SavedUnits(items, saved, docSources, u.docs);
    const bigrams = Object.assign(Object.create(PairTable.prototype) as PairTable, i.bigrams);
    if (!bigrams.fits(i)) throw new Error('saved index is damaged');
    const index = new InvertedIndex(i.unigrams, bigrams, i.left, i.right, i.surfaces, i.fields, i.variants);
    const covered = new SavedLists(u.coveredKeys, (k) => listAt(u.covered, k));
    const extraSources = new SavedLists(u.extraKeys, (k) => sourcesAt(u.extraSources, k, docSources));
    const units = new UnitStore(structured, documents, docSources, u.pPara, u.pSent, u.pStart, u.pLength, extraSources, covered, u.docs);
    const speakerNames = unpackNames(parts.names, extraction.speakers.length);
    // The forms are read and unpacked when first asked for (autocomplete, a mistyped name): some 65 000 speakers'
    // arrays of strings at 20 000 articles, which a restart would make and keep for nothing else, from ~15 MiB of text
    // it would otherwise hold until then.
    const speakerForms = once(() => readFormsLater(file, key, extraction, formsAt));
    return { units, index, foreign: parts.foreign, speakerForms, speakerNames };
  } finally {
    closeSync(fd);
  }
}
