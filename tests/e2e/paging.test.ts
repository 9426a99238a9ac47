/**
 * Paging buttons of /timeline and /sources, end to end: the real bot (createBot, discord.js client, dispatcher,
 * commands) against the local Discord stand-in. Clicks are button interactions on the message the bot sent, so
 * what a test reads is the message as a person sees it after each click.
 *
 * The main corpus is written here (twelve articles, one a month, each with dated sentences) and goes through
 * the real pipeline; the bundled seeds/ are used in addition for one walk through /timeline.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/core/services.js';
import { createBot, type Bot } from '../../src/discord/bot.js';
import type { BotContext } from '../../src/discord/context.js';
import { stringsFor } from '../../src/discord/strings.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { button, slashCommand, startFakeDiscord, type FakeDiscord, type InteractionHandle, type Wire } from '../helpers/fakeDiscord/index.js';
import { createTestContext, TEST_CONFIG } from '../helpers/botFixtures.js';
import { COMMANDS } from '../../commands/index.js';

const GUILD = '1500000000000000200';
const NEWS = '1500000000000000201';
const OWNER = '1500000000000000300';
const STRANGER = '1500000000000000301';
const EPHEMERAL = 1 << 6;
// Discord's limit on a component's custom_id (https://discord.com/developers/docs/interactions/message-components).
const CUSTOM_ID_MAX = 100;

/** One article a month of 2023: the town opens a library, its director speaks, visitors come. */
const TOWNS = ['Đà Lạt', 'Huế', 'Cần Thơ', 'Vinh', 'Quy Nhơn', 'Buôn Ma Thuột', 'Hải Phòng', 'Nha Trang', 'Thái Nguyên', 'Long Xuyên', 'Pleiku', 'Rạch Giá'];
const DIRECTORS = ['Nguyễn Văn An', 'Phạm Thị Bích', 'Hoàng Minh Châu', 'Đỗ Quang Dũng', 'Vũ Thị Hà', 'Bùi Văn Khánh', 'Trịnh Thu Lan', 'Đặng Văn Minh', 'Lý Thị Ngọc', 'Mai Văn Phúc', 'Tạ Thị Quế', 'Cao Văn Sơn'];

const pad = (n: number): string => String(n).padStart(2, '0');
const titleOf = (n: number): string => `${TOWNS[n]!} khai trương thư viện số cho học sinh`;

function article(n: number): string {
  const month = n + 1;
  return [
    '---',
    `title: "${titleOf(n)}"`,
    `date: 2023-${pad(month)}-20`,
    `url: https://example-news.vn/van-hoa/thu-vien-so-${n + 1}.html`,
    '---',
    '',
    `Ngày ${3 + n}/${month}/2023, thành phố ${TOWNS[n]!} khai trương thư viện số đầu tiên dành cho học sinh.`,
    '',
    `Ông ${DIRECTORS[n]!}, giám đốc thư viện, cho biết hôm ${10 + n}/${month}: “Thư viện sẽ mở cửa miễn phí cho mọi người dân trong năm nay”.`,
    '',
    `Ngày ${15 + n}/${month}/2023, thư viện đón hơn ${n + 2} nghìn lượt khách đầu tiên.`,
    '',
  ].join('\n');
}

// ---- reading a message as a person does ----

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A shown date (`18/11/2024`, `tháng 12/2021`, `năm 2014`, `18 Nov 2024`, `Nov 2024`, `2014`) as yyyymmdd, unknown parts 0. */
function dayNumber(shown: string): number {
  const text = shown.replace(/\s*\(.*\)$/, '').trim();
  const num = (y: string, m = '0', d = '0'): number => Number(y) * 10000 + Number(m) * 100 + Number(d);
  const month = (name: string): string => String(EN_MONTHS.indexOf(name) + 1);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) return num(m[3]!, m[2], m[1]);
  if ((m = /^tháng (\d{1,2})\/(\d{4})$/.exec(text))) return num(m[2]!, m[1]);
  if ((m = /^năm (\d{4})$/.exec(text))) return num(m[1]!);
  if ((m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(text)) && EN_MONTHS.includes(m[2]!)) return num(m[3]!, month(m[2]!), m[1]);
  if ((m = /^([A-Z][a-z]{2}) (\d{4})$/.exec(text)) && EN_MONTHS.includes(m[1]!)) return num(m[2]!, month(m[1]!));
  if ((m = /^(\d{4})$/.exec(text))) return num(m[1]!);
  throw new Error(`Not a date a reader would recognise: ${JSON.stringify(shown)}`);
}

interface TimelineEntry {
  line: string;
  day: number;
}

