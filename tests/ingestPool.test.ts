/**
 * Reading and extracting on a pool of worker threads (issue 16): the corpus a reader gets is the one a single thread
 * gives, in the same order, and a page that kills its thread costs that page only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionToJson } from '../src/cliFormat.js';
import { ingestCorpus, POOL_MIN_ARTICLES } from '../src/ingest.js';
import { writeCorpus } from '../scripts/benchCommon.js';
import { CRASH_MARK } from './helpers/crashingPoolWorker.js';

const CRASHING = { from: import.meta.url, module: './helpers/crashingPoolWorker' };
const LAN = 'Bài phỏng vấn\n\n2025-03-02\n\nNgày 2/3/2025, Bộ trưởng Lê Văn Hùng nói: “Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu”.\n';
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-pool-'));
  await writeCorpus(POOL_MIN_ARTICLES + 20, dir);
  // A name two folders hold: the second is cited by its relative path, and its quotes must cite it so.
  writeFileSync(join(dir, 'lan.txt'), LAN);
  mkdirSync(join(dir, 'xua'));
  writeFileSync(join(dir, 'xua', 'lan.txt'), LAN.replace('Lê Văn Hùng', 'Phạm Thu Hà').replace('vào mùa thu', 'vào năm sau'));
  // Not text: the loader skips it with its reason, in a worker as on one thread.
  writeFileSync(join(dir, 'hong.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xd8, 0x41]));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a reader sees of an ingest: every article with its quotes and events, and every file left out with why. */
async function ingested(threads: number, entry?: typeof CRASHING) {
  const r = await ingestCorpus(dir, null, null, { threads, poolEntry: entry });
  return { json: JSON.stringify(extractionToJson(r.extraction)), skipped: r.corpus.skipped, extraction: r.extraction, extracted: r.articlesExtracted };
}

describe('reading and extracting on a pool of threads', () => {
  it('gives the extraction one thread gives, byte for byte, quotes citing the file they come from', async () => {
    const one = await ingested(1);
    const pool = await ingested(2);
    expect(pool.json).toBe(one.json);
    expect(pool.skipped).toEqual(one.skipped);
    expect(pool.extracted).toBe(one.extracted);
    expect(one.extraction.quotes.length).toBeGreaterThan(POOL_MIN_ARTICLES);
    const said = (words: string) => pool.extraction.quotes.find((q) => q.text.includes(words));
    expect(said('vào mùa thu')).toMatchObject({ speaker: 'Lê Văn Hùng', date: '2025-03-02' });
    expect(said('vào mùa thu')?.sources.map((s) => s.file)).toEqual(['lan.txt']);
    expect(said('vào năm sau')).toMatchObject({ speaker: 'Phạm Thu Hà' });
    expect(said('vào năm sau')?.sources.map((s) => s.file)).toEqual(['xua/lan.txt']);
    expect(pool.skipped.map((s) => s.file)).toContain('hong.txt');
  }, 120_000);

  it('leaves out a page that kills its thread, names it, and reads every other article of its batch', async () => {
    const one = await ingested(1);
    writeFileSync(join(dir, 'synth_000005b.txt'), `Tin nóng\n\n2025-03-04\n\n${CRASH_MARK}: ông Trần Minh nói: “Chúng tôi đã sẵn sàng cho mùa mưa bão năm nay”.\n`);
    try {
      const pool = await ingested(2, CRASHING);
      const left = pool.skipped.find((s) => s.file === 'synth_000005b.txt');
      expect(left?.reason).toMatch(/stopped an extraction thread \(exit code 7\); article left out/);
      // Every other article, its batch-mates included, is read as one thread reads it.
      expect(pool.json).toBe(one.json);
      expect(pool.extraction.quotes.some((q) => q.text.includes('mùa mưa bão'))).toBe(false);
    } finally {
      rmSync(join(dir, 'synth_000005b.txt'));
    }
  }, 120_000);
});
