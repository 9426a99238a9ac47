import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-09-10 is a Tuesday.
const one = extractOn('2024-09-10');

describe('English copy: "…, the company said." and "…, the report said." report with no one to name', () => {
  const ex = one(
    'Tan Phu Garment Company opened a second factory in the province on Monday.',
    'The new factory will employ around 3,000 workers by the end of next year, the company said in a statement.',
    'Wages at the factory are about a fifth higher than the provincial average, the firm said.',
    'A report by the provincial labour department was published the same day.',
    'More than half of the province’s garment workers are women under 35, the report said.',
  );

  it('keeps the words and names no company, though the page names one', () => {
    for (const words of ['will employ around 3,000 workers', 'about a fifth higher than the provincial average', 'More than half of the province’s garment workers']) {
      const q = quoteWith(ex, words);
      expect(q, words).toBeDefined();
      expect(q?.speaker, words).toBeNull();
      expect(q?.text, words).not.toMatch(/said/u);
    }
  });
});
