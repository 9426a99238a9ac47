import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote, SourceRef } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';

// Invented Vietnamese articles: a shoe maker on its losses while an audit drags on, a district health chief on
// virus tests, and a club coach on a draw. English questions must reach them through lexicon.json.
function doc(file: string, title: string, paragraphs: string[]): CorpusDocument {
  return {
    file, path: `/c/${file}`, title, outlet: 'Báo M', author: null, url: null, published: '2025-06-02',
    publishedEvidence: 'header', publishedRaw: '2/6/2025', paragraphs, mtimeMs: 0, warnings: [],
  };
}
const SHOES = doc('s1.txt', 'Hãng giày Bến Nghé tạm dừng sản xuất', [
  'Giám đốc Lâm Quốc Bảo cho biết trong lúc chờ kết luận kiểm toán, mỗi ngày công ty mất khoảng 300 triệu đồng tiền hàng tồn.',
  'Công ty Bến Nghé có ba nhà máy ở Bình Dương.',
]);
const HEALTH = doc('h1.txt', 'Huyện Đông Xuyên tăng xét nghiệm Covid-19', [
  'Trưởng phòng Y tế huyện Đông Xuyên Đặng Thị Hoa nói mỗi xã sẽ được cấp thêm bộ xét nghiệm Covid-19 trong tuần này.',
]);
const MATCH = doc('m1.txt', 'Phù Đổng chia điểm với Phố Núi', [
  'HLV Kiều Minh Tâm nói trận hòa không bàn thắng là kết quả công bằng vì cả hai đội đều thiếu người.',
]);
const src = (d: CorpusDocument): SourceRef => ({ file: d.file, title: d.title, url: null, published: d.published, outlet: d.outlet });
const quote = (id: string, speakerId: string, speaker: string, text: string, d: CorpusDocument): Quote => ({
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-06-02', dateSource: 'published', excerpt: d.paragraphs[0]!, sources: [src(d)],
});
const EXTRACTION: Extraction = {
  documents: [SHOES, HEALTH, MATCH],
  speakers: [
    { id: 'lam-quoc-bao', name: 'Lâm Quốc Bảo', aliases: ['ông Bảo'], role: 'Giám đốc' },
    { id: 'dang-thi-hoa', name: 'Đặng Thị Hoa', aliases: ['bà Hoa'], role: 'Trưởng phòng Y tế huyện Đông Xuyên' },
    { id: 'kieu-minh-tam', name: 'Kiều Minh Tâm', aliases: ['HLV Tâm'], role: 'HLV' },
  ],
  quotes: [
    quote('b1', 'lam-quoc-bao', 'Lâm Quốc Bảo', 'trong lúc chờ kết luận kiểm toán, mỗi ngày công ty mất khoảng 300 triệu đồng tiền hàng tồn', SHOES),
    quote('h1', 'dang-thi-hoa', 'Đặng Thị Hoa', 'mỗi xã sẽ được cấp thêm bộ xét nghiệm Covid-19 trong tuần này', HEALTH),
    quote('t1', 'kieu-minh-tam', 'Kiều Minh Tâm', 'trận hòa không bàn thắng là kết quả công bằng vì cả hai đội đều thiếu người', MATCH),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('English words for money, waiting, tests and draws (lexicon.json)', () => {
  it('finds what a company loses every day while it waits', () => {
    const [r] = index.ask('How much money does the shoe company lose every day while waiting?');
    expect(r?.speaker).toBe('Lâm Quốc Bảo');
    expect(r?.text).toContain('mỗi ngày công ty mất');
  });

  it('finds the coronavirus tests of a district and its communes', () => {
    const [r] = index.ask('What did the district say about coronavirus tests for each commune?');
    expect(r?.speaker).toBe('Đặng Thị Hoa');
    expect(r?.text).toContain('xét nghiệm Covid-19');
  });

  it('finds a coach on a goalless draw', () => {
    const [r] = index.ask('What did the coach say about the goalless draw?');
    expect(r?.speaker).toBe('Kiều Minh Tâm');
    expect(r?.text).toContain('trận hòa không bàn thắng');
  });
});
