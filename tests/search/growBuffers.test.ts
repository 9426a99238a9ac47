import { describe, expect, it } from 'vitest';
import { fitList } from '../../src/search/growBuffers.js';
import { UnitSet } from '../../src/search/reach.js';
import { BonusMemo } from '../../src/search/bonusMemo.js';

describe('lists grown to what a question needs', () => {
  it('keeps what a list held when it grows, and never grows past the cap', () => {
    const a = Int32Array.from([7, 3, 9]);
    const b = fitList(a, 5000, 4000);
    expect(b.length).toBe(4000);
    expect(Array.from(b.subarray(0, 3))).toEqual([7, 3, 9]);
    expect(fitList(b, 10, 4000)).toBe(b);
  });

  it('a unit set lists every unit once, in the order added, past its first size', () => {
    const set = new UnitSet(5000);
    for (let u = 4999; u >= 0; u -= 2) set.add(u);
    set.add(4999);
    expect(set.count).toBe(2500);
    expect(set.list[0]).toBe(4999);
    expect(set.list[2499]).toBe(1);
    set.clear();
    expect(set.count).toBe(0);
    expect(set.mark[4999]).toBe(0);
  });

  it('the bonus memo knows nothing until a bonus is kept, and forgets it when cleared', () => {
    const memo = new BonusMemo(3000);
    expect(memo.has(2500)).toBe(false);
    for (let u = 0; u < 3000; u++) memo.keep(u, u / 2);
    expect(memo.has(2500)).toBe(true);
    expect(memo.get(2999)).toBe(1499.5);
    memo.clear();
    expect(memo.has(2500)).toBe(false);
  });
});
