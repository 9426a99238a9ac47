/**
 * Question latency only, over a corpus kept between runs: the bench's synthetic corpus is written and extracted once
 * into a folder of your choice (DIR/<size>/extraction.json, with the pipeline's snapshot), and every later run only
 * reads that extraction, builds the index with the code as it is now and asks the bench's questions (bench.ts: one
 * warm-up pass, three measured rounds, in a fresh process). The extraction does not depend on the search code, so
 * runs before and after a change to src/search compare the same corpus. The CPU time of each question is given too:
 * on a shared machine it moves less with the load than the wall time. `--dump FILE` also writes every question's
 * ranked results at limits 3, 5 and 10 (one JSON line each; the eval sets' questions too) to compare the answers of
 * two versions. `--saved` asks over the index as a restart reads it: built, saved, and read back (search/persist.ts).
 *
 *   npx tsx scripts/benchLatency.ts -- [--sizes 2000,20000] [--dir /tmp/trichdan-latency] [--dump out.jsonl] [--rounds 3] [--saved]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../src/core/types.js';
import { buildPipeline } from '../src/pipeline.js';
import type { SearchIndex } from '../src/core/services.js';
import { createSearchIndex } from '../src/search/index.js';
import type { BuiltIndex } from '../src/search/engine.js';
import { loadIndex, saveIndex } from '../src/search/persist.js';
import { arg, askTimes, percentile, QUESTIONS, writeCorpus } from './benchCommon.js';

interface Row {
  articles: number;
  buildS: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  cpuP50: number;
  cpuP99: number;
  /** The slowest questions, by their median over the rounds. */
  slowest: Array<[string, number]>;
}

async function extractOnce(size: number, root: string): Promise<string> {
  const file = join(root, 'extraction.json');
  if (existsSync(file)) return file;
  const dir = join(root, 'corpus');
  if (!existsSync(dir)) await writeCorpus(size, dir);
  const pipeline = await buildPipeline(dir, { dataDir: join(root, 'data'), snapshotMinDocuments: 1 });
  writeFileSync(file, JSON.stringify(pipeline.extraction));
  return file;
}

/** The eval sets' questions (seeds, held-out, real-dev), asked of the bench corpus too in a dump: more question shapes to compare. */
function evalQuestions(): string[] {
  const files = ['tests/fixtures/eval/dev-questions.jsonl', 'tests/fixtures/heldout/questions.jsonl', '../shared/eval/real-dev/questions.jsonl'];
  return files.filter((f) => existsSync(f)).flatMap((f) =>
    readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q),
  );
}

/** The index as a restart over an unchanged corpus has it: built, saved and read back. */
function readBack(extraction: Extraction): SearchIndex {
  let built: BuiltIndex | null = null;
  createSearchIndex(extraction, { onBuilt: (b) => (built = b) });
  const file = join(tmpdir(), `trichdan-latency-${process.pid}.index.bin`);
  try {
    saveIndex(file, 'bench', built!, extraction);
    const prebuilt = loadIndex(file, 'bench', extraction);
    if (!prebuilt) throw new Error('the saved index was not read back');
    return createSearchIndex(extraction, { prebuilt });
  } finally {
    rmSync(file, { force: true });
  }
}

function measure(file: string, rounds: number, dump: string | null, saved: boolean): Row {
  const extraction = JSON.parse(readFileSync(file, 'utf8')) as Extraction;
  const t = performance.now();
  const index = saved ? readBack(extraction) : createSearchIndex(extraction);
  const buildS = (performance.now() - t) / 1000;
  const speakers = index.suggestSpeakers('', 5).map((s) => `${s.name} nói gì về đàm phán`);
  const questions = [...QUESTIONS, ...speakers];
  const cpu: number[] = [];
  const times = askTimes((q) => index.ask(q), questions, rounds, cpu);
  const perQuestion = questions.map((q, i): [string, number] => [q, percentile(times.filter((_, k) => k % questions.length === i), 50)]);
  if (dump) {
    const lines = [...questions, ...evalQuestions()].flatMap((q) =>
      [3, 5, 10].map((limit) => JSON.stringify({ q, limit, results: index.ask(q, { limit }).map((r) => [r.type, r.source.file, r.text, r.speaker, r.date]) })),
    );
    writeFileSync(dump, `${lines.join('\n')}\n`);
  }
  return {
    articles: extraction.documents.length, buildS, p50: percentile(times, 50), p90: percentile(times, 90), p99: percentile(times, 99),
    max: Math.max(...times), cpuP50: percentile(cpu, 50), cpuP99: percentile(cpu, 99), slowest: perQuestion.sort((a, b) => b[1] - a[1]).slice(0, 5),
  };
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--child');
  if (at >= 0) {
    const [file, rounds, dump, saved] = process.argv.slice(at + 1);
    process.stdout.write(`${JSON.stringify(measure(file!, Number(rounds), dump || null, saved === 'saved'))}\n`);
    return;
  }
  const base = arg('--dir', '/tmp/trichdan-latency');
  const dump = arg('--dump', '');
  const rounds = arg('--rounds', '3');
  for (const size of arg('--sizes', '2000,20000').split(',').map(Number)) {
    const root = join(base, String(size));
    mkdirSync(root, { recursive: true });
    const file = await extractOnce(size, root);
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, rounds, dump ? `${dump}.${size}` : '', process.argv.includes('--saved') ? 'saved' : ''],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const row = JSON.parse(out.trim().split('\n').pop()!) as Row;
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.log(`${row.articles} articles (index built in ${row.buildS.toFixed(1)} s): ask p50 ${ms(row.p50)}, p90 ${ms(row.p90)}, p99 ${ms(row.p99)}, max ${ms(row.max)}; CPU time p50 ${ms(row.cpuP50)}, p99 ${ms(row.cpuP99)}`);
    console.log(`  slowest (median): ${row.slowest.map(([q, t]) => `${q} ${ms(t)}`).join('; ')}`);
  }
}

await main();
