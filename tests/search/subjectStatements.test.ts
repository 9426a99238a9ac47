import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { quoteIn } from '../helpers/articles.js';

// An invented report: two officers suspended; an officer of the provincial police (no speaker named "Công an …")
// gives the police's view in words that do not repeat what happened.
const DOC: CorpusDocument = {
  file: 's1.txt', path: '/c/s1.txt', title: null, outlet: 'Báo S', author: null, url: null, published: '2025-02-20',
  publishedEvidence: 'header', publishedRaw: '20/2/2025', warnings: [], mtimeMs: 0,
  paragraphs: [
    'Sáng 19-2, Giám đốc Công an tỉnh Lạc Sơn ký quyết định tạm đình chỉ công tác hai cán bộ cảnh sát giao thông bị tố nhận tiền của nhà xe.',
    'Trong thời gian bị đình chỉ, hai cán bộ cảnh sát giao thông này được điều về phòng tham mưu.',
    'Thượng tá Kha Văn Tường cho biết quan điểm của Công an tỉnh Lạc Sơn là xác minh khách quan, xử lý nghiêm sai phạm nếu có.',
  ],
};
const QUOTE: Quote = quoteIn(DOC, 2, {
  id: 't1', speaker: 'Kha Văn Tường', speakerId: 'kha-van-tuong', kind: 'indirect', date: '2025-02-19', dateSource: 'context',
  text: 'quan điểm của Công an tỉnh Lạc Sơn là xác minh khách quan, xử lý nghiêm sai phạm nếu có',
});
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [{ id: 'kha-van-tuong', name: 'Kha Văn Tường', aliases: ['Thượng tá Kha Văn Tường'], role: 'Thượng tá' }],
  quotes: [QUOTE],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('"what did X say about Y" with X no known speaker', () => {
  it.each([
    'Công an tỉnh Lạc Sơn nói gì về hai cán bộ cảnh sát giao thông bị đình chỉ?',
    'What did Lac Son police say about the two suspended traffic police officers?',
  ])('%s → the statement that holds X, before the sentence that only reports Y', (question) => {
    const [r] = index.ask(question);
    expect(r?.speaker).toBe('Kha Văn Tường');
    expect(r?.text).toBe(QUOTE.text);
  });

  it('a topic question without a reporting verb still gets the sentence that reports it', () => {
    const [r] = index.ask('Hai cán bộ cảnh sát giao thông bị đình chỉ được điều về đâu?');
    expect(r?.text).toContain('được điều về phòng tham mưu');
  });
});
