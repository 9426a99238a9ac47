import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-03-03');

describe('"According to her, …" opening an English sentence reports the person "she" means', () => {
  it('gives the words to the woman named before, and "According to him" to the man', () => {
    const ex = one(
      'Le Thi Hoa, a coffee trader in Dak Lak, said buyers from Europe are calling every morning.',
      'According to her, prices have doubled since January.',
      'Tran Van Nam, director of a roasting company, said the harvest was good.',
      'According to him, the price will fall next month.',
    );
    expect(quoteWith(ex, 'prices have doubled since January')?.speaker).toBe('Le Thi Hoa');
    expect(quoteWith(ex, 'the price will fall next month')?.speaker).toBe('Tran Van Nam');
  });

  it('a possessive "her" is no source: "According to her ministry, …" is the ministry\'s, not hers', () => {
    const ex = one(
      'Le Thi Hoa, a deputy minister, said the ports are ready.',
      'According to her ministry, exports rose by a tenth in the first quarter.',
    );
    expect(quoteWith(ex, 'exports rose by a tenth')?.speaker ?? null).not.toBe('Le Thi Hoa');
  });
});