/** The timeline entries of a message: one paragraph each, starting with the bold date. */
function timelineEntries(message: Wire): TimelineEntry[] {
  const description: string = message.embeds?.[0]?.description ?? '';
  return description.split('\n\n').filter(Boolean).map((line) => {
    const when = /^\*\*(.+?)\*\* — /.exec(line);
    if (!when) throw new Error(`A timeline entry without a leading date: ${JSON.stringify(line)}`);
    return { line, day: dayNumber(when[1]!) };
  });
}

interface SourceEntry {
  title: string;
  day: number;
}

/** The articles of a /sources message: `• [Outlet — Title](url)` then an indented `outlet · date` line. */
function sourceEntries(message: Wire): SourceEntry[] {
  const description: string = message.embeds?.[0]?.description ?? '';
  const entries: SourceEntry[] = [];
  const re = /^• \[(.+?)\]\((https?:[^)]+)\)\n {2}(.+)$/gm;
  for (const m of description.matchAll(re)) {
    const shownDate = m[3]!.split(' · ').at(-1)!;
    entries.push({ title: m[1]!, day: dayNumber(shownDate) });
  }
  return entries;
}

const footerOf = (message: Wire): string | undefined => message.embeds?.[0]?.footer?.text;

interface Buttons {
  previous: { customId: string; disabled: boolean; label: string };
  next: { customId: string; disabled: boolean; label: string };
}

function buttonsOf(message: Wire): Buttons {
  const row: Wire[] = message.components?.[0]?.components ?? [];
  expect(row).toHaveLength(2);
  const [previous, next] = row.map((b: Wire) => ({ customId: b.custom_id as string, disabled: b.disabled === true, label: b.label as string }));
  return { previous: previous!, next: next! };
}

function isNonDecreasing(days: number[]): boolean {
  return days.every((d, i) => i === 0 || days[i - 1]! <= d);
}

// ---- the bot ----

