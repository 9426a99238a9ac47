import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { makeDoc, quoteWith } from '../helpers/articles.js';

describe('a given name alone in English copy does not name a person of another article', () => {
  const vietnamese = makeDoc(['Ông Trần Văn Khanh cho biết công ty sẽ mở thêm hai nhà máy ở Cao Bằng trong năm nay.'], { file: 'vi.txt', published: '2024-05-20' });
  const english = makeDoc([
    'Vietnam and Japan agreed to expand trade links on Monday.',
    'Khanh, who is on an official three-day visit to Tokyo, was speaking during a meeting with the Japanese trade minister.',
    'Khanh said Vietnam was willing to open its market to more Japanese farm products.',
  ], { file: 'en.txt', published: '2024-05-20' });
  const ex = extractCorpus([vietnamese, english]);

  it('the English page’s "Khanh" stays its own, not the "Trần Văn Khanh" of the Vietnamese page', () => {
    expect(quoteWith(ex, 'open its market to more Japanese farm products')?.speaker).toBe('Khanh');
    expect(quoteWith(ex, 'mở thêm hai nhà máy')?.speaker).toBe('Trần Văn Khanh');
  });
});
