/**
 * Deterministic synthetic corpus for benchmarks: recombines the paragraphs and sentences of seed
 * articles into N articles, renaming foreign names (people, places, organisations) from a generated
 * pool and moving dates and years, so vocabulary and postings grow like a real corpus would.
 *
 *   npx tsx scripts/synthCorpus.ts --n 200 --out /tmp/synth [--seeds seeds] [--seed 42]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldText, splitSentences } from '../src/core/text.js';
import type { CorpusDocument } from '../src/core/types.js';
import { isVietnameseSyllable } from '../src/search/analyze.js';

/** mulberry32: small, fast, seeded PRNG; the same seed gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'gr', 'kr', 'st', 'br', 'h', 'f'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ei', 'ia', 'ou', 'ar', 'en'];
const CODAS = ['', 'n', 'v', 'k', 'sk', 'ov', 'ski', 'son', 'ez', 'ard', 'in', 'el'];

function makeName(rand: () => number): string {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const syll = (): string => pick(ONSETS) + pick(NUCLEI);
  const word = syll() + (rand() < 0.5 ? syll() : '') + pick(CODAS);
  return word[0]!.toUpperCase() + word.slice(1);
}

/** N synthetic articles made from `seeds` (clean documents from the loader). */
export function synthCorpus(seeds: CorpusDocument[], n: number, seed = 42): CorpusDocument[] {
  const rand = prng(seed);
  const paragraphs = seeds.flatMap((d) => d.paragraphs).filter((p) => p.length > 40);
  const sentences = paragraphs.flatMap((p) => splitSentences(p));
  const titles = seeds.map((d) => d.title).filter((t): t is string => Boolean(t));
  const pool = Array.from({ length: Math.max(200, Math.ceil(n / 4)) }, () => makeName(rand));
  const docs: CorpusDocument[] = [];
  for (let i = 0; i < n; i++) {
    // Each article renames every foreign-looking capitalised word consistently.
    const names = new Map<string, string>();
    const rename = (text: string): string =>
      text
        .replace(/\b\p{Lu}[\p{L}]+/gu, (w) => {
          if (isVietnameseSyllable(foldText(w))) return w;
          let to = names.get(w);
          if (!to) {
            to = pool[Math.floor(rand() * pool.length)]!;
            names.set(w, to);
          }
          return to;
        })
        .replace(/\b(19|20)\d\d\b/g, () => String(2010 + Math.floor(rand() * 16)))
        .replace(/\b(\d{1,2})\/(\d{1,2})\b/g, () => `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}`);
    const body: string[] = [];
    const count = 6 + Math.floor(rand() * 10);
    for (let k = 0; k < count; k++) {
      if (rand() < 0.6) body.push(rename(paragraphs[Math.floor(rand() * paragraphs.length)]!));
      else {
        const m = 2 + Math.floor(rand() * 3);
        body.push(rename(Array.from({ length: m }, () => sentences[Math.floor(rand() * sentences.length)]!).join(' ')));
      }
    }
    const year = 2015 + Math.floor(rand() * 10);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const file = `synth_${String(i).padStart(6, '0')}.txt`;
    docs.push({
      file, path: file, title: titles.length ? rename(titles[Math.floor(rand() * titles.length)]!) : null,
      outlet: `Outlet ${i % 17}`, author: null, url: null, published: `${year}-${month}-${day}`,
      publishedEvidence: 'header', publishedRaw: null, paragraphs: body, mtimeMs: 0, warnings: [],
    });
  }
  return docs;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadCorpus } = await import('../src/corpus/load.js');
  const seeds = await loadCorpus(resolve(arg('--seeds', 'seeds')));
  const out = resolve(arg('--out', '/tmp/synth-corpus'));
  const docs = synthCorpus(seeds.documents, Number(arg('--n', '200')), Number(arg('--seed', '42')));
  mkdirSync(out, { recursive: true });
  for (const d of docs) {
    writeFileSync(join(out, d.file), `${d.title ?? ''}\n\n${d.published}\n\n${d.paragraphs.join('\n\n')}\n`);
  }
  console.log(`${docs.length} articles written to ${out}`);
}
