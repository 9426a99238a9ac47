/**
 * Rules encode patterns of the language, never facts of one article: no speaker named in the shared eval gold
 * (real-dev and the seed sample) may appear in the source. Institutions that are general knowledge (the White House,
 * the Kremlin) are not article facts and stay allowed; so are names of one word, which collide with common syllables.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '../shared/eval');
const GOLD = [join(SHARED, 'real-dev/gold.json'), join(SHARED, 'seed-gold.json')].filter((p) => existsSync(p));
const INSTITUTIONS = new Set(['nhà trắng', 'điện kremlin', 'the white house', 'white house', 'bộ ngoại giao']);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|json|txt|md)$/.test(name) ? [path] : [];
  });
}

function evalSpeakerNames(): string[] {
  const names = new Set<string>();
  for (const path of GOLD) {
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { quotes?: Array<{ speaker?: string | null }> };
    for (const q of gold.quotes ?? []) {
      const name = q.speaker?.normalize('NFC').trim();
      if (!name || INSTITUTIONS.has(name.toLowerCase())) continue;
      const words = name.split(/\s+/);
      // Person names of two or more capitalised words: a fact of an article, not of the language.
      if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) names.add(name);
    }
  }
  return [...names];
}

describe.skipIf(GOLD.length === 0)('no eval article fact in the source', () => {
  it('names no speaker of the eval gold in src/ or commands/', () => {
    const names = evalSpeakerNames();
    expect(names.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'commands'))]) {
      const text = readFileSync(file, 'utf8').normalize('NFC');
      for (const name of names) if (text.includes(name)) found.push(`${name} in ${file.slice(ROOT.length + 1)}`);
    }
    expect(found).toEqual([]);
  });
});
