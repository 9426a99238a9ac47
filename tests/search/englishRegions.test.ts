import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented articles: a Vietnamese report on a carrier's network, an English report on storms where a deputy minister
// speaks, and a Vietnamese one on the same storms where another official speaks.
const doc = articlesOn('2025-10-02');
const NETWORK = doc('n1.txt', 'Nhà mạng Sao Biển mở rộng vùng phủ sóng', [
  'Nhà mạng Sao Biển cho biết sẽ lắp đặt thêm 4.000 trạm phát sóng mới trong năm nay, tập trung ở vùng núi phía Bắc.',
]);
const STORM = doc('s1.txt', 'Storm floods villages in central Vietnam', [
  'Deputy Minister Hoang Van Lam said rescue teams were moving food to flooded villages in the central provinces.',
]);
const OTHER = doc('s2.txt', 'Mưa lớn gây ngập ở miền Trung', [
  'Ông Lê Minh Quang cho biết nước trên các sông ở miền Trung đang lên nhanh.',
]);
const quote = (id: string, speakerId: string, speaker: string, text: string, d: CorpusDocument): Quote => quoteIn(d, 0, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-10-02', dateSource: 'published',
});
const EXTRACTION: Extraction = {
  documents: [NETWORK, STORM, OTHER],
  speakers: [
    { id: 'sao-bien', name: 'Nhà mạng Sao Biển', aliases: [], role: null },
    { id: 'hoang-van-lam', name: 'Hoang Van Lam', aliases: ['Lam'], role: 'Deputy Minister' },
    { id: 'le-minh-quang', name: 'Lê Minh Quang', aliases: ['ông Quang'], role: null },
  ],
  quotes: [
    quote('n', 'sao-bien', 'Nhà mạng Sao Biển', 'sẽ lắp đặt thêm 4.000 trạm phát sóng mới trong năm nay, tập trung ở vùng núi phía Bắc', NETWORK),
    quote('s', 'hoang-van-lam', 'Hoang Van Lam', 'rescue teams were moving food to flooded villages in the central provinces', STORM),
    quote('o', 'le-minh-quang', 'Lê Minh Quang', 'nước trên các sông ở miền Trung đang lên nhanh', OTHER),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('English vocabulary of regions and networks (lexicon.json)', () => {
  it('an English question about base stations to install finds the Vietnamese "lắp đặt … trạm phát sóng"', () => {
    const [r] = index.ask('How many base stations will the carrier install this year?');
    expect(r?.text).toContain('trạm phát sóng');
  });

  it('a Vietnamese question about "miền Trung" finds what a speaker said in an English report on central Vietnam', () => {
    const [r] = index.ask('Thứ trưởng Hoàng Văn Lâm nói gì về các tỉnh miền Trung?');
    expect(r?.speaker).toBe('Hoang Van Lam');
    expect(r?.text).toContain('rescue teams');
  });
});
