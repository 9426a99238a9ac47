/**
 * Hostile-text benchmark (issue 12): for each hostile family of tests/helpers/hostileText.ts, the time to read
 * (decode, furniture, metadata) and extract one article of 4 KB, 64 KB, 256 KB and 1 MB, in CPU microseconds per KB.
 * Each family is placed as the page's first line, under the headline and as a body paragraph; the table shows the
 * worst place. Linear processing keeps µs/KB flat along a row; a quadratic pattern multiplies it by 4 from one
 * column to the next (×16 from 256 KB to 1 MB).
 *
 *   npx tsx scripts/benchHostile.ts [--sizes 4,64,256,1024] [--family spaces]
 *
 * Each family runs in its own process with the garbage collector called before every timing, so one family's
 * megabytes of garbage do not slow the next (on a shared machine, the figures still move by ±30 %).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/corpus/parse.js';
import { extractCorpus } from '../src/extract/index.js';
import { HOSTILE_FAMILIES, HOSTILE_PLACES, hostileArticle } from '../tests/helpers/hostileText.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizesKb = (arg('sizes') ?? '4,64,256,1024').split(',').map(Number);
const only = arg('family');

/**
 * CPU milliseconds (user + system) to read and extract one article, the best of `rounds`: on a shared 2-core machine
 * wall time moves with the other processes, CPU time much less.
 */
function timeOne(article: (tag: string) => string, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    // A new line each round: the loader caches the folded form of the lines it has seen.
    const text = article(`r${r}`);
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.cpuUsage();
    extractCorpus([parseArticle('hostile.txt', text)]);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const head = ['family', ...sizesKb.map((k) => `${k >= 1024 ? `${k / 1024} MB` : `${k} KB`} µs/KB`), '256 KB total', 'worst place'];

/** One table row: this family at every size, in this process. */
function row(name: string): string {
  const family = HOSTILE_FAMILIES.find((f) => f.name === name)!;
  // Warm the JIT on an ordinary article first, so the 4 KB column does not pay for compilation.
  timeOne((tag) => hostileArticle(HOSTILE_FAMILIES[0]!, 4096, 'body', tag), 20);
  const cells: string[] = [];
  let total256 = '';
  let worstPlace = '';
  for (const kb of sizesKb) {
    let worst = 0;
    for (const place of HOSTILE_PLACES) {
      const ms = timeOne((tag) => hostileArticle(family, kb * 1024, place, tag), kb <= 64 ? 5 : 1);
      if (ms > worst) [worst, worstPlace] = [ms, place];
    }
    cells.push(((worst * 1000) / kb).toFixed(0));
    if (kb === 256) total256 = `${(worst / 1000).toFixed(2)} s`;
  }
  return `| ${family.name} | ${cells.join(' | ')} | ${total256} | ${worstPlace} |`;
}

if (process.argv.includes('--row')) {
  console.log(row(arg('row')!));
} else {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  const self = fileURLToPath(import.meta.url);
  for (const family of HOSTILE_FAMILIES) {
    if (only && family.name !== only) continue;
    const args = ['--expose-gc', '--import', 'tsx', self, '--row', family.name, '--sizes', sizesKb.join(',')];
    process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  }
}
