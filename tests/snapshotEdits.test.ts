/**
 * The corpus snapshot sees every edit a copy tool makes, including those that keep size and modification time
 * (`cp -p`, `rsync -t`): issue 12, item 6.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPipeline, type PipelineOptions } from '../src/pipeline.js';

const SEEDS = join(import.meta.dirname, '../seeds');
const MTIME = 1_700_000_000;
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function setup(): { corpus: string; options: PipelineOptions; file: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'trichdan-edits-'));
  const data = mkdtempSync(join(tmpdir(), 'trichdan-edits-data-'));
  dirs.push(corpus, data);
  cpSync(SEEDS, corpus, { recursive: true });
  const file = join(corpus, readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()[0]!);
  // Whole seconds, so putting the time back is exact (fs.utimes takes a double; cp -p copies nanoseconds).
  utimesSync(file, MTIME, MTIME);
  return { corpus, file, options: { dataDir: data, snapshotMinDocuments: 1 } };
}

/** The same bytes with one word changed to another of the same length, as an edited copy would be. */
function edited(file: string): string {
  const text = readFileSync(file, 'utf8');
  const at = text.search(/\bNga\b/u);
  expect(at).toBeGreaterThan(0);
  return `${text.slice(0, at)}Xyz${text.slice(at + 'Nga'.length)}`;
}

const hasWord = (p: Awaited<ReturnType<typeof buildPipeline>>, word: string): boolean =>
  p.corpus.documents.some((d) => d.paragraphs.some((x) => x.includes(word)) || (d.title ?? '').includes(word));

describe('snapshot and edits that keep size and mtime', () => {
  it('an in-place edit with the old mtime put back (cp -p) is read again', async () => {
    const { corpus, file, options } = setup();
    expect((await buildPipeline(corpus, options)).fromSnapshot).toBe(false);
    const before = statSync(file);
    const text = edited(file);
    expect(Buffer.byteLength(text)).toBe(before.size);
    writeFileSync(file, text);
    utimesSync(file, MTIME, MTIME);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);

    const after = await buildPipeline(corpus, options);
    expect(after.fromSnapshot).toBe(false);
    expect(hasWord(after, 'Xyz')).toBe(true);
  });

  it('a file replaced by rename with the same size and mtime (rsync -t) is read again', async () => {
    const { corpus, file, options } = setup();
    await buildPipeline(corpus, options);
    const before = statSync(file);
    const tmp = join(corpus, '.incoming.tmp');
    writeFileSync(tmp, edited(file));
    utimesSync(tmp, MTIME, MTIME);
    expect(statSync(tmp).size).toBe(before.size);
    renameSync(tmp, file);

    const after = await buildPipeline(corpus, options);
    expect(after.fromSnapshot).toBe(false);
    expect(hasWord(after, 'Xyz')).toBe(true);
  });

  it('an untouched corpus is still read from the snapshot', async () => {
    const { corpus, options } = setup();
    await buildPipeline(corpus, options);
    expect((await buildPipeline(corpus, options)).fromSnapshot).toBe(true);
  });
});
