/**
 * The corpus watcher, driven through console mode as a person uses it (issue 12, item 4): start `npm start` without a
 * token on a folder, keep typing, drop a new article into the folder, ask about it; then edit it and remove it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
// How long a person would wait before deciding the bot missed the article ("within a few seconds"): not a speed
// figure, the watcher answers in about a second here.
const PATIENCE_MS = 10_000;

const article = (words: string): string =>
  `Thành phố khai trương bến xe buýt điện mới\n\nHà Nội, 5/10/2024 - Giám đốc sở Đinh Quang Vũ cho biết: “${words}”.\n`;

describe('console mode picks up articles added, changed and removed while it runs', () => {
  let cwd: string;
  let corpus: string;
  let child: ChildProcessWithoutNullStreams;
  let stdout = '';

  /** Type `line` every 400 ms until the reply satisfies `seen` or PATIENCE_MS pass; the last reply, bold marks removed. */
  async function askUntil(line: string, seen: (out: string) => boolean): Promise<string> {
    const t0 = Date.now();
    let reply = '';
    while (Date.now() - t0 < PATIENCE_MS) {
      const from = stdout.length;
      child.stdin.write(`${line}\n`);
      await new Promise((r) => setTimeout(r, 400));
      reply = stdout.slice(from).replace(/\*\*/g, '');
      if (seen(reply)) break;
    }
    return reply;
  }

  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'trichdan-console-watch-'));
    corpus = join(cwd, 'corpus');
    mkdirSync(corpus);
    cpSync(join(ROOT, 'seeds'), corpus, { recursive: true });
    const env: Record<string, string> = { ...process.env } as Record<string, string>;
    for (const k of ['DISCORD_TOKEN', 'WATCH_CORPUS', 'LOG_LEVEL']) delete env[k];
    Object.assign(env, { CORPUS_DIR: corpus, DATA_DIR: join(cwd, 'data'), DISCORD_TOKEN: '' });
    child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'src/main.ts')], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', () => undefined);
    await askUntil('/sources', (out) => /\d+ (?:bài báo|articles)/.test(out));
  }, 60_000);

  afterAll(() => {
    child?.stdin.end();
    child?.kill('SIGTERM');
    rmSync(cwd, { recursive: true, force: true });
  });

  it('answers from an article written into the folder, within a few seconds', async () => {
    writeFileSync(join(corpus, 'ben-xe-moi.txt'), article('Bến xe mới sẽ phục vụ ba mươi tuyến xe buýt điện'));
    const reply = await askUntil('/ask bến xe mới phục vụ bao nhiêu tuyến', (out) => out.includes('ba mươi tuyến'));
    expect(reply).toContain('Bến xe mới sẽ phục vụ ba mươi tuyến xe buýt điện');
    expect(reply).toContain('Đinh Quang Vũ');
  }, PATIENCE_MS + 5_000);

  it('answers with the new words after the article is edited', async () => {
    writeFileSync(join(corpus, 'ben-xe-moi.txt'), article('Bến xe mới sẽ phục vụ bốn mươi lăm tuyến xe buýt điện'));
    const reply = await askUntil('/ask bến xe mới phục vụ bao nhiêu tuyến', (out) => out.includes('bốn mươi lăm tuyến'));
    expect(reply).toContain('Bến xe mới sẽ phục vụ bốn mươi lăm tuyến xe buýt điện');
  }, PATIENCE_MS + 5_000);

  it('no longer cites the article once it is removed', async () => {
    const before = await askUntil('/sources', (out) => out.length > 0);
    expect(before).toContain('Thành phố khai trương bến xe buýt điện mới');
    rmSync(join(corpus, 'ben-xe-moi.txt'));
    const after = await askUntil('/sources', (out) => out.length > 0 && !out.includes('Thành phố khai trương bến xe buýt điện mới'));
    expect(after).toMatch(/\d+ (?:bài báo|articles)/);
    expect(after).not.toContain('Thành phố khai trương bến xe buýt điện mới');
  }, PATIENCE_MS + 5_000);
});
