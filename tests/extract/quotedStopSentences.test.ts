import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-06-12 is a Wednesday.
const one = extractOn('2024-06-12');

describe('a quotation closed right after its stop ends its sentence: the next one reports on its own', () => {
  const ex = one(
    'A new night train between the two border towns starts running next month.',
    'The provincial railway agency welcomed the service in a statement, calling it "a lifeline for traders." The agency said about 8,000 people crossed the border by bus every week.',
    'Ho Thi Kim Thoa, the station master, said the first tickets had sold out within an hour.',
  );

  it('the sentence after the closed quotation is a report of its own', () => {
    const q = quoteWith(ex, 'about 8,000 people crossed the border by bus every week');
    expect(q).toBeDefined();
    expect(q?.kind).toBe('indirect');
    expect(q?.text).not.toContain('lifeline');
  });

  it('no one is named for "the agency", and the person named next keeps her words', () => {
    expect(quoteWith(ex, 'about 8,000 people crossed')?.speaker).toBeNull();
    expect(quoteWith(ex, 'the first tickets had sold out')?.speaker).toBe('Ho Thi Kim Thoa');
  });
});
