/**
 * In-memory doubles for bot tests: a tiny extraction written for these tests (no seed names), a naive
 * SearchIndex over it, an in-memory digest store, and a BotContext wiring them.
 */
import type { Config } from '../../src/config.js';
import { compareIsoDates, isoInRange } from '../../src/core/dates.js';
import type { Clock, Digest, DigestSettings, SearchIndex } from '../../src/core/services.js';
import { foldText, tokenize } from '../../src/core/text.js';
import type { AnswerResult, CorpusDocument, Extraction, Quote, SourceRef, Speaker } from '../../src/core/types.js';
import { corpusStatsOf, type BotContext, type DigestStore } from '../../src/discord/context.js';
import { silentLogger } from '../../src/logger.js';

const doc = (file: string, title: string, outlet: string, url: string, published: string | null): CorpusDocument => ({
  file, path: file, title, outlet, author: null, url, published, publishedEvidence: published ? 'header' : null,
  publishedRaw: published, paragraphs: [], mtimeMs: 0, warnings: [],
});

export const DOCS: CorpusDocument[] = [
  doc('a.txt', 'Hà Nội mở rộng tuyến xe buýt điện', 'Báo Thủ Đô', 'https://example.vn/xe-buyt-dien', '2024-11-18'),
  doc('b.txt', 'Giá lúa gạo tăng mạnh cuối năm', 'Tin Kinh Tế', 'https://example.vn/gia-lua', '2024-12'),
  doc('c.txt', 'Xe buýt điện: người dân nói gì?', 'Tuổi Mới', 'https://example.vn/hoi-dan', '2024-11-20'),
];

const ref = (d: CorpusDocument): SourceRef => ({ file: d.file, title: d.title, url: d.url, published: d.published, outlet: d.outlet });

export const SPEAKERS: Speaker[] = [
  { id: 'tran-thi-mai', name: 'Trần Thị Mai', aliases: ['bà Mai'], role: 'Giám đốc Sở Giao thông' },
  { id: 'le-van-hung', name: 'Lê Văn Hùng', aliases: ['ông Hùng'], role: 'chuyên gia kinh tế' },
];

export const QUOTES: Quote[] = [
  {
    id: 'q1', speaker: 'Trần Thị Mai', speakerId: 'tran-thi-mai', kind: 'direct',
    text: 'Thành phố sẽ có thêm 200 xe buýt điện trong năm tới',
    date: '2024-11-17', dateSource: 'sentence',
    excerpt: 'Bà Mai cho biết hôm 17/11: “Thành phố sẽ có thêm 200 xe buýt điện trong năm tới”.',
    sources: [ref(DOCS[0]!), ref(DOCS[2]!)],
  },
  {
    id: 'q2', speaker: 'Lê Văn Hùng', speakerId: 'le-van-hung', kind: 'direct',
    text: 'Giá lúa *sẽ* còn tăng, @everyone nên chuẩn bị',
    date: '2024-12', dateSource: 'published',
    excerpt: 'Ông Hùng nhận định: “Giá lúa *sẽ* còn tăng, @everyone nên chuẩn bị”.',
    sources: [ref(DOCS[1]!)],
  },
];

export const EXTRACTION: Extraction = { documents: DOCS, quotes: QUOTES, events: [], speakers: SPEAKERS };

function toResult(q: Quote, matched: string[], score: number): AnswerResult {
  return {
    type: 'quote', text: q.text, excerpt: q.excerpt, speaker: q.speaker, date: q.date, source: q.sources[0]!, sources: q.sources, matched, score,
    kind: q.kind, dateSource: q.dateSource,
  };
}

