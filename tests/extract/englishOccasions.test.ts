import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-03-04 is a Tuesday.
const one = extractOn('2025-03-04');

describe('English copy: "…, X said in a statement on Tuesday." — the words are before the subject', () => {
  const ex = one(
    'Floods hit the suburbs of the capital after three days of rain.',
    'The water in the canal has reached its highest level in a decade, the Hue People\'s Committee said in a statement on Tuesday.',
    'Fish exports fell by a fifth in the first two months, the Ministry of Industry and Trade said in a report published on its website on Friday.',
  );

  it('the words before the comma, by the body, on the day it says', () => {
    const q = quoteWith(ex, 'The water in the canal has reached its highest level');
    expect(q?.speaker).toBe('Hue People\'s Committee');
    expect(q?.date).toBe('2025-03-04');
  });

  it('the occasion after the verb is no one’s words', () => {
    expect(ex.quotes.some((q) => /^(?:in|at) (?:a|an|the) /u.test(q.text))).toBe(false);
    const q = quoteWith(ex, 'Fish exports fell by a fifth');
    expect(q?.speaker).toBe('Ministry of Industry and Trade');
    expect(q?.date).toBe('2025-02-28');
  });
});
