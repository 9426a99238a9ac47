import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { englishInflections } from '../../src/search/englishInflections.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// Invented English business and city reports: the question writes a word in one form, the article in another.
const doc = articlesOn('2025-04-10');
const FOODS = doc('f1.txt', 'Orbel Foods reports a weak quarter', [
  'Orbel Foods saw sales slip in the first three months of the year.',
  '"Our profits fell because the pepper harvest was poor," chief executive Marla Venn said on Wednesday.',
  '"We will open two new stores in the north next spring," Venn said.',
]);
const CITY = doc('c1.txt', 'Dunmere council closes night markets', [
  'The Dunmere council banned night markets in the old town last month.',
  '"Stalls that blocked the fire lanes forced our hand," mayor Tobias Quell said on Tuesday.',
  '"The new bus line will reach the harbour in June," Quell said.',
]);
const index = createSearchIndex(extractCorpus([FOODS, CITY]));

describe('an English question finds the other inflections of its words', () => {
  it.each([
    ['What did Marla Venn say about profit?', 'Our profits fell because'],
    ['What did Venn say about the profit fall?', 'Our profits fell because'],
    ['What did Venn say about falling profits?', 'Our profits fell because'],
    ['What did Venn say about opening stores?', 'We will open two new stores'],
  ])('%s → her words on it first', (question, words) => {
    const [first] = index.ask(question);
    expect(first?.speaker).toBe('Marla Venn');
    expect(first?.text).toContain(words);
  });

  it('"ban" finds "banned": the mayor on the ban, from the article that writes it', () => {
    const [first] = index.ask('What did mayor Quell say about the ban on night markets?');
    expect(first?.speaker).toBe('Tobias Quell');
    expect(first?.source.file).toBe('c1.txt');
    expect(first?.text).toContain('fire lanes');
  });

  it('a word ending in "s" that is no plural keeps its letters: "news" is not "new"', () => {
    expect(englishInflections('news')).not.toContain('new');
    expect(englishInflections('press')).not.toContain('pres');
    expect(englishInflections('profits')).toContain('profit');
    expect(englishInflections('fell')).toContain('fall');
    expect(englishInflections('banned')).toContain('ban');
  });
});