/** A naive index: folded word overlap between the question and quote excerpts. Good enough to drive replies. */
export function createFakeIndex(extraction: Extraction = EXTRACTION): SearchIndex {
  const words = (s: string): string[] => tokenize(foldText(s));
  const score = (q: Quote, terms: string[]): string[] => {
    const have = new Set(words(`${q.excerpt} ${q.speaker ?? ''}`));
    return [...new Set(terms.filter((t) => t.length >= 2 && have.has(t)))];
  };
  const rank = (quotes: Quote[], text: string): AnswerResult[] =>
    quotes
      .map((q) => ({ q, m: score(q, words(text)) }))
      .filter((x) => x.m.length > 0)
      .sort((a, b) => b.m.length - a.m.length)
      .map((x) => toResult(x.q, x.m, x.m.length));
  return {
    extraction,
    ask: (question, o) => rank(extraction.quotes.filter((q) => isoInRange(q.date, o?.from, o?.to)), question).slice(0, o?.limit ?? 10),
    suggestSpeakers: (query, limit = 25) =>
      extraction.speakers.filter((s) => foldText(s.name).includes(foldText(query))).slice(0, limit),
    resolveSpeaker: (query) =>
      extraction.speakers.find((s) => [s.name, ...s.aliases].some((n) => foldText(n) === foldText(query.trim()) || foldText(n).endsWith(` ${foldText(query.trim())}`))) ?? null,
    quotesBy: (speakerId, topic, o) => {
      const mine = extraction.quotes.filter((q) => q.speakerId === speakerId && isoInRange(q.date, o?.from, o?.to));
      return (topic ? rank(mine, topic) : mine.map((q) => toResult(q, [], 1))).slice(0, o?.limit ?? 10);
    },
    timeline: (o) =>
      extraction.quotes
        .filter((q) => (!o?.speaker || q.speakerId === o.speaker) && isoInRange(q.date, o?.from, o?.to))
        .filter((q) => !o?.topic || score(q, words(o.topic)).length > 0)
        .sort((a, b) => compareIsoDates(a.date, b.date))
        .map((q) => toResult(q, [], 1)),
    findSource: (text) => rank(extraction.quotes, text)[0] ?? null,
    suggestAlternative: (question) => (foldText(question).includes('xe bus') ? 'xe buýt' : null),
  };
}

/** A digest store in a Map. */
export function createMemoryStore(): DigestStore & { map: Map<string, DigestSettings> } {
  const map = new Map<string, DigestSettings>();
  return {
    map,
    getSettings: (g) => map.get(g) ?? null,
    upsertSettings: (s) => void map.set(s.guildId, { ...s }),
    disableDigest: (g) => {
      const s = map.get(g);
      if (s) map.set(g, { ...s, enabled: false });
    },
  };
}

export const TEST_CONFIG: Config = Object.freeze({
  discordToken: null,
  guildId: null,
  apiBase: null,
  corpusDir: 'seeds',
  dataDir: 'data',
  logLevel: 'silent',
  digestDefaultTimezone: 'Asia/Ho_Chi_Minh',
  digestDefaultTime: '08:00',
  digestMaxFailures: 5,
  cooldownSeconds: 0,
  watchCorpus: false,
  databaseUrl: null,
  shardCount: null,
  shardIds: null,
  ingestThreads: null,
});

/** A BotContext over the doubles; override any part. */
export function createTestContext(over: Omit<Partial<BotContext>, 'index'> & { index?: SearchIndex } = {}): BotContext {
  const index = over.index ?? createFakeIndex();
  const clock: Clock = over.clock ?? { now: () => new Date('2024-12-01T01:00:00Z') };
  const { index: _ignored, ...rest } = over;
  return {
    index: () => index,
    store: createMemoryStore(),
    config: TEST_CONFIG,
    logger: silentLogger(),
    clock,
    stats: { startedAt: clock.now().getTime() - 3_600_000, lastLatencyMs: null, corpus: () => corpusStatsOf(index) },
    reload: async () => 'reloaded',
    digest: {
      preview: (s: DigestSettings): Digest => ({
        date: '2024-12-01', language: s.language, onThisDay: [], newArticles: [ref(DOCS[1]!)], empty: false,
        quoteOfTheDay: { quoteId: 'q1', speaker: 'Trần Thị Mai', text: QUOTES[0]!.text, date: QUOTES[0]!.date, source: ref(DOCS[0]!) },
      }),
      nextRun: (s) => (s.enabled ? new Date('2024-12-02T01:00:00Z') : null),
    },
    ...rest,
  };
}
