import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      discordToken: null,
      guildId: null,
      apiBase: null,
      corpusDir: 'seeds',
      dataDir: 'data',
      logLevel: 'info',
      digestDefaultTimezone: 'Asia/Ho_Chi_Minh',
      digestDefaultTime: '08:00',
      watchCorpus: true,
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats blank values copied from .env.example as unset', () => {
    const c = parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '   ', CORPUS_DIR: '' });
    expect(c.discordToken).toBeNull();
    expect(c.guildId).toBeNull();
    expect(c.corpusDir).toBe('seeds');
  });

  it('lists every invalid key at once, each with what is allowed', () => {
    let error: unknown;
    try {
      parseConfig({
        DISCORD_GUILD_ID: 'my-server',
        DISCORD_API_BASE: 'not a url',
        LOG_LEVEL: 'loud',
        DIGEST_DEFAULT_TIMEZONE: 'Mars/Olympus',
        DIGEST_DEFAULT_TIME: '25:00',
        COOLDOWN_SECONDS: 'soon',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const key of ['DISCORD_GUILD_ID', 'DISCORD_API_BASE', 'LOG_LEVEL', 'DIGEST_DEFAULT_TIMEZONE', 'DIGEST_DEFAULT_TIME', 'COOLDOWN_SECONDS']) {
      expect(problems).toContain(key);
    }
    expect(problems).toContain('HH:MM');
    expect(problems).toContain('IANA');
  });

  it('accepts a local API base for the test stand-in and a guild id', () => {
    const c = parseConfig({ DISCORD_API_BASE: 'http://127.0.0.1:8080/api', DISCORD_GUILD_ID: '123456789012345678' });
    expect(c.apiBase).toBe('http://127.0.0.1:8080/api');
    expect(c.guildId).toBe('123456789012345678');
  });
});
