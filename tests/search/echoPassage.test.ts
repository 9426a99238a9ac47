import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented trial report: a caption says the defendant spoke his last words, and the next paragraphs give them.
const doc = articlesOn('2025-04-18');
const TRIAL = doc('t1.txt', 'Phiên tòa xử vụ lừa đảo ở Bến Lức', [
  'Bị cáo Lê Văn Tám nói lời sau cùng tại phiên tòa phúc thẩm. |',
  'Tại phiên tòa, bị cáo Lê Văn Tám nói: "Tôi xin lỗi những người đã tin tôi và mong được khoan hồng để sớm về với gia đình."',
  'Bị cáo Lê Văn Tám nói thêm với hội đồng xét xử về khoản tiền 2 tỷ đồng đã chiếm đoạt của các nhà đầu tư ở Bến Lức.',
]);
const quote = (id: string, para: number, text: string): Quote => quoteIn(TRIAL, para, {
  id, speaker: 'Lê Văn Tám', speakerId: 'le-van-tam', text, kind: 'direct', date: '2025-04-17', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [TRIAL],
  speakers: [{ id: 'le-van-tam', name: 'Lê Văn Tám', aliases: ['bị cáo Tám'], role: 'bị cáo' }],
  quotes: [quote('t1', 1, 'Tôi xin lỗi những người đã tin tôi và mong được khoan hồng để sớm về với gia đình.')],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

describe('a sentence that only says the question back is no answer to "X nói gì"', () => {
  it('the defendant\'s last words come first, not the caption the question was written from', () => {
    const [r] = index.ask('Lê Văn Tám nói gì trong lời sau cùng tại phiên tòa phúc thẩm?');
    expect(r?.speaker).toBe('Lê Văn Tám');
    expect(r?.text).toContain('Tôi xin lỗi những người đã tin tôi');
  });

  it('a sentence where he speaks and that says more than the question is still his (the extraction missed it)', () => {
    const answers = index.ask('Lê Văn Tám nói gì về khoản tiền chiếm đoạt?');
    expect(answers[0]?.text).toContain('2 tỷ đồng');
  });
});
