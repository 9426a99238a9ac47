import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, SourceRef } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';

// Invented articles: a fair that opens and closes, a central bank, and a spokeswoman whose words the
// extractor did not attribute (only a passage carries them).
function doc(file: string, title: string | null, paragraphs: string[]): CorpusDocument {
  return {
    file, path: `/r/${file}`, title, outlet: 'Báo R', author: null, url: null, published: '2024-03-02',
    publishedEvidence: 'header', publishedRaw: '2/3/2024', paragraphs, mtimeMs: 0, warnings: [],
  };
}
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
const src = (d: CorpusDocument): SourceRef => ({ file: d.file, title: d.title, url: null, published: d.published, outlet: d.outlet });
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [{ id: 'nadia-orlov', name: 'Nadia Orlov', aliases: ['bà Orlov', 'Orlov'], role: 'Người phát ngôn' }],
  quotes: [
    {
      id: 'o1', speaker: 'Nadia Orlov', speakerId: 'nadia-orlov', text: 'cảng sẽ tuyển thêm 40 công nhân', kind: 'indirect',
      date: '2024-03-02', dateSource: 'published', excerpt: DOCS[2]!.paragraphs[2]!, sources: [src(DOCS[2]!)],
    },
  ],
  events: [
    { id: 'e1', date: '2024-03-02', text: 'Hội chợ nông sản Lâm Viên đã khai mạc sáng 2/3 tại Đà Lạt', excerpt: DOCS[0]!.paragraphs[0]!, sources: [src(DOCS[0]!)] },
    { id: 'e2', date: '2024-03-09', text: 'hội chợ sẽ bế mạc ngày 9/3', excerpt: DOCS[0]!.paragraphs[1]!, sources: [src(DOCS[0]!)] },
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
