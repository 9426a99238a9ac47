/**
 * The CLI as a person or a judge runs it: a real process, real seeds, output parsed as they would.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

interface Source { file: string; title: string | null; url: string | null; published: string | null }
interface Result { type: string; text: string; excerpt: string; speaker: string | null; date: string | null; source: Source }
interface Quote { speaker: string | null; text: string; kind: string; date: string | null; source: Source }
interface Event { date: string | null; text: string; source: Source }

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, CORPUS_DIR: '', LOG_LEVEL: 'silent' }, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('trichdan CLI', () => {
  it('check validates the bundled seeds: every article usable, exit 0', () => {
    const r = cli(['check']);
    expect(r.status).toBe(0);
    for (const file of ['000_3676789f1081205b.txt', '003_ce13c093f4624df1.txt', '004_7e630ec525fd3309.txt']) expect(r.stdout).toContain(file);
  });

  it('ask --json reads one question a line from stdin and writes one JSON line each, empty results for the unanswerable', () => {
    const r = cli(['ask', '--json', '--limit', '3'], 'Ai là bên khởi xướng cuộc chiến trừng phạt?\ngiá vàng hôm nay bao nhiêu\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { results: Result[] });
    expect(lines).toHaveLength(2);
    const first = lines[0]!.results[0]!;
    expect(first.source.file).toBe('003_ce13c093f4624df1.txt');
    expect(`${first.text} ${first.excerpt}`).toContain('khởi xướng');
    expect(lines[0]!.results.length).toBeLessThanOrEqual(3);
    expect(lines[1]).toEqual({ results: [] });
  });

  it('extract --json gives documents, quotes with speaker/kind/date/source.file, and events', () => {
    const r = cli(['extract', '--json']);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as { documents: unknown[]; quotes: Quote[]; events: Event[] };
    expect(x.documents).toHaveLength(5);
    const tango = x.quotes.find((q) => q.text.includes('nhảy tango một mình'));
    expect(tango).toMatchObject({ speaker: 'Dmitry Peskov', kind: 'partial', date: '2024-11-18', source: { file: '003_ce13c093f4624df1.txt' } });
    expect(x.events.some((e) => e.date === '2021-12-07' && e.source.file === '004_7e630ec525fd3309.txt')).toBe(true);
  });

  it('extract --json lists a quotation two articles report under each of them, not only the first read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trichdan-twin-'));
    try {
      const page = (outlet: string, lead: string) => `---\ntitle: "Hội nghị về nước sạch"\ndate: 2024-03-12\nurl: https://${outlet}.example/nuoc-sach.html\n---\n\n${lead}, ông Lương Văn Khiêm, Giám đốc Sở Xây dựng, cho biết: “Chúng tôi sẽ hoàn thành đường ống mới trước mùa khô năm sau”.\n`;
      writeFileSync(join(dir, 'a.md'), page('tin-mot', 'Sáng 12/3, tại hội nghị'));
      writeFileSync(join(dir, 'b.md'), page('tin-hai', 'Phát biểu tại hội nghị sáng 12/3'));
      const r = cli(['extract', '--json', '--corpus', dir]);
      expect(r.status).toBe(0);
      const x = JSON.parse(r.stdout) as { quotes: Quote[] };
      const rows = x.quotes.filter((q) => q.text.includes('hoàn thành đường ống mới'));
      expect(rows.map((q) => q.source.file).sort()).toEqual(['a.md', 'b.md']);
      for (const q of rows) expect(q).toMatchObject({ speaker: 'Lương Văn Khiêm', kind: 'direct', date: '2024-03-12' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('digest prints that day from the same composer, and names a bad date', () => {
    const ok = cli(['digest', '--date', '2025-12-30', '--json']);
    expect(ok.status).toBe(0);
    const d = JSON.parse(ok.stdout) as { date: string; onThisDay: Array<{ date: string }> };
    expect(d.date).toBe('2025-12-30');
    expect(d.onThisDay.some((i) => i.date === '2021-12-30')).toBe(true);
    const bad = cli(['digest', '--date', '30/12/2025']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date 30/12/2025 is not a day of the calendar: use YYYY-MM-DD');
  });

  it('digest refuses a day the calendar does not have, and names a missing --date', () => {
    // 30 February would otherwise roll over into March and post that digest under a date that does not exist.
    const feb30 = cli(['digest', '--date', '2026-02-30', '--json']);
    expect(feb30.status).toBe(2);
    expect(feb30.stdout).toBe('');
    expect(feb30.stderr).toContain('--date 2026-02-30 is not a day of the calendar');
    const none = cli(['digest']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('digest needs --date YYYY-MM-DD');
  });

  it('a wrong option gets its message and a pointer to the help, not the whole help', () => {
    const r = cli(['ask', '--limit', 'many', 'Peskov']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--limit must be a whole number from 1 to 50 (got "many")');
    expect(r.stderr).toContain('--help lists the commands');
    expect(r.stderr).not.toContain('Common options:');
  });

  it('a missing corpus folder and an unknown command are clear errors', () => {
    const missing = cli(['ask', '--json', '--corpus', 'no/such/folder', 'Peskov']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no\/such\/folder/);
    const unknown = cli(['summarize']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "summarize"');
    // An unknown command lists the ones there are.
    expect(unknown.stderr).toContain('Commands:');
  });
});
