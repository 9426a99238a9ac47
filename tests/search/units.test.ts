import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/text.js';
import { InvertedIndexBuilder } from '../../src/search/indexBuilder.js';
import { buildUnits } from '../../src/search/units.js';
import { fixtureExtraction } from '../helpers/searchFixtures.js';

describe('UnitStore', () => {
  const extraction = fixtureExtraction();
  const store = buildUnits(extraction);
  const passages = Array.from({ length: store.length - store.structuredCount }, (_, k) => store.get(store.structuredCount + k));

  it('rebuilds every sentence of every article verbatim, once, in document order', () => {
    const sentences = [...new Set(extraction.documents.flatMap((d) => d.paragraphs.flatMap((p) => splitSentences(p))))];
    expect(passages.map((p) => p.text)).toEqual(sentences);
    for (const p of passages) {
      expect(extraction.documents[p.doc]!.paragraphs[p.para]).toContain(p.text);
      expect(p.type).toBe('passage');
    }
  });

  it('cites every outlet that printed the same sentence, and links a sentence to the quote cut from it', () => {
    const shared = passages.find((p) => p.text.startsWith('“Chúng tôi không muốn áp đặt chế tài'))!;
    expect(shared.sources.map((s) => s.file).sort()).toEqual(['a1.txt', 'b1.txt']);
    expect(shared.coveredBy?.map((u) => store.get(u).type)).toEqual(['quote']);
    const plain = passages.find((p) => p.text.includes('cò trắng'))!;
    expect(plain.sources.map((s) => s.file)).toEqual(['a2.txt']);
    expect(plain.coveredBy).toBeNull();
  });
});

describe('InvertedIndexBuilder', () => {
  it('refuses more text once built (its buffers are released)', () => {
    const b = new InvertedIndexBuilder(1);
    b.add(0, 0, 'giá điện tăng');
    const idx = b.build([1]);
    expect(idx.bigram('gia', 'dien')).toBeDefined();
    expect(() => b.add(0, 1, 'giá xăng giảm')).toThrow();
  });
});
