/**
 * The snapshot saves its documents' paragraphs as a few long strings (packFiles.ts); read back, every document has
 * the same paragraphs, in order, whatever the pieces they were cut in, and a record that does not hold them is
 * reported as damaged rather than read as other text.
 */
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument, SkippedFile } from '../src/core/types.js';
import { packFiles, unpackFiles } from '../src/packFiles.js';

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
const english = doc('b.txt', ['The minister said the coastal railway would start in the autumn.', 'Café owners in the port town welcomed it.']);
const skipped: SkippedFile = { file: 'c.txt', reason: 'empty file' };
const entries = [
  { path: '/corpus/a.txt', key: 'k1', loaded: vietnamese },
  { path: '/corpus/c.txt', key: 'k2', loaded: skipped },
  { path: '/corpus/b.txt', key: 'k3', loaded: english },
];

/** Written to the snapshot and read back, as pipelineCache.ts does. */
const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('the documents as the snapshot saves them', () => {
  it('reads back every paragraph of every document, and the skipped file as it was', () => {
    for (const piece of [1 << 24, 40, 1]) {
      const read = unpackFiles(roundTrip(packFiles(entries, piece)));
      expect(read).toEqual(entries);
      expect(read.map((e) => ('paragraphs' in e.loaded ? e.loaded.paragraphs.length : -1))).toEqual([3, -1, 2]);
    }
  });

  it('saves the paragraphs outside the documents, and leaves the caller\'s documents as they were', () => {
    const packed = packFiles(entries);
    const saved = packed.entries.map((e) => ('paragraphs' in e.loaded ? e.loaded.paragraphs : null));
    expect(saved).toEqual([[], null, []]);
    expect(vietnamese.paragraphs).toHaveLength(3);
    // The English paragraphs and the Latin-1 credit line stay apart from the Vietnamese ones (one byte a character).
    expect(packed.narrow).toEqual([`Reuters / AFP${english.paragraphs.join('')}`]);
    expect(packed.wideText).toEqual([vietnamese.paragraphs.slice(0, 2).join('')]);
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
