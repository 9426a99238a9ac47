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

describe('English copy: "the Deputy PM" with no holder named on the page, then "he said"', () => {
  const ex = one(
    'Lam, who is on a three-day visit to Canada, met Trade Minister Paul Whitfield in Ottawa.',
    'In his talks, the Deputy PM reaffirmed the country’s wish to buy more wheat and canola.',
    'Both countries could double their trade by 2030, he said, suggesting new direct flights between the two capitals.',
  );

  it('the words after "he said" are not given to the minister named before', () => {
    expect(quoteWith(ex, 'new direct flights')?.speaker ?? null).not.toBe('Paul Whitfield');
    expect(ex.quotes.some((q) => q.speaker === 'Paul Whitfield')).toBe(false);
  });
});
