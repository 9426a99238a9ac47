import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-06-20');

describe('"the minister said" on an English page that named two ministers', () => {
  const ex = one(
    'HÀ NỘI — Deputies on Thursday questioned Minister of Transport Hoàng Văn Lâm and Minister of Finance Trịnh Minh Khoa on issues under their management.',
    'Deputies from the Mekong Delta asked about a delayed bridge, two thirds of which has been built.',
    'Regarding a second expressway, the minister said he had asked the contractor to add a night shift from next month.',
  );

  it('names neither rather than the minister named last (nobody has spoken yet)', () => {
    const q = quoteWith(ex, 'asked the contractor to add a night shift');
    expect(q).toBeDefined();
    expect(q?.speaker).not.toBe('Trịnh Minh Khoa');
  });

  it('one minister named: "the minister" is that one', () => {
    const alone = one(
      'HÀ NỘI — Deputies on Thursday questioned Minister of Transport Hoàng Văn Lâm on a delayed bridge.',
      'Regarding a second expressway, the minister said he had asked the contractor to add a night shift from next month.',
    );
    expect(quoteWith(alone, 'asked the contractor')?.speaker).toBe('Hoàng Văn Lâm');
  });
});
