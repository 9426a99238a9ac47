import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2026-07-14');

describe('an English rank abbreviated before the speaker’s name', () => {
  const ex = one(
    'Lieutenant General Jonas Brekke spoke at a press conference in the province on Monday.',
    'All the victims had been tied up in their rooms before the attack, Lt. Gen. Brekke said.',
    'According to Lt. Gen. Brekke, the two suspects planned the robbery for several weeks.',
  );

  it('ends no sentence: the words before it, and after "According to", are his', () => {
    const a = quoteWith(ex, 'All the victims had been tied up');
    expect(a?.speaker).toBe('Jonas Brekke');
    expect(a?.text).toBe('All the victims had been tied up in their rooms before the attack');
    expect(quoteWith(ex, 'the two suspects planned the robbery')?.speaker).toBe('Jonas Brekke');
  });
});
