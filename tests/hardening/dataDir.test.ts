/**
 * A DATA_DIR that cannot be created stops the bot before the corpus is read, with one line naming the folder and
 * the problem, not a stack trace after minutes of extraction (issue 12, item 8).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEntry } from './spawnEntry.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

describe('a DATA_DIR that cannot be created', () => {
  let cwd: string;

  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'trichdan-datadir-'));
    writeFileSync(join(cwd, 'not-a-folder'), 'a file where the data folder should be');
  });

  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('names the folder and the problem in one line and exits 1 before reading the corpus', async () => {
    const dataDir = join(cwd, 'not-a-folder', 'data');
    const run = await runEntry('main', [], {
      cwd,
      env: {
        // Nothing listens there: the check must come before any connection is tried.
        DISCORD_TOKEN: 'MTgwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.not-a-real-token-0000000000',
        DISCORD_API_BASE: 'http://127.0.0.1:9/api',
        CORPUS_DIR: SEEDS,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        WATCH_CORPUS: 'false',
      },
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: DATA_DIR "${dataDir}" cannot be used: a part of its path is a file, not a folder (ENOTDIR).`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toMatch(/corpus loaded|extracting/);
  });
});
