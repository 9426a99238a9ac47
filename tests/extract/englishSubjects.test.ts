import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-03-08 is a Friday.
const one = extractOn('2024-03-08');

describe('English copy: a bare name that opens a sentence and reports is a person', () => {
  const ex = one(
    'Hundreds of workers returned to the shoe factory on Friday after a week-long strike.',
    'Tran Van Khoa, a union official in the district, said the return of some workers was an encouraging sign.',
    'Anna Berg said the company had promised to keep every benefit as it was.',
    'Orders have fallen for two quarters in a row, Le Thi Hoa said.',
  );

  it('"X, a union official, said …": an unmarked Vietnamese name with an appositive', () => {
    const q = quoteWith(ex, 'the return of some workers was an encouraging sign');
    expect(q?.speaker).toBe('Tran Van Khoa');
    expect(q?.kind).toBe('indirect');
  });

  it('"X said …" with no title at all, and "…, X said." after the words', () => {
    expect(quoteWith(ex, 'the company had promised to keep every benefit')?.speaker).toBe('Anna Berg');
    expect(quoteWith(ex, 'Orders have fallen for two quarters in a row')?.speaker).toBe('Le Thi Hoa');
  });
});

describe('English copy: what the rule leaves alone', () => {
  it('a place that "said" is no person', () => {
    const ex = one('Hundreds of families left the coast on Friday.', 'South Korea said the talks would resume next month.');
    expect(quoteWith(ex, 'the talks would resume next month')?.speaker ?? null).toBeNull();
  });

  it('a name inside a sentence, not its subject, is not made a person by a later verb', () => {
    const ex = one('Workers at Sunrise Footwear walked out on Monday, and the union said talks would start soon.');
    expect(quoteWith(ex, 'talks would start soon')?.speaker ?? null).not.toBe('Sunrise Footwear');
  });
});

describe('the first day of a span does not date later words', () => {
  it('"From October 2, workers went on strike" in an undated page leaves a later statement undated', () => {
    const ex = extractOn(null)(
      'Workers gathered at the factory gates early on Friday.',
      'From October 2, around 6,000 Sunrise Footwear workers went on strike to demand a raise.',
      'Sunrise Footwear said the basic salary was legal and could not be changed because orders were low.',
    );
    const q = quoteWith(ex, 'the basic salary was legal');
    expect(q?.speaker).toBe('Sunrise Footwear');
    expect(q?.date).toBeNull();
  });
});
