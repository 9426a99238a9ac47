/**
 * The snapshot saves its documents' paragraphs as UTF-8 bytes (packFiles.ts) and keeps them so after reading
 * (paragraphText.ts): read back, every document has the same paragraphs, in order, and the same fields in the same
 * order; a paragraph UTF-8 cannot hold comes back as it was; a record that does not hold them is reported as
 * damaged rather than read as other text.
 */
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, SkippedFile } from '../src/core/types.js';
import { packFiles, unpackFiles } from '../src/packFiles.js';
import { paragraphAt, paragraphCount } from '../src/paragraphText.js';

function doc(file: string, paragraphs: string[]): CorpusDocument {
  return {
    file, path: `/corpus/${file}`, title: `Bài ${file}`, outlet: null, author: null, url: null, published: '2025-03-02',
    publishedEvidence: 'byline', publishedRaw: '2025-03-02', paragraphs, mtimeMs: 0, warnings: [],
  };
}

const vietnamese = doc('a.txt', [
  'Sáng 2/3, hội nghị về giao thông khai mạc tại Đà Nẵng.',
  'Bộ trưởng Lê Văn Hùng cho biết: “Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu”.',
  'Reuters / AFP',
]);
const english = doc('b.txt', ['The minister said the coastal railway would start in the autumn.', 'Café owners in the port town welcomed it. 🚆']);
const skipped: SkippedFile = { file: 'c.txt', reason: 'empty file' };
const entries = [
  { path: '/corpus/a.txt', key: 'k1', loaded: vietnamese },
  { path: '/corpus/c.txt', key: 'k2', loaded: skipped },
  { path: '/corpus/b.txt', key: 'k3', loaded: english },
];

/** Written to the snapshot and read back, as pipelineCache.ts does. */
const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('the documents as the snapshot saves them', () => {
  it('reads back every paragraph of every document, the fields in their order, and the skipped file as it was', () => {
    const read = unpackFiles(roundTrip(packFiles(entries)));
    expect(read).toEqual(entries);
    expect(JSON.stringify(read)).toBe(JSON.stringify(entries));
    expect(read.map((e) => ('paragraphs' in e.loaded ? e.loaded.paragraphs.length : -1))).toEqual([3, -1, 2]);
    const a = read[0]!.loaded as CorpusDocument;
    expect(Object.keys(a)).toEqual(Object.keys(vietnamese));
    expect(paragraphCount(a)).toBe(3);
    expect(paragraphAt(a, 1)).toBe(vietnamese.paragraphs[1]);
    expect(paragraphAt(a, 3)).toBeUndefined();
    // A copy of the document (as the loader makes) holds the paragraphs as plain strings.
    expect({ ...a, path: '/elsewhere/a.txt' }.paragraphs).toEqual(vietnamese.paragraphs);
  });

  it('keeps the paragraphs as bytes outside the documents, and leaves the caller\'s documents as they were', () => {
    const packed = packFiles(entries);
    const saved = packed.entries.map((e) => ('paragraphs' in e.loaded ? e.loaded.paragraphs : null));
    expect(saved).toEqual([[], null, []]);
    expect(vietnamese.paragraphs).toHaveLength(3);
    const all = [...vietnamese.paragraphs, ...english.paragraphs];
    expect(Buffer.from(packed.bytes).toString('utf8')).toBe(all.join(''));
    expect([...packed.lengths]).toEqual(all.map((p) => Buffer.byteLength(p)));
  });

  it('gives back a paragraph with a lone surrogate as it was', () => {
    const odd = doc('d.txt', ['Ông Trần Khải nói: “Được”.', `Ký tự lạ \uD83D ở giữa.`]);
    const read = unpackFiles(roundTrip(packFiles([{ path: '/corpus/d.txt', key: 'k4', loaded: odd }])));
    expect((read[0]!.loaded as CorpusDocument).paragraphs).toEqual(odd.paragraphs);
  });

  it('reports a record whose lengths do not match its text as damaged', () => {
    const packed = roundTrip(packFiles(entries));
    packed.lengths[0] = packed.lengths[0]! + 1000;
    expect(() => unpackFiles(packed)).toThrow(/damaged/);
    const short = roundTrip(packFiles(entries));
    short.counts[2] = 5;
    expect(() => unpackFiles(short)).toThrow(/damaged/);
  });
});
