/**
 * Hostile-text benchmark (issue 12): for each hostile family of tests/helpers/hostileText.ts, the time to read
 * (decode, furniture, metadata) and extract one article of 4 KB, 64 KB, 256 KB and 1 MB, in microseconds per KB.
 * Each family is placed as the page's first line, under the headline and as a body paragraph; the table shows the
 * worst place. Linear processing keeps µs/KB flat along a row; a quadratic pattern multiplies it by 4 from one
 * column to the next (×16 from 256 KB to 1 MB).
 *
 *   npx tsx scripts/benchHostile.ts [--sizes 4,64,256,1024] [--family spaces]
 */
import { parseArticle } from '../src/corpus/parse.js';
import { extractCorpus } from '../src/extract/index.js';
import { HOSTILE_FAMILIES, HOSTILE_PLACES, hostileArticle } from '../tests/helpers/hostileText.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizesKb = (arg('sizes') ?? '4,64,256,1024').split(',').map(Number);
const only = arg('family');

/** Milliseconds to read and extract one article, the best of `rounds` (small sizes are noisy on a shared machine). */
function timeOne(text: string, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    extractCorpus([parseArticle('hostile.txt', text)]);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// Warm the JIT on an ordinary article first, so the 4 KB column does not pay for compilation.
timeOne(hostileArticle(HOSTILE_FAMILIES[0]!, 4096), 20);

const head = ['family', ...sizesKb.map((k) => `${k >= 1024 ? `${k / 1024} MB` : `${k} KB`} µs/KB`), '256 KB total', 'worst place'];
console.log(`| ${head.join(' | ')} |`);
console.log(`| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
for (const family of HOSTILE_FAMILIES) {
  if (only && family.name !== only) continue;
  const cells: string[] = [];
  let total256 = '';
  let worstPlace = '';
  for (const kb of sizesKb) {
    let worst = 0;
    for (const place of HOSTILE_PLACES) {
      const ms = timeOne(hostileArticle(family, kb * 1024, place), kb <= 64 ? 5 : 1);
      if (ms > worst) [worst, worstPlace] = [ms, place];
    }
    cells.push(((worst * 1000) / kb).toFixed(0));
    if (kb === 256) total256 = `${(worst / 1000).toFixed(2)} s`;
  }
  console.log(`| ${family.name} | ${cells.join(' | ')} | ${total256} | ${worstPlace} |`);
}
