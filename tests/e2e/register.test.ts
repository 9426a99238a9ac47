/**
 * `npm run register` as an operator runs it: a real process with DISCORD_TOKEN and DISCORD_API_BASE pointing at
 * the local Discord stand-in. It registers every command (with Vietnamese localizations) even when nothing changed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';

const GUILD = '1700000000000000100';
const ROOT = join(import.meta.dirname, '../..');

function register(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/register.ts'], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run register', () => {
  let fake: FakeDiscord;
  let dataDir: string;

  beforeAll(async () => {
    // A token of a real token's shape: the config rejects implausibly short ones.
    fake = await startFakeDiscord({ token: 'MTcwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.register-test-token-0123456789', guilds: [{ id: GUILD, name: 'Phòng tin', channels: [] }] });
    dataDir = mkdtempSync(join(tmpdir(), 'trichdan-register-'));
  });

  afterAll(async () => {
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the commands in the configured guild, with Vietnamese names, every time it is run', async () => {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, DISCORD_GUILD_ID: GUILD, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const first = await register(env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Registered 8 commands/);
    const ask = fake.commands(GUILD).find((c) => c.name === 'ask');
    expect(ask.name_localizations).toMatchObject({ vi: expect.any(String) });
    expect(fake.commands(GUILD).map((c) => c.name)).toContain('Find source');

    const second = await register(env);
    expect(second.code).toBe(0);
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path.includes(`/guilds/${GUILD}/commands`));
    expect(puts).toHaveLength(2);
  });

  it('says what is missing when there is no token', async () => {
    const r = await register({ DISCORD_TOKEN: '', DATA_DIR: dataDir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DISCORD_TOKEN is not set');
  });
});
