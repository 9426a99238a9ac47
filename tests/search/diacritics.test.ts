import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { accentKey } from '../../src/search/analyze.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, eventIn, quoteIn } from '../helpers/articles.js';

// Invented articles whose words collide once diacritics are removed: a storm ("bão") and a man named Bảo in
// the same city, petrol prices ("giá") and countries ("quốc gia"), a festival that opens and one that closes.
const doc = articlesOn('2024-09-06', { outlet: 'Báo D', folder: '/d' });
const DOCS = [
  doc('storm.txt', 'Cơn bão số 3 đổ bộ Đà Nẵng', [
    'Chiều 5/9, cơn bão số 3 đổ bộ vào Đà Nẵng với sức gió mạnh cấp 12.',
    'Phó chủ tịch thành phố Trần Văn Thắng nói: “Đà Nẵng đã sơ tán hơn hai vạn hộ dân trước khi bão vào”.',
  ]),
  doc('bao.txt', 'Doanh nhân Lê Bảo mở xưởng gỗ ở Đà Nẵng', [
    'Ông Lê Bảo nói: “Xưởng gỗ thứ hai ở Đà Nẵng sẽ mở vào năm sau”.',
  ]),
  doc('fuel.txt', null, [
    'Giá bán lẻ xăng tăng 500 đồng mỗi lít từ 15 giờ chiều nay.',
    'Nhiều quốc gia trong khu vực đã tăng dự trữ xăng từ đầu năm.',
  ]),
  doc('festival.txt', null, [
    'Liên hoan phim Phù Đổng khai mạc tối 1/9 tại nhà hát thành phố.',
    'Ban tổ chức cho biết liên hoan phim sẽ bế mạc tối 8/9.',
  ]),
];
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [
    { id: 'tran-van-thang', name: 'Trần Văn Thắng', aliases: ['ông Thắng'], role: 'Phó chủ tịch thành phố' },
    { id: 'le-bao', name: 'Lê Bảo', aliases: ['ông Bảo'], role: 'doanh nhân' },
  ],
  quotes: [
    quoteIn(DOCS[0]!, 1, {
      id: 'q1', speaker: 'Trần Văn Thắng', speakerId: 'tran-van-thang', kind: 'direct', date: '2024-09-05', dateSource: 'sentence',
      text: 'Đà Nẵng đã sơ tán hơn hai vạn hộ dân trước khi bão vào',
    }),
    quoteIn(DOCS[1]!, 0, {
      id: 'q2', speaker: 'Lê Bảo', speakerId: 'le-bao', kind: 'direct', date: '2024-09-06', dateSource: 'published',
      text: 'Xưởng gỗ thứ hai ở Đà Nẵng sẽ mở vào năm sau',
    }),
  ],
  events: [
    eventIn(DOCS[3]!, 0, { id: 'e1', date: '2024-09-01', text: 'Liên hoan phim Phù Đổng khai mạc tối 1/9' }),
    eventIn(DOCS[3]!, 1, { id: 'e2', date: '2024-09-08', text: 'liên hoan phim sẽ bế mạc tối 8/9' }),
  ],
};
const index = createSearchIndex(EXTRACTION);

describe('diacritics', () => {
  it('one written form whatever the tone placement ("hoà" and "hòa")', () => {
    expect(accentKey('hoà')).toBe(accentKey('hòa'));
    expect(accentKey('bão')).not.toBe(accentKey('bảo'));
  });

  // Bảo's words about Đà Nẵng may still answer in part (the coverage rule counts the place); what changes is
  // that his name no longer counts as the storm, so the statement about the storm comes first, clearly ahead.
  const stormFirst = (question: string): void => {
    const results = index.ask(question);
    expect(results[0]?.speaker).toBe('Trần Văn Thắng');
    expect(results[0]?.text).toContain('bão');
    const bao = results.find((r) => r.speaker === 'Lê Bảo');
    if (bao) expect(bao.score).toBeLessThan(results[0]!.score - 0.1);
  };

  it('"bão" (storm) is not "Bảo" (a name): who spoke about the storm in Đà Nẵng', () => {
    stormFirst('Ai nói về bão ở Đà Nẵng?');
  });

  it('"giá" (price) is not "gia" of "quốc gia"', () => {
    const results = index.ask('giá xăng');
    expect(results[0]?.text).toContain('Giá bán lẻ xăng');
    const country = results.findIndex((r) => r.text.includes('quốc gia'));
    if (country >= 0) expect(results[country]!.score).toBeLessThan(results[0]!.score - 0.2);
  });

  it('"bế mạc" is not "khai mạc"', () => {
    const results = index.ask('Liên hoan phim Phù Đổng bế mạc khi nào?');
    expect(results[0]?.date).toBe('2024-09-08');
    expect(results[0]?.text).toContain('bế mạc');
  });

  it('a question typed without diacritics still finds the accented text, colliding words included', () => {
    const storm = index.ask('ai noi ve bao o da nang');
    expect(storm.some((r) => r.text.includes('bão'))).toBe(true);
    expect(index.ask('gia ban le xang')[0]?.text).toContain('Giá bán lẻ xăng');
    // Folded matching cannot tell the two apart, so the name still answers a diacritic-free "bao".
    expect(index.ask('ong le bao noi gi')[0]?.speaker).toBe('Lê Bảo');
  });

  it('a mixed question: the syllables typed with diacritics decide, the others match folded', () => {
    stormFirst('ai noi ve bão o Da Nang');
  });

  it('an off-topic question typed with diacritics finds nothing through a colliding word', () => {
    const noStorm = createSearchIndex({ ...EXTRACTION, documents: DOCS.slice(1), quotes: EXTRACTION.quotes.slice(1), events: [] });
    // The folded word is there ("Bảo", "quốc gia"): typed without diacritics it is found, as before.
    expect(noStorm.ask('bao').length).toBeGreaterThan(0);
    expect(noStorm.ask('bão')).toEqual([]);
    // "đầu" (start) in "từ đầu năm" and "gia" of "quốc gia" are not "giá dầu" (oil price).
    expect(noStorm.ask('gia dau').length).toBeGreaterThan(0);
    expect(noStorm.ask('giá dầu')).toEqual([]);
  });
});
