import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, eventIn, quoteIn } from '../helpers/articles.js';

// Invented articles: a fair that opens and closes, a central bank, and a spokeswoman whose words the
// extractor did not attribute (only a passage carries them).
const doc = articlesOn('2024-03-02', { outlet: 'Báo R', folder: '/r' });
const DOCS = [
  doc('r1.txt', null, [
    'Hội chợ nông sản Lâm Viên đã khai mạc sáng 2/3 tại Đà Lạt với hơn 300 gian hàng.',
    'Ban tổ chức cho biết hội chợ sẽ bế mạc ngày 9/3.',
  ]),
  doc('r2.txt', 'Ngân hàng trung ương tăng lãi suất', [
    'Ngân hàng trung ương hôm qua tăng lãi suất điều hành thêm 0,25 điểm phần trăm.',
  ]),
  doc('r3.txt', 'Cảng Vân Lạc tạm dừng tiếp nhận tàu', [
    'Người phát ngôn Nadia Orlov nói: “Việc tạm dừng tiếp nhận tàu chỉ kéo dài một tuần”.',
    'Cảng Vân Lạc tạm dừng tiếp nhận tàu từ thứ Hai để nạo vét luồng.',
    'Bà Orlov cũng cho biết cảng sẽ tuyển thêm 40 công nhân.',
  ]),
];
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [{ id: 'nadia-orlov', name: 'Nadia Orlov', aliases: ['bà Orlov', 'Orlov'], role: 'Người phát ngôn' }],
  quotes: [
    quoteIn(DOCS[2]!, 2, {
      id: 'o1', speaker: 'Nadia Orlov', speakerId: 'nadia-orlov', text: 'cảng sẽ tuyển thêm 40 công nhân', kind: 'indirect',
      date: '2024-03-02', dateSource: 'published',
    }),
  ],
  events: [
    eventIn(DOCS[0]!, 0, { id: 'e1', date: '2024-03-02', text: 'Hội chợ nông sản Lâm Viên đã khai mạc sáng 2/3 tại Đà Lạt' }),
    eventIn(DOCS[0]!, 1, { id: 'e2', date: '2024-03-09', text: 'hội chợ sẽ bế mạc ngày 9/3' }),
  ],
};
const index = createSearchIndex(EXTRACTION);

describe('ranking', () => {
  it('a two-syllable word asked for outweighs a unit sharing one of its syllables ("bế mạc" is not "khai mạc")', () => {
    const [r] = index.ask('Khi nào hội chợ Lâm Viên bế mạc?');
    expect(r?.date).toBe('2024-03-09');
    expect(r?.text).toContain('bế mạc');
  });

  it('"what did X say about Y" is not answered by Y alone, said by nobody in particular', () => {
    expect(index.ask('lãi suất điều hành').length).toBeGreaterThan(0);
    expect(index.ask('Orlov nói gì về lãi suất điều hành')).toEqual([]);
  });

  it('a sentence that names the asked speaker answers for her when no statement was attributed', () => {
    const [r] = index.ask('bà Orlov nói gì về việc tạm dừng tiếp nhận tàu');
    expect(r?.text).toContain('Nadia Orlov nói');
  });
});
