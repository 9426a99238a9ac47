import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPipeline, type PipelineOptions } from '../src/pipeline.js';
import { snapshotFile } from '../src/pipelineCache.js';

const SEEDS = join(import.meta.dirname, '../seeds');
let dirs: string[] = [];

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'trichdan-pipeline-'));
  dirs.push(d);
  return d;
}

/** A copy of the bundled seeds and an empty data folder; snapshots kept from the first document on. */
function setup(): { corpus: string; data: string; options: PipelineOptions; errors: string[] } {
  const corpus = tempDir();
  cpSync(SEEDS, corpus, { recursive: true });
  const data = tempDir();
  const errors: string[] = [];
  return { corpus, data, errors, options: { dataDir: data, snapshotMinDocuments: 1, onSnapshotError: (_e, phase) => errors.push(phase) } };
}

/** What a user sees of an answer: kind, words, speaker, date and the cited files. */
function answer(p: Awaited<ReturnType<typeof buildPipeline>>, question: string) {
  return p.index.ask(question).map((r) => [r.type, r.text, r.speaker, r.date, r.sources.map((s) => s.file)]);
}

afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('corpus snapshot', () => {
  it('a second start over unchanged articles reads the snapshot and answers exactly as the first', async () => {
    const { corpus, data, options, errors } = setup();
    const first = await buildPipeline(corpus, options);
    expect(first.fromSnapshot).toBe(false);
    expect(statSync(snapshotFile(data, corpus)).size).toBeGreaterThan(0);

    const second = await buildPipeline(corpus, options);
    expect(second.fromSnapshot).toBe(true);
    expect(errors).toEqual([]);
    expect(second.extraction.quotes).toEqual(first.extraction.quotes);
    expect(second.extraction.events).toEqual(first.extraction.events);
    expect(second.extraction.speakers).toEqual(first.extraction.speakers);
    expect(second.corpus.documents).toEqual(first.corpus.documents);
    for (const q of ['Peskov nói gì về quan hệ Nga Mỹ', 'khi nào diễn ra cuộc điện đàm', 'who said tango']) {
      expect(answer(first, q).length).toBeGreaterThan(0);
      expect(answer(second, q)).toEqual(answer(first, q));
    }
    // Sources of one article are one object again, as the extractor makes them.
    const bySource = new Map(second.extraction.quotes.flatMap((q) => q.sources.map((s) => [s.file, s])));
    for (const q of second.extraction.quotes) for (const s of q.sources) expect(s).toBe(bySource.get(s.file));
  });

  it('a first build gives the same corpus whether it reads in a worker thread or in this one, and both save it', async () => {
    const { corpus, data, options } = setup();
    const otherData = tempDir();
    const inThread = await buildPipeline(corpus, { ...options, dataDir: otherData, isolateFirstBuild: false });
    const inWorker = await buildPipeline(corpus, options);
    expect(inWorker.fromSnapshot).toBe(false);
    expect(inWorker.corpus.documents).toEqual(inThread.corpus.documents);
    expect(inWorker.extraction.quotes).toEqual(inThread.extraction.quotes);
    expect(inWorker.extraction.events).toEqual(inThread.extraction.events);
    expect(inWorker.extraction.speakers).toEqual(inThread.extraction.speakers);
    expect(statSync(snapshotFile(data, corpus)).size).toBeGreaterThan(0);
    expect(statSync(snapshotFile(otherData, corpus)).size).toBeGreaterThan(0);
  });

  it('an edited, added or removed article is read again', async () => {
    const { corpus, options } = setup();
    await buildPipeline(corpus, options);
    const file = readdirSync(corpus).find((f) => f.endsWith('.txt'))!;
    appendFileSync(join(corpus, file), '\n\nBà Trần Thị Lan, phát ngôn viên, cho biết: “Chúng tôi hoan nghênh mọi nỗ lực đối thoại thực chất”.\n');
    const edited = await buildPipeline(corpus, options);
    expect(edited.fromSnapshot).toBe(false);
    expect(edited.extraction.quotes.some((q) => q.text.includes('hoan nghênh mọi nỗ lực đối thoại'))).toBe(true);

    writeFileSync(join(corpus, 'them.txt'), 'Bài mới\n\nNgày 2/3/2025, ông Lê Văn Hùng nói: “Cuộc họp sẽ bàn về thương mại song phương”.\n');
    const added = await buildPipeline(corpus, options);
    expect(added.fromSnapshot).toBe(false);
    expect(added.corpus.documents.map((d) => d.file)).toContain('them.txt');

    rmSync(join(corpus, 'them.txt'));
    const removed = await buildPipeline(corpus, options);
    expect(removed.fromSnapshot).toBe(false);
    expect(removed.corpus.documents.map((d) => d.file)).not.toContain('them.txt');
  });

  it('a file rewritten with the same size but a new modification time is read again', async () => {
    const { corpus, options } = setup();
    await buildPipeline(corpus, options);
    const file = join(corpus, readdirSync(corpus).find((f) => f.endsWith('.txt'))!);
    const later = new Date(statSync(file).mtimeMs + 60_000);
    utimesSync(file, later, later);
    expect((await buildPipeline(corpus, options)).fromSnapshot).toBe(false);
  });

  it('a damaged snapshot is reported and the articles are read instead; the next start has a good one', async () => {
    const { corpus, data, options, errors } = setup();
    const first = await buildPipeline(corpus, options);
    const file = snapshotFile(data, corpus);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const damaged = await buildPipeline(corpus, options);
    expect(errors).toEqual(['read']);
    expect(damaged.fromSnapshot).toBe(false);
    expect(damaged.extraction.quotes).toEqual(first.extraction.quotes);
    expect((await buildPipeline(corpus, options)).fromSnapshot).toBe(true);
  });

  it('a data folder that cannot be written is reported and the corpus still loads', async () => {
    const { corpus, errors } = setup();
    const blocked = join(tempDir(), 'not-a-folder');
    writeFileSync(blocked, 'a file where the data folder should be');
    const p = await buildPipeline(corpus, { dataDir: blocked, snapshotMinDocuments: 1, onSnapshotError: (_e, phase) => errors.push(phase) });
    expect(errors).toEqual(['write']);
    expect(p.corpus.documents.length).toBeGreaterThan(0);
    expect(p.index.ask('Peskov').length).toBeGreaterThan(0);
  });

  it('a temporary file left by a process stopped a day ago while saving is removed; a recent one is left to its writer', async () => {
    const { corpus, data, options } = setup();
    await buildPipeline(corpus, options);
    const folder = join(snapshotFile(data, corpus), '..');
    const stale = join(folder, 'corpus-old.bin.123.tmp');
    const recent = join(folder, 'corpus-old.bin.456.tmp');
    writeFileSync(stale, 'half a snapshot');
    writeFileSync(recent, 'another process is writing this');
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000);
    utimesSync(stale, dayAgo, dayAgo);
    appendFileSync(join(corpus, readdirSync(corpus).find((f) => f.endsWith('.txt'))!), '\n\nMột đoạn mới.\n');
    await buildPipeline(corpus, options);
    expect(readdirSync(folder)).not.toContain('corpus-old.bin.123.tmp');
    expect(readdirSync(folder)).toContain('corpus-old.bin.456.tmp');
  });

  it('a corpus below the size worth a snapshot writes none', async () => {
    const { corpus, data } = setup();
    const p = await buildPipeline(corpus, { dataDir: data });
    expect(p.fromSnapshot).toBe(false);
    expect(() => statSync(snapshotFile(data, corpus))).toThrow();
  });
});
