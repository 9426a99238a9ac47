import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// A page stamped 2025-03-15 (a Saturday).
const one = extractOn('2025-03-15');

describe('English copy: "X said last year that …" — a year counted from the stamp, right after the verb, is when the words were said', () => {
  const ex = one(
    'Ferry fares across the bay will rise by a tenth from April, the operator announced on Friday.',
    'Operator director Martin Keller said last year that "the old boats cannot run much longer without new engines."',
    'Union leader Tomas Berg said earlier this year: "workers will not accept longer shifts on the same pay."',
    'Harbour master Ingrid Dahl told reporters last month that "the channel must be dredged before the summer."',
    'Pilot Anders Holm told reporters last year: "nobody should sail the channel at night in winter."',
  );

  it('"said last year that …": the year before the stamp, never the stamp', () => {
    expect(quoteWith(ex, 'the old boats cannot run')?.date).toBe('2024');
  });

  it('"said earlier this year": the stamp’s year, no day', () => {
    expect(quoteWith(ex, 'workers will not accept longer shifts')?.date).toBe('2025');
  });

  it('"told reporters last year: “…”": the year before the stamp', () => {
    expect(quoteWith(ex, 'nobody should sail the channel')?.date).toBe('2024');
  });

  it('"told reporters last month that …": the month before', () => {
    expect(quoteWith(ex, 'the channel must be dredged')?.date).toBe('2025-02');
  });
});

describe('English copy: a year after the verb that is what the words are about is not when they were said', () => {
  const ex = one(
    'The grain board warned on Friday that storage would run short before the winter.',
    'Board chairman Oliver Grant said last year\'s harvest "filled every silo in the region twice over."',
    'Trader Hannah Moss said last year was "the hardest season the market has known."',
  );

  it('"said last year\'s harvest …", "said last year was …": not dated to last year', () => {
    expect(quoteWith(ex, 'filled every silo')?.date).not.toBe('2024');
    expect(quoteWith(ex, 'the hardest season')?.date).not.toBe('2024');
  });
});
