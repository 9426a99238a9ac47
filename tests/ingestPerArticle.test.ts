/**
 * Ingest cost per article (issue 13): over a snapshotted corpus, an added or edited article is the only one read
 * and extracted, and what the reader then gets is the new text; unchanged articles answer as before.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticle } from '../src/extract/document.js';
import type { ExtractOptions } from '../src/extract/index.js';
import { buildPipeline, type Pipeline, type PipelineOptions } from '../src/pipeline.js';
import { snapshotFile, SnapshotFormatError } from '../src/pipelineCache.js';

const SEEDS = join(import.meta.dirname, '../seeds');
const ADDED = 'Bài mới\n\n2025-03-02\n\nNgày 2/3/2025, Bộ trưởng Lê Văn Hùng nói: “Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu”.\n';
const PESKOV = 'Peskov nói gì về quan hệ Nga Mỹ';
let dirs: string[] = [];

afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function setup(extra: PipelineOptions = {}): { corpus: string; data: string; options: PipelineOptions; errors: unknown[] } {
  const corpus = mkdtempSync(join(tmpdir(), 'trichdan-ingest-'));
  const data = mkdtempSync(join(tmpdir(), 'trichdan-ingest-data-'));
  dirs.push(corpus, data);
  cpSync(SEEDS, corpus, { recursive: true });
  const errors: unknown[] = [];
  return { corpus, data, errors, options: { dataDir: data, snapshotMinDocuments: 1, onSnapshotError: (err) => errors.push(err), ...extra } };
}

/** The first answer as a reader sees it: speaker and words. */
const first = (p: Pipeline, question: string) => {
  const r = p.index.ask(question)[0];
  return r ? { speaker: r.speaker, text: r.text, file: r.source.file } : null;
};

// In this thread, and in the worker thread a first build uses (the threshold is one article here).
for (const isolate of [false, true]) {
  describe(`an article added to or edited in a snapshotted corpus (${isolate ? 'worker thread' : 'this thread'})`, () => {
    it('reads and extracts the added article only, and answers with its quotation', async () => {
      const { corpus, options } = setup({ isolateFirstBuild: isolate });
      const before = await buildPipeline(corpus, options);
      expect(before.articlesExtracted).toBe(5);
      expect(first(before, 'tuyến đường sắt ven biển')?.text ?? '').not.toContain('đường sắt ven biển');

      writeFileSync(join(corpus, 'moi.txt'), ADDED);
      const after = await buildPipeline(corpus, options);
      expect(after.articlesRead).toBe(1);
      expect(after.articlesExtracted).toBe(1);
      expect(first(after, 'Ai nói sẽ khởi công tuyến đường sắt ven biển?')).toEqual({
        speaker: 'Lê Văn Hùng',
        text: 'Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu',
        file: 'moi.txt',
      });
      // The articles taken from the snapshot answer as they did.
      expect(first(after, PESKOV)).toEqual(first(before, PESKOV));

      const restart = await buildPipeline(corpus, options);
      expect(restart.fromSnapshot).toBe(true);
      expect(restart.articlesExtracted).toBe(0);
      expect(first(restart, 'khởi công tuyến đường sắt ven biển')?.speaker).toBe('Lê Văn Hùng');
    });

    it('reads and extracts an edited article only, and answers with its new words, never the old', async () => {
      const { corpus, options } = setup({ isolateFirstBuild: isolate });
      await buildPipeline(corpus, options);
      const name = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()[1]!;
      const path = join(corpus, name);
      // Into the body, after its first paragraph (the page ends with comments and links, which are not article text).
      const text = readFileSync(path, 'utf8');
      const at = text.indexOf('\n\n') + 2;
      writeFileSync(path, `${text.slice(0, at)}Bà Trần Thị Lan, phát ngôn viên, cho biết: “Chúng tôi hoan nghênh mọi nỗ lực đối thoại thực chất về nghề cá”.\n\n${text.slice(at)}`);
      const edited = await buildPipeline(corpus, options);
      expect(edited.articlesExtracted).toBe(1);
      expect(first(edited, 'hoan nghênh nỗ lực đối thoại về nghề cá')).toEqual({
        speaker: 'Trần Thị Lan',
        text: 'Chúng tôi hoan nghênh mọi nỗ lực đối thoại thực chất về nghề cá',
        file: name,
      });

      // Edited again: the words of the first edit are gone from the answers.
      writeFileSync(path, readFileSync(path, 'utf8').replace('về nghề cá', 'về biến đổi khí hậu'));
      const again = await buildPipeline(corpus, options);
      expect(again.articlesExtracted).toBe(1);
      expect(first(again, 'hoan nghênh đối thoại về biến đổi khí hậu')?.text).toBe('Chúng tôi hoan nghênh mọi nỗ lực đối thoại thực chất về biến đổi khí hậu');
      expect(again.extraction.quotes.some((q) => q.text.includes('nghề cá'))).toBe(false);
    });
  });
}

