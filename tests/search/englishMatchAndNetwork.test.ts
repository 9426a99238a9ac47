import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// Invented Vietnamese articles: a network operator's year, and a coach after a match who speaks of each half.
const doc = articlesOn('2025-03-10');
const NETWORK = doc('n1.txt', 'Mạng Sao Mai tăng tốc phủ sóng', [
  'Năm 2024, Mạng Sao Mai đã lắp đặt mới 6.400 trạm phát sóng trên cả nước.',
  'Cũng trong năm 2024, Mạng Sao Mai mở thêm 30 cửa hàng ở miền Trung.',
]);
const MATCH = doc('m1.txt', 'Đội Gò Nổi thắng ngược', [
  'HLV Đinh Văn Khởi nói: "Ở hiệp 1, các cầu thủ của tôi chơi rụt rè và mất bóng nhiều."',
  'Ông Khởi nói thêm: "Sang hiệp 2, chúng tôi dâng cao đội hình và ghi hai bàn."',
]);
const quote = (id: string, text: string, d: CorpusDocument, para: number): Quote => quoteIn(d, para, {
  id, speaker: 'Đinh Văn Khởi', speakerId: 'dinh-van-khoi', text, kind: 'direct', date: '2025-03-09', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [NETWORK, MATCH],
  speakers: [{ id: 'dinh-van-khoi', name: 'Đinh Văn Khởi', aliases: ['ông Khởi'], role: 'HLV' }],
  quotes: [
    quote('k1', 'Ở hiệp 1, các cầu thủ của tôi chơi rụt rè và mất bóng nhiều.', MATCH, 0),
    quote('k2', 'Sang hiệp 2, chúng tôi dâng cao đội hình và ghi hai bàn.', MATCH, 1),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('English words of sport and networks find Vietnamese copy (lexicon.json)', () => {
  it('"the second half" is "hiệp 2": the coach\'s words on it, not on the first half', () => {
    const [r] = index.ask('What did coach Dinh Van Khoi say about the second half?');
    expect(r?.speaker).toBe('Đinh Văn Khởi');
    expect(r?.text).toContain('Sang hiệp 2');
  });

  it('"the first half" is "hiệp 1"', () => {
    expect(index.ask('What did Dinh Van Khoi say about the first half?')[0]?.text).toContain('Ở hiệp 1');
  });

  it('"install" and "stations" find "lắp đặt … trạm"', () => {
    const [r] = index.ask('How many stations did Sao Mai install in 2024?');
    expect(r?.text).toContain('6.400 trạm phát sóng');
  });
});
