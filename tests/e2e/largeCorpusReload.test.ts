/**
 * A corpus large enough for a snapshot (the threshold lowered so the seeds count as one): an article added while the
 * bot runs is answered, and the snapshot saved by the reload holds it, so the next start needs no re-extraction.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { buildPipeline } from '../../src/pipeline.js';

const dirs: string[] = [];
const apps: App[] = [];

afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'trichdan-large-'));
  dirs.push(d);
  return d;
}

describe('reloading a snapshotted corpus', () => {
  it('answers from an added article and saves a snapshot that includes it', async () => {
    const corpusDir = temp();
    const dataDir = temp();
    cpSync(join(import.meta.dirname, '../../seeds'), corpusDir, { recursive: true });
    const config = parseConfig({ CORPUS_DIR: corpusDir, DATA_DIR: dataDir, WATCH_CORPUS: 'false' });
    const app = await createApp(config, silentLogger(), { snapshotMinDocuments: 1 });
    apps.push(app);
    expect(app.ctx.index().ask('Lê Thị Mai nói gì về điện gió ngoài khơi?')).toEqual([]);

    writeFileSync(
      join(corpusDir, 'dien_gio.txt'),
      'Bộ trưởng Lê Thị Mai thăm Quảng Trị\n\nNgày 5/3/2025, Bộ trưởng Lê Thị Mai cho biết: “Chúng tôi sẽ ưu tiên các dự án điện gió ngoài khơi trong năm nay”.\n',
    );
    expect(await app.reloadFiles(['dien_gio.txt'])).toMatch(/6 articles/);
    const answer = app.ctx.index().ask('Lê Thị Mai nói gì về điện gió ngoài khơi?')[0];
    expect(answer).toMatchObject({ speaker: 'Lê Thị Mai', date: '2025-03-05', source: { file: 'dien_gio.txt' } });

    // What the next start reads: the snapshot, already holding the new article.
    const next = await buildPipeline(corpusDir, { dataDir, snapshotMinDocuments: 1 });
    expect(next.fromSnapshot).toBe(true);
    expect(next.corpus.documents.map((d) => d.file)).toContain('dien_gio.txt');
    expect(next.index.ask('Lê Thị Mai nói gì về điện gió ngoài khơi?')[0]?.text).toBe(answer!.text);
  });
});
