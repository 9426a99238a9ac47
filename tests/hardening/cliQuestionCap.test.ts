/**
 * The CLI caps a question's length as /ask does, with a message naming the length and the limit (issue 12, item 7).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/core/questionLimit.js';
import { runEntry } from './spawnEntry.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const QUESTION = 'Khi nào Peskov trả lời hãng tin TASS?';

describe('CLI question length', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'trichdan-clicap-'));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('refuses a question argument over the limit before loading anything, exit 2', async () => {
    const long = `${QUESTION} ${'rất '.repeat(2500)}`;
    const run = await runEntry('cli', ['ask', '--json', '--corpus', SEEDS, long], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`error: question too long (${long.length} characters); questions are limited to ${MAX_QUESTION_LENGTH} characters, as in /ask`);
  });

  it('answers the other questions of stdin and says which line was too long, one JSON line each, exit 1', async () => {
    const huge = 'giá '.repeat(64_000);
    const run = await runEntry('cli', ['ask', '--json', '--corpus', SEEDS], { cwd, input: `${QUESTION}\n${huge}\n${QUESTION}\n` });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { results: Array<{ text: string }>; error?: string });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.results[0]?.text).toBeTruthy();
    expect(lines[1]).toEqual({ results: [], error: expect.stringContaining(`question too long (${huge.length} characters)`) as string });
    expect(lines[2]).toEqual(lines[0]);
  });
});
