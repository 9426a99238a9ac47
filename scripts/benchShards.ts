/**
 * Memory and start time of shards on one machine: `npm start` (src/main.ts, as deployed) against the local Discord
 * stand-in, on a synthetic corpus, once with SHARD_COUNT=1 and once with SHARD_COUNT=4 (all four shards in one
 * process, one corpus index). Both runs reuse one DATA_DIR whose corpus snapshot a first, unmeasured start writes,
 * so both measure a restart. RSS is read from /proc when the last shard is ready, after a few seconds of settling;
 * a shard is "ready" when the stand-in has answered its IDENTIFY with READY. The process-per-shard layout
 * (ShardingManager, the old start:sharded) would hold one such process per shard.
 *
 *   npm run bench:shards -- [--size 20000] [--shards 4]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.js';
import { startFakeDiscord, type FakeDiscord } from '../tests/helpers/fakeDiscord/index.js';
import { synthCorpus } from './synthCorpus.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const TOKEN = 'MTcwMDAwMDAwMDAwMDAwMDAwMA.GaBcDe.bench-shards-token-0123456789';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:')) ?? '';
  return Number(/(\d+)/.exec(line)?.[1] ?? 0) / 1024;
}

interface Run {
  shards: number;
  rssMiB: number;
  /** Seconds from spawning the process to each shard's READY. */
  readyS: number[];
}

async function start(fake: FakeDiscord, corpus: string, data: string, shards: number, settleMs: number): Promise<Run> {
  const before = fake.identifies.length;
  const t0 = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, CORPUS_DIR: corpus, DATA_DIR: data, WATCH_CORPUS: 'false', LOG_LEVEL: 'warn', SHARD_COUNT: String(shards), DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    while (fake.identifies.length - before < shards) {
      if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const readyS = fake.identifies.slice(before).map((i) => (i.time - t0) / 1000);
    await new Promise((r) => setTimeout(r, settleMs));
    return { shards, rssMiB: rssMiB(child.pid!), readyS };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main(): Promise<void> {
  const size = Number(arg('--size', '20000'));
  const shards = Number(arg('--shards', '4'));
  const dir = mkdtempSync(join(tmpdir(), 'trichdan-bench-shards-'));
  const corpus = join(dir, 'corpus');
  const data = join(dir, 'data');
  const fake = await startFakeDiscord({ token: TOKEN });
  try {
    const seeds = await loadCorpus(join(ROOT, 'seeds'));
    mkdirSync(corpus, { recursive: true });
    for (const d of synthCorpus(seeds.documents, size, 42)) {
      writeFileSync(join(corpus, d.file), `${d.title ?? ''}\n\n${d.published}\n\n${d.paragraphs.join('\n\n')}\n`);
    }
    process.stderr.write(`${size} articles written; first start (builds the snapshot, not measured)…\n`);
    await start(fake, corpus, data, 1, 0);
    const one = await start(fake, corpus, data, 1, 5_000);
    const many = await start(fake, corpus, data, shards, 5_000);
    const fmt = (r: Run): string => `${r.rssMiB.toFixed(0)} MiB, ready after ${r.readyS.map((s) => s.toFixed(1)).join(' / ')} s`;
    process.stdout.write(
      `${size} articles\n` +
        `1 shard, 1 process:  ${fmt(one)}\n` +
        `${shards} shards, 1 process: ${fmt(many)}\n` +
        `ratio ${(many.rssMiB / one.rssMiB).toFixed(2)}× (process per shard: ${shards}× ≈ ${(shards * one.rssMiB).toFixed(0)} MiB)\n`,
    );
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
