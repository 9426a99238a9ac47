import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-03-18 is a Tuesday.
const one = extractOn('2025-03-18');

describe('English copy: "The <title> of <body> in <place>, <Name>, said …" names its subject last; so does "His lawyer, <Name>, told …"', () => {
  const ex = one(
    'Cinnamon growers in the north have had their best season in a decade.',
    'The purchasing manager of the Red River Spice Company in Yen Bai City, Hoang Van Quyet, said orders from India had doubled since January.',
    'A spokeswoman for the provincial farmers’ union, Lo Thi Sinh, told reporters that most households had paid off their loans.',
    'A trader in the town was fined last month for selling unlabelled bark.',
    'His lawyer, Luong Van Tien, told reporters his client would pay the fine within a week.',
  );

  it('the person named after the description speaks', () => {
    expect(quoteWith(ex, 'orders from India had doubled')?.speaker).toBe('Hoang Van Quyet');
    expect(quoteWith(ex, 'most households had paid off their loans')?.speaker).toBe('Lo Thi Sinh');
  });

  it('"His lawyer, X, told …": the lawyer named between the commas speaks', () => {
    expect(quoteWith(ex, 'his client would pay the fine')?.speaker).toBe('Luong Van Tien');
  });

  it('the place and the company of the description are no speakers', () => {
    expect(ex.quotes.some((q) => /Yen Bai|Spice Company/u.test(q.speaker ?? ''))).toBe(false);
  });
});
