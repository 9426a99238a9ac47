import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2025-03-03');

describe('English copy naming a person by one word, set off by an appositive or a description', () => {
  const ex = one(
    'Fishing boats have stayed in port for a week as the storm season drags on.',
    'In the coastal province of Binh Dinh, a fisherman named Thang said the boats have been idle since Monday.',
    'He added that fuel prices have also risen.',
    'Hien, a fish trader at the Quy Nhon port, said she has not bought any tuna this week.',
    '"Buyers in the city call me every day," Hien said.',
    'Sau, 61, said his nets were torn by the last storm.',
    'The new breakwater will be finished in May, he said.',
  );

  it('"a fisherman named X said" and "X, a fish trader, said" name those people', () => {
    expect(quoteWith(ex, 'the boats have been idle since Monday')?.speaker).toBe('Thang');
    expect(quoteWith(ex, 'fuel prices have also risen')?.speaker).toBe('Thang');
    expect(quoteWith(ex, 'she has not bought any tuna')?.speaker).toBe('Hien');
    expect(quoteWith(ex, 'Buyers in the city call me every day')?.speaker).toBe('Hien');
  });

  it('"X, 61, said" names a person too, and the "he" after it is him, never the woman before', () => {
    expect(quoteWith(ex, 'his nets were torn by the last storm')?.speaker).toBe('Sau');
    expect(quoteWith(ex, 'breakwater will be finished in May')?.speaker ?? null).not.toBe('Hien');
  });

  it('a list of places before "said" is no person\'s name', () => {
    const list = one('Vietnam, Laos and Cambodia said the river commission will meet in June.');
    expect(list.quotes.map((q) => q.speaker)).not.toContain('Vietnam');
  });
});
