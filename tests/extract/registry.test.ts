import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { substringDistance } from '../../src/extract/speakers.js';
import { makeDoc, quoteWith } from '../helpers/articles.js';

describe('substringDistance', () => {
  it.each([
    ['berg', 'berg', 0],
    ['berg', 'berk', 1],
    ['berg', 'steinberg', 0],
    ['lindqvist', 'lindkvist', 1],
    ['olsen', 'olsson', 2],
    ['abcd', 'wxyz', 4],
    ['berg', '', 4],
  ])('%s in %s: %i edits', (pattern, text, want) => {
    expect(substringDistance(pattern, text)).toBe(want);
  });

  it('stops early once the limit is passed, still reporting more than the limit', () => {
    expect(substringDistance('abcdefgh', 'zzzzzzzz', 2)).toBeGreaterThan(2);
  });
});

describe('speaker registry over many people', () => {
  it('a misspelt surname finds its person among many alike names with the same first letter', () => {
    // Names sharing first letters and bigrams with the misspelt one: the candidate narrowing must keep the right one.
    const crowd = ['Berger', 'Bergman', 'Berggren', 'Bernal', 'Barg', 'Borg', 'Bengtsson', 'Berlin', 'Bertil', 'Brenner']
      .map((s, i) => makeDoc([`Ông Lars ${s} nói: “Phiên họp số ${i + 1} đã kết thúc mà chưa có kết luận nào”.`], { published: '2023-05-10' }));
    const ex = extractCorpus([
      ...crowd,
      makeDoc(['Ngoại trưởng Anna Lindqvist nói: “Chúng tôi ủng hộ một giải pháp hòa bình lâu dài”.'], { published: '2023-05-10' }),
      makeDoc(['Bà Anna Lindkvist cho biết: “Các lệnh trừng phạt sẽ được xem xét lại vào mùa thu”.'], { published: '2023-05-11' }),
    ]);
    expect(quoteWith(ex, 'Các lệnh trừng phạt')?.speaker).toBe('Anna Lindqvist');
    expect(quoteWith(ex, 'Phiên họp số 3')?.speaker).toBe('Lars Berggren');
  });

  it('a role description never names a person known only from other articles', () => {
    const ministers = ['Tài chính', 'Quốc phòng', 'Y tế', 'Giáo dục', 'Nội vụ', 'Tư pháp']
      .map((field, i) => makeDoc([`Bộ trưởng ${field} ${['Erik Nordahl', 'Jonas Vik', 'Maja Strand', 'Ola Fjell', 'Siri Moen', 'Tor Haug'][i]} nói: “Ngân sách năm tới sẽ được công bố vào tuần sau”.`], { published: '2023-05-10' }));
    const ex = extractCorpus([
      ...ministers,
      makeDoc(['Bộ trưởng Y tế cảnh báo: “Mùa cúm năm nay có thể đến sớm hơn mọi năm”.'], { published: '2023-05-12' }),
    ]);
    // The article names no one: its own words describe the speaker, and no other article's minister stands in.
    expect(quoteWith(ex, 'Mùa cúm năm nay')?.speaker).toBe('Bộ trưởng Y tế');
  });
});
