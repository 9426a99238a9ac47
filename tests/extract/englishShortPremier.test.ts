import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-03-18 is a Tuesday.
const one = extractOn('2025-03-18');

describe('English copy: "PM <surname>" and "Deputy PM <Name>" write an office short before the name', () => {
  const ex = one(
    'Fish farmers met government leaders in Can Tho on Sunday.',
    'For his part, PM Khai emphasized the importance of cheaper feed and urged ministries to help the growers.',
    'Prime Minister Tran Van Khai spoke for an hour at the meeting.',
    'Deputy PM Le Van Thong said the loans would be extended to next year.',
  );

  it('the premier named in full on the page speaks, never "PM"', () => {
    expect(quoteWith(ex, 'the importance of cheaper feed')?.speaker).toBe('Tran Van Khai');
    expect(ex.quotes.some((q) => /^(?:Deputy )?PM\b/u.test(q.speaker ?? ''))).toBe(false);
  });

  it('"Deputy PM X said …" is X\'s statement', () => {
    expect(quoteWith(ex, 'the loans would be extended')?.speaker).toBe('Le Van Thong');
  });
});
