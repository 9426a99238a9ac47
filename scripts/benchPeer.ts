/**
 * The peer engine of the benchmark: MiniSearch (BM25, a dev dependency of the bench only) over the same sentences
 * the naive scan uses, asked the same questions, in its own process so its memory is its own. It answers with
 * sentences, not attributed quotes, so it is a reference for speed and memory, not for quality.
 */
import MiniSearch from 'minisearch';
import { foldText, splitSentences } from '../src/core/text.js';
import { loadCorpus } from '../src/corpus/load.js';
import { percentile } from './benchCommon.js';

export interface Peer {
  engine: string;
  sentences: number;
  buildS: number;
  rssMiB: number;
  p50: number;
  p99: number;
}

/** Read the corpus, index its sentences with MiniSearch (diacritics folded, as ours), time `questions` × 3 rounds. */
export async function runPeer(dir: string, questions: readonly string[]): Promise<Peer> {
  const { documents } = await loadCorpus(dir);
  const sentences = documents.flatMap((d) => d.paragraphs.flatMap((p) => splitSentences(p)));
  const t = performance.now();
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => foldText(term.toLowerCase()),
  });
  mini.addAll(sentences.map((text, id) => ({ id, text })));
  const buildS = (performance.now() - t) / 1000;
  for (const q of questions) mini.search(q); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of questions) {
      const s = performance.now();
      mini.search(q).slice(0, 10);
      times.push(performance.now() - s);
    }
  }
  globalThis.gc?.();
  return {
    engine: 'MiniSearch 7.2 (BM25)', sentences: sentences.length, buildS,
    rssMiB: process.memoryUsage().rss / 2 ** 20, p50: percentile(times, 50), p99: percentile(times, 99),
  };
}
