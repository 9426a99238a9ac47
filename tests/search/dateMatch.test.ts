import { describe, expect, it } from 'vitest';
import { dateMatch } from '../../src/search/dateMatch.js';

// How well a unit's date answers the date a question names; each date is read once and kept (dateMatch.ts), so the
// same pair asked again, or in the other order, must give what it gave the first time.
describe('dateMatch', () => {
  const cases: Array<[string | null, string, number]> = [
    ['2023-04-18', '2023-04', 1],
    ['2023-04-18', '2023', 1],
    ['2023-04', '2023-04-18', 0.5],
    ['2023', '2023-04-18', 0.3],
    ['2023-05-18', '2023-04', 0],
    ['--04-18', '2023-04-18', 0.6],
    ['2023-04-18', '--04-18', 1],
    ['2023-04', '--04-18', 0.3],
    [null, '2023-04', 0],
    ['not a date', '2023-04', 0],
    ['2023-02-30', '2023-02', 0],
  ];

  it('scores a unit date against an asked date, the same on every reading', () => {
    for (let round = 0; round < 3; round++) {
      for (const [unit, asked, score] of cases) expect(dateMatch(unit, asked), `${unit} for ${asked}`).toBe(score);
    }
  });
});
