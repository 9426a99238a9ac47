import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-04-02');

describe('a place after a title is what the title names, never a person', () => {
  it('"Tourism Western Norway said …" never shows the place "Western Norway" as who spoke', () => {
    const ex = one(
      'Tourism Western Norway said bookings for Vietnam tours had doubled since the spring.',
      'Hai Phong port director Vu Thi Ngoc said the ferry would sail twice a week.',
    );
    for (const q of ex.quotes) expect(q.speaker ?? '').not.toMatch(/Norway/u);
    expect(quoteWith(ex, 'sail twice a week')?.speaker).toBe('Vu Thi Ngoc');
  });
});
