import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, SourceRef } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';

// An invented trial report: the defence lawyer's plea, and the prosecution's.
const DOC: CorpusDocument = {
  file: 't1.txt', path: '/c/t1.txt', title: 'Xét xử vụ lừa đảo bán đất nền ở Tân Mỹ', outlet: 'Báo S', author: null, url: null,
  published: '2025-05-21', publishedEvidence: 'header', publishedRaw: '21/5/2025', warnings: [], mtimeMs: 0,
  paragraphs: [
    'Luật sư Quách Minh Tân, người bào chữa cho bị cáo Hạnh, cho rằng thân chủ chỉ ký giấy tờ theo chỉ đạo của công ty.',
    'Đại diện viện kiểm sát đề nghị mức án 12 năm tù với bị cáo Hạnh về tội lừa đảo.',
  ],
};
const src: SourceRef = { file: DOC.file, title: DOC.title, url: null, published: DOC.published, outlet: DOC.outlet };
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [{ id: 'quach-minh-tan', name: 'Quách Minh Tân', aliases: ['Luật sư Quách Minh Tân'], role: 'Luật sư' }],
  quotes: [{
    id: 'l1', speaker: 'Quách Minh Tân', speakerId: 'quach-minh-tan', kind: 'indirect', date: '2025-05-20', dateSource: 'context',
    text: 'thân chủ chỉ ký giấy tờ theo chỉ đạo của công ty', excerpt: DOC.paragraphs[0]!, sources: [src],
  }],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('an English question names a role the Vietnamese copy writes its own way', () => {
  it('"the defence lawyer" is "luật sư" / "người bào chữa", not the ministry of defence', () => {
    const [r] = index.ask('What did the defence lawyer say at the land fraud trial?');
    expect(r?.speaker).toBe('Quách Minh Tân');
  });
});
