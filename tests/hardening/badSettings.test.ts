/**
 * Start-up with several bad settings at once, as a person would do it (src/main.ts as its own process): exit code 2,
 * every bad key named on stderr with what is allowed, and nothing half-started — no database or data folder, no
 * reply on stdout, not one request to the Discord API.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { runEntry } from './spawnEntry.js';

// Long enough to pass the token check, so the program would go on to connect if the settings were accepted.
const FAKE_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.hardening-test-token-not-real-000000';

/** The bad values and what stderr must say is allowed for each. */
const BAD: Record<string, { value: string; allowed: RegExp }> = {
  LOG_LEVEL: { value: 'loud', allowed: /fatal, error, warn, info, debug, trace, silent/ },
  DIGEST_DEFAULT_TIMEZONE: { value: 'Mars/Base', allowed: /IANA time zone such as Asia\/Ho_Chi_Minh/ },
  DISCORD_API_BASE: { value: 'nope', allowed: /http\(s\) URL/ },
  DIGEST_DEFAULT_TIME: { value: '25:00', allowed: /HH:MM \(24-hour\)/ },
  COOLDOWN_SECONDS: { value: '-1', allowed: /from 0 to 3600/ },
  DIGEST_MAX_FAILURES: { value: 'often', allowed: /whole number from 1 to 100/ },
  WATCH_CORPUS: { value: 'yes', allowed: /true or false/ },
};

let cwd: string;
let api: Server;
let apiRequests: string[];
let apiBase: string;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'trichdan-badsettings-'));
  apiRequests = [];
  api = createServer((req, res) => {
    apiRequests.push(`${req.method} ${req.url}`);
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => api.close(() => resolve()));
  rmSync(cwd, { recursive: true, force: true });
});

function stderrLineFor(stderr: string, key: string): string {
  return stderr.split('\n').find((l) => l.includes(`${key}:`)) ?? '';
}

describe('bad settings', () => {
  it('stop start-up with exit code 2, every bad key named with what is allowed, and nothing created', async () => {
    const dataDir = join(cwd, 'data');
    const env = Object.fromEntries(Object.entries(BAD).map(([k, v]) => [k, v.value]));
    const run = await runEntry('main', [], { cwd, env: { ...env, DISCORD_TOKEN: FAKE_TOKEN, DATA_DIR: dataDir, CORPUS_DIR: join(import.meta.dirname, '../../seeds') }, input: '/ask đàm phán\n' });
    expect(run.code).toBe(2);
    for (const [key, { value, allowed }] of Object.entries(BAD)) {
      const line = stderrLineFor(run.stderr, key);
      expect(line, `${key}=${value} is reported`).not.toBe('');
      expect(line, `${key}: what is allowed`).toMatch(allowed);
    }
    expect(run.stderr).toContain('.env.example');
    // Only the problems: no stack trace, no log line, and the token is not echoed.
    expect(run.stderr).not.toMatch(/\n\s+at |"level"/);
    expect(run.stderr).not.toContain(FAKE_TOKEN);
    expect(run.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('make no request to the Discord API even when its address is valid', async () => {
    const { DISCORD_API_BASE: _valid, ...others } = BAD;
    const env = Object.fromEntries(Object.entries(others).map(([k, v]) => [k, v.value]));
    const run = await runEntry('main', [], { cwd, env: { ...env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: apiBase, DATA_DIR: join(cwd, 'data') } });
    expect(run.code).toBe(2);
    expect(stderrLineFor(run.stderr, 'DISCORD_API_BASE')).toBe('');
    expect(Object.keys(others).every((k) => stderrLineFor(run.stderr, k) !== '')).toBe(true);
    expect(apiRequests).toEqual([]);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuse an API base that is a URL but not http(s), and name the allowed range of numbers', () => {
    const problems = (env: Record<string, string>): string[] => {
      try {
        parseConfig(env);
        return [];
      } catch (err) {
        if (err instanceof ConfigError) return err.problems;
        throw err;
      }
    };
    for (const base of ['ftp://127.0.0.1/api', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(problems({ DISCORD_API_BASE: base }), base).toEqual(['DISCORD_API_BASE: must be an http(s) URL such as http://127.0.0.1:8080/api']);
    }
    expect(problems({ DISCORD_API_BASE: 'https://discord.com/api' })).toEqual([]);
    expect(problems({ COOLDOWN_SECONDS: 'soon' })).toEqual(['COOLDOWN_SECONDS: must be a number of seconds from 0 to 3600']);
    expect(problems({ COOLDOWN_SECONDS: '1.5' })).toEqual([]);
    for (const n of ['0', '2.5', '101', 'abc']) {
      expect(problems({ DIGEST_MAX_FAILURES: n }), n).toEqual(['DIGEST_MAX_FAILURES: must be a whole number from 1 to 100']);
    }
  });
});
