/**
 * The bigram dictionary's table (pairTable.ts) keeps only each bigram's id and reads its two terms from the index's
 * `left` and `right` columns: a bigram is found by its two terms, and a table read back damaged is told apart.
 */
import { describe, expect, it } from 'vitest';
import { PairTable, type PairSides } from '../../src/search/pairTable.js';

/** A vocabulary of `words` unigrams (sides -1) followed by bigrams, as the index builder lays it out. */
function vocabulary(words: number): PairSides & { left: number[]; right: number[] } {
  return { left: Array.from({ length: words }, () => -1), right: Array.from({ length: words }, () => -1) };
}

describe('the bigram table', () => {
  it('finds each bigram by its two terms, in order, after growing many times', () => {
    const sides = vocabulary(400);
    const table = new PairTable();
    const ids = new Map<string, number>();
    for (let a = 0; a < 400; a += 1) {
      for (let b = 0; b < 400; b += 2) {
        if (a === b) continue;
        const id = sides.left.push(a) - 1;
        sides.right.push(b);
        table.add(id, sides);
        ids.set(`${a} ${b}`, id);
      }
    }
    expect(ids.size).toBeGreaterThan(1 << 16);
    for (const [key, id] of ids) {
      const [a, b] = key.split(' ').map(Number) as [number, number];
      expect(table.get(a, b, sides)).toBe(id);
    }
    // "2 1" is another bigram than "1 2"; a pair never met is none.
    expect(table.get(2, 1, sides)).toBe(-1);
    expect(table.get(0, 1, sides)).toBe(-1);
    expect(table.fits({ left: Int32Array.from(sides.left), right: Int32Array.from(sides.right) })).toBe(true);
  });

  it('a table read back that does not fit the columns is told apart', () => {
    const sides = vocabulary(3);
    const table = new PairTable();
    sides.left.push(0);
    sides.right.push(1);
    table.add(3, sides);
    const saved = { ...table } as unknown as { values: Int32Array; size: number };
    const back = (values: Int32Array, size: number): PairTable => Object.assign(Object.create(PairTable.prototype) as PairTable, { values, size });
    expect(back(saved.values, saved.size).fits(sides)).toBe(true);
    // A slot holding a unigram's id, an id past the vocabulary, a wrong count, a table with no empty slot.
    const unigram = saved.values.map((v) => (v === 3 ? 1 : v));
    const past = saved.values.map((v) => (v === 3 ? 9 : v));
    expect(back(unigram, 1).fits(sides)).toBe(false);
    expect(back(past, 1).fits(sides)).toBe(false);
    expect(back(saved.values, 2).fits(sides)).toBe(false);
    expect(back(new Int32Array(4).fill(3), 4).fits(sides)).toBe(false);
  });
});
