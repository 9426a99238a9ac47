import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { UserError } from '../../src/errors.js';
import type { Command } from '../../src/discord/command.js';
import { createDispatcher } from '../../src/discord/dispatcher.js';
import { LocalAutocomplete, LocalButton, LocalChatInput, type LocalSend } from '../../src/discord/localInteraction.js';
import { createMemoryStore, createTestContext, TEST_CONFIG } from '../helpers/botFixtures.js';

function contentOf(send: LocalSend | undefined): string {
  const p = send?.payload as { content?: string; embeds?: Array<{ description?: string; fields?: Array<{ value: string }> }> } | undefined;
  return [p?.content ?? '', ...(p?.embeds ?? []).flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])].join('\n');
}

const failing = (when: 'before' | 'after-defer' | 'after-reply', error: Error): Command => ({
  kind: 'slash',
  data: { name: 'boom', toJSON: () => ({ name: 'boom', description: 'x' }) },
  async execute(i) {
    if (when === 'after-defer') await i.deferReply();
    if (when === 'after-reply') await i.reply({ content: 'partial', allowedMentions: { parse: [] } });
    throw error;
  },
});

describe('error boundary', () => {
  it('answers a user error ephemerally in plain words when nothing was sent yet', async () => {
    const d = createDispatcher(createTestContext(), [failing('before', new UserError('bad-thing', 'That value is not allowed.'))]);
    const i = new LocalChatInput('boom', {});
    await d.handle({ kind: 'slash', interaction: i });
    expect(i.sends).toHaveLength(1);
    expect(i.sends[0]!.kind).toBe('reply');
    expect(i.sends[0]!.ephemeral).toBe(true);
    expect(contentOf(i.sends[0])).toBe('That value is not allowed.');
  });

  it('edits the deferred reply instead of replying twice', async () => {
    const d = createDispatcher(createTestContext(), [failing('after-defer', new UserError('bad', 'Nope.'))]);
    const i = new LocalChatInput('boom', {});
    await d.handle({ kind: 'slash', interaction: i });
    expect(i.sends.map((s) => s.kind)).toEqual(['defer', 'edit']);
    expect(contentOf(i.sends[1])).toBe('Nope.');
  });

  it('follows up ephemerally after a reply, and hides internal details behind an error id', async () => {
    const d = createDispatcher(createTestContext(), [failing('after-reply', new Error('database password is hunter2'))]);
    const i = new LocalChatInput('boom', {}, { locale: 'vi' });
    await d.handle({ kind: 'slash', interaction: i });
    expect(i.sends.map((s) => s.kind)).toEqual(['reply', 'followUp']);
    expect(i.sends[1]!.ephemeral).toBe(true);
    const text = contentOf(i.sends[1]);
    expect(text).toMatch(/mã này: `[0-9a-f]{8}`/);
    expect(text).not.toContain('hunter2');
  });

  it('enforces the per-user cooldown with a clear message', async () => {
    const ctx = createTestContext({ config: { ...TEST_CONFIG, cooldownSeconds: 5 } });
    const d = createDispatcher(ctx, COMMANDS);
    const first = new LocalChatInput('about', {}, { userId: '1' });
    const second = new LocalChatInput('about', {}, { userId: '1' });
    const other = new LocalChatInput('about', {}, { userId: '2' });
    await d.handle({ kind: 'slash', interaction: first });
    await d.handle({ kind: 'slash', interaction: second });
    await d.handle({ kind: 'slash', interaction: other });
    expect(first.sends[0]!.ephemeral).toBe(false);
    expect(contentOf(second.sends[0])).toBe('You are going a bit fast. Try again in 5 s.');
    expect(second.sends[0]!.ephemeral).toBe(true);
    expect(other.sends[0]!.ephemeral).toBe(false);
  });
});

