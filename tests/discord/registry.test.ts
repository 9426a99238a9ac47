import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { commandsJson, registerCommands } from '../../src/discord/register.js';

describe('command registry', () => {
  const json = commandsJson(COMMANDS);

  it('has unique names', () => {
    const names = json.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['ask', 'quote', 'timeline', 'sources', 'about', 'digest', 'reload', 'Find source']));
  });

  it('gives every command, subcommand and option a Vietnamese name (and description where Discord allows one)', () => {
    const walk = (node: { name: string; description?: string; name_localizations?: Record<string, string> | null; description_localizations?: Record<string, string> | null; options?: unknown[] }): void => {
      expect(node.name_localizations?.vi, node.name).toBeTruthy();
      if (node.description) expect(node.description_localizations?.vi, node.name).toBeTruthy();
      for (const child of (node.options ?? []) as Array<typeof node>) walk(child);
    };
    for (const c of json) walk(c as Parameters<typeof walk>[0]);
    expect(json.find((c) => c.name === 'Find source')!.name_localizations).toEqual({ vi: 'Tìm nguồn' });
  });

  it('limits /digest and /reload to Manage Server in guilds', () => {
    for (const name of ['digest', 'reload']) {
      const c = json.find((x) => x.name === name)!;
      expect(c.default_member_permissions).toBe(String(1n << 5n));
      expect(c.contexts).toEqual([0]);
    }
  });
});

describe('registerCommands', () => {
  it('registers once, skips when unchanged, registers again when forced or in another scope', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'trichdan-reg-'));
    const calls: string[] = [];
    const rest = { put: async (route: string) => void calls.push(route) };
    const base = { rest, applicationId: '111111111111111111', guildId: '222222222222222222', dataDir, commands: COMMANDS };
    expect((await registerCommands(base)).registered).toBe(true);
    expect((await registerCommands(base)).registered).toBe(false);
    expect((await registerCommands({ ...base, force: true })).registered).toBe(true);
    expect((await registerCommands({ ...base, guildId: null })).registered).toBe(true);
    expect((await registerCommands({ ...base, guildId: null })).registered).toBe(false);
    expect(calls).toEqual([
      '/applications/111111111111111111/guilds/222222222222222222/commands',
      '/applications/111111111111111111/guilds/222222222222222222/commands',
      '/applications/111111111111111111/commands',
    ]);
    expect((await registerCommands({ ...base, commands: COMMANDS.slice(1) })).registered).toBe(true);
  });

  it('does not store the hash when Discord refuses', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'trichdan-reg-'));
    const failing = { put: async () => { throw new Error('500'); } };
    const base = { applicationId: '111111111111111111', guildId: null, dataDir, commands: COMMANDS };
    await expect(registerCommands({ ...base, rest: failing })).rejects.toThrow('500');
    expect((await registerCommands({ ...base, rest: { put: async () => undefined } })).registered).toBe(true);
  });
});
