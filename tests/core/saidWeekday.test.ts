import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/core/dates.js';
import type { IsoDate } from '../../src/core/types.js';

// 2019-06-12 is a Wednesday.
function found(text: string, reference: IsoDate = '2019-06-12'): Array<[string, IsoDate]> {
  return findDateMentions(text, reference).map((m) => [m.raw, m.date]);
}

describe('findDateMentions: the weekday of a past reporting verb in a sentence about the future', () => {
  it.each<[string, string, Array<[string, IsoDate]>]>([
    ['"…, X said Monday."', 'The new bridge will open to traffic before the rainy season, the mayor said Monday.', [['Monday', '2019-06-10']]],
    ['"…, X said on Tuesday."', 'Two more ferries will join the fleet, the operator said on Tuesday.', [['on Tuesday', '2019-06-11']]],
    ['"X told reporters on Monday that … will …"', 'The governor told reporters on Monday that the school will reopen.', [['on Monday', '2019-06-10']]],
    ['the day of the plan itself stays ahead', 'The mayor said the bridge will open on Friday.', [['on Friday', '2019-06-14']]],
  ])('%s', (_form, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
