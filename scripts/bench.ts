/**
 * Benchmark of the real start-up path on synthetic corpora (scripts/synthCorpus.ts written to a temporary folder as
 * article files): reading, extraction, index build and saving the corpus snapshot on a first start ("cold"), then a
 * restart over the same files that reads the snapshot ("warm"), each in its own process so memory is not inherited.
 * Per-question latency (p50/p99) over a fixed question set and a naive fuse.js scan over every sentence (fuse
 * defaults) are measured in the cold process. The restart is measured twice: reading the saved index, and building
 * it (savedIndex: false) as before it was saved. Then one article is added and the corpus started again: how many
 * articles that start read and extracted (one, from the per-file snapshot) and what it cost. Memory is given as RSS after a full GC (what the process keeps), its
 * peak (maxRSS) and the live heap after GC.
 *
 * A peer engine (MiniSearch, scripts/benchPeer.ts) indexes the same sentences in its own process and is asked the
 * same questions: its build time, memory and latency are printed beside ours.
 *
 *   npm run bench -- [--sizes 200,2000,20000] [--naive-questions 12] [--keep DIR] [--restart-only]
 *
 * --keep DIR writes each size's corpus and data to DIR/<size> and keeps them; with --restart-only, a kept corpus is
 * not written nor started cold again: only the restarts are measured (their rows alone), to time a change of the
 * restart path without minutes of first build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { splitSentences } from '../src/core/text.js';
import { loadCorpus } from '../src/corpus/load.js';
import { buildPipeline } from '../src/pipeline.js';
import { type Peer, runPeer } from './benchPeer.js';
import { arg, askTimes, percentile, QUESTIONS, writeCorpus } from './benchCommon.js';
import { synthCorpus } from './synthCorpus.js';

interface Cold {
  articles: number;
  units: number;
  readS: number;
  extractS: number;
  buildS: number;
  saveS: number;
  rssMiB: number;
  peakRssMiB: number;
  heapMiB: number;
  p50: number;
  p99: number;
  naiveP50: number;
  naiveN: number;
}

interface Warm {
  loadS: number;
  buildS: number;
  /** Seconds from start to the first answer, and CPU seconds of this process meanwhile (less noisy on a loaded machine). */
  firstAnswerS: number;
  firstAnswerCpuS: number;
  rssMiB: number;
  peakRssMiB: number;
  heapMiB: number;
  fromSnapshot: boolean;
  indexFromSnapshot: boolean;
}

function memory(): { rssMiB: number; peakRssMiB: number; heapMiB: number } {
  globalThis.gc?.();
  const mem = process.memoryUsage();
  return { rssMiB: mem.rss / 2 ** 20, heapMiB: mem.heapUsed / 2 ** 20, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
}

async function runCold(dir: string, dataDir: string, naiveQuestions: number): Promise<Cold> {
  // Stage times from the progress callbacks: the first build reads and extracts in a worker thread, whose stages
  // are reported here as they happen (pipeline.ts).
  const t0 = performance.now();
  const at = new Map<string, number>();
  const threads = process.env.INGEST_THREADS ? Number(process.env.INGEST_THREADS) : undefined;
  const pipeline = await buildPipeline(dir, { dataDir, snapshotMinDocuments: 1, ingestThreads: threads, onStage: (stage) => at.set(stage, performance.now()) });
  const end = performance.now();
  const extractAt = at.get('extract') ?? t0;
  const saveAt = at.get('save') ?? end;
  const indexAt = at.get('index') ?? end;
  // With the ingest pool (INGEST_THREADS ≥ 2, the default on several cores) files are read and extracted together,
  // after the folder is listed: "read" is then the listing and "extract" both.
  const readS = (extractAt - t0) / 1000;
  const extractS = (Math.min(saveAt, indexAt) - extractAt) / 1000;
  // Saving, and reading the snapshot back into the main thread, when the worker did the build.
  const saveS = saveAt < indexAt ? (indexAt - saveAt) / 1000 : (end - saveAt) / 1000;
  const { index, extraction, timings } = pipeline;
  const mem = memory();

  const speakers = index.suggestSpeakers('', 5).map((s) => `${s.name} nói gì về đàm phán`);
  const questions = [...QUESTIONS, ...speakers];
  const times = askTimes((q) => index.ask(q), questions);

  const sentences = extraction.documents.flatMap((d) => d.paragraphs.flatMap((p) => splitSentences(p)));
  const fuse = new Fuse(sentences);
  const naive: number[] = [];
  for (const q of QUESTIONS.slice(0, naiveQuestions)) {
    const s = performance.now();
    fuse.search(q, { limit: 5 });
    naive.push(performance.now() - s);
  }
  return {
    articles: extraction.documents.length, units: sentences.length + extraction.quotes.length + extraction.events.length,
    readS, extractS, buildS: timings.indexMs / 1000, saveS, ...mem,
    p50: percentile(times, 50), p99: percentile(times, 99), naiveP50: percentile(naive, 50), naiveN: naive.length,
  };
}

async function runWarm(dir: string, dataDir: string, savedIndex: boolean): Promise<Warm> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const pipeline = await buildPipeline(dir, { dataDir, snapshotMinDocuments: 1, savedIndex });
  const loadS = (performance.now() - t) / 1000;
  pipeline.index.ask(QUESTIONS[0]!);
  const firstAnswerS = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    loadS, firstAnswerS, firstAnswerCpuS: (used.user + used.system) / 1e6, buildS: pipeline.timings.indexMs / 1000, fromSnapshot: pipeline.fromSnapshot,
    indexFromSnapshot: pipeline.indexFromSnapshot, ...memory(),
  };
}

