import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCorpus, type CorpusWatcher } from '../../src/corpus/watch.js';

let dir = '';
let watcher: CorpusWatcher | null = null;

afterEach(() => {
  watcher?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function nextChange(): Promise<string[]> {
  return new Promise((resolve) => {
    watcher = watchCorpus(dir, resolve, { debounceMs: 100 });
  });
}

describe('watchCorpus', () => {
  it('reports a burst of new articles once, debounced, and ignores other files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'trichdan-watch-'));
    const change = nextChange();
    await new Promise((r) => setTimeout(r, 50));
    writeFileSync(join(dir, 'a.txt'), 'Bài một.');
    writeFileSync(join(dir, 'b.md'), 'Bài hai.');
    writeFileSync(join(dir, 'notes.tmp'), 'not an article');
    const files = await change;
    expect(files.sort()).toEqual(['a.txt', 'b.md']);
  });
});
