/**
 * The lexicon's English map is written by hand and "extended freely": a key written twice is silently the later
 * entry in JSON.parse, so an edit to the first copy does nothing. Each English key is written once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('src/search/lexicon.json', () => {
  it('writes each English key once', () => {
    const text = readFileSync(new URL('../../src/search/lexicon.json', import.meta.url), 'utf8');
    const english = text.slice(text.indexOf('\n "english": {'));
    const keys = [...english.matchAll(/^ {2}"([^"]+)": \[/gmu)].map((m) => m[1]!);
    expect(keys.length).toBe(Object.keys(JSON.parse(text).english).length);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