describe('paging /timeline and /sources through the Discord stand-in', () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let ctx: BotContext;
  let corpusDir: string;
  let dataDir: string;
  let composed: SearchIndex;
  let seeds: SearchIndex;
  // /reload swaps the index the same way; the seeds walk uses it to change corpus mid-run.
  let useIndex: (index: SearchIndex) => void = () => undefined;

  async function indexOf(dir: string): Promise<SearchIndex> {
    const corpus = await loadCorpus(dir);
    return createSearchIndex(extractCorpus(corpus.documents));
  }

  beforeAll(async () => {
    corpusDir = await mkdtemp(join(tmpdir(), 'trichdan-paging-corpus-'));
    await Promise.all(TOWNS.map((_, n) => writeFile(join(corpusDir, `thu-vien-${pad(n)}.md`), article(n))));
    composed = await indexOf(corpusDir);
    seeds = await indexOf(join(import.meta.dirname, '../../seeds'));
    fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'Phòng tin', channels: [{ id: NEWS, name: 'tin-tuc' }] }] });
    dataDir = await mkdtemp(join(tmpdir(), 'trichdan-paging-data-'));
    let current = composed;
    ctx = createTestContext({ index: composed, config: { ...TEST_CONFIG, guildId: GUILD, dataDir, cooldownSeconds: 0 } });
    ctx.index = () => current;
    useIndex = (index) => {
      current = index;
    };
    bot = createBot(ctx, { commands: COMMANDS, token: fake.token, apiBase: fake.apiBase });
    await bot.start();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /**
   * Runs a slash command as OWNER. `current()` reads the bot's message as it stands now: button updates edit
   * that very message in the stand-in.
   */
  async function run(name: string, locale = 'vi', options: Record<string, unknown> = {}): Promise<{ handle: InteractionHandle; message: Wire; current: () => Wire }> {
    const handle = await fake.interact(slashCommand(name, options, { guildId: GUILD, userId: OWNER, locale }));
    await handle.waitForEdit();
    const message = handle.original();
    expect(message?.id).toBeTruthy();
    return { handle, message, current: () => handle.original() };
  }

  /** Clicks a button on a message; resolves with the interaction and the message as it now stands. */
  async function click(customId: string, messageId: string, userId = OWNER, locale = 'vi'): Promise<{ handle: InteractionHandle; message: Wire }> {
    const handle = await fake.interact(button(customId, messageId, { guildId: GUILD, userId, locale }));
    await handle.waitForEdit();
    return { handle, message: handle.original() };
  }

  /** The click was answered with an ephemeral message saying `words`, and the paged message was left alone. */
  async function expectRefused(customId: string, paged: () => Wire, userId: string, words: string): Promise<void> {
    const before = paged();
    const { handle } = await click(customId, before.id, userId);
    expect(handle.firstCallback.status).toBeLessThan(300);
    expect(handle.firstCallback.body.type).toBe(4);
    expect(handle.firstCallback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(handle.firstCallback.body.data.content).toContain(words);
    const after = paged();
    expect(after.embeds).toEqual(before.embeds);
    expect(after.components).toEqual(before.components);
  }

  describe('/timeline', () => {
    let messageId: string;
    let page1: Wire;
    let shown: () => Wire;

    it('shows page 1 in date order with a disabled "previous" and a "next" button', async () => {
      const { message, current } = await run('timeline');
      shown = current;
      messageId = message.id;
      page1 = message;
      const entries = timelineEntries(message);
      expect(entries).toHaveLength(8);
      expect(isNonDecreasing(entries.map((e) => e.day))).toBe(true);
      // The oldest things written: the first library opens on 3/1/2023.
      expect(entries[0]!.line).toMatch(/^\*\*3\/1\/2023\*\*/);
      expect(entries[0]!.line).toContain(TOWNS[0]);
      expect(footerOf(message)).toMatch(/^Trang 1\/(\d+)$/);
      expect(Number(/\/(\d+)$/.exec(footerOf(message)!)![1])).toBeGreaterThanOrEqual(2);
      const { previous, next } = buttonsOf(message);
      expect(previous.disabled).toBe(true);
      expect(next.disabled).toBe(false);
      expect(next.label).toContain(stringsFor('vi').next);
      for (const b of [previous, next]) expect(b.customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    });

    it('"next" edits the same message to page 2, whose entries follow page 1', async () => {
      const { handle, message } = await click(buttonsOf(page1).next.customId, messageId);
      expect(handle.firstCallback.body.type).toBe(7);
      expect(message.id).toBe(messageId);
      const before = timelineEntries(page1);
      const after = timelineEntries(message);
      expect(after.length).toBeGreaterThan(0);
      expect(after.map((e) => e.line).filter((line) => before.some((b) => b.line === line))).toEqual([]);
      expect(isNonDecreasing(after.map((e) => e.day))).toBe(true);
      expect(after[0]!.day).toBeGreaterThanOrEqual(before.at(-1)!.day);
      expect(footerOf(message)).toMatch(/^Trang 2\/\d+$/);
      expect(footerOf(message)!.split('/')[1]).toBe(footerOf(page1)!.split('/')[1]);
      const { previous } = buttonsOf(message);
      expect(previous.disabled).toBe(false);
    });

    it('"previous" brings page 1 back', async () => {
      expect(footerOf(shown())).toMatch(/^Trang 2\//);
      const { message } = await click(buttonsOf(shown()).previous.customId, messageId);
      expect(footerOf(message)).toBe(footerOf(page1));
      expect(timelineEntries(message).map((e) => e.line)).toEqual(timelineEntries(page1).map((e) => e.line));
      expect(buttonsOf(message).previous.disabled).toBe(true);
    });

    it('walking to the last page shows every library opening exactly once, in month order', async () => {
      let message = page1;
      const pages = Number(/\/(\d+)$/.exec(footerOf(page1)!)![1]);
      const lines: string[] = [];
      const days: number[] = [];
      for (let p = 1; ; p++) {
        expect(footerOf(message)).toBe(`Trang ${p}/${pages}`);
        const entries = timelineEntries(message);
        lines.push(...entries.map((e) => e.line));
        days.push(...entries.map((e) => e.day));
        const { next } = buttonsOf(message);
        if (next.disabled) break;
        expect(p).toBeLessThan(pages);
        message = (await click(next.customId, messageId)).message;
      }
      expect(footerOf(message)).toBe(`Trang ${pages}/${pages}`);
      expect(isNonDecreasing(days)).toBe(true);
      expect(new Set(lines).size).toBe(lines.length);
      const openings = TOWNS.map((town) => lines.filter((l) => l.includes(`thành phố ${town} khai trương`)));
      expect(openings.map((found) => found.length)).toEqual(TOWNS.map(() => 1));
      // Each town's opening, as its line shows it, falls in the month the article says.
      const openingDays = openings.map((found) => timelineEntries({ embeds: [{ description: found[0] }] })[0]!.day);
      expect(openingDays).toEqual(TOWNS.map((_, n) => 20230000 + (n + 1) * 100 + 3 + n));
    });

    it('refuses a click by someone who did not run the command, ephemerally, and leaves the page alone', async () => {
      await expectRefused(buttonsOf(page1).next.customId, shown, STRANGER, stringsFor('vi').notYours);
    });

    it('refuses a stale or forged button with "ask again", and the bot keeps working', async () => {
      const expired = stringsFor('vi').expired;
      // A cache key from before a restart, a page that is not a number, state that is not JSON, and state
      // naming nobody (as a button sent before buttons remembered who asked).
      for (const forged of ['timeline:1:kAAAAAAAA', 'timeline:abc:j{}', 'timeline:1:j{"t":', 'timeline:-3:j{}', 'timeline:1:j{}']) {
        await expectRefused(forged, shown, OWNER, expired);
      }
      const { message } = await click(buttonsOf(page1).next.customId, messageId);
      expect(footerOf(message)).toMatch(/^Trang 2\//);
    });

    it('a button of an unknown command gets an error id, not silence', async () => {
      const { handle } = await click('nosuchcommand:1:x', messageId);
      expect(handle.firstCallback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(handle.firstCallback.body.data.content).toMatch(/`[0-9a-f]{8}`/);
    });

    it('pages a filtered timeline with its filter kept (English, on the bundled seeds)', async () => {
      useIndex(seeds);
      try {
        const { message } = await run('timeline', 'en-US', { from: '2021-12-01' });
        expect(message.embeds[0].title).toContain('2021-12-01');
        const first = timelineEntries(message);
        expect(first.length).toBe(8);
        expect(first.every((e) => e.day >= 20211200)).toBe(true);
        expect(isNonDecreasing(first.map((e) => e.day))).toBe(true);
        expect(footerOf(message)).toMatch(/^Page 1 of \d+$/);
        const second = await click(buttonsOf(message).next.customId, message.id, OWNER, 'en-US');
        const next = timelineEntries(second.message);
        expect(footerOf(second.message)).toMatch(/^Page 2 of \d+$/);
        expect(second.message.embeds[0].title).toBe(message.embeds[0].title);
        expect(next.every((e) => e.day >= 20211200)).toBe(true);
        expect(next[0]!.day).toBeGreaterThanOrEqual(first.at(-1)!.day);
        expect(next.map((e) => e.line).filter((l) => first.some((f) => f.line === l))).toEqual([]);
      } finally {
        useIndex(composed);
      }
    });
  });

  describe('/sources', () => {
    let messageId: string;
    let page1: Wire;
    let shown: () => Wire;

    it('lists the newest ten articles with title and date, and a "next" button', async () => {
      const { handle, message, current } = await run('sources');
      shown = current;
      expect(handle.firstCallback.body.data.flags ?? 0).toBe(0);
      messageId = message.id;
      page1 = message;
      expect(message.embeds[0].title).toBe('12 bài báo');
      const entries = sourceEntries(message);
      expect(entries).toHaveLength(10);
      // Newest first: December's library, then November's, …
      expect(entries.map((e) => e.title.split(' — ').at(-1))).toEqual(TOWNS.map((_, n) => titleOf(n)).reverse().slice(0, 10));
      expect(entries[0]!.day).toBe(20231220);
      expect(footerOf(message)).toBe('Trang 1/2');
      const { previous, next } = buttonsOf(message);
      expect(previous.disabled).toBe(true);
      expect(next.disabled).toBe(false);
      for (const b of [previous, next]) expect(b.customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    });

    it('"next" shows the two oldest articles, none of page 1, and "previous" goes back', async () => {
      const { handle, message } = await click(buttonsOf(page1).next.customId, messageId);
      expect(handle.firstCallback.body.type).toBe(7);
      const before = sourceEntries(page1);
      const after = sourceEntries(message);
      expect(after.map((e) => e.title.split(' — ').at(-1))).toEqual([titleOf(1), titleOf(0)]);
      expect(after.map((e) => e.day)).toEqual([20230220, 20230120]);
      expect(after[0]!.day).toBeLessThanOrEqual(before.at(-1)!.day);
      expect(footerOf(message)).toBe('Trang 2/2');
      expect(buttonsOf(message).next.disabled).toBe(true);

      const back = await click(buttonsOf(message).previous.customId, messageId);
      expect(sourceEntries(back.message)).toEqual(before);
      expect(footerOf(back.message)).toBe('Trang 1/2');
    });

    it('refuses a click by someone else, and a forged button, leaving the list alone', async () => {
      await expectRefused(buttonsOf(page1).next.customId, shown, STRANGER, stringsFor('vi').notYours);
      await expectRefused('sources:1:kAAAAAAAA', shown, OWNER, stringsFor('vi').expired);
      await expectRefused('sources:x:-', shown, OWNER, stringsFor('vi').expired);
      await expectRefused('sources:1:-', shown, OWNER, stringsFor('vi').expired);
    });
  });

  it('every message and edit the bot sent disables mentions', () => {
    const bodies: Wire[] = [];
    for (const r of fake.requests) {
      if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) {
        // Types 4 (reply) and 7 (update) carry a message; 5/6 (deferrals) and 8 (choices) do not.
        if (r.body?.type === 4 || r.body?.type === 7) bodies.push(r.body.data);
      } else if ((r.method === 'PATCH' || r.method === 'POST') && r.path.startsWith('/webhooks/')) {
        bodies.push(r.body);
      } else if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path)) {
        bodies.push(r.body);
      }
    }
    // Page replies, updates and refusals alike: dozens of them by now.
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
