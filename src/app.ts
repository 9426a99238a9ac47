/**
 * Builds the running application from a config: the store, the pipeline over the corpus (then held and kept
 * current by liveCorpus.ts), the digest composer and scheduler, and the BotContext the command handlers receive.
 * Used by src/main.ts (bot and console mode) and by end-to-end tests, so both run exactly the same wiring.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { systemClock, type Clock, type Digest, type DigestSettings, type Publisher, type SearchIndex } from './core/services.js';
import { createDigestSource } from './digest/prepare.js';
import { createDigestScheduler, type DigestScheduler } from './digest/scheduler.js';
import { localDateTime } from './digest/zonedTime.js';
import { corpusStatsOf, type BotContext } from './discord/context.js';
import { renderDigestMessage } from './discord/digestReplies.js';
import type { ExtractOptions } from './extract/index.js';
import { createLiveCorpus } from './liveCorpus.js';
import { buildPipeline, SNAPSHOT_MIN_DOCUMENTS, type PipelineOptions, type PipelineStage } from './pipeline.js';
import { openPostgresStore } from './store/pgStore.js';
import { openStore, StoreError, type Store } from './store/store.js';

export const DATABASE_FILE = 'trichdan.db';

export interface App {
  ctx: BotContext;
  store: Store;
  /** Re-read only these files (added, changed or deleted), then re-extract and re-index. */
  reloadFiles(files: string[]): Promise<string>;
  /**
   * Start the digest scheduler with a publisher (the bot's). `timer: false` builds it without its minute timer,
   * for a caller that drives `tick()` itself (multi-process tests on a simulated clock).
   */
  startScheduler(publisher: Publisher, options?: { timer?: boolean }): DigestScheduler;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  /**
   * Store file; default `<DATA_DIR>/trichdan.db`, or PostgreSQL when the config has a `databaseUrl`.
   * `:memory:` for console mode without a data folder (never PostgreSQL).
   */
  databaseFile?: string;
  /** PostgreSQL schema to use instead of the default (tests isolate themselves with one). */
  databaseSchema?: string;
  /** Keep a corpus snapshot in DATA_DIR for fast restarts (pipeline.ts); default: when the store is a file. */
  snapshot?: boolean;
  /** Smallest corpus snapshotted (and re-read whole on a change); default SNAPSHOT_MIN_DOCUMENTS. */
  snapshotMinDocuments?: number;
  /** Per-article budget and readers of extraction (tests inject a failing reader). */
  extract?: ExtractOptions;
  /** Progress of the corpus build; default: an info log line per stage. */
  onStage?: PipelineOptions['onStage'];
}

/** Progress lines of a start-up over a large corpus (the stages take minutes at tens of thousands of articles). */
const STAGE_MESSAGES: Record<PipelineStage, string> = {
  snapshot: 'corpus snapshot read (articles unchanged since the last start)',
  extract: 'extracting quotes and events',
  index: 'building the search index',
  save: 'saving a corpus snapshot for the next start',
};

/**
 * Create DATA_DIR (or find it) and make sure it can be written, before minutes of reading the corpus are spent: a
 * StoreError naming the folder and the problem, which the entry point prints as one line.
 */
function ensureDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why: Record<string, string> = {
      ENOENT: 'a folder on its path does not exist and cannot be created',
      ENOTDIR: 'a part of its path is a file, not a folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      EEXIST: 'it exists and is not a folder',
    };
    throw new StoreError('unavailable', `DATA_DIR "${dir}" cannot be used: ${why[code] ?? 'it cannot be created or written'} (${code}). Set DATA_DIR to a folder the bot can create and write.`, { cause: err });
  }
}

/**
 * The configured store: PostgreSQL when `DATABASE_URL` is set (checked now: login, database, migrations),
 * else SQLite in DATA_DIR. Rejects with a StoreError naming the problem.
 */
export async function openConfiguredStore(config: Config, logger: Logger, options: Pick<AppOptions, 'databaseFile' | 'databaseSchema'> = {}): Promise<Store> {
  if (config.databaseUrl && options.databaseFile !== ':memory:') {
    const log = logger.child({ module: 'store' });
    return openPostgresStore(config.databaseUrl, {
      schema: options.databaseSchema,
      onIdleError: (err) => log.warn({ err }, 'a PostgreSQL connection dropped; the next query reconnects'),
    });
  }
  const databaseFile = options.databaseFile ?? join(config.dataDir, DATABASE_FILE);
  if (databaseFile !== ':memory:') ensureDataDir(config.dataDir);
  return openStore(databaseFile);
}

