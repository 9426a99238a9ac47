import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractCorpus, extractCorpusParallel } from '../../src/extract/index.js';
import { synthCorpus } from '../../scripts/synthCorpus.js';

describe('extraction on worker threads', () => {
  it('gives the same quotes, events and speakers, in the same order, as one thread', async () => {
    const seeds = await loadCorpus(resolve('seeds'));
    const docs = synthCorpus(seeds.documents, 120, 7);
    const single = extractCorpus(docs);
    const parallel = await extractCorpusParallel(docs, { workers: 2, minDocuments: 0 });
    expect(single.quotes.length).toBeGreaterThan(0);
    expect(single.speakers.length).toBeGreaterThan(0);
    expect(JSON.stringify(parallel.quotes)).toBe(JSON.stringify(single.quotes));
    expect(JSON.stringify(parallel.events)).toBe(JSON.stringify(single.events));
    expect(JSON.stringify(parallel.speakers)).toBe(JSON.stringify(single.speakers));
  }, 60_000);
});
