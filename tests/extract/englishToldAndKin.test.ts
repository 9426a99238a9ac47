import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-02-12 is a Wednesday.
const one = extractOn('2025-02-12');

describe('English copy: "…, X told reporters." closes the words before it', () => {
  const ex = one(
    'Rubber exports will rise this year as prices recover, Deputy Minister Lam Quoc Trung said on Tuesday.',
    'Growers in the Central Highlands have replanted most of the old trees, Trung told a trade forum.',
    'Buyers from three new markets have signed contracts for the spring crop, Trung told reporters after the forum in Pleiku.',
  );

  it('the words before the comma are the person’s, whoever heard them', () => {
    expect(quoteWith(ex, 'Growers in the Central Highlands have replanted')?.speaker).toBe('Lam Quoc Trung');
    expect(quoteWith(ex, 'Buyers from three new markets have signed')?.speaker).toBe('Lam Quoc Trung');
  });

  it('the hearers are not part of the words', () => {
    expect(ex.quotes.some((q) => /trade forum|told reporters/u.test(q.text))).toBe(false);
  });
});

describe('English copy: "…, said his sister, X." after a clause with its own commas', () => {
  const ex = one(
    'Ngo Van Phuc, 61, a boat builder, was fined for building without a permit last month.',
    'Phuc, who has built boats on the river since he was a teenager, sold his workshop in January, said his daughter, Ngo Thi Thu.',
  );

  it('the words are the daughter’s, not the man the clause is about', () => {
    const q = quoteWith(ex, 'sold his workshop in January');
    expect(q?.speaker).toBe('Ngo Thi Thu');
    expect(ex.quotes.some((x) => x.speaker === 'Ngo Van Phuc')).toBe(false);
    expect(ex.quotes.some((x) => x.text.startsWith('his daughter'))).toBe(false);
  });
});
