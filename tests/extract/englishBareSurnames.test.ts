import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-03-04 is a Tuesday.
const one = extractOn('2025-03-04');

describe('English copy: a family name written without its marks that is also a pronoun ("Ho" for Hồ)', () => {
  const ex = one(
    '“The valley has never had so many visitors in one winter,” Ho Van Tam, director of the tourism department, said at the meeting.',
    'Tam said hotels in the valley were full until the end of March.',
    'Hotel prices in Ho Chi Minh City have risen by a tenth since January, the tourism department said.',
  );

  it('is the first syllable of the speaker’s name', () => {
    expect(quoteWith(ex, 'The valley has never had so many visitors')?.speaker).toBe('Ho Van Tam');
    expect(quoteWith(ex, 'hotels in the valley were full')?.speaker).toBe('Ho Van Tam');
  });

  it('"Ho Chi Minh City" stays a place', () => {
    expect(ex.quotes.some((q) => /Ho Chi Minh/u.test(q.speaker ?? ''))).toBe(false);
  });
});
