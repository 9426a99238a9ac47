/**
 * Who speaks when the evidence is thin: a wrong name is worse than none, so each rule here either finds the
 * person the sentence means or leaves the speaker blank. Sentences written for these tests; people invented.
 */
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, quoteWith } from './docs.js';

const day = { published: '2024-03-02' } as const;
const speakerOf = (paragraphs: string[], words: string) => quoteWith(extractCorpus([makeDoc(paragraphs, day)]), words)?.speaker ?? null;

describe('English possessives', () => {
  it('"X\'s spokesman Y said": the spokesman speaks, not the person he speaks for', () => {
    expect(speakerOf([
      'Trade Minister Ola Strand’s spokesman Per Lund said the minister had not signed the deal and would not sign it this year.',
    ], 'had not signed the deal')).toBe('Per Lund');
  });

  it('a surname after a possessive full name is that person', () => {
    expect(speakerOf([
      'Ola Strand’s remarks, made in a radio interview on Monday, came after the vote.',
      '"We will not raise the tax on fuel before the winter is over," Strand said.',
    ], 'raise the tax on fuel')).toBe('Ola Strand');
  });
});
