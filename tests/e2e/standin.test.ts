import { inflateSync } from 'node:zlib';
import { type ApplicationCommandData, ApplicationCommandOptionType, ApplicationCommandType, Client, DiscordAPIError, Events, GatewayIntentBits, type Interaction, type TextChannel } from 'discord.js';
import { WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete, button, messageCommand, slashCommand, startFakeDiscord, type FakeDiscord } from '../helpers/fakeDiscord/index.js';

const GUILD = '1400000000000000100';
const NEWS = '1400000000000000101';
const ARCHIVE = '1400000000000000102';

// Privileged intents per Discord docs: GuildMembers, GuildPresences, MessageContent.
const PRIVILEGED = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

const COMMANDS: ApplicationCommandData[] = [
  {
    name: 'hoi',
    description: 'Hỏi về tin tức',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'cau_hoi', description: 'Câu hỏi', required: true, autocomplete: true },
      { type: ApplicationCommandOptionType.Integer, name: 'so_luong', description: 'Số trích dẫn', required: false },
    ],
  },
  { name: 'cham', description: 'Trả lời chậm' },
  { type: ApplicationCommandType.Message, name: 'Trích dẫn' },
];

describe('Discord stand-in driven by the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let onInteraction: (interaction: Interaction) => Promise<void> = async () => undefined;
  const handlerErrors: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({
      guilds: [{ id: GUILD, name: 'Phòng tin', channels: [{ id: NEWS, name: 'tin-tuc' }, { id: ARCHIVE, name: 'luu-tru' }] }],
    });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction(interaction).catch((error: unknown) => handlerErrors.push(error));
    });
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(fake.token);
    await ready;
  });

  afterEach(() => {
    expect(handlerErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('becomes ready with the guild, its channels and non-privileged intents', () => {
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('Phòng tin');
    expect(guild?.channels.cache.get(NEWS)?.name).toBe('tin-tuc');
    expect(guild?.members.me?.id).toBe(fake.botUserId);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]!.intents & PRIVILEGED).toBe(0);
    expect(fake.requests.filter((r) => r.route === null)).toEqual([]);
  });

  it('registers commands and answers a slash command with mentions disabled', async () => {
    await client.application!.commands.set(COMMANDS);
    const stored = fake.commands();
    expect(stored.map((c) => c.name)).toEqual(['hoi', 'cham', 'Trích dẫn']);
    expect(stored[0].integration_types).toEqual([0]);
    expect(stored[0].application_id).toBe(fake.applicationId);

    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const question = interaction.options.getString('cau_hoi', true);
      await interaction.reply({ content: `Bạn hỏi: ${question} (${interaction.locale})`, allowedMentions: { parse: [] } });
    };
    const handle = await fake.interact(slashCommand('hoi', { cau_hoi: '@everyone ai nói gì?' }, { locale: 'vi' }));
    expect(handle.firstCallback.path).toMatch(/^\/interactions\/\d+\/[\w.-]+\/callback$/);
    expect(handle.firstCallback.body.type).toBe(4);
    expect(handle.firstCallback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect((await handle.waitForEdit()).content).toBe('Bạn hỏi: @everyone ai nói gì? (vi)');
  });

  it('sees a deferred reply turn into the edited answer', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.commandName !== 'cham') return;
      await interaction.deferReply();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await interaction.editReply({ content: 'Xong rồi', allowedMentions: { parse: [] } });
    };
    const handle = await fake.interact(slashCommand('cham'));
    expect(handle.firstCallback.body.type).toBe(5);
    const final = await handle.waitForEdit();
    expect(final.content).toBe('Xong rồi');
    expect(final.flags & (1 << 7)).toBe(0);
    expect(handle.edits()).toHaveLength(1);
  });

  it('delivers autocomplete, message commands and button clicks', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `${typed} hôm nay`, value: `${typed}-1` }]);
      } else if (interaction.isMessageContextMenuCommand()) {
        await interaction.reply({ content: `Trích: ${interaction.targetMessage.content}`, allowedMentions: { parse: [] } });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `Đã bấm ${interaction.customId}` });
      }
    };
    const choices = await (await fake.interact(autocomplete('hoi', 'cau_hoi', 'giá xăng'))).waitForEdit();
    expect(choices).toEqual({ choices: [{ name: 'giá xăng hôm nay', value: 'giá xăng-1' }] });

    const quoted = await fake.interact(messageCommand('Trích dẫn', { content: 'Bộ trưởng nói: "Giá sẽ giảm".' }));
    expect((await quoted.waitForEdit()).content).toBe('Trích: Bộ trưởng nói: "Giá sẽ giảm".');

    const sent = await (client.channels.cache.get(NEWS) as TextChannel).send({ content: 'Chọn', allowedMentions: { parse: [] } });
    const clicked = await fake.interact(button('trang-2', sent.id));
    expect(clicked.firstCallback.body.type).toBe(7);
    expect(fake.messages(NEWS).find((m) => m.id === sent.id)?.content).toBe('Đã bấm trang-2');
  });

  it('refuses interactions the Discord client could not produce', async () => {
    await expect(fake.interact(slashCommand('khong-co'))).rejects.toThrow(/not registered/);
    await expect(fake.interact(slashCommand('hoi', {}))).rejects.toThrow(/missing required option.*cau_hoi/);
    await expect(fake.interact(slashCommand('hoi', { cau_hoi: 'x', so_luong: 1.5 }))).rejects.toThrow(/cannot take 1.5/);
  });

  it('enforces Discord limits on replies and supports withResponse', async () => {
    const outcomes: string[] = [];
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const tooLong = await interaction.reply({ content: 'ý'.repeat(2001) }).catch((e: DiscordAPIError) => e.code);
      outcomes.push(String(tooLong));
      const response = await interaction.reply({ content: 'Ngắn gọn', allowedMentions: { parse: [] }, withResponse: true });
      outcomes.push(response.resource?.message?.content ?? 'no message');
    };
    const handle = await fake.interact(slashCommand('cham'));
    expect(handle.firstCallback.status).toBe(400);
    expect(await handle.waitForEdit().catch((e: Error) => e.message)).toMatch(/rejected: 400/);
    await expect.poll(() => outcomes).toEqual(['50035', 'Ngắn gọn']);
    expect(handle.original()?.content).toBe('Ngắn gọn');
  });

  it('retries a message POST after a 429 for retry_after', async () => {
    fake.failNext({ method: 'POST', pathIncludes: `/channels/${ARCHIVE}/messages` }, { status: 429, retryAfter: 0.3 });
    const channel = client.channels.cache.get(ARCHIVE) as TextChannel;
    const sent = await channel.send({ content: 'Bản tin sáng', allowedMentions: { parse: [] } });
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${ARCHIVE}/messages`);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(posts[1]!.time - posts[0]!.time).toBeGreaterThanOrEqual(300);
    expect(fake.messages(ARCHIVE).map((m) => m.id)).toEqual([sent.id]);
  });

  it('returns the existing message for a repeated enforced nonce', async () => {
    const channel = client.channels.cache.get(ARCHIVE) as TextChannel;
    const before = fake.messages(ARCHIVE).length;
    const first = await channel.send({ content: 'Một lần', nonce: 'digest-2024-05-01', enforceNonce: true });
    const again = await channel.send({ content: 'Một lần', nonce: 'digest-2024-05-01', enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(fake.messages(ARCHIVE)).toHaveLength(before + 1);
  });

  it('answers 404 Unknown Channel after a channel is deleted', async () => {
    const channel = client.channels.cache.get(ARCHIVE) as TextChannel;
    fake.deleteChannel(ARCHIVE);
    const error = await channel.send('Còn ai không?').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10003);
  });

  it('resumes after the gateway drops and replays what happened meanwhile', async () => {
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    fake.disconnectGateway();
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'Vẫn ở đây', allowedMentions: { parse: [] } });
    };
    // Dispatched while disconnected: only a RESUME that replays missed events delivers it.
    const handle = await fake.interact(slashCommand('cham'));
    await resumed;
    expect((await handle.waitForEdit()).content).toBe('Vẫn ở đây');
    expect(fake.gatewayReceived.some((p) => p.op === 6)).toBe(true);
    expect(fake.identifies).toHaveLength(1);
  });
});

describe('Discord stand-in edge cases', () => {
  it('rejects login with a wrong token', async () => {
    const fake = await startFakeDiscord();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
    try {
      await expect(client.login('not-the-token')).rejects.toThrow(/invalid token/i);
      expect(fake.requests[0]).toMatchObject({ path: '/gateway/bot', status: 401 });
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('closes IDENTIFY with a wrong token (4004) and privileged intents (4014)', async () => {
    const fake = await startFakeDiscord();
    const closeCode = (identify: object) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(`${fake.apiBase.replace('http', 'ws').replace('/api', '')}?v=10&encoding=json`);
        socket.on('message', () => socket.send(JSON.stringify({ op: 2, d: { properties: {}, ...identify } })));
        socket.on('close', (code) => resolve(code));
      });
    try {
      expect(await closeCode({ token: 'wrong', intents: 1 })).toBe(4004);
      expect(await closeCode({ token: fake.token, intents: GatewayIntentBits.MessageContent })).toBe(4014);
    } finally {
      await fake.close();
    }
  });

  it('speaks zlib-stream when the client asks for it', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 1234 });
    try {
      const frame = await new Promise<Buffer>((resolve) => {
        const socket = new WebSocket(`${fake.apiBase.replace('http', 'ws').replace('/api', '')}?v=10&encoding=json&compress=zlib-stream`);
        socket.on('message', (data) => {
          socket.close();
          resolve(data as Buffer);
        });
      });
      expect([...frame.subarray(-4)]).toEqual([0, 0, 255, 255]);
      const hello = JSON.parse(inflateSync(frame, { finishFlush: 2 }).toString('utf8'));
      expect(hello).toMatchObject({ op: 10, d: { heartbeat_interval: 1234 } });
    } finally {
      await fake.close();
    }
  });
});
