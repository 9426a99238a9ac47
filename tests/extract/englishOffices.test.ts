import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-04-16');

describe('English copy: "chairman of the provincial People’s Committee NAME" names NAME, not "People"', () => {
  const ex = one(
    'A Korean textile firm opened a yarn mill in the northern province on Monday.',
    'Addressing the ceremony, chairman of the provincial People’s Committee Vo Van Khoi pledged to speed up land clearance for the second phase.',
    'He said the province would hold monthly meetings with investors to remove bottlenecks.',
    'In his speech, vice chairman of the city People\'s Committee Ha Van Lam praised the investor for finishing the mill ahead of schedule.',
    'The locality will keep improving its business environment, the vice chairman added.',
  );

  it('the name after the office is the speaker, and a pronoun after it is that person', () => {
    expect(quoteWith(ex, 'monthly meetings with investors')?.speaker).toBe('Vo Van Khoi');
  });

  it('"the vice chairman" is the one of the page, never a "People"', () => {
    expect(quoteWith(ex, 'keep improving its business environment')?.speaker).toBe('Ha Van Lam');
    expect(ex.quotes.some((q) => /People/u.test(q.speaker ?? ''))).toBe(false);
  });
});
