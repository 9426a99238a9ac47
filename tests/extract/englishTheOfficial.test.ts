import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2031-05-04');

describe('"The official said that …" on an English page', () => {
  const ex = one(
    'Deputy Minister of Transport Karl Berndt spoke at a press conference in the capital on Tuesday.',
    'The official emphasised that dredging the channel is the port’s most urgent task this year.',
    'A senior official said the tender for the new berths would open in July.',
  );

  it('keeps the words of someone described as "the official", with no name rather than a guessed one', () => {
    const q = quoteWith(ex, 'dredging the channel is the port’s most urgent task');
    expect(q).toBeDefined();
    expect([null, 'Karl Berndt']).toContain(q?.speaker ?? null);
  });

  it('never names the one named before for "a senior official", someone new', () => {
    const q = quoteWith(ex, 'the tender for the new berths would open');
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBeNull();
  });
});
