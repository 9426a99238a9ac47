/**
 * A corpus folder holding every kind of bad file next to good articles, through the three ways a person uses it:
 * `cli check` names each problem file with its reason and exits 1; `cli ask --json` still answers from the good
 * articles; console mode (src/main.ts without a token) answers and lists the sources, exiting 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMalformedCorpus, GOOD_QUESTION, type MalformedCase } from '../fixtures/malformed/build.js';
import { runEntry } from './spawnEntry.js';

// Tests run as root in CI, and root reads a mode-000 file anyway: the unreadable case only runs as another user.
const AS_ROOT = process.getuid?.() === 0;

let corpus: string;
let cwd: string;
let cases: MalformedCase[];

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'trichdan-malformed-'));
  cwd = mkdtempSync(join(tmpdir(), 'trichdan-cwd-'));
  cases = buildMalformedCorpus(corpus, { unreadable: !AS_ROOT });
});

afterAll(() => {
  rmSync(corpus, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

/** The lines of the check report that belong to one file's block (a loaded file) or skipped entry. */
function blockOf(report: string, file: string): string {
  const lines = report.split('\n');
  const start = lines.findIndex((l) => l === file || l === `  ${file}`);
  if (start < 0) return '';
  const indent = lines[start]!.length - lines[start]!.trimStart().length;
  const block = [lines[start]!];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.length - line.trimStart().length <= indent) break;
    block.push(line);
  }
  return block.join('\n');
}

describe('a corpus of malformed files', () => {
  it('covers every case the brief lists', () => {
    const names = cases.map((c) => c.file);
    expect(names).toEqual(expect.arrayContaining(['rong.txt', 'nhi-phan.txt', 'utf16-nguon.txt', 'sai-utf8.txt', 'qua-lon.txt', 'chi-menu.txt', 'khong-tieu-de.txt', 'khong-ngay.txt', 'crlf-cho-noi.txt', 'vong-lap.txt']));
    expect(cases.filter((c) => c.file === 'dien-gio.txt' || c.file === 'thu-vien.md')).toHaveLength(2);
  });

  it('`check` names every problem file with its reason, reports good and re-encoded files as loaded, and exits 1', async () => {
    const run = await runEntry('cli', ['check', '--corpus', corpus], { cwd });
    expect(run.code).toBe(1);
    const report = run.stdout;
    const skippedSection = report.slice(report.indexOf('Skipped ('));
    for (const c of cases) {
      if (c.outcome === 'skipped') {
        const block = blockOf(skippedSection, c.file);
        expect(block, `${c.file} listed as skipped`).not.toBe('');
        expect(block.replace(/\s+/g, ' '), `${c.file}'s reason`).toMatch(c.says);
        // The same file and reason on stderr, for a log or a CI run.
        expect(run.stderr).toMatch(new RegExp(`warning: skipped ${c.file.replace(/[.]/g, '\\.')}: `));
      } else {
        const block = blockOf(report.slice(0, report.indexOf('Skipped (')), c.file);
        expect(block, `${c.file} listed as loaded`).not.toBe('');
        expect(block).toMatch(c.outcome === 'warns' ? c.says : /title/);
        if (c.outcome === 'loads') expect(block).toMatch(c.says);
      }
    }
    const skipped = cases.filter((c) => c.outcome === 'skipped').length;
    const loaded = cases.length - skipped;
    expect(report).toContain(`${loaded} articles loaded, ${skipped} skipped`);
  });

  it('`ask --json` answers from the good article, untouched by the bad ones', async () => {
    const run = await runEntry('cli', ['ask', '--json', '--corpus', corpus, GOOD_QUESTION.question], { cwd });
    expect(run.code).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: Array<{ text: string; speaker: string | null; date: string | null; source: { file: string } }> };
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.source.file).toBe(GOOD_QUESTION.file);
    expect(results[0]!.text).toContain(GOOD_QUESTION.words);
    expect(results[0]!.date).toBe('2024-03-12');
    const bad = new Set(cases.filter((c) => c.outcome === 'skipped').map((c) => c.file));
    for (const r of results) expect(bad.has(r.source.file), r.source.file).toBe(false);
  });

  it('`ask --json` reads the UTF-16 article with its diacritics intact', async () => {
    const run = await runEntry('cli', ['ask', '--json', '--corpus', corpus, 'Khi nào Cần Thơ hoàn thành nạo vét kênh?'], { cwd });
    expect(run.code).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: Array<{ text: string; source: { file: string } }> };
    const fromUtf16 = results.find((r) => r.source.file === 'utf16-nguon.txt');
    expect(fromUtf16?.text).toMatch(/nạo vét/);
  });

  it('console mode answers /ask and lists /sources over the same folder, exiting 0', async () => {
    const run = await runEntry('main', [], {
      cwd,
      env: { CORPUS_DIR: corpus, DISCORD_TOKEN: '' },
      input: `/ask ${GOOD_QUESTION.question}\n/sources\n`,
    });
    expect(run.code).toBe(0);
    // Matched words are bold in the reply.
    const plain = run.stdout.replace(/\*\*/g, '');
    expect(plain).toContain(GOOD_QUESTION.words);
    expect(plain).toContain('Nguyễn Hoàng Sơn');
    for (const c of cases.filter((x) => x.outcome === 'loads')) expect(run.stdout).toMatch(c.says);
    // Skipped files are a warning on stderr, never an answer or a listed source.
    expect(run.stdout).not.toMatch(/qua-lon|nhi-phan|sai-utf8/);
    expect(run.stderr).toMatch(/article skipped/);
  });
});