/** Build the app: opens the store, loads the corpus (bad files skipped and logged), wires the digest. */
export async function createApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  const log = logger.child({ module: 'app' });
  const clock = options.clock ?? systemClock;
  // The store first: a wrong DATABASE_URL or password is reported in seconds, not after minutes of corpus loading.
  const store = await openConfiguredStore(config, logger, options);

  const snapshot = options.snapshot ?? options.databaseFile !== ':memory:';
  // Snapshots stay in this machine's DATA_DIR even when the state is in PostgreSQL.
  if (snapshot && options.databaseFile !== ':memory:') ensureDataDir(config.dataDir);
  const pipelineOptions: PipelineOptions = {
    extract: options.extract,
    dataDir: snapshot ? config.dataDir : undefined,
    snapshotMinDocuments: options.snapshotMinDocuments,
    ingestThreads: config.ingestThreads ?? undefined,
    onStage: options.onStage ?? ((stage, documents) => log.info({ documents }, STAGE_MESSAGES[stage])),
    onSnapshotError: (err, phase) =>
      log.warn({ err }, phase === 'read' ? 'corpus snapshot unreadable; reading the articles instead' : 'corpus snapshot could not be saved'),
  };
  let pipeline: Awaited<ReturnType<typeof buildPipeline>>;
  try {
    pipeline = await buildPipeline(config.corpusDir, pipelineOptions);
  } catch (err) {
    await store.close();
    throw err;
  }
  for (const s of pipeline.corpus.skipped) log.warn({ file: s.file, reason: s.reason }, 'article skipped');
  log.info(
    { ...corpusStatsOf(pipeline.index), skipped: pipeline.corpus.skipped.length, timings: pipeline.timings, fromSnapshot: pipeline.fromSnapshot },
    'corpus loaded',
  );

  // The first start on a store records the existing corpus as already seen (at the epoch), so the first digest's
  // "New articles" lists what arrives afterwards, not the whole corpus.
  const firstRun = (await store.articlesFirstSeenSince('1970-01-01T00:00:00.000Z')).length === 0;
  await store.markArticlesSeen(pipeline.corpus.documents.map((d) => d.file), firstRun ? new Date(0) : clock.now());

  const corpus = createLiveCorpus({
    corpusDir: config.corpusDir,
    pipeline,
    pipelineOptions,
    store,
    clock,
    log,
    extract: options.extract,
    snapshotFrom: snapshot ? options.snapshotMinDocuments ?? SNAPSHOT_MIN_DOCUMENTS : null,
  });
  const index = (): SearchIndex => corpus.index();

  const digestSource = createDigestSource({ store, getExtraction: () => index().extraction, clock });
  let scheduler: DigestScheduler | null = null;
  const schedulerFor = (publisher: Publisher): DigestScheduler =>
    createDigestScheduler({
      store,
      clock,
      publisher,
      logger: logger.child({ module: 'digest' }),
      maxFailures: config.digestMaxFailures,
      compose: async (settings, localDate) => {
        const digest = await digestSource(settings, localDate);
        return digest ? renderDigestMessage(digest) : null;
      },
    });
  // nextRun needs no publisher; a scheduler that is never started answers it in console mode.
  const planner = schedulerFor({ send: async () => ({ messageId: '0' }) });

  const ctx: BotContext = {
    index,
    store,
    config,
    logger,
    clock,
    stats: { startedAt: clock.now().getTime(), lastLatencyMs: null, corpus: () => ({ ...corpusStatsOf(index()), skipped: corpus.skipped() }) },
    reload: () => corpus.reloadAll('Reloaded'),
    digest: {
      preview: async (settings: DigestSettings): Promise<Digest> => {
        const localDate = localDateTime(clock.now(), settings.timezone).date;
        // A preview must not record a quote of the day; compose from a throwaway view of the store.
        const readOnly = { ...store, recordQuoteOfDay: async () => undefined };
        const source = createDigestSource({ store: readOnly, getExtraction: () => index().extraction, clock });
        return (await source({ ...settings, emptyDay: 'note' }, localDate))!;
      },
      nextRun: (settings) => (scheduler ?? planner).nextRun(settings),
    },
  };

  return {
    ctx,
    store,
    reloadFiles: (files) => corpus.reloadFiles(files),
    startScheduler(publisher, { timer = true } = {}) {
      scheduler = schedulerFor(publisher);
      if (timer) scheduler.start();
      return scheduler;
    },
    async close() {
      scheduler?.stop();
      await store.close();
    },
  };
}
