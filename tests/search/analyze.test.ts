import { describe, expect, it } from 'vitest';
import { editDistance, isVietnameseSyllable, splitWords } from '../../src/search/analyze.js';
import { InvertedIndexBuilder } from '../../src/search/indexBuilder.js';
import { buildClauses } from '../../src/search/clauses.js';
import { stopFlags } from '../../src/search/stopFlags.js';
import { buildLexicon } from '../../src/search/lexicon.js';
import type { QueryWord } from '../../src/search/question.js';

function words(text: string): QueryWord[] {
  const w = splitWords(text);
  return w.lower.map((lower, i) => ({ lower, folded: w.folded[i]!, pos: i }));
}

describe('splitWords', () => {
  it('folds diacritics and đ while keeping the original words', () => {
    const w = splitWords('Điện Kremlin ĐÀM PHÁN');
    expect(w.folded).toEqual(['dien', 'kremlin', 'dam', 'phan']);
    expect(w.lower).toEqual(['điện', 'kremlin', 'đàm', 'phán']);
  });
});

describe('index terms', () => {
  it('indexes syllables and bigrams, never stopwords, and bigrams do not bridge a stopword', () => {
    const b = new InvertedIndexBuilder(1);
    b.add(0, 0, 'Nga có thể đàm phán với Mỹ về lệnh trừng phạt');
    const idx = b.build([1]);
    expect(idx.unigram('dam')).toBeDefined();
    expect(idx.bigram('dam', 'phan')).toBeDefined();
    expect(idx.bigram('trung', 'phat')).toBeDefined();
    expect(idx.unigram('voi')).toBeUndefined();
    expect(idx.unigram('co')).toBeUndefined();
    expect(idx.bigram('phan', 'my')).toBeUndefined();
  });

  it('tells a stopword from its folded homograph when diacritics are present', () => {
    const b = new InvertedIndexBuilder(1);
    b.add(0, 0, 'Cố vấn của tổng thống có mặt');
    const idx = b.build([1]);
    expect(idx.bigram('co', 'van')).toBeDefined();
    expect(idx.bigram('co', 'mat')).toBeUndefined();
  });
});

describe('stopFlags', () => {
  it('drops question words and stop phrases in Vietnamese with and without diacritics, and in English', () => {
    const kept = (q: string, diacritics: boolean, language: 'vi' | 'en'): string[] => {
      const w = words(q);
      const f = stopFlags(w, { diacritics, language });
      return w.filter((_, i) => !f[i]).map((x) => x.folded);
    };
    expect(kept('Ai là người khởi xướng khi nào', true, 'vi')).toEqual(['nguoi', 'khoi', 'xuong']);
    expect(kept('lenh cam bao gio co hieu luc', false, 'vi')).toEqual(['lenh', 'cam', 'hieu']);
    expect(kept('what did the minister say', false, 'en')).toEqual(['minister']);
  });

  it('keeps a folded stopword that forms a known phrase with its neighbour', () => {
    const w = words('lenh cam co hieu luc');
    const f = stopFlags(w, { diacritics: false, language: 'vi' }, (a, b) => a === 'hieu' && b === 'luc');
    expect(w.filter((_, i) => !f[i]).map((x) => x.folded)).toEqual(['lenh', 'cam', 'hieu', 'luc']);
  });
});

describe('buildClauses', () => {
  const b = new InvertedIndexBuilder(1);
  b.add(0, 0, 'Chính phủ áp đặt chế tài mới');
  b.add(0, 1, 'Hai bên đàm phán về thuế quan');
  const idx = b.build([2]);
  const src = {
    unigram: (w: string) => idx.unigram(w),
    bigram: (x: string, y: string) => idx.bigram(x, y),
    idf: () => 1,
    maxIdf: 5,
    correct: () => null,
  };
  const lexicon = buildLexicon({ synonyms: [['trừng phạt', 'chế tài']], english: { sanction: ['trừng phạt'] } });

  it('turns a lexicon phrase into one concept that matches its synonyms', () => {
    const clauses = buildClauses(words('trừng phạt'), lexicon, src, { diacritics: true, language: 'vi' });
    const concept = clauses.find((c) => c.weight > 0)!;
    expect(concept.forms).toContain('che tai');
    expect(concept.terms.map((t) => t.id)).toContain(idx.bigram('che', 'tai'));
  });

  it('scores each typed syllable of a concept once, also when the lexicon lists the typed phrase among its renderings', () => {
    const clauses = buildClauses(words('chế tài'), lexicon, src, { diacritics: true, language: 'vi' });
    const parts = clauses.filter((c) => c.weight === 0).flatMap((c) => c.terms.map((t) => t.id));
    expect(parts.sort()).toEqual([idx.unigram('che'), idx.unigram('tai')].sort());
  });

  it('maps an English plural to its Vietnamese rendering', () => {
    const clauses = buildClauses(words('sanctions'), lexicon, src, { diacritics: false, language: 'en' });
    expect(clauses.flatMap((c) => c.forms)).toContain('che tai');
  });

  it('gives an unknown word the full weight of an unseen term, so it cannot be ignored', () => {
    const clauses = buildClauses(words('thuế quan xyzzy'), lexicon, src, { diacritics: true, language: 'vi' });
    expect(clauses.find((c) => c.label === 'xyzzy')).toMatchObject({ weight: 5, terms: [] });
  });
});

describe('typo helpers', () => {
  it('counts a swap as one edit and knows Vietnamese syllables from foreign names', () => {
    expect(editDistance('bidem', 'biden')).toBe(1);
    expect(editDistance('lindqvsit', 'lindqvist')).toBe(1);
    expect(isVietnameseSyllable('nghieng')).toBe(true);
    expect(isVietnameseSyllable('bong')).toBe(true);
    expect(isVietnameseSyllable('lindqvist')).toBe(false);
  });
});
