import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-03-03');

describe('English honorifics with a stop ("Mr.", "Ms.", "Dr.") before a name', () => {
  it('"Ms. X said" is one sentence: the quotation before it is hers, not the last speaker\'s', () => {
    const ex = one(
      'Tea growers in the north have begun the spring picking.',
      '“We will not sell at this price,” said Mr. Dao Van Kien, a grower in the district.',
      '“The buyers will come back in April,” Ms. Vu Thi Hanh said.',
    );
    expect(quoteWith(ex, 'We will not sell at this price')?.speaker).toBe('Dao Van Kien');
    expect(quoteWith(ex, 'The buyers will come back in April')?.speaker).toBe('Vu Thi Hanh');
  });

  it('"…,” said Ms. X." names the speaker after the verb', () => {
    const ex = one(
      'Ms. Vu Thi Hanh, head of a tea cooperative, said that leaf prices are rising.',
      '“Two weeks ago we sold at 60,000 dong a kilogram,” said Ms. Hanh.',
    );
    expect(quoteWith(ex, 'Two weeks ago we sold at 60,000 dong')?.speaker).toBe('Vu Thi Hanh');
  });
});

describe('a name that is also a Vietnamese verb, written without its marks', () => {
  it('"Khai, a farmer, said …" is dated like any statement, not as testimony ("khai") of an untold day', () => {
    const ex = one(
      'Pepper growers have begun the harvest.',
      'Luong Van Khai, a farmer, said pepper prices are rising.',
    );
    expect(quoteWith(ex, 'pepper prices are rising')?.speaker).toBe('Luong Van Khai');
    expect(quoteWith(ex, 'pepper prices are rising')?.date).toBe('2025-03-03');
  });
});
