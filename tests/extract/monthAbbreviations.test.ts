import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/text.js';
import { extractOn, quoteWith } from '../helpers/articles.js';

describe('English month abbreviations before a day ("Nov. 18", "Sept. 3")', () => {
  it('end no sentence', () => {
    expect(splitSentences('The forum opened on Nov. 18, organised by the city. Delegates came from 20 countries.')).toEqual([
      'The forum opened on Nov. 18, organised by the city.',
      'Delegates came from 20 countries.',
    ]);
  });

  it('a month that ends a sentence still ends it', () => {
    expect(splitSentences('The plant closed in May. Workers were moved to the new site.')).toHaveLength(2);
  });

  it('"X said on Feb. 27 that …": the words after "that", dated that day', () => {
    const ex = extractOn('2025-03-04')(
      'Chairman Vo Thanh Long of the city People’s Committee visited the port on Tuesday.',
      'Vo Thanh Long said on Feb. 27 that cargo volumes had risen by a tenth in January.',
    );
    const q = quoteWith(ex, 'cargo volumes had risen by a tenth');
    expect(q?.speaker).toBe('Vo Thanh Long');
    expect(q?.text.startsWith('cargo volumes')).toBe(true);
    expect(q?.date).toBe('2025-02-27');
  });
});
