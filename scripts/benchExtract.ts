/**
 * Extraction benchmark on the deterministic synthetic corpus (scripts/synthCorpus.ts): wall time and CPU time
 * (user + system, steadier on a shared machine) of extractCorpus for several corpus sizes, each size in a fresh
 * process so JIT and caches do not carry over.
 *
 *   npx tsx scripts/benchExtract.ts [--large]      (n = 200, 600, 2000; --large adds 5000)
 *   npx tsx scripts/benchExtract.ts --one 2000      (one size, in this process)
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import { extractCorpus } from '../src/extract/index.js';
import { synthCorpus } from './synthCorpus.js';

async function runOne(n: number): Promise<void> {
  const seeds = await loadCorpus(resolve('seeds'));
  const docs = synthCorpus(seeds.documents, n);
  const bytes = docs.reduce((s, d) => s + d.paragraphs.reduce((a, p) => a + Buffer.byteLength(p), 0), 0);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const ex = extractCorpus(docs);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ n, mb: +(bytes / 1e6).toFixed(2), ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), msPerDoc: +(ms / n).toFixed(2), quotes: ex.quotes.length, events: ex.events.length, speakers: ex.speakers.length }));
}

const one = process.argv.indexOf('--one');
if (one >= 0) {
  await runOne(Number(process.argv[one + 1]));
} else {
  const sizes = [200, 600, 2000, ...(process.argv.includes('--large') ? [5000] : [])];
  const self = fileURLToPath(import.meta.url);
  for (const n of sizes) {
    process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', self, '--one', String(n)], { encoding: 'utf8' }));
  }
}
