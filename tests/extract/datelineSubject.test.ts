import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-12-03');

describe('a dateline set off by an em dash before the first sentence’s subject', () => {
  it('"HÀ NỘI — Coach X acknowledged that …": the dateline is no part of the subject', () => {
    const ex = one(
      'HÀ NỘI — Coach Lena Dahl acknowledged that the 1-2 loss to Finland on Sunday was a setback for her young squad.',
      'Dahl said the team would train twice a day before the return match.',
    );
    const q = quoteWith(ex, 'the 1-2 loss to Finland');
    expect(q?.speaker).toBe('Lena Dahl');
    expect(q?.text).toBe('the 1-2 loss to Finland on Sunday was a setback for her young squad');
  });
});
