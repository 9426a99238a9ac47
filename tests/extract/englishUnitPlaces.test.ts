import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-02');

// English copy of Vietnamese news writes a place's unit after its name in lower case: "Thach Lo district", "Ha Son
// province", "Hung Lam ward". The capitalised run before the unit is the place, never a person of that name.
describe('a place written "X district" in English copy', () => {
  it('"he said" after a person described as working in "X district" is that person, not the district', () => {
    const ex = one(
      'Hanoi – Timber firms gave mixed views on the new export rule on June 1.',
      'Nguyen Van Tam, Director of the Hoa Lam Co. Ltd in Thach Lo district of Ha Son province, agreed with the rule.',
      'The rule came too late for small firms, he said.',
    );
    expect(quoteWith(ex, 'too late for small firms')?.speaker).toBe('Nguyen Van Tam');
    expect(ex.quotes.map((q) => q.speaker)).not.toContain('Thach Lo');
  });
});
