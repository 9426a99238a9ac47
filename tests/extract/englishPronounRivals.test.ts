import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-20');

describe('"she said" after a woman is named since the last speaker, whose sex the page does not tell', () => {
  it('the last speaker is not shown', () => {
    const ex = one(
      '“The fines are far too heavy for small shops,” said Dang Quoc Bao, a lawyer for three of the traders.',
      'Nguyen Van Khoa’s wife, Pham Thi Hue, was the only relative allowed into the hall.',
      '“This is the first time I have seen him in a year,” she said.',
    );
    expect(quoteWith(ex, 'fines are far too heavy')?.speaker).toBe('Dang Quoc Bao');
    expect(quoteWith(ex, 'first time I have seen him')?.speaker ?? null).not.toBe('Dang Quoc Bao');
  });

  it('with no woman named since, the last speaker is still meant', () => {
    const ex = one(
      '“The harvest came two weeks early,” said Pham Thi Lan, a tea grower in the hills.',
      'Prices at the market rose for the third week.',
      '“We had to hire more pickers,” she said.',
    );
    expect(quoteWith(ex, 'hire more pickers')?.speaker).toBe('Pham Thi Lan');
  });
});

describe('an English spokesperson whose name is written with Vietnamese marks', () => {
  it('"<Body> spokesperson <Name with marks> said": the person speaks, not the body', () => {
    const ex = one(
      'Fishing boats must stay in the harbour until the storm passes, Agriculture Ministry spokesperson Đào Minh Châu said.',
      'The plant will stay closed until the end of the month, Industry Ministry spokeswoman Vi Thị Lan said on Friday.',
    );
    expect(quoteWith(ex, 'Fishing boats must stay')?.speaker).toBe('Đào Minh Châu');
    expect(quoteWith(ex, 'plant will stay closed')?.speaker).toBe('Vi Thị Lan');
  });
});
