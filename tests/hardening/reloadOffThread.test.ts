/**
 * A watched change is extracted off the main thread (issue 12): while a large hostile article that changed is being
 * read for quotes, the bot keeps answering questions from the corpus it has, and the article is served afterwards.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { HOSTILE_FAMILIES, hostileArticle } from '../helpers/hostileText.js';

const QUESTION = 'Khi nào Peskov trả lời hãng tin TASS?';

describe('extraction of a watched change', () => {
  let dir: string;
  let app: App;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trichdan-offthread-'));
    cpSync(join(import.meta.dirname, '../../seeds'), join(dir, 'corpus'), { recursive: true });
    const config = parseConfig({ CORPUS_DIR: join(dir, 'corpus'), DATA_DIR: join(dir, 'data') });
    app = await createApp(config, silentLogger(), { databaseFile: ':memory:' });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps answering while a 256 KB hostile article is extracted, then answers from it', async () => {
    const family = HOSTILE_FAMILIES.find((f) => f.name === 'verbs-quoted')!;
    writeFileSync(join(dir, 'corpus', 'dai.txt'), hostileArticle(family, 256 * 1024, 'body'));
    const before = app.ctx.index().ask(QUESTION)[0]?.text;
    expect(before).toBeTruthy();

    let pending = true;
    const answeredMeanwhile: Array<string | undefined> = [];
    // A person asking every 10 ms: with extraction on this thread no timer can fire until it is over.
    const asker = setInterval(() => {
      if (pending) answeredMeanwhile.push(app.ctx.index().ask(QUESTION)[0]?.text);
    }, 10);
    try {
      await app.reloadFiles(['dai.txt']);
    } finally {
      pending = false;
      clearInterval(asker);
    }
    expect(answeredMeanwhile.length).toBeGreaterThanOrEqual(10);
    expect(new Set(answeredMeanwhile)).toEqual(new Set([before]));
    expect(app.ctx.stats.corpus().documents).toBe(6);
    expect(app.ctx.index().ask('hai nghìn cây xanh ven sông')[0]?.speaker).toBe('Trần Thu Hà');
  }, 60_000);
});
