/**
 * Search benchmark on synthetic corpora (scripts/synthCorpus.ts): extraction time, index build time,
 * RSS, per-question latency (p50/p99) over a fixed question set, and a naive fuse.js scan over every
 * sentence (fuse defaults) measured in the same run as the reference. Each size runs in its own
 * process so RSS is not inherited from a smaller run. Memory is given three ways: RSS after a full GC (what the
 * process keeps), its peak (maxRSS, set by the largest transient allocation) and the live heap after GC (steady
 * from run to run, unlike RSS, which depends on when V8 hands pages back).
 *
 *   npm run bench -- [--sizes 200,2000,20000] [--naive-questions 12]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { splitSentences } from '../src/core/text.js';
import { loadCorpus } from '../src/corpus/load.js';
import { extractCorpusParallel } from '../src/extract/index.js';
import { createSearchIndex } from '../src/search/index.js';
import { synthCorpus } from './synthCorpus.js';

// General news questions (no answer tuned in): topics, intents, no diacritics, English, dates, off-topic.
const QUESTIONS = [
  'đàm phán', 'lệnh trừng phạt', 'điện đàm giữa hai tổng thống', 'hội nghị thượng đỉnh diễn ra khi nào',
  'ai nói sẵn sàng bình thường hóa quan hệ', 'dam phan hoa binh', 'what did the spokesman say about sanctions',
  'gia nhập NATO', 'mở rộng về phía đông', 'lệnh cấm đi lại đối với quan chức', 'dự thảo hiệp ước an ninh',
  'sự kiện tháng 1/2022', 'chiến dịch quân sự bắt đầu khi nào', 'vũ khí tấn công', 'giá vàng hôm nay',
  'kết quả bóng đá', 'người phát ngôn nói gì về đối thoại', 'quan hệ song phương', 'thỏa thuận ngừng bắn',
  'when was the phone call', 'căng thẳng leo thang ở biên giới', 'nhậm chức tổng thống', 'xung đột vũ trang',
  'liên lạc giữa hai nước', 'hãng tin trả lời phỏng vấn',
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

interface Row {
  articles: number;
  units: number;
  extractS: number;
  buildS: number;
  rssMiB: number;
  peakRssMiB: number;
  heapMiB: number;
  p50: number;
  p99: number;
  naiveP50: number;
  naiveN: number;
}

async function runSize(size: number, naiveQuestions: number): Promise<Row> {
  const seeds = await loadCorpus(resolve(fileURLToPath(import.meta.url), '../../seeds'));
  const docs = synthCorpus(seeds.documents, size, 42);
  let t = performance.now();
  // The pipeline's path: worker threads for large corpora, one thread below the threshold.
  const extraction = await extractCorpusParallel(docs);
  const extractS = (performance.now() - t) / 1000;
  t = performance.now();
  const index = createSearchIndex(extraction);
  const buildS = (performance.now() - t) / 1000;
  globalThis.gc?.();
  const mem = process.memoryUsage();
  const rssMiB = mem.rss / 2 ** 20;
  const heapMiB = mem.heapUsed / 2 ** 20;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;

  const speakers = index.suggestSpeakers('', 5).map((s) => `${s.name} nói gì về đàm phán`);
  const questions = [...QUESTIONS, ...speakers];
  for (const q of questions) index.ask(q); // warm-up: lazy fuse indexes, JIT
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of questions) {
      const s = performance.now();
      index.ask(q);
      times.push(performance.now() - s);
    }
  }

  const sentences = docs.flatMap((d) => d.paragraphs.flatMap((p) => splitSentences(p)));
  const fuse = new Fuse(sentences);
  const naive: number[] = [];
  for (const q of QUESTIONS.slice(0, naiveQuestions)) {
    const s = performance.now();
    fuse.search(q, { limit: 5 });
    naive.push(performance.now() - s);
  }
  return {
    articles: size, units: sentences.length + extraction.quotes.length + extraction.events.length, extractS, buildS, rssMiB, peakRssMiB, heapMiB,
    p50: percentile(times, 50), p99: percentile(times, 99), naiveP50: percentile(naive, 50), naiveN: naive.length,
  };
}

async function main(): Promise<void> {
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    const row = await runSize(Number(process.argv[child + 1]), Number(arg('--naive-questions', '12')));
    process.stdout.write(`${JSON.stringify(row)}\n`);
    return;
  }
  const sizes = arg('--sizes', '200,2000,20000').split(',').map(Number);
  const rows: Row[] = [];
  for (const size of sizes) {
    // Fewer naive questions at large sizes: one fuse scan of 700 000 sentences takes seconds.
    const naiveQuestions = size >= 20000 ? 3 : size >= 2000 ? 8 : 12;
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size), '--naive-questions', String(naiveQuestions)],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const row = JSON.parse(out.trim().split('\n').pop()!) as Row;
    rows.push(row);
    // Each row as soon as it is measured: the largest size can take many minutes.
    console.error(`done ${size}: ${JSON.stringify(row)}`);
  }
  console.log('| articles | units | extraction | index build | RSS | peak RSS | heap after GC | ask p50 | ask p99 | naive fuse p50 (n) | speed-up (p50) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.articles} | ${r.units} | ${r.extractS.toFixed(2)} s | ${r.buildS.toFixed(2)} s | ${r.rssMiB.toFixed(0)} MiB | ${r.peakRssMiB.toFixed(0)} MiB | ${r.heapMiB.toFixed(0)} MiB | ` +
        `${r.p50.toFixed(2)} ms | ${r.p99.toFixed(2)} ms | ${r.naiveP50.toFixed(0)} ms (${r.naiveN}) | ${(r.naiveP50 / Math.max(r.p50, 0.001)).toFixed(0)}× |`,
    );
  }
}

await main();
