import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-08-07 is a Wednesday.
const one = extractOn('2024-08-07');

describe('English copy: a bare name and where the person is from, then the verb ("X of Y Province said")', () => {
  const ex = one(
    'Pepper prices fell for a third week as buyers held back.',
    'Le Thi Hoa of Binh Phuoc Province said: “We dried the whole crop and now nobody comes to buy it.”',
    'Buyers used to come to the farms every morning, she said, adding that the warehouses in town were full.',
    'Pham Van Tuan in the district’s hill commune told reporters: “I will keep my pepper until the price recovers.”',
  );

  it('the quotation is that person’s', () => {
    expect(quoteWith(ex, 'We dried the whole crop')?.speaker).toBe('Le Thi Hoa');
    expect(quoteWith(ex, 'I will keep my pepper')?.speaker).toBe('Pham Van Tuan');
  });

  it('"she said" after it is the same person’s report', () => {
    expect(quoteWith(ex, 'Buyers used to come to the farms every morning')?.speaker).toBe('Le Thi Hoa');
  });

  it('the place is no speaker', () => {
    expect(ex.quotes.some((q) => q.speaker?.includes('Binh Phuoc'))).toBe(false);
  });
});
