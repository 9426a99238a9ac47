import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-05-08');

describe('English "quoted … as saying": the one quoted is the speaker, never the outlet', () => {
  it('"“…,” X was quoted as saying." is X\'s quotation', () => {
    const ex = one(
      'Provincial Deputy Chairman Tran Van Lam visited the site on Thursday.',
      '“The road was cut in three places, making it hard for the rescue teams,” Lam was quoted as saying.',
    );
    const q = quoteWith(ex, 'cut in three places');
    expect(q?.speaker).toBe('Tran Van Lam');
    expect(q?.kind).toBe('direct');
  });

  it('"…, the website Y quoted Deputy Chairman X as saying." gives X the words before the comma', () => {
    const ex = one('The landslide buried two houses on Thursday night, the news website Tin Nhanh quoted Deputy Chairman Tran Van Lam as saying.');
    expect(quoteWith(ex, 'buried two houses')?.speaker).toBe('Tran Van Lam');
  });

  it('"quoted" with no "as saying" after it reports nothing', () => {
    const ex = one('The company quoted a price of ten dollars per tonne to the buyers from Hanoi.');
    expect(ex.quotes).toEqual([]);
  });
});
