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

  it('takes a PostgreSQL DATABASE_URL; unset keeps SQLite in DATA_DIR', () => {
    expect(parseConfig({}).databaseUrl).toBeNull();
    expect(parseConfig({ DATABASE_URL: 'postgresql://bot:s3cr%40t@db.example.org:5432/trichdan' }).databaseUrl)
      .toBe('postgresql://bot:s3cr%40t@db.example.org:5432/trichdan');
  });

  it.each([
    ['not a url at all', /must be a URL/],
    ['mysql://bot:pw@db.example.org/trichdan', /must start with postgresql:\/\//],
    ['postgresql://bot:pw@db.example.org:5432', /must name a database/],
  ])('refuses DATABASE_URL %s with what is expected, never echoing it', (url, why) => {
    let error: unknown;
    try {
      parseConfig({ DATABASE_URL: url });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^DATABASE_URL: /);
    expect(problems).toMatch(why);
    expect(problems).not.toContain('pw@');
  });

  it('reads the shards this process runs: a list or a range, below SHARD_COUNT', () => {
    expect(parseConfig({ SHARD_COUNT: '4' })).toMatchObject({ shardCount: 4, shardIds: null });
    expect(parseConfig({ SHARD_COUNT: '8', SHARD_IDS: '4-7' }).shardIds).toEqual([4, 5, 6, 7]);
    expect(parseConfig({ SHARD_COUNT: '8', SHARD_IDS: '0, 2,2' }).shardIds).toEqual([0, 2]);
    const problems = (env: Record<string, string>): string => {
      try {
        parseConfig(env);
        return '';
      } catch (err) {
        return (err as ConfigError).problems.join('\n');
      }
    };
    expect(problems({ SHARD_IDS: '0,1' })).toMatch(/SHARD_IDS: needs SHARD_COUNT/);
    expect(problems({ SHARD_COUNT: '2', SHARD_IDS: '1,2' })).toMatch(/shard 2 is not below SHARD_COUNT \(2\)/);
    expect(problems({ SHARD_COUNT: '2', SHARD_IDS: 'first' })).toMatch(/SHARD_IDS: must be shard ids/);
  });

  it('reads INGEST_THREADS as a whole number of threads, unset (one per core) when blank', () => {
    expect(parseConfig({ INGEST_THREADS: '3' }).ingestThreads).toBe(3);
    expect(parseConfig({ INGEST_THREADS: ' ' }).ingestThreads).toBeNull();
    for (const bad of ['0', '1.5', 'two', '65']) {
      expect(() => parseConfig({ INGEST_THREADS: bad })).toThrow(/INGEST_THREADS: must be a whole number/);
    }
  });
});
