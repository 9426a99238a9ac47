import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented match report in English: the coach on his striker's knee.
const doc = articlesOn('2025-09-07');
const REPORT = doc('m1.txt', 'Harbour City edge Northvale in cup opener', [
  'Striker Ansel Moreau limped off before half-time.',
  '"It is a knee problem, nothing serious. He will train again next week," coach Erik Lindqvist said.',
]);
const LINDQVIST: Quote = quoteIn(REPORT, 1, {
  id: 'l1', speaker: 'Erik Lindqvist', speakerId: 'erik-lindqvist', kind: 'direct', date: '2025-09-06', dateSource: 'context',
  text: 'It is a knee problem, nothing serious. He will train again next week,',
});
const EXTRACTION: Extraction = {
  documents: [REPORT],
  speakers: [{ id: 'erik-lindqvist', name: 'Erik Lindqvist', aliases: ['coach Erik Lindqvist', 'Lindqvist'], role: 'coach' }],
  quotes: [LINDQVIST],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('an English possessive is no word of the question', () => {
  it.each([
    'What did Erik Lindqvist say about Moreau\'s knee?',
    'What did Erik Lindqvist say about Moreau’s knee?',
  ])('%s → the coach on the knee ("s" is not a word the answer must hold)', (question) => {
    const [r] = index.ask(question);
    expect(r?.speaker).toBe('Erik Lindqvist');
    expect(r?.text).toBe(LINDQVIST.text);
  });
});

// An invented city report: the governor and his aide speak on the same budget.
const CITY = articlesOn('2025-06-03')('b1.txt', 'Larkfield budget passes', [
  '"The budget is balanced and no school will close," Governor Doran Pell said on Monday.',
  'Lise Amar, an aide to Pell, said on Monday that the budget cuts would still fall hardest on rural clinics.',
]);
const cityIndex = createSearchIndex(extractCorpus([CITY]));

describe('"X\'s aide" is not X', () => {
  it.each([
    'What did Pell\'s aide say about the budget?',
    'What did Pell’s aide say about the budget cuts?',
  ])('%s → not the governor\'s own words first', (question) => {
    const [first] = cityIndex.ask(question);
    expect(first?.speaker).not.toBe('Doran Pell');
    expect(first?.text).toContain('rural clinics');
  });

  it('the governor asked of himself still answers', () => {
    const [first] = cityIndex.ask('What did Governor Pell say about the budget?');
    expect(first?.speaker).toBe('Doran Pell');
  });
});