describe('per-article snapshot entries', () => {
  it('a removed article is no longer answered, with nothing extracted', async () => {
    const { corpus, options } = setup({ isolateFirstBuild: false });
    writeFileSync(join(corpus, 'moi.txt'), ADDED);
    expect(first(await buildPipeline(corpus, options), 'khởi công tuyến đường sắt ven biển')?.file).toBe('moi.txt');
    rmSync(join(corpus, 'moi.txt'));
    const after = await buildPipeline(corpus, options);
    expect(after.articlesExtracted).toBe(0);
    expect(after.fromSnapshot).toBe(false);
    expect(after.index.ask('khởi công tuyến đường sắt ven biển').map((r) => r.source.file)).not.toContain('moi.txt');
  });

  it('a sidecar added beside an article re-reads that article only, and its answers cite the new metadata', async () => {
    const { corpus, options } = setup({ isolateFirstBuild: false });
    writeFileSync(join(corpus, 'moi.txt'), ADDED);
    await buildPipeline(corpus, options);
    writeFileSync(join(corpus, 'moi.json'), JSON.stringify({ title: 'Đường sắt ven biển', outlet: 'Báo Thử', url: 'https://example.org/duong-sat' }));
    const after = await buildPipeline(corpus, options);
    expect(after.articlesRead).toBe(1);
    expect(after.articlesExtracted).toBe(1);
    const source = after.index.ask('khởi công tuyến đường sắt ven biển')[0]?.source;
    expect(source).toMatchObject({ file: 'moi.txt', title: 'Đường sắt ven biển', outlet: 'Báo Thử', url: 'https://example.org/duong-sat' });
  });

  it('an article left out by extraction stays left out with its reason, and is not extracted again', async () => {
    let calls = 0;
    const extract: ExtractOptions = {
      readArticle: (doc, ...rest) => {
        calls++;
        if (doc.file === 'bad.txt') throw new TypeError('a rule gone wrong');
        return readArticle(doc, ...rest);
      },
    };
    const { corpus, options } = setup({ extract });
    writeFileSync(join(corpus, 'bad.txt'), 'Bài lỗi\n\nÔng Phạm Minh nói: “Câu này không bao giờ được trả lời”.\n');
    const before = await buildPipeline(corpus, options);
    expect(before.corpus.skipped.map((s) => s.file)).toEqual(['bad.txt']);
    calls = 0;
    writeFileSync(join(corpus, 'moi.txt'), ADDED);
    const after = await buildPipeline(corpus, options);
    expect(calls).toBe(1);
    expect(after.corpus.skipped).toEqual([{ file: 'bad.txt', reason: expect.stringContaining('a rule gone wrong') as string }]);
    expect(after.index.ask('Câu này không bao giờ được trả lời').map((r) => r.source.file)).not.toContain('bad.txt');
    expect(first(after, 'khởi công tuyến đường sắt ven biển')?.speaker).toBe('Lê Văn Hùng');
  });

  it('a snapshot of another format is reported, not used, and replaced', async () => {
    const { corpus, data, options, errors } = setup({ isolateFirstBuild: false });
    const built = await buildPipeline(corpus, options);
    writeFileSync(snapshotFile(data, corpus), `${JSON.stringify({ format: 1, key: 'x' })}\n`);
    appendFileSync(snapshotFile(data, corpus), Buffer.alloc(64));
    const rebuilt = await buildPipeline(corpus, options);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(SnapshotFormatError);
    expect(rebuilt.articlesExtracted).toBe(5);
    expect(first(rebuilt, PESKOV)).toEqual(first(built, PESKOV));
    expect((await buildPipeline(corpus, options)).fromSnapshot).toBe(true);
  });

  it.each([
    [3, 'paragraphs inside each document'],
    [4, 'quotes and events saved as objects'],
    [5, 'paragraphs saved as strings'],
  ])('a snapshot of format %i (%s) is rebuilt, not read as the new layout', async (old) => {
    const { corpus, data, options, errors } = setup({ isolateFirstBuild: false });
    const built = await buildPipeline(corpus, options);
    const file = snapshotFile(data, corpus);
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as { format: number };
    expect(header.format).toBe(6);
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify({ ...header, format: old })), bytes.subarray(newline)]));
    const rebuilt = await buildPipeline(corpus, options);
    expect(errors[0]).toBeInstanceOf(SnapshotFormatError);
    expect(rebuilt.articlesExtracted).toBe(5);
    expect(first(rebuilt, PESKOV)).toEqual(first(built, PESKOV));
    const again = await buildPipeline(corpus, options);
    expect(again.fromSnapshot).toBe(true);
    expect(first(again, PESKOV)).toEqual(first(built, PESKOV));
  });
});
