/**
 * Issue 14: what a reader sees when the first answer has no speaker. A statement whose speaker could not be told says
 * so ("không xác định được", not a guess and not "the article names nobody": its excerpt may name them); a passage (a
 * sentence of the article, no statement) says what it is, rather than "speaker: not named" beside a sentence that
 * plainly names someone.
 */
import { describe, expect, it } from 'vitest';
import { answerSetText } from '../../src/answer/plainText.js';
import { answerQuestion } from '../../src/answer/view.js';
import type { Extraction } from '../../src/core/types.js';
import { buildAnswerReply, type ReplyPayload } from '../../src/discord/replies.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';

// An invented report: a board member's words the extraction could not attribute (a description, no name), and the
// reporter's own sentence naming the chairman.
const doc = articlesOn('2025-07-02');
const PORT = doc('p1.txt', 'Cảng Vân Khê tăng phí neo đậu', [
  '“Phí neo đậu mới sẽ áp dụng cho mọi tàu trên 500 tấn từ tháng 8”, một thành viên hội đồng quản trị cảng nói.',
  'Tại cuộc họp, Chủ tịch cảng Vân Khê Trịnh Quốc Bảo công bố kế hoạch nạo vét luồng tàu trong quý III.',
]);
const EXTRACTION: Extraction = {
  documents: [PORT],
  speakers: [],
  quotes: [
    quoteIn(PORT, 0, {
      id: 'b1', speaker: null, speakerId: null, text: 'Phí neo đậu mới sẽ áp dụng cho mọi tàu trên 500 tấn từ tháng 8',
      kind: 'direct', date: '2025-07-01', dateSource: 'context',
    }),
  ],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

function embedFields(p: ReplyPayload): string[] {
  return (p.embeds ?? []).flatMap((e) => (e.fields ?? []).map((f) => `${f.name}: ${f.value}`));
}

describe('a statement with no speaker ranked first', () => {
  const set = answerQuestion(index, 'Ai nói phí neo đậu mới áp dụng cho tàu trên 500 tấn?');

  it('the console and CLI say the speaker could not be told, and give no name', () => {
    const text = answerSetText(set);
    expect(text).toContain('“Phí neo đậu mới sẽ áp dụng cho mọi tàu trên 500 tấn từ tháng 8”');
    expect(text).toContain('Người nói: không xác định được');
    expect(text).not.toContain('không nêu tên');
  });

  it('the Discord embed says the same', () => {
    expect(embedFields(buildAnswerReply({ set, page: 0, lang: 'vi', state: 's' }))).toContain('Người nói: không xác định được');
  });

  it('in English: "Speaker: not identified"', () => {
    expect(answerSetText(set, 'en')).toContain('Speaker: not identified');
  });
});

describe('a sentence of the article ranked first', () => {
  const set = answerQuestion(index, 'Chủ tịch cảng Vân Khê công bố kế hoạch nạo vét luồng tàu');

  it('is shown as the article\'s sentence, with no "speaker" line beside the name it holds', () => {
    const text = answerSetText(set);
    expect(text).toContain('Trịnh Quốc Bảo công bố kế hoạch nạo vét luồng tàu');
    expect(text).toContain('Loại: câu trong bài báo, không phải lời được trích');
    expect(text).not.toContain('Người nói:');
  });

  it('the Discord embed says the same', () => {
    const fields = embedFields(buildAnswerReply({ set, page: 0, lang: 'en', state: 's' }));
    expect(fields).toContain('Kind: a sentence of the article, not a quoted statement');
    expect(fields.some((f) => f.startsWith('Speaker'))).toBe(false);
  });
});
