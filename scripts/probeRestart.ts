/**
 * Where a restart's memory is (issue 16): one restart over a corpus kept by `npm run bench -- --keep DIR`, then, after
 * a full GC, the RSS and what makes it: V8's heap spaces (committed and used: the new space's semi-spaces are
 * committed whatever they hold), the memory outside the heap (typed arrays), and the process's anonymous pages.
 * The first start of new code rebuilds the snapshot (its key hashes the program): run it twice and read the second.
 *
 *   node --expose-gc --import tsx scripts/probeRestart.ts -- --keep DIR [--size 20000]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { buildPipeline } from '../src/pipeline.js';
import { arg, QUESTIONS } from './benchCommon.js';

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const root = join(resolve(arg('--keep', '')), arg('--size', '20000'));
  if (!globalThis.gc) throw new Error('run with node --expose-gc');
  const t = performance.now();
  const cpu = process.cpuUsage();
  const pipeline = await buildPipeline(join(root, 'corpus'), { dataDir: join(root, 'data'), snapshotMinDocuments: 1 });
  pipeline.index.ask(QUESTIONS[0]!);
  const used = process.cpuUsage(cpu);
  globalThis.gc();
  const m = process.memoryUsage();
  console.log(
    `first answer ${((performance.now() - t) / 1000).toFixed(2)} s, CPU ${((used.user + used.system) / 1e6).toFixed(2)} s, ` +
      `snapshot ${String(pipeline.fromSnapshot)}, index ${String(pipeline.indexFromSnapshot)}, load ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(`RSS after GC ${mib(m.rss)}, peak ${mib(process.resourceUsage().maxRSS * 1024)}`);
  console.log(`V8 heap ${mib(m.heapUsed)} used of ${mib(m.heapTotal)} committed; outside it ${mib(m.external)} (typed arrays ${mib(m.arrayBuffers)})`);
  for (const s of getHeapSpaceStatistics()) {
    if (s.space_size > 0) console.log(`  ${s.space_name}: ${mib(s.space_used_size)} used of ${mib(s.space_size)}`);
  }
  const anon = /^Anonymous:\s+(\d+) kB/m.exec(readFileSync('/proc/self/smaps_rollup', 'utf8'));
  if (anon) console.log(`anonymous pages ${mib(Number(anon[1]) * 1024)}`);
}

await main();
