import { describe, expect, it } from 'vitest';
import { DateIndex, dateMatch } from '../../src/search/dateMatch.js';

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

// The units a date question weighs: with `matching`, a month of a year gives its year's units alone (the month's units
// of other years cannot match it); every unit that matches is found either way, in the same order.
describe('DateIndex.lookup', () => {
  const dates = ['2023-04-18', '2022-04-02', '2023-05', '--04-18', '2023', null, '2023-04', '2021-04-30', '2023-04-09'];
  const index = new DateIndex();
  dates.forEach((d, u) => index.add(u, d));
  const matches = (units: readonly number[], asked: string): number[] => units.filter((u) => dateMatch(dates[u]!, asked) > 0);

  it('finds every unit that matches an asked date, in the same order, with or without `matching`', () => {
    for (const asked of ['2023-04', '2023', '2023-04-18', '--04-18', '2022-04']) {
      expect(matches(index.lookup(asked, true), asked), asked).toEqual(matches(index.lookup(asked), asked));
      const all = dates.flatMap((d, u) => (dateMatch(d, asked) > 0 ? [u] : []));
      expect(matches(index.lookup(asked), asked).sort((a, b) => a - b), asked).toEqual(all);
    }
  });

  it('leaves out the units of other years for a month of a year', () => {
    expect([...index.lookup('2023-04', true)]).toEqual([0, 2, 4, 6, 8]);
    expect([...index.lookup('2023-04')].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
  });
});
