/**
 * Hostile article text (issue 12): generated pages mixing long runs of one character, thousands of quote marks,
 * brackets, reporting verbs, no punctuation and mixed scripts, at the top of the page, under the headline or in the
 * body. Reading and extraction never throw, never leave the article out, still find the ordinary statement that
 * follows the hostile line, and cut what they read per sentence to a bounded length (the rules that look back over
 * a sentence are then linear in the page). Speed per KB is measured by scripts/benchHostile.ts, not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse.js';
import { parseAuthorLine } from '../../src/corpus/metadata.js';
import { trimEndOf } from '../../src/corpus/furniture.js';
import { extractCorpus } from '../../src/extract/index.js';
import { bodyParagraphs, MAX_SENTENCE_CHARS } from '../../src/extract/paragraphs.js';
import { HOSTILE_FAMILIES, HOSTILE_PLACES, type HostileFamily } from '../helpers/hostileText.js';
import { hostileArticle } from '../helpers/hostileText.js';

// Pieces of the families plus arbitrary text, so a run can mix families and odd code points.
const piece = fc.oneof(
  fc.constantFrom(...HOSTILE_FAMILIES).chain((f) => fc.nat(50).map((i) => f.unit(i))),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(' ', '\u00a0', '“', '”', '"', '(', ')', '[', ':', '.', '|', '§', 'nói: ', 'cho biết ', 'Ông ', '\t'),
);

/** A family built from generated pieces, repeated to fill the page like the fixed families. */
const mixedFamily: fc.Arbitrary<HostileFamily> = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((pieces) => ({ name: 'mixed', about: 'generated', unit: (i: number) => pieces[i % pieces.length]! }));

const family = fc.oneof(fc.constantFrom(...HOSTILE_FAMILIES), mixedFamily);

describe('hostile article text', () => {
  it('is read and extracted without throwing; the statement after the hostile line is still found', () => {
    fc.assert(
      fc.property(family, fc.constantFrom(...HOSTILE_PLACES), fc.integer({ min: 200, max: 12_000 }), (f, place, bytes) => {
        const doc = parseArticle('hostile.txt', hostileArticle(f, bytes, place));
        const ex = extractCorpus([doc]);
        expect(ex.skipped).toBeUndefined();
        const last = ex.quotes.find((q) => q.text.includes('hai nghìn cây xanh ven sông'));
        expect(last?.speaker).toBe('Trần Thu Hà');
        for (const p of bodyParagraphs(doc)) for (const s of p.sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      }),
      { numRuns: 150 },
    );
  });

  it('cuts a sentence without punctuation into bounded pieces at spaces, keeping every word and its offset', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HOSTILE_FAMILIES), fc.integer({ min: 3000, max: 40_000 }), (f, bytes) => {
        const doc = parseArticle('long.txt', hostileArticle(f, bytes, 'body'));
        for (const p of bodyParagraphs(doc)) {
          for (const s of p.sentences) {
            expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
            expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('does not take a long line for a byline, and trims a trailing run of separators like the pattern did', () => {
    expect(parseAuthorLine(`Lê Văn Hải${' '.repeat(50_000)}(Theo TTXVN)`)).toBeNull();
    expect(parseAuthorLine('Lê Văn Hải (Theo TTXVN)')).toEqual({ author: 'Lê Văn Hải', credit: 'TTXVN' });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', ':', '.', '|', 'b') }), (s) => {
        expect(trimEndOf(s, /[\s:.|]/)).toBe(s.replace(/[\s:.|]+$/, ''));
      }),
    );
  });
});
