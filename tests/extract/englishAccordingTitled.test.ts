import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-05-06 is a Tuesday.
const one = extractOn('2025-05-06');

describe('English copy: "according to <Name>, <title>" before or after the words', () => {
  const ex = one(
    'Measles cases rose sharply in the mountain districts in April.',
    'According to Dr. Truong Minh Phuc, head of the children’s ward at the provincial hospital, most of the sick children had not been vaccinated.',
    'Vaccination teams will visit every village in the district before June, according to Luong Thi Nga, deputy director of the provincial health department.',
    'Parents should bring their children to the commune clinics as soon as a rash appears, said Phuc.',
  );

  it('the words are the named person’s, and the title is not part of them', () => {
    expect(quoteWith(ex, 'most of the sick children had not been vaccinated')?.speaker).toBe('Truong Minh Phuc');
    expect(quoteWith(ex, 'Vaccination teams will visit every village')?.speaker).toBe('Luong Thi Nga');
    expect(ex.quotes.some((q) => /head of the children|deputy director of/u.test(q.text))).toBe(false);
  });

  it('a surname later means the person first cited by "according to"', () => {
    expect(quoteWith(ex, 'Parents should bring their children')?.speaker).toBe('Truong Minh Phuc');
  });
});

