import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  formatDate,
  isoInRange,
  isoPrecision,
  monthDay,
  parseIsoDate,
  parseUserDate,
} from '../../src/core/dates.js';

describe('parseIsoDate', () => {
  it.each([
    ['2024-11-18', { year: 2024, month: 11, day: 18 }],
    ['2024-11', { year: 2024, month: 11, day: null }],
    ['2014', { year: 2014, month: null, day: null }],
    ['--11-18', { year: null, month: 11, day: 18 }],
    ['2024-11-23T08:34+07:00', { year: 2024, month: 11, day: 23 }],
    ['2024-11-23T23:59:59Z', { year: 2024, month: 11, day: 23 }],
  ])('%s', (iso, parts) => {
    expect(parseIsoDate(iso)).toEqual(parts);
  });

  it.each([[null], ['2024-13'], ['2023-02-29'], ['--02-30'], ['18/11/2024'], [''], ['hôm qua']])(
    'rejects %s',
    (iso) => {
      expect(parseIsoDate(iso)).toBeNull();
    },
  );

  it('accepts 29 February in a leap year and in a year-less date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('--02-29')).toEqual({ year: null, month: 2, day: 29 });
  });
});

describe('isoPrecision', () => {
  it.each([
    ['2021-06-16', 'day'],
    ['2021-06', 'month'],
    ['2014', 'year'],
    ['--11-18', 'month-day'],
    ['2024-11-23T08:34+07:00', 'day'],
    [null, null],
    ['soon', null],
  ] as const)('%s → %s', (iso, precision) => {
    expect(isoPrecision(iso)).toBe(precision);
  });
});

describe('compareIsoDates', () => {
  it('sorts chronologically, less precise first within a period, year-less then null last', () => {
    const input = [null, '--01-05', '2024-11-19', '2024', '2023-12-31', '2024-11', '--11-18', '2024-11-18', '2025', '2024-10'];
    expect([...input].sort(compareIsoDates)).toEqual([
      '2023-12-31',
      '2024',
      '2024-10',
      '2024-11',
      '2024-11-18',
      '2024-11-19',
      '2025',
      '--01-05',
      '--11-18',
      null,
    ]);
  });

  it('treats a date with a time as its day', () => {
    expect(compareIsoDates('2024-11-23T08:34+07:00', '2024-11-23')).toBe(0);
    expect(compareIsoDates('2024-11-23T08:34+07:00', '2024-11-24')).toBeLessThan(0);
  });
});

describe('isoInRange', () => {
  it.each([
    ['2024-11-18', '2024-11-01', '2024-11-30', true],
    ['2024-11-18', '2024-11-19', undefined, false],
    ['2024-11-18', undefined, '2024-11-18', true],
    ['2024-11-18', '2024-11-18', '2024-11-18', true],
    ['2024-11', undefined, '2024-11-05', true], // the month overlaps the range
    ['2024-11', '2024-12', undefined, false],
    ['2024', '2024-06', '2024-06', true],
    ['2023', '2024', undefined, false],
    ['2024-02-29', '2024-02', '2024-02', true],
    ['2024-12-31', undefined, '2024', true],
    ['2025-01-01', undefined, '2024', false],
    ['2024-11-18', '18/11/2024', '11/2024', true], // bounds typed the Vietnamese way
    ['--11-18', '2024', '2024', false],
    [null, '2024', undefined, false],
  ] as const)('%s in [%s, %s] → %s', (iso, from, to, expected) => {
    expect(isoInRange(iso, from, to)).toBe(expected);
  });

  it('lets every date through when there is no bound, even unknown ones', () => {
    expect(isoInRange(null)).toBe(true);
    expect(isoInRange('--11-18', undefined, undefined)).toBe(true);
  });

  it('refuses a bound that is not a date', () => {
    expect(() => isoInRange('2024-11-18', 'last week')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-11-18', '18/11/2024', '18 Nov 2024'],
    ['2024-11-03', '3/11/2024', '3 Nov 2024'],
    ['2024-11', 'tháng 11/2024', 'Nov 2024'],
    ['2024', 'năm 2024', '2024'],
    ['--11-18', '18/11 (không rõ năm)', '18 Nov (year unknown)'],
    ['2024-11-23T08:34+07:00', '23/11/2024', '23 Nov 2024'],
    [null, 'không rõ ngày', 'date unknown'],
  ] as const)('%s', (iso, vi, en) => {
    expect(formatDate(iso, 'vi')).toBe(vi);
    expect(formatDate(iso, 'en')).toBe(en);
  });

  it('shows a stored value that is not an ISO date as it is', () => {
    expect(formatDate('cuối thu', 'vi')).toBe('cuối thu');
  });
});

describe('parseUserDate', () => {
  it.each([
    ['2024-11-18', '2024-11-18'],
    ['2024-11', '2024-11'],
    ['2024', '2024'],
    ['18/11/2024', '2024-11-18'],
    ['7/2/2024', '2024-02-07'],
    ['11/2024', '2024-11'],
    ['18.11.2024', '2024-11-18'],
    ['18-11-2024', '2024-11-18'],
    ['  2024-1-5 ', '2024-01-05'],
    ['tháng 11/2024', '2024-11'],
    ['năm 2019', '2019'],
    ['ngày 29/2/2024', '2024-02-29'],
  ])('%s → %s', (input, iso) => {
    expect(parseUserDate(input)).toBe(iso);
  });

  it.each([['18/11'], ['31/2/2024'], ['29/2/2023'], ['13/2024'], ['hôm qua'], ['1.5'], ['22.000'], ['']])(
    'not a date: %s',
    (input) => {
      expect(parseUserDate(input)).toBeNull();
    },
  );
});

describe('monthDay', () => {
  it.each([
    ['2024-11-18', '11-18'],
    ['--02-29', '02-29'],
    ['2024-11-23T08:34+07:00', '11-23'],
    ['2024-11', null],
    ['2024', null],
    [null, null],
  ] as const)('%s → %s', (iso, md) => {
    expect(monthDay(iso)).toBe(md);
  });
});
