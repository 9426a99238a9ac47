import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-03-18 is a Tuesday.
const one = extractOn('2025-03-18');

describe('English copy: "<Country>’s [adjective] coach <Name>" names the coach, not the country', () => {
  const ex = one(
    'The hosts won the second match of the group on Friday.',
    '"We played better and were the worthy winners," said Thailand’s German coach Karl Weber.',
    'Cambodia’s national coach Ryu Hirose said his players had been tired after the long trip.',
    'The visitors will fly home on Sunday.',
  );

  it('the coach speaks', () => {
    expect(quoteWith(ex, 'the worthy winners')?.speaker).toBe('Karl Weber');
    expect(quoteWith(ex, 'had been tired after the long trip')?.speaker).toBe('Ryu Hirose');
  });

  it('the country is no speaker', () => {
    expect(ex.quotes.some((q) => /Thailand|Cambodia/u.test(q.speaker ?? ''))).toBe(false);
  });
});
