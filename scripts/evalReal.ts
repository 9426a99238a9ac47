/**
 * The judges' scorers (../shared/eval/judge/) on the real news pages (../shared/eval/real-dev/): extraction
 * (quote precision/recall, speaker and date accuracy, wrong name / wrong date shown, traps, events) and questions
 * (hit@1, hit@3, MRR by category). They call this checkout's CLI, exactly as the judges do.
 *
 *   npm run eval:real [-- --verbose] [-- --set DIR]     DIR holds corpus/, gold.json, questions.jsonl
 *
 * A report: exits 0 unless a scorer cannot run (python3 missing, the CLI fails).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const SET = resolve(ROOT, setAt >= 0 && args[setAt + 1] ? args[setAt + 1]! : '../shared/eval/real-dev');
const JUDGE = resolve(ROOT, '../shared/eval/judge');
const verbose = args.includes('--verbose') || args.includes('-v');
const corpus = join(SET, 'corpus');
const cli = ['npm', 'run', '--silent', 'cli', '--'];

function run(script: string, data: string, command: string[]): number {
  // After the data file: score_qa.py reads its questions from argv[1].
  const flags = verbose ? ['-v'] : [];
  const r = spawnSync('python3', [join(JUDGE, script), data, ...flags, '--', ...command], { cwd: ROOT, stdio: 'inherit' });
  if (r.error) {
    console.error(`cannot run python3 for ${script}: ${r.error.message}`);
    return 2;
  }
  return r.status ?? 1;
}

for (const p of [JUDGE, corpus, join(SET, 'gold.json')]) {
  if (!existsSync(p)) {
    console.error(`eval:real needs ${p} (the shared evaluation folder beside this checkout)`);
    process.exit(2);
  }
}
console.log(`extraction on ${SET}`);
let status = run('score_extract.py', join(SET, 'gold.json'), [...cli, 'extract', '--json', '--corpus', corpus]);
if (existsSync(join(SET, 'questions.jsonl'))) {
  console.log(`\nquestions on ${SET}`);
  status ||= run('score_qa.py', join(SET, 'questions.jsonl'), [...cli, 'ask', '--json', '--corpus', corpus]);
}
process.exit(status);
