/**
 * QA evaluation on the seed corpus: loads seeds via the real loader and extractor, asks every dev
 * question and prints hit@1, hit@3, MRR and the misses.
 *
 *   npm run eval:qa -- [--seeds seeds] [--questions tests/fixtures/eval/dev-questions.jsonl] [--verbose]
 *
 * A result answers when its source (or any of its sources) is the expected file and its text or excerpt
 * contains the expected phrase (folded), or, for `date_prefix` expectations, when its date starts so.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load.js';
import { foldText } from '../src/core/text.js';
import type { AnswerResult } from '../src/core/types.js';
import { extractCorpus } from '../src/extract/index.js';
import { createSearchIndex } from '../src/search/index.js';

interface Expectation {
  file?: string;
  contains?: string;
  date_prefix?: string;
}
interface DevQuestion {
  q: string;
  expect: Expectation[];
  category?: string;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** Whether one result satisfies one expectation. */
export function satisfies(r: AnswerResult, e: Expectation): boolean {
  if (e.date_prefix !== undefined) return (r.date ?? '').startsWith(e.date_prefix);
  const files = new Set([r.source.file, ...r.sources.map((s) => s.file)]);
  if (e.file && !files.has(e.file)) return false;
  if (e.contains === undefined) return true;
  const phrase = foldText(e.contains);
  return foldText(r.text).includes(phrase) || foldText(r.excerpt).includes(phrase);
}

async function main(): Promise<void> {
  const seeds = resolve(arg('--seeds', 'seeds'));
  const questionsPath = arg('--questions', 'tests/fixtures/eval/dev-questions.jsonl');
  const verbose = process.argv.includes('--verbose');
  const corpus = await loadCorpus(seeds);
  const index = createSearchIndex(extractCorpus(corpus.documents));
  const questions = readFileSync(questionsPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevQuestion);
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const results = index.ask(q.q, { limit: 10 });
    const rank = results.findIndex((r) => q.expect.some((e) => satisfies(r, e)));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0 || verbose) {
      const top = results
        .slice(0, 3)
        .map((r, i) => `    ${i + 1}. [${r.type}${r.speaker ? ` ${r.speaker}` : ''}${r.date ? ` ${r.date}` : ''}] ${r.source.file}: ${r.text.slice(0, 110)}`)
        .join('\n');
      misses.push(`${rank === 0 ? 'ok  ' : 'MISS'} (rank ${rank < 0 ? '-' : rank + 1}) ${q.q}\n${top || '    (no results)'}`);
    }
  }
  const n = questions.length || 1;
  const pct = (x: number): string => `${((100 * x) / n).toFixed(1)} %`;
  console.log(`questions: ${questions.length}`);
  console.log(`hit@1: ${pct(hit1)}  hit@3: ${pct(hit3)}  MRR: ${(rr / n).toFixed(3)}`);
  if (misses.length) console.log(`\n${misses.join('\n')}`);
}

await main();
