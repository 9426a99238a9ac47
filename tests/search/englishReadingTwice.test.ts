import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented articles. The English reading of a Vietnamese question is read once per corpus and kept (crossLingual.ts):
// a second question, or a second corpus whose vocabulary differs, must still be answered from its own English copy.
const doc = articlesOn('2025-06-03');

function corpus(extra: string[]): Extraction {
  const docs = [
    ...extra.map((p, i) => doc(`other${i}.txt`, 'Harbour works resume', [p])),
    doc('en.txt', 'Ferry operator responds to fare complaints', [
      'The ferry operator said on Monday it would review ticket prices after weeks of complaints.',
      '“We will lower ticket prices for students from July,” spokeswoman Mara Lindqvist told reporters.',
    ]),
  ];
  const target = docs[docs.length - 1]!;
  return {
    documents: docs,
    speakers: [{ id: 'mara-lindqvist', name: 'Mara Lindqvist', aliases: ['Lindqvist'], role: 'spokeswoman' }],
    quotes: [
      quoteIn(target, 1, {
        id: 'q1', speaker: 'Mara Lindqvist', speakerId: 'mara-lindqvist', text: 'We will lower ticket prices for students from July',
        kind: 'direct', date: '2025-06-02', dateSource: 'context',
      }),
    ],
    events: [],
  };
}

describe('the English reading of a question, asked again and over another corpus', () => {
  const question = 'Giá vé cho học sinh sẽ thế nào?';

  it('gives the same answer when the same question is asked twice', () => {
    const index = createSearchIndex(corpus([]));
    const first = index.ask(question).map((r) => [r.text, r.speaker]);
    expect(first[0]).toEqual(['We will lower ticket prices for students from July', 'Mara Lindqvist']);
    expect(index.ask(question).map((r) => [r.text, r.speaker])).toEqual(first);
  });

  it('answers from its own English copy in a corpus whose vocabulary is numbered otherwise', () => {
    createSearchIndex(corpus([])).ask(question);
    const other = createSearchIndex(corpus(['Crews reopened the north pier after the storm damaged its railings.', 'Dock workers praised the quick repairs.']));
    const [r] = other.ask(question);
    expect(r?.source.file).toBe('en.txt');
    expect(r?.speaker).toBe('Mara Lindqvist');
  });
});
