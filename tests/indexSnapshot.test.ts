/**
 * The built search index is saved beside the corpus snapshot and read back at a restart over an unchanged corpus
 * (issue 16); every query answers exactly as from an index built afresh. A change, or a damaged file, means a build.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPipeline, type Pipeline, type PipelineOptions } from '../src/pipeline.js';
import { snapshotFile } from '../src/pipelineCache.js';
import { indexFile } from '../src/search/persist.js';

const SEEDS = join(import.meta.dirname, '../seeds');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function setup(): { corpus: string; data: string; options: PipelineOptions; errors: string[] } {
  const corpus = mkdtempSync(join(tmpdir(), 'trichdan-index-'));
  const data = mkdtempSync(join(tmpdir(), 'trichdan-index-data-'));
  dirs.push(corpus, data);
  cpSync(SEEDS, corpus, { recursive: true });
  const errors: string[] = [];
  return { corpus, data, errors, options: { dataDir: data, snapshotMinDocuments: 1, isolateFirstBuild: false, onSnapshotError: (_e, phase) => errors.push(phase) } };
}

const QUESTIONS = [
  'Peskov nói gì về quan hệ Nga Mỹ', 'khi nào diễn ra cuộc điện đàm', 'who said tango', 'dam phan hoa binh',
  'Peskov trả lời hãng tin nào', 'lệnh trừng phạt', 'what did the spokesman say about sanctions', 'giá vàng hôm nay',
  'vì sao đàm phán bế tắc', 'Peskov nói gì năm 2024',
];

/** Everything a user can get from an index: answers with sources and bold words, /quote, /timeline, suggestions. */
function everything(p: Pipeline) {
  const i = p.index;
  const speakers = i.suggestSpeakers('', 25);
  return {
    ask: QUESTIONS.map((q) => i.ask(q, { limit: 5 }).map((r) => [r.type, r.text, r.excerpt, r.speaker, r.date, r.matched, r.sources.map((s) => s.file), r.score])),
    speakers: speakers.map((s) => s.name),
    // Autocomplete of a typed name, right or mistyped (the speakers' folded names, read when first asked for).
    typed: ['Peskov', 'dmitri peskof'].map((q) => i.suggestSpeakers(q, 5).map((s) => s.name)),
    quotes: speakers.map((s) => i.quotesBy(s.id, 'quan hệ').map((r) => [r.text, r.date])),
    newest: speakers.map((s) => i.quotesBy(s.id).map((r) => [r.text, r.kind, r.date])),
    // The filters read a unit's type, date and sources (engine.ts makeFilter).
    filtered: [
      { types: ['quote' as const] }, { types: ['event' as const, 'passage' as const] }, { from: '2022-01-01' },
      { to: '2021-12-31' }, { source: '001_27a877ee39fbf845.txt' },
    ].map((o) => i.ask('đàm phán', { ...o, limit: 5 }).map((r) => [r.type, r.text, r.date, r.source.file])),
    timeline: i.timeline({}).map((r) => [r.type, r.text, r.date]),
    source: i.findSource('Nga không thể nhảy tango một mình')?.text ?? null,
    typo: i.suggestAlternative('Peskof nói về đàm phán'),
    // A speaker typed by name: with a title, folded, mistyped (the directory's saved name lookups).
    named: ['ông Dmitry Peskov', 'dmitry peskov', 'Peskov', 'Dmitri Peskov'].map((n) => i.quotesBy(n).map((r) => [r.speaker, r.text])),
  };
}

describe('the search index in the snapshot', () => {
  it('a restart over an unchanged corpus reads the index and answers every query as the built one', async () => {
    const { corpus, data, options, errors } = setup();
    const first = await buildPipeline(corpus, options);
    expect(first.indexFromSnapshot).toBe(false);
    expect(statSync(indexFile(snapshotFile(data, corpus))).size).toBeGreaterThan(0);

    const second = await buildPipeline(corpus, options);
    expect(second.fromSnapshot).toBe(true);
    expect(second.indexFromSnapshot).toBe(true);
    expect(errors).toEqual([]);
    const built = everything(first);
    expect(built.ask.flat().length).toBeGreaterThan(10);
    expect(built.filtered.map((list) => list.length > 0)).toEqual([true, true, true, true, true]);
    expect(built.named.map((list) => list[0]?.[0] ?? null)).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov']);
    expect(built.typed.map((names) => names[0] ?? null)).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
    expect(everything(second)).toEqual(built);
  });

  it('after an added article the index is built again, with the article in it', async () => {
    const { corpus, options } = setup();
    await buildPipeline(corpus, options);
    writeFileSync(join(corpus, 'moi.txt'), 'Bài mới\n\n2025-03-02\n\nNgày 2/3/2025, Bộ trưởng Lê Văn Hùng nói: “Chúng tôi sẽ khởi công tuyến đường sắt ven biển vào mùa thu”.\n');
    const added = await buildPipeline(corpus, options);
    expect(added.indexFromSnapshot).toBe(false);
    const restart = await buildPipeline(corpus, options);
    expect(restart.indexFromSnapshot).toBe(true);
    expect(restart.index.ask('Ai nói sẽ khởi công tuyến đường sắt ven biển?')[0]?.speaker).toBe('Lê Văn Hùng');
  });

  it('a damaged index file is reported, the index built and saved again', async () => {
    const { corpus, data, options, errors } = setup();
    const first = await buildPipeline(corpus, options);
    const file = indexFile(snapshotFile(data, corpus));
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const damaged = await buildPipeline(corpus, options);
    expect(errors).toEqual(['read']);
    expect(damaged.indexFromSnapshot).toBe(false);
    expect(everything(damaged)).toEqual(everything(first));
    expect((await buildPipeline(corpus, options)).indexFromSnapshot).toBe(true);
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the speakers\' names are read from the index file when first asked for, or made again when it is gone by then', async () => {
    const { corpus, data, options, errors } = setup();
    const built = everything(await buildPipeline(corpus, options));
    const file = indexFile(snapshotFile(data, corpus));
    const read = await buildPipeline(corpus, options);
    const gone = await buildPipeline(corpus, options);
    expect([read.indexFromSnapshot, gone.indexFromSnapshot]).toEqual([true, true]);
    expect(everything(read)).toEqual(built);
    rmSync(file);
    expect(everything(gone)).toEqual(built);
    expect(errors).toEqual([]);
  });

  it('an index file whose last record is cut short is reported and built again', async () => {
    const { corpus, data, options, errors } = setup();
    const first = await buildPipeline(corpus, options);
    const file = indexFile(snapshotFile(data, corpus));
    truncateSync(file, statSync(file).size - 1);
    const cut = await buildPipeline(corpus, options);
    expect(errors).toEqual(['read']);
    expect(cut.indexFromSnapshot).toBe(false);
    expect(everything(cut)).toEqual(everything(first));
  });

  it('an index file of the previous format is reported, built and saved again', async () => {
    const { corpus, data, options, errors } = setup();
    const first = await buildPipeline(corpus, options);
    const file = indexFile(snapshotFile(data, corpus));
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as { format: number };
    expect(header.format).toBeGreaterThan(4);
    // The same file under the previous format's header: its records are not laid out as that format's were.
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify({ ...header, format: header.format - 1 })), bytes.subarray(newline)]));
    const old = await buildPipeline(corpus, options);
    expect(errors).toEqual(['read']);
    expect(old.indexFromSnapshot).toBe(false);
    expect(everything(old)).toEqual(everything(first));
    const again = await buildPipeline(corpus, options);
    expect(again.indexFromSnapshot).toBe(true);
    expect(everything(again)).toEqual(everything(first));
  });
});
