import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2025-03-11 is a Tuesday: "on Monday" is 2025-03-10.
const one = extractOn('2025-03-11');

describe('English "the same day" is the day last named, as "cùng ngày" is', () => {
  it('"Speaking at a briefing on the same day, X said" dates X\'s words by the Monday the lede names, not the stamp', () => {
    const ex = one(
      'Water tariffs in the capital will rise 6% from April 1, the city utility Sông Lam Water announced on Monday.',
      'Speaking at a press briefing on the same day, deputy director Hoang Minh Trieu said the rise was "the smallest we could make".',
      '"Pipes laid forty years ago are failing every week," Trieu told reporters.',
    );
    expect(quoteWith(ex, 'the smallest we could make')?.date).toBe('2025-03-10');
    expect(quoteWith(ex, 'Pipes laid forty years ago')?.date).toBe('2025-03-10');
  });

  it('an event told "at around 9 a.m. the same day" is of the day named before it', () => {
    const ex = one(
      'On March 8, police in Binh Khe district arrested a man suspected of stealing two motorbikes from a market.',
      'The man had arrived at the market by bus at around 9 a.m. the same day.',
    );
    expect(ex.events.find((e) => e.text.includes('arrived at the market'))?.date).toBe('2025-03-08');
  });

  it('"the same day as …" compares with another time: the words are not put on the day named before', () => {
    const ex = one(
      'On March 3, the district of Phu Lam opened registration for its spring vocational courses.',
      'Registration closes "the same day as the fee deadline", district official Lam Van Cuong said.',
    );
    expect(quoteWith(ex, 'the fee deadline')?.date).not.toBe('2025-03-03');
  });
});
