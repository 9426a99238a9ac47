/**
 * The snapshot saves a quote's or event's words as their place in its article (packExtraction.ts); read back, every
 * item has the same words, speaker, date and sources, whether its words were found in the article or not.
 */
import { serialize, deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, CorpusEvent, Quote, SourceRef } from '../src/core/types.js';
import { ownChunk, pack, unpackExtraction } from '../src/packExtraction.js';
import { packFiles, unpackFiles } from '../src/packFiles.js';

function doc(file: string, paragraphs: string[]): CorpusDocument {
  return {
    file, path: `/corpus/${file}`, title: `Bài ${file}`, outlet: null, author: null, url: null, published: '2025-03-02',
    publishedEvidence: 'byline', publishedRaw: '2025-03-02', paragraphs, mtimeMs: 0, warnings: [],
  };
}

const ref = (d: CorpusDocument): SourceRef => ({ file: d.file, title: d.title, url: d.url, published: d.published, outlet: d.outlet });

const a = doc('a.txt', [
  'Sáng 2/3, hội nghị về giao thông khai mạc tại Đà Nẵng.',
  'Bộ trưởng Lê Văn Hùng cho biết: “Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu”.',
]);
const b = doc('b.txt', ['Ông Hùng nói thêm rằng kinh phí đã được phê duyệt.']);
const outside: SourceRef = { file: 'gone.txt', title: null, url: null, published: null, outlet: null };

function quote(text: string, excerpt: string, sources: SourceRef[]): Quote {
  return { id: text.slice(0, 8), speaker: 'Lê Văn Hùng', speakerId: 'le-van-hung', text, kind: 'direct', date: '2025-03-02', dateSource: 'sentence', excerpt, sources };
}

