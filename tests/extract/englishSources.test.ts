import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

// 2024-09-10 is a Tuesday.
const one = extractOn('2024-09-10');

describe('English copy: "…, according to X." names the source after the words', () => {
  const ex = one(
    'A new ferry line opened between the two islands this week.',
    'Director of the island transport department Hoang Van Tien spoke at the opening.',
    'Ferry traffic to the islands doubled in the first eight months of the year, according to the Ministry of Transport.',
    'About 4,000 passengers will use the new line every day in the peak season, according to Hoang Van Tien.',
    'Fares on the old route rose by a third after the fuel price hike, according to a survey released by the consumer association on Friday.',
    'Seafood sales to the mainland fell sharply in August, according to customs data.',
    'The harbour was closed for two days, according to.',
  );

  it('a body named there speaks under its name', () => {
    const q = quoteWith(ex, 'Ferry traffic to the islands doubled');
    expect(q?.speaker).toBe('Ministry of Transport');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).not.toContain('according to');
  });

  it('a person named there is the speaker', () => {
    expect(quoteWith(ex, 'About 4,000 passengers will use the new line')?.speaker).toBe('Hoang Van Tien');
  });

  it('a survey is no one to name; the day it was released dates its words', () => {
    const q = quoteWith(ex, 'Fares on the old route rose by a third');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
    expect(q?.date).toBe('2024-09-06');
  });

  it('figures are kept with no speaker and no day', () => {
    const q = quoteWith(ex, 'Seafood sales to the mainland fell');
    expect(q?.speaker).toBeNull();
    expect(q?.date).toBeNull();
  });

  it('a sentence that names no source after "according to" reports nothing', () => {
    expect(quoteWith(ex, 'The harbour was closed')).toBeUndefined();
  });
});

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

describe('English copy: a deputy holds another office than the head of it', () => {
  const ex = one(
    '“We expect the first ships to dock in March,” Tran Quoc Bao, director of the port authority, said at the ceremony.',
    'Speaking at the same event, Le Thi Mai, deputy director of the department, said the channel would be dredged next year.',
    'The deputy director added that two more berths would be built by 2027.',
  );

  it('"…, NAME, deputy director of X, said …" is that person, never the page’s director', () => {
    expect(quoteWith(ex, 'the channel would be dredged next year')?.speaker).toBe('Le Thi Mai');
  });

  it('"the deputy director" is never the director', () => {
    expect(quoteWith(ex, 'two more berths would be built')?.speaker).not.toBe('Tran Quoc Bao');
  });
});
