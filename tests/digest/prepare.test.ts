import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestSettings } from '../../src/core/services.js';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { renderDigestText } from '../../src/digest/compose.js';
import { createDigestSource } from '../../src/digest/prepare.js';
import { createDigestScheduler } from '../../src/digest/scheduler.js';
import { openStore, type Store } from '../../src/store/store.js';
import { FakeDiscord, MutableClock, recordingLogger } from './doubles.js';

function doc(file: string, title: string, published: string): CorpusDocument {
  return {
    file, path: file, title, outlet: 'Báo Thử', author: null, url: `https://bao.example.vn/${file}`, published,
    publishedEvidence: 'header', publishedRaw: published, paragraphs: [title], mtimeMs: 0, warnings: [],
  };
}

function quote(i: number): Quote {
  const file = `q${i}.txt`;
  return {
    id: `quote-${i}`, speaker: `Diễn Giả ${i}`, speakerId: `dien-gia-${i}`, text: `Lời phát biểu thứ ${i} về giáo dục`,
    kind: 'direct', date: '2024-03-03', dateSource: 'sentence', excerpt: `Diễn Giả ${i} nói.`,
    sources: [{ file, title: `Bài ${i}`, url: null, published: '2024-03-03', outlet: 'Báo Thử' }],
  };
}

const settings = (over: Partial<DigestSettings> = {}): DigestSettings => ({
  guildId: 'g', channelId: 'chan', time: '07:00', timezone: 'Asia/Ho_Chi_Minh', language: 'vi',
  sections: ['quote-of-the-day', 'new-articles'], emptyDay: 'note', enabled: true, failures: 0,
  lastError: null, lastRunAt: null, lastSentDate: null, ...over,
});

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-prepare-'));
  store = openStore(join(dir, 'bot.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('digest source', () => {
  it('a month of digests through the scheduler: no quote repeats within 30 days, new articles appear once', async () => {
    const quotes = Array.from({ length: 40 }, (_, i) => quote(i));
    const docs = [doc('old.txt', 'Bài cũ về thời tiết', '2025-01-01')];
    const extraction: Extraction = { documents: docs, quotes, events: [], speakers: [] };
    const clock = MutableClock.at('2026-04-01T00:00:00Z'); // 07:00 in Ho Chi Minh City
    await store.markArticlesSeen(['old.txt'], new Date('2026-03-01T00:00:00Z'));
    await store.upsertSettings(settings(), new Date('2026-03-31T00:00:00Z'));
    const discord = new FakeDiscord(clock);
    const source = createDigestSource({ store, clock, getExtraction: () => extraction });
    const scheduler = createDigestScheduler({
      store, clock, publisher: discord, logger: recordingLogger(),
      compose: async (s, d) => {
        const digest = await source(s, d);
        return digest && { content: renderDigestText(digest) };
      },
    });
    for (let day = 0; day < 30; day++) {
      if (day === 10) {
        docs.push(doc('fresh.txt', 'Trường học mở cửa lại', '2026-04-10'));
        await store.markArticlesSeen(['fresh.txt'], clock.now());
      }
      await scheduler.tick();
      await scheduler.tick(); // a second tick the same minute sends nothing more
      clock.advance(86_400_000);
    }
    const posts = discord.in('chan').map((m) => m.content!);
    expect(posts).toHaveLength(30);
    const picked = posts.map((p) => /Lời phát biểu thứ (\d+)/.exec(p)?.[1]);
    expect(new Set(picked).size).toBe(30);
    expect((await store.recentQuoteIds('g', '2026-04-01')).length).toBe(30);
    expect(posts.filter((p) => p.includes('Trường học mở cửa lại'))).toHaveLength(1);
    expect(posts[10]).toContain('Bài mới\n• Báo Thử — Trường học mở cửa lại, 10/4/2026 <https://bao.example.vn/fresh.txt>');
    expect(posts.some((p) => p.includes('Bài cũ về thời tiết'))).toBe(false);
  });

  it('the same day composed twice (a retry) keeps its quote', async () => {
    const extraction: Extraction = { documents: [], quotes: Array.from({ length: 5 }, (_, i) => quote(i)), events: [], speakers: [] };
    const source = createDigestSource({ store, clock: MutableClock.at('2026-04-01T00:00:00Z'), getExtraction: () => extraction });
    const a = (await (await source(settings(), '2026-04-01')))!.quoteOfTheDay!.quoteId;
    expect((await (await source(settings(), '2026-04-01')))!.quoteOfTheDay!.quoteId).toBe(a);
    expect((await (await source(settings(), '2026-04-02')))!.quoteOfTheDay!.quoteId).not.toBe(a);
  });

  it('an empty day is skipped or noted as the server chose', async () => {
    const extraction: Extraction = { documents: [], quotes: [], events: [], speakers: [] };
    const source = createDigestSource({ store, clock: MutableClock.at('2026-04-01T00:00:00Z'), getExtraction: () => extraction });
    expect((await source(settings({ emptyDay: 'skip' }), '2026-04-01'))).toBeNull();
    expect((await source(settings({ emptyDay: 'note' }), '2026-04-01'))).toMatchObject({ empty: true, date: '2026-04-01' });
  });
});
