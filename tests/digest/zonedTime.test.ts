import { describe, expect, it } from 'vitest';
import { addLocalDays, isValidTimeZone, localDateTime, parseHhmm, zonedInstant } from '../../src/digest/zonedTime.js';

describe('zonedInstant', () => {
  it.each([
    // date, HH:MM, zone, expected instant, why
    ['2026-11-23', '08:00', 'Asia/Ho_Chi_Minh', '2026-11-23T01:00:00.000Z', 'UTC+7, no DST'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:00:00.000Z', 'skipped by spring-forward: 03:00 EDT'],
    ['2026-03-08', '01:30', 'America/New_York', '2026-03-08T06:30:00.000Z', 'before the gap, still EST'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z', 'repeated hour: the first (EDT)'],
    ['2026-03-29', '01:00', 'Europe/London', '2026-03-29T01:00:00.000Z', 'skipped: 02:00 BST'],
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z', 'repeated hour: the first (BST)'],
    ['2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:00:00.000Z', 'skipped: 03:00 AEDT'],
    ['2026-04-05', '02:30', 'Australia/Sydney', '2026-04-04T15:30:00.000Z', 'repeated hour: the first (AEDT)'],
    ['2026-12-31', '23:59', 'Pacific/Kiritimati', '2026-12-31T09:59:00.000Z', 'UTC+14'],
  ])('%s %s in %s → %s (%s)', (date, hhmm, tz, expected) => {
    expect(zonedInstant(date, parseHhmm(hhmm)!, tz).toISOString()).toBe(expected);
  });
});

describe('local time helpers', () => {
  it('reads the local date and minute, across the date line', () => {
    expect(localDateTime(new Date('2026-11-23T18:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({ date: '2026-11-24', minutes: 90 });
    expect(localDateTime(new Date('2026-11-23T03:00:00Z'), 'America/Los_Angeles')).toEqual({ date: '2026-11-22', minutes: 19 * 60 });
  });

  it('validates times and zones, adds local days across months and leap years', () => {
    expect(['07:05', '24:00', '7:05', '23:60'].map(parseHhmm)).toEqual([425, null, null, null]);
    expect([isValidTimeZone('Asia/Ho_Chi_Minh'), isValidTimeZone('Hanoi/Vietnam')]).toEqual([true, false]);
    expect([addLocalDays('2028-02-28', 1), addLocalDays('2026-03-01', -1), addLocalDays('2026-12-31', 1)]).toEqual(['2028-02-29', '2026-02-28', '2027-01-01']);
  });
});
