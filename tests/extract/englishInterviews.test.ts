import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-11-05');

describe('English copy: an interview labelled with the outlet and a dotted title', () => {
  const ex = one(
    'Dr. Pham Thu Ha, a hydrologist at the city university, said the river had never been so low in November.',
    'Tuoi Tre News: What can farmers along the river do this winter?',
    'Dr. Pham Thu Ha: Plant rice varieties that need less water. Every field that waits for the old floods will be left dry by January.',
    'Mr. Tran Van Khiem: Our cooperative has already switched half of its fields to vegetables, and the other half will follow in spring.',
  );

  it('the outlet’s question is no one’s statement, and never the outlet’s', () => {
    expect(quoteWith(ex, 'What can farmers along the river do')).toBeUndefined();
    expect(ex.quotes.some((q) => q.speaker === 'Tuoi Tre News')).toBe(false);
  });

  it('"Dr. NAME: …" answers in that person’s words', () => {
    const q = quoteWith(ex, 'Plant rice varieties that need less water');
    expect(q?.speaker).toBe('Pham Thu Ha');
    expect(q?.kind).toBe('direct');
    expect(q?.text).not.toContain('Dr.');
  });

  it('"Mr. NAME: …" likewise', () => {
    expect(quoteWith(ex, 'Our cooperative has already switched')?.speaker).toBe('Tran Van Khiem');
  });
});

describe('English copy: an English edition of a Vietnamese outlet is an outlet', () => {
  const ex = one(
    'Nguyen Van Son, a rice trader in the delta, told Tuoi Tre News that prices had risen for a third week.',
    '“Buyers from abroad are back, and they pay in advance,” Son told VnExpress International.',
  );

  it('the person telling the outlet speaks, never the outlet', () => {
    expect(quoteWith(ex, 'prices had risen for a third week')?.speaker).toBe('Nguyen Van Son');
    expect(quoteWith(ex, 'Buyers from abroad are back')?.speaker).toBe('Nguyen Van Son');
    expect(ex.quotes.some((q) => /Tuoi Tre|VnExpress/u.test(q.speaker ?? ''))).toBe(false);
  });
});
