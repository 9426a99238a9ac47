import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/search/analyze.js';
import { buildClauses } from '../../src/search/clauses.js';
import { createSearchIndex } from '../../src/search/index.js';
import { InvertedIndexBuilder } from '../../src/search/indexBuilder.js';
import { buildLexicon } from '../../src/search/lexicon.js';
import type { QueryWord } from '../../src/search/question.js';
import { fixtureExtraction } from '../helpers/searchFixtures.js';

const index = createSearchIndex(fixtureExtraction());

function words(text: string): QueryWord[] {
  const w = splitWords(text);
  return w.lower.map((lower, i) => ({ lower, folded: w.folded[i]!, pos: i, capital: /^\p{Lu}/u.test(text.slice(w.starts[i]!)) }));
}

describe('English questions', () => {
  it('reads a role and a topic through the lexicon and answers with the statement', () => {
    const [r] = index.ask('What did the finance minister say about inflation?');
    expect(r?.speaker).toBe('Marisol Quintero');
    expect(r?.text).toContain('lạm phát');
  });

  it('is not blocked by an English word the lexicon cannot translate', () => {
    const [r] = index.ask('What did the finance minister say about stubborn inflation?');
    expect(r?.speaker).toBe('Marisol Quintero');
  });

  it('still finds nothing when the question names someone the corpus never mentions', () => {
    expect(index.ask('What did Jonathan Whitfield say about inflation?')).toEqual([]);
    expect(index.ask('When did the astronauts land on Mars?')).toEqual([]);
  });
});

describe('English function words that are Vietnamese syllables', () => {
  it('indexes "an ninh" and "so sánh" in Vietnamese text', () => {
    const b = new InvertedIndexBuilder(1);
    b.add(0, 0, 'Hội đồng an ninh họp để so sánh hai phương án');
    const idx = b.build([1]);
    expect(idx.bigram('an', 'ninh')).toBeDefined();
    expect(idx.bigram('so', 'sanh')).toBeDefined();
  });

  it('applies an English-only lexicon entry to English questions, never to a Vietnamese one', () => {
    const b = new InvertedIndexBuilder(1);
    b.add(0, 0, 'Nhà máy bị phạt vì xả thải ra sông, du khách Thái Lan phản ánh');
    const idx = b.build([1]);
    const src = {
      unigram: (w: string) => idx.unigram(w), bigram: (x: string, y: string) => idx.bigram(x, y), idf: () => 1, maxIdf: 5,
      correct: () => null,
    };
    const lexicon = buildLexicon({ synonyms: [], english: { thai: ['Thái Lan'] } });
    const vi = buildClauses(words('xa thai'), lexicon, src, { diacritics: false, language: 'vi' });
    expect(vi.flatMap((c) => c.forms)).not.toContain('thai lan');
    expect(vi.map((c) => c.label)).toContain('xa thai');
    const en = buildClauses(words('Thai tourists'), lexicon, src, { diacritics: false, language: 'en' });
    expect(en.flatMap((c) => c.forms)).toContain('thai lan');
  });
});
