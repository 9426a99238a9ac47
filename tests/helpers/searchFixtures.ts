/**
 * A small hand-built Extraction for search tests: invented people, outlets and statements, written
 * in Vietnamese news style. Nothing here comes from the seed articles.
 */
import type { CorpusDocument, CorpusEvent, Extraction, Quote, SourceRef, Speaker } from '../../src/core/types.js';

function doc(file: string, title: string, published: string, paragraphs: string[]): CorpusDocument {
  return {
    file, path: `/corpus/${file}`, title, outlet: file.startsWith('b') ? 'Báo B' : 'Báo A', author: null, url: null,
    published, publishedEvidence: 'header', publishedRaw: published, paragraphs, mtimeMs: 0, warnings: [],
  };
}

export const DOCS: CorpusDocument[] = [
  doc('a1.txt', 'Ngoại trưởng Lindqvist kêu gọi đàm phán về nguồn nước', '2023-03-15', [
    'Ngoại trưởng Erik Lindqvist hôm 14/3 cho biết Thụy Điển sẵn sàng thương lượng với các nước láng giềng về việc chia sẻ nguồn nước sông Torne.',
    '“Chúng tôi không muốn áp đặt chế tài lên bất kỳ ai, đối thoại là con đường duy nhất”, ông Lindqvist nói.',
    'Cuộc họp thượng đỉnh khu vực Bắc Âu dự kiến diễn ra tại Oslo vào ngày 2/5/2023.',
  ]),
  doc('b1.txt', 'Thụy Điển muốn đối thoại về sông Torne', '2023-03-16', [
    'Theo Báo B, ông Erik Lindqvist khẳng định đối thoại là cần thiết.',
    '“Chúng tôi không muốn áp đặt chế tài lên bất kỳ ai, đối thoại là con đường duy nhất”, ông Lindqvist nói.',
  ]),
  doc('a2.txt', 'Bộ trưởng Tài chính Marisol Quintero cảnh báo lạm phát', '2023-06-02', [
    'Bộ trưởng Tài chính Marisol Quintero ngày 1/6 cảnh báo lạm phát có thể vượt 9% trong quý tới.',
    'Bà Quintero nói rằng ngân hàng trung ương cần tăng lãi suất thêm 0,5 điểm phần trăm.',
    'Chính phủ đã cấm vận xuất khẩu ngũ cốc sang ba nước từ tháng 1/2022.',
    'Những con cò trắng bay qua cánh đồng lúa chín vàng ven sông.',
  ]),
  doc('a3.txt', 'Điện đàm giữa hai thủ tướng', '2024-09-10', [
    'Thủ tướng Henrik Solberg và người đồng cấp Pieter Vandermeer đã có cuộc điện đàm kéo dài 40 phút vào ngày 8/9/2024.',
    'Ông Solberg cho biết hai bên nhất trí nối lại đối thoại về thương mại.',
  ]),
];

const src = (file: string): SourceRef => {
  const d = DOCS.find((x) => x.file === file)!;
  return { file: d.file, title: d.title, url: d.url, published: d.published, outlet: d.outlet };
};

export const SPEAKERS: Speaker[] = [
  { id: 'erik-lindqvist', name: 'Erik Lindqvist', aliases: ['ông Lindqvist', 'Lindqvist', 'Ngoại trưởng Erik Lindqvist'], role: 'Ngoại trưởng' },
  { id: 'marisol-quintero', name: 'Marisol Quintero', aliases: ['bà Quintero', 'Quintero'], role: 'Bộ trưởng Tài chính' },
  { id: 'henrik-solberg', name: 'Henrik Solberg', aliases: ['ông Solberg', 'Solberg'], role: 'Thủ tướng' },
];

const NO_SANCTIONS = 'Chúng tôi không muốn áp đặt chế tài lên bất kỳ ai, đối thoại là con đường duy nhất';

export const QUOTES: Quote[] = [
  {
    id: 'q1', speaker: 'Erik Lindqvist', speakerId: 'erik-lindqvist', text: NO_SANCTIONS, kind: 'direct',
    date: '2023-03-14', dateSource: 'context', excerpt: DOCS[0]!.paragraphs[1]!, sources: [src('a1.txt'), src('b1.txt')],
  },
  {
    id: 'q2', speaker: 'Erik Lindqvist', speakerId: 'erik-lindqvist',
    text: 'Thụy Điển sẵn sàng thương lượng với các nước láng giềng về việc chia sẻ nguồn nước sông Torne', kind: 'indirect',
    date: '2023-03-14', dateSource: 'sentence', excerpt: DOCS[0]!.paragraphs[0]!, sources: [src('a1.txt')],
  },
  {
    id: 'q3', speaker: 'Marisol Quintero', speakerId: 'marisol-quintero',
    text: 'lạm phát có thể vượt 9% trong quý tới', kind: 'indirect', date: '2023-06-01', dateSource: 'sentence',
    excerpt: DOCS[2]!.paragraphs[0]!, sources: [src('a2.txt')],
  },
  {
    id: 'q4', speaker: 'Marisol Quintero', speakerId: 'marisol-quintero',
    text: 'ngân hàng trung ương cần tăng lãi suất thêm 0,5 điểm phần trăm', kind: 'indirect', date: '2023-06-02',
    dateSource: 'published', excerpt: DOCS[2]!.paragraphs[1]!, sources: [src('a2.txt')],
  },
  {
    id: 'q5', speaker: 'Henrik Solberg', speakerId: 'henrik-solberg', text: 'hai bên nhất trí nối lại đối thoại về thương mại',
    kind: 'indirect', date: '2024-09-08', dateSource: 'context', excerpt: DOCS[3]!.paragraphs[1]!, sources: [src('a3.txt')],
  },
];

export const EVENTS: CorpusEvent[] = [
  {
    id: 'e1', date: '2023-05-02', text: 'Cuộc họp thượng đỉnh khu vực Bắc Âu dự kiến diễn ra tại Oslo',
    excerpt: DOCS[0]!.paragraphs[2]!, sources: [src('a1.txt')],
  },
  {
    id: 'e2', date: '2022-01', text: 'Chính phủ đã cấm vận xuất khẩu ngũ cốc sang ba nước',
    excerpt: DOCS[2]!.paragraphs[2]!, sources: [src('a2.txt')],
  },
  {
    id: 'e3', date: '2024-09-08', text: 'cuộc điện đàm kéo dài 40 phút', excerpt: DOCS[3]!.paragraphs[0]!, sources: [src('a3.txt')],
  },
];

/** The whole fixture extraction. */
export function fixtureExtraction(): Extraction {
  return { documents: DOCS, quotes: QUOTES, events: EVENTS, speakers: SPEAKERS };
}