/** One article added to a snapshotted corpus, then a start (as a watched change or a restart would): its cost. */
interface Added {
  read: number;
  extracted: number;
  /** Seconds reading and extracting (with the corpus linked again), then the whole start. */
  extractS: number;
  loadS: number;
  indexS: number;
  totalS: number;
}

async function runAdded(dir: string, dataDir: string): Promise<Added> {
  const seeds = await loadCorpus(resolve(fileURLToPath(import.meta.url), '../../seeds'));
  const [doc] = synthCorpus(seeds.documents, 1, 7);
  writeFileSync(join(dir, 'zz-added.txt'), `${doc!.title ?? ''}\n\n${doc!.published}\n\n${doc!.paragraphs.join('\n\n')}\n`);
  const t = performance.now();
  // The product's thresholds: one changed article is read in this thread (the bot's reloads use a worker thread).
  const p = await buildPipeline(dir, { dataDir });
  const totalS = (performance.now() - t) / 1000;
  return { read: p.articlesRead, extracted: p.articlesExtracted, extractS: p.timings.extractMs / 1000, loadS: p.timings.loadMs / 1000, indexS: p.timings.indexMs / 1000, totalS };
}

function child(args: string[]): string {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', ...args],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return out.trim().split('\n').pop()!;
}

/** The restarts of a kept corpus (--keep, --restart-only): index read, then built. */
async function restartOnly(root: string, size: number): Promise<void> {
  const dir = join(root, 'corpus');
  const data = join(root, 'data');
  if (!existsSync(data)) throw new Error(`no kept corpus of ${size} articles in ${root}: run with --keep first`);
  let warm = JSON.parse(child(['warm', dir, data])) as Warm;
  // Other code made the snapshot (its key hashes the program): that start rebuilt and saved it; measure the next.
  if (!warm.fromSnapshot || !warm.indexFromSnapshot) warm = JSON.parse(child(['warm', dir, data])) as Warm;
  if (!warm.fromSnapshot || !warm.indexFromSnapshot) throw new Error('the restart did not read the snapshot and its index');
  const mib = (x: number) => `${x.toFixed(0)} MiB`;
  console.log(
    `${size} articles: restart to first answer ${warm.firstAnswerS.toFixed(2)} s (index stage ${warm.buildS.toFixed(2)} s; ` +
      `CPU ${warm.firstAnswerCpuS.toFixed(2)} s), load ${loadavg()[0]!.toFixed(1)}, ` +
      `RSS after GC ${mib(warm.rssMiB)}, peak ${mib(warm.peakRssMiB)}, live heap ${mib(warm.heapMiB)}`,
  );
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--child');
  if (at >= 0) {
    const [phase, dir, dataDir] = process.argv.slice(at + 1);
    const row =
      phase === 'cold' ? await runCold(dir!, dataDir!, Number(arg('--naive-questions', '12')))
      : phase === 'added' ? await runAdded(dir!, dataDir!)
      : phase === 'peer' ? await runPeer(dir!, QUESTIONS)
      : await runWarm(dir!, dataDir!, phase === 'warm');
    process.stdout.write(`${JSON.stringify(row)}\n`);
    return;
  }
  const sizes = arg('--sizes', '200,2000,20000').split(',').map(Number);
  const keep = process.argv.includes('--keep') ? resolve(arg('--keep', '')) : null;
  if (process.argv.includes('--restart-only')) {
    if (!keep) throw new Error('--restart-only needs --keep DIR');
    for (const size of sizes) await restartOnly(join(keep, String(size)), size);
    return;
  }
  const rows: Array<{ cold: Cold; warm: Warm; rebuilt: Warm; added: Added; peer: Peer }> = [];
  for (const size of sizes) {
    const root = keep ? join(keep, String(size)) : mkdtempSync(join(tmpdir(), 'trichdan-bench-'));
    try {
      const dir = join(root, 'corpus');
      const data = join(root, 'data');
      if (keep) rmSync(root, { recursive: true, force: true });
      await writeCorpus(size, dir);
      // Fewer naive questions at large sizes: one fuse scan of 700 000 sentences takes seconds.
      const naiveQuestions = size >= 20000 ? 3 : size >= 2000 ? 8 : 12;
      const cold = JSON.parse(child(['cold', dir, data, '--naive-questions', String(naiveQuestions)])) as Cold;
      const warm = JSON.parse(child(['warm', dir, data])) as Warm;
      if (!warm.fromSnapshot || !warm.indexFromSnapshot) throw new Error('the restart did not read the snapshot and its index');
      // The same restart with the index built instead of read (as before the index was saved).
      const rebuilt = JSON.parse(child(['warm-rebuilt', dir, data])) as Warm;
      // A kept corpus stays as the restarts saw it (no article added): --restart-only measures them again.
      const added = keep ? { read: 0, extracted: 0, extractS: 0, loadS: 0, indexS: 0, totalS: 0 } : (JSON.parse(child(['added', dir, data])) as Added);
      const peer = JSON.parse(child(['peer', dir, data])) as Peer;
      rows.push({ cold, warm, rebuilt, added, peer });
      // Each row as soon as it is measured: the largest size can take many minutes.
      console.error(`done ${size}: ${JSON.stringify({ cold, warm, rebuilt, added, peer })}`);
    } finally {
      if (!keep) rmSync(root, { recursive: true, force: true });
    }
  }
  const s = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} s`;
  const mib = (x: number) => `${x.toFixed(0)} MiB`;
  console.log('| articles | units | first start: read + extract + save & reload + index | restart from snapshot: load (of which index) | RSS after GC: first / restart | peak RSS: first / restart | ask p50 | ask p99 | naive fuse p50 (n) | speed-up (p50) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { cold: c, warm: w } of rows) {
    const first = c.readS + c.extractS + c.saveS + c.buildS;
    console.log(
      `| ${c.articles} | ${c.units} | ${s(first)} = ${s(c.readS)} + ${s(c.extractS)} + ${s(c.saveS)} + ${s(c.buildS)} | ${s(w.loadS)} (${s(w.buildS)}) | ` +
        `${mib(c.rssMiB)} / ${mib(w.rssMiB)} | ${mib(c.peakRssMiB)} / ${mib(w.peakRssMiB)} | ` +
        `${c.p50.toFixed(2)} ms | ${c.p99.toFixed(2)} ms | ${c.naiveP50.toFixed(0)} ms (${c.naiveN}) | ${(c.naiveP50 / Math.max(c.p50, 0.001)).toFixed(0)}× |`,
    );
  }
  console.log('');
  // The CPU seconds of the restart's process beside its wall time: on a shared machine the wall time is mostly the load's.
  console.log('| articles | restart to first answer: index read (of which index; CPU) / rebuilt (of which index; CPU) | RSS after GC: read / rebuilt | one article added: read / extracted | its start: snapshot & read + extract & link + index = total |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const { cold: c, warm: w, rebuilt: r, added: a } of rows) {
    // A kept corpus (--keep) stays as the restarts saw it: no article is added, so those columns say so.
    const added = keep ? 'not measured (--keep) | not measured (--keep)' : `${a.read} / ${a.extracted} | ${s(a.loadS)} + ${s(a.extractS)} + ${s(a.indexS)} = ${s(a.totalS)}`;
    console.log(
      `| ${c.articles} | ${s(w.firstAnswerS)} (${s(w.buildS)}; CPU ${s(w.firstAnswerCpuS)}) / ${s(r.firstAnswerS)} (${s(r.buildS)}; CPU ${s(r.firstAnswerCpuS)}) | ` +
        `${mib(w.rssMiB)} / ${mib(r.rssMiB)} | ${added} |`,
    );
  }
  console.log('');
  console.log('| articles | peer engine (same sentences, same questions) | sentences | build | RSS after GC | ask p50 | ask p99 | ours p50 / p99 |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const { cold: c, peer: p } of rows) {
    console.log(
      `| ${c.articles} | ${p.engine} | ${p.sentences} | ${s(p.buildS)} | ${mib(p.rssMiB)} | ${p.p50.toFixed(2)} ms | ${p.p99.toFixed(2)} ms | ` +
        `${c.p50.toFixed(2)} / ${c.p99.toFixed(2)} ms |`,
    );
  }
}

await main();