describe('commands through the dispatcher', () => {
  it('/ask defers, then edits in the cited answer; private makes it ephemeral', async () => {
    const ctx = createTestContext();
    const d = createDispatcher(ctx, COMMANDS);
    const i = new LocalChatInput('ask', { question: 'bao nhiêu xe buýt điện?', private: true }, { locale: 'vi' });
    await d.handle({ kind: 'slash', interaction: i });
    expect(i.sends.map((s) => s.kind)).toEqual(['defer', 'edit']);
    expect(i.sends[0]!.ephemeral).toBe(true);
    expect(contentOf(i.sends[1])).toContain('**xe buýt điện**');
    expect(ctx.stats.lastLatencyMs).not.toBeNull();
  });

  it('/ask with a 5 000-character question gets a clear ephemeral reply', async () => {
    const d = createDispatcher(createTestContext(), COMMANDS);
    const i = new LocalChatInput('ask', { question: 'a'.repeat(5000) }, { locale: 'en-US' });
    await d.handle({ kind: 'slash', interaction: i });
    expect(i.sends).toHaveLength(1);
    expect(i.sends[0]!.ephemeral).toBe(true);
    expect(contentOf(i.sends[0])).toContain('too long');
  });

  it('an answer page button updates the message; a stranger cannot page it', async () => {
    const d = createDispatcher(createTestContext(), COMMANDS);
    const i = new LocalChatInput('ask', { question: 'xe buýt điện giá lúa' }, { userId: '7' });
    await d.handle({ kind: 'slash', interaction: i });
    const payload = i.sends[1]!.payload as { components: Array<{ components: Array<{ custom_id: string }> }> };
    const next = payload.components[0]!.components[1]!.custom_id;
    const click = new LocalButton(next, { userId: '7' });
    await d.handle({ kind: 'button', interaction: click });
    expect(click.sends[0]!.kind).toBe('update');
    expect(contentOf(click.sends[0])).toContain('Lê Văn Hùng');
    const stranger = new LocalButton(next, { userId: '8' });
    await d.handle({ kind: 'button', interaction: stranger });
    expect(stranger.sends[0]!.ephemeral).toBe(true);
  });

  it('/digest set refuses a bad time and a bad zone, storing nothing', async () => {
    const ctx = createTestContext();
    const d = createDispatcher(ctx, COMMANDS);
    const channel = { id: '300000000000000001', type: 0 };
    for (const [time, timezone, expected] of [['8h', 'Asia/Ho_Chi_Minh', 'not a valid time'], ['08:00', 'Mars/Olympus', 'not a time zone']] as const) {
      const i = new LocalChatInput('digest', { channel, time, timezone }, { subcommand: 'set' });
      await d.handle({ kind: 'slash', interaction: i });
      expect(i.sends[0]!.ephemeral).toBe(true);
      expect(contentOf(i.sends[0])).toContain(expected);
    }
    expect(ctx.store!.getSettings('200000000000000001')).toBeNull();
  });

  it('/digest requires Manage Server even when Discord shows the command', async () => {
    const store = createMemoryStore();
    const d = createDispatcher(createTestContext({ store }), COMMANDS);
    const channel = { id: '300000000000000001', type: 0 };
    const i = new LocalChatInput('digest', { channel, time: '08:00', timezone: 'Asia/Ho_Chi_Minh' }, { subcommand: 'set', permissions: PermissionFlagsBits.SendMessages });
    await d.handle({ kind: 'slash', interaction: i });
    expect(contentOf(i.sends[0])).toContain('Manage Server');
    expect(store.map.size).toBe(0);
    const ok = new LocalChatInput('digest', { channel, time: '7:30', timezone: 'Europe/Kyiv', sections: 'new-articles' }, { subcommand: 'set' });
    await d.handle({ kind: 'slash', interaction: ok });
    expect(store.getSettings('200000000000000001')).toMatchObject({ time: '07:30', timezone: 'Europe/Kyiv', sections: ['new-articles'], enabled: true });
  });

  it('timezone autocomplete puts Asia/Ho_Chi_Minh first and finds modern names', async () => {
    const d = createDispatcher(createTestContext(), COMMANDS);
    const empty = new LocalAutocomplete('digest', { name: 'timezone', value: '' }, {}, { subcommand: 'set' });
    await d.handle({ kind: 'autocomplete', interaction: empty });
    expect(empty.choices[0]!.value).toBe('Asia/Ho_Chi_Minh');
    expect(empty.choices.length).toBeLessThanOrEqual(25);
    const kyiv = new LocalAutocomplete('digest', { name: 'timezone', value: 'kyiv' }, {}, { subcommand: 'set' });
    await d.handle({ kind: 'autocomplete', interaction: kyiv });
    expect(kyiv.choices[0]!.value).toBe('Europe/Kyiv');
  });

  it('speaker autocomplete offers known speakers', async () => {
    const d = createDispatcher(createTestContext(), COMMANDS);
    const i = new LocalAutocomplete('quote', { name: 'speaker', value: 'mai' });
    await d.handle({ kind: 'autocomplete', interaction: i });
    expect(i.choices).toEqual([{ name: 'Trần Thị Mai — Giám đốc Sở Giao thông', value: 'Trần Thị Mai' }]);
  });
});
