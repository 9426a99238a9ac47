import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-06-10 is a Tuesday.
const one = extractOn('2025-06-10');

describe('English copy: a quotation left open over a paragraph, closed by “…,” X said in the next', () => {
  const ex = one(
    'The cooperative shipped its first container of dried mango to Japan last week.',
    '“We spent two years learning the buyers’ rules. Every batch is now tested twice before it leaves the village.',
    'The next step is a cold store of our own, so we no longer rent space in the city,” cooperative director Ha Thi Xuan said.',
    'The province plans to help three more cooperatives export this year.',
  );

  it('the paragraph the quotation opens is the same speaker’s words', () => {
    expect(quoteWith(ex, 'We spent two years learning the buyers')?.speaker).toBe('Ha Thi Xuan');
    expect(quoteWith(ex, 'The next step is a cold store')?.speaker).toBe('Ha Thi Xuan');
  });

  it('the narration after the quotation is no one’s words', () => {
    expect(quoteWith(ex, 'The province plans to help')).toBeUndefined();
  });
});
