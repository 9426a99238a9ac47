import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';

const CHILD = fileURLToPath(new URL('./killChild.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trichdan-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the writer from `start`, SIGKILL it `afterMs` after its first commit, and return the commits it reported. */
function writeThenKill(file: string, start: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${err}`));
      // The last line may be cut mid-write by the kill; only complete lines are reported commits.
      resolve(out.split('\n').slice(0, -1).map(Number));
    });
  });
}

describe('durability under kill -9', () => {
  it('every setting reported committed before a SIGKILL is there after reopening', async () => {
    const file = join(dir, 'bot.db');
    let next = 0;
    for (let round = 0; round < 4; round++) {
      const afterMs = 20 + Math.floor(Math.random() * 400);
      const committed = await writeThenKill(file, next, afterMs);
      expect(committed.length, `round ${round}`).toBeGreaterThan(0);
      const last = committed[committed.length - 1]!;

      const store = openStore(file);
      try {
        for (let i = 0; i <= last; i++) {
          expect((await store.getSettings(`guild-${i}`))?.channelId, `guild-${i} after round ${round} (killed after ${afterMs} ms)`).toBe(`channel-${i}`);
        }
        const counter = Number((await store.getSettings('counter'))!.channelId);
        expect([last, last + 1]).toContain(counter);
        next = counter + 1;
      } finally {
        await store.close();
      }
    }
  });
});
