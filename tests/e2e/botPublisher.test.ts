/**
 * The Discord Publisher against the stand-in: idempotent sends with enforce_nonce, no mentions, and
 * failures mapped to the kinds the digest scheduler acts on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublishError } from '../../src/core/services.js';
import { createBot, createDiscordPublisher, type Bot } from '../../src/discord/bot.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';
import { createTestContext, TEST_CONFIG } from '../helpers/botFixtures.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../commands/index.js';

const GUILD = '1600000000000000100';
const NEWS = '1600000000000000101';
const GONE = '1600000000000000102';

describe('createDiscordPublisher', () => {
  let fake: FakeDiscord;
  let bot: Bot;

  beforeAll(async () => {
    fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'g', channels: [{ id: NEWS, name: 'tin' }, { id: GONE, name: 'cu' }] }] });
    const dataDir = await mkdtemp(join(tmpdir(), 'trichdan-pub-'));
    bot = createBot(createTestContext({ config: { ...TEST_CONFIG, guildId: GUILD, dataDir } }), { commands: COMMANDS, token: fake.token, apiBase: fake.apiBase });
    await bot.start();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('posts once per nonce and never allows mentions', async () => {
    const publisher = createDiscordPublisher(bot.client);
    const a = await publisher.send(NEWS, { content: '@everyone Bản tin', nonce: 'digest-g-2024-12-01' });
    const b = await publisher.send(NEWS, { content: '@everyone Bản tin', nonce: 'digest-g-2024-12-01' });
    expect(b.messageId).toBe(a.messageId);
    expect(fake.messages(NEWS)).toHaveLength(1);
    const body = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`)[0]!.body;
    expect(body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true, nonce: 'digest-g-2024-12-01' });
  });

  it.each([
    [{ status: 403, body: { message: 'Missing Permissions', code: 50013 } }, 'forbidden'],
    [{ status: 403, body: { message: 'Missing Access', code: 50001 } }, 'forbidden'],
  ] as const)('maps %j to %s', async (response, kind) => {
    const publisher = createDiscordPublisher(bot.client);
    fake.failNext({ method: 'POST', pathIncludes: `/channels/${NEWS}/messages` }, response);
    const err = await publisher.send(NEWS, { content: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PublishError);
    expect((err as PublishError).kind).toBe(kind);
  });

  it('maps a deleted channel to channel-missing', async () => {
    fake.deleteChannel(GONE);
    const err = await createDiscordPublisher(bot.client).send(GONE, { content: 'x' }).catch((e: unknown) => e);
    expect((err as PublishError).kind).toBe('channel-missing');
  });
});
