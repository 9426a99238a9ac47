/**
 * `npm start` with a DATABASE_URL an operator got wrong: malformed, a server that is not running, a wrong password,
 * a database that does not exist. Each gives one line naming the problem, exit code 2, and the bot never contacts
 * Discord (the stand-in sees no request and no gateway connection).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { POSTGRES_SKIPPED, TEST_DATABASE_URL, announcePostgresSkip } from '../helpers/storeBackends.js';

const ROOT = join(import.meta.dirname, '../..');
const TOKEN = 'MTgwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.database-startup-token-012345';

announcePostgresSkip('database start-up errors');

describe('a wrong DATABASE_URL stops the bot before Discord, with one line and exit 2', () => {
  let fake: FakeDiscord;
  let dataDir: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    dataDir = mkdtempSync(join(tmpdir(), 'trichdan-dburl-'));
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function run(databaseUrl: string): Promise<{ code: number | null; lines: string[] }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DATA_DIR: dataDir, WATCH_CORPUS: 'false', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, lines: out.trim().split('\n') })));
  }

  const withUrl = (edit: (u: URL) => void): string => {
    const u = new URL(TEST_DATABASE_URL ?? 'postgresql://bot:pw@127.0.0.1:5432/trichdan');
    edit(u);
    return u.toString();
  };

  it('malformed: names DATABASE_URL and what it must look like', async () => {
    const { code, lines } = await run('postgres//bot@localhost/trichdan');
    expect(code).toBe(2);
    expect(lines.filter((l) => l.includes('DATABASE_URL'))).toEqual([expect.stringMatching(/DATABASE_URL: must be a URL such as postgresql:\/\//)]);
    expect(fake.requests).toHaveLength(0);
  }, 30_000);

  it('no server listening: one line naming host and port', async () => {
    const { code, lines } = await run(withUrl((u) => (u.port = '1')));
    expect(code).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^error: cannot reach PostgreSQL at .*127\.0\.0\.1:1\/.*is the server running/)]);
    expect(fake.requests).toHaveLength(0);
    expect(fake.identifies).toHaveLength(0);
  }, 30_000);

  it.skipIf(POSTGRES_SKIPPED !== null)('wrong password: one line saying the login was refused, without the password', async () => {
    const { code, lines } = await run(withUrl((u) => (u.password = 'wrong-password-123')));
    expect(code).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^error: PostgreSQL at .* refused the login .*check the user and password in DATABASE_URL$/)]);
    expect(lines[0]).not.toContain('wrong-password-123');
    expect(fake.requests).toHaveLength(0);
  }, 30_000);

  it.skipIf(POSTGRES_SKIPPED !== null)('missing database: one line naming it', async () => {
    const { code, lines } = await run(withUrl((u) => (u.pathname = '/trichdan_missing')));
    expect(code).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^error: PostgreSQL at .*trichdan_missing.*create it \(createdb\)/)]);
    expect(fake.requests).toHaveLength(0);
  }, 30_000);
});