describe('the extraction as the snapshot saves it', () => {
  it('reads back every quote and event as it was: found in its article, across paragraphs, or of an unknown file', () => {
    const documents = [a, b];
    const quotes: Quote[] = [
      // In its article: saved as a place.
      quote('Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu', a.paragraphs[1]!, [ref(a), ref(b)]),
      // Its excerpt joins two paragraphs: saved as it is.
      quote('kinh phí đã được phê duyệt', `${a.paragraphs[1]} ${b.paragraphs[0]}`, [ref(b)]),
      // Its words are not in its excerpt (an excerpt cut shorter): the excerpt is a place, the words are saved.
      quote('Chúng tôi sẽ khởi công', 'hội nghị về giao thông khai mạc', [ref(a)]),
      // An empty excerpt, and a source the corpus no longer has.
      quote('ven biển', '', [ref(a)]),
      quote('mùa thu', 'vào mùa thu', [outside]),
    ];
    const events: CorpusEvent[] = [{ id: 'e1', date: '2025-03-02', dateSource: 'context', text: 'hội nghị về giao thông khai mạc', excerpt: a.paragraphs[0]!, sources: [ref(a)] }];
    const position = new Map(documents.map((d, i) => [d.file, i]));
    // As written to and read from the file.
    const saved = deserialize(serialize({
      quotes: [pack(quotes.slice(0, 2), position, documents), pack(quotes.slice(2), position, documents)],
      events: [pack(events, position, documents)], speakers: [], skipped: [],
    }));
    // The first quote's words were not saved: they are read from the article; the second's were.
    expect(saved.quotes[0].loose).toEqual([quotes[1]!.excerpt, quotes[1]!.text]);
    // The speaker of both quotes of a chunk, and their date, are saved once.
    expect(saved.quotes[0].strings.filter((x: string) => x === 'Lê Văn Hùng' || x === '2025-03-02')).toHaveLength(2);
    // Read back last: the saved items become the quotes and events.
    const back = unpackExtraction(saved, documents);
    expect(back.quotes).toEqual(quotes);
    expect(back.events).toEqual(events);
    // Field for field and in the same order: a quote read back prints as the one saved.
    expect(back.quotes.map((q) => JSON.stringify(q))).toEqual(quotes.map((q) => JSON.stringify(q)));
    expect(JSON.stringify(back.events)).toBe(JSON.stringify(events));
  });

  it('saves an item with fields of its own whole, and still reads its words from the article', () => {
    const documents = [a, b];
    const extra = { ...quote('Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu', a.paragraphs[1]!, [ref(a)]), uncertain: true };
    const late: CorpusEvent = { id: 'e2', date: null, text: 'kinh phí đã được phê duyệt', excerpt: b.paragraphs[0]!, sources: [ref(b)] };
    const quotes = [quote('ven biển', a.paragraphs[1]!, [ref(a)]), extra as Quote];
    const position = new Map(documents.map((d, i) => [d.file, i]));
    const saved = deserialize(serialize({ quotes: [pack(quotes, position, documents)], events: [pack([late], position, documents)], speakers: [], skipped: [] }));
    expect(JSON.stringify(saved.quotes[0].whole)).not.toContain('khởi công tuyến');
    const back = unpackExtraction(saved, documents);
    expect(back.quotes).toEqual(quotes);
    expect(JSON.stringify(back.quotes[1])).toBe(JSON.stringify(extra));
    // An event saved without its date's source (an older extraction) reads back without one.
    expect(back.events).toEqual([late]);
    expect('dateSource' in back.events[0]!).toBe(false);
  });

  it('refuses a chunk whose columns do not hold its items', () => {
    const documents = [a, b];
    const position = new Map(documents.map((d, i) => [d.file, i]));
    const chunk = deserialize(serialize(pack([quote('ven biển', a.paragraphs[1]!, [ref(a)])], position, documents)));
    expect(ownChunk(chunk)).toBe(1);
    expect(() => ownChunk({ ...chunk, ids: [] })).toThrow(/damaged/);
    expect(() => ownChunk({ ...chunk, n: 0, ids: [], at: new Int32Array(0), doc: new Int32Array(0), tabled: new Int32Array(0) })).toThrow(/empty/);
    // A word place past its article's paragraphs.
    const at = chunk.at.slice();
    at[0] = 9;
    expect(() => unpackExtraction({ quotes: [{ ...chunk, at }], events: [], speakers: [], skipped: [] }, documents)).toThrow(/damaged/);
    // Words placed past the end of their paragraph.
    const past = chunk.at.slice();
    past[2] = a.paragraphs[1]!.length + 5;
    expect(() => unpackExtraction({ quotes: [{ ...chunk, at: past }], events: [], speakers: [], skipped: [] }, documents)).toThrow(/damaged/);
  });

  it('over documents that keep their paragraphs as bytes, reads the same items, and a copy or an assignment gives plain words', () => {
    // As a restart reads them: the documents from the snapshot's file entries (packFiles.ts).
    const files = unpackFiles(deserialize(serialize(packFiles([a, b].map((d) => ({ path: d.path, key: d.file, loaded: d }))))));
    const documents = files.map((f) => f.loaded as CorpusDocument);
    const quotes = [
      quote('Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu', a.paragraphs[1]!, [ref(a)]),
      quote('kinh phí đã được phê duyệt', b.paragraphs[0]!, [ref(b), ref(a)]),
    ];
    const events: CorpusEvent[] = [{ id: 'e1', date: '2025-03-02', dateSource: 'context', text: 'hội nghị về giao thông khai mạc', excerpt: a.paragraphs[0]!, sources: [ref(a)] }];
    const position = new Map(documents.map((d, i) => [d.file, i]));
    const saved = deserialize(serialize({ quotes: [pack(quotes, position, documents)], events: [pack(events, position, documents)], speakers: [], skipped: [] }));
    expect(saved.quotes[0].loose).toEqual([]);
    const back = unpackExtraction(saved, documents);
    expect(back.quotes).toEqual(quotes);
    expect(back.events).toEqual(events);
    expect(back.quotes.map((q) => JSON.stringify(q))).toEqual(quotes.map((q) => JSON.stringify(q)));
    expect(Object.keys(back.quotes[0]!)).toEqual(Object.keys(quotes[0]!));
    const copy = { ...back.quotes[1]!, speaker: 'Ông Khải' };
    expect(copy.text).toBe('kinh phí đã được phê duyệt');
    const q = back.quotes[0]!;
    q.text = 'vào mùa thu';
    expect(q.text).toBe('vào mùa thu');
    expect(Object.keys(q)).toEqual(Object.keys(quotes[0]!));
    // Words placed past the end of their paragraph's characters but within its bytes: refused when read.
    const chunk = saved.quotes[0];
    const past = chunk.at.slice();
    past[2] = a.paragraphs[1]!.length + 2;
    const damaged = unpackExtraction({ quotes: [{ ...chunk, at: past }], events: [], speakers: [], skipped: [] }, documents);
    expect(() => damaged.quotes[0]!.excerpt).toThrow(/damaged/);
    // Past its bytes: refused at once.
    past[2] = Buffer.byteLength(a.paragraphs[1]!) + 1;
    expect(() => unpackExtraction({ quotes: [{ ...chunk, at: past }], events: [], speakers: [], skipped: [] }, documents)).toThrow(/damaged/);
  });

  it('gives the items one article alone reported one shared list of that source, which cannot be added to', () => {
    const documents = [a, b];
    const quotes = [
      quote('Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu', a.paragraphs[1]!, [ref(a)]),
      quote('ven biển', a.paragraphs[1]!, [ref(a)]),
      quote('kinh phí đã được phê duyệt', b.paragraphs[0]!, [ref(b)]),
    ];
    const position = new Map(documents.map((d, i) => [d.file, i]));
    const saved = deserialize(serialize({ quotes: [pack(quotes, position, documents)], events: [], speakers: [], skipped: [] }));
    const back = unpackExtraction(saved, documents);
    expect(back.quotes).toEqual(quotes);
    expect(back.quotes[0]!.sources).toBe(back.quotes[1]!.sources);
    expect(back.quotes[2]!.sources).toEqual([ref(b)]);
    // Shared, so adding to one item's list would add to its neighbours': it throws instead.
    expect(() => back.quotes[0]!.sources.push(ref(b))).toThrow();
    expect(back.quotes[1]!.sources).toEqual([ref(a)]);
  });
});
