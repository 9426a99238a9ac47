/**
 * A question about a person the articles name but never quote: the answers are other people's words, and the reply
 * says so before them (console text and Discord embed). Composed article, real index.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/view.js';
import type { Extraction, Quote } from '../../src/core/types.js';
import { buildAnswerReply } from '../../src/discord/replies.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { consoleText } from '../helpers/consoleText.js';

const DOC = articlesOn('2025-06-02', { outlet: 'Báo Gió' })('s1.txt', 'Hội đồng tỉnh chất vấn Giám đốc Sở Lê Văn Tám', [
  'Sáng 2/6, các đại biểu chất vấn Giám đốc Sở Giao thông Lê Văn Tám về tiến độ cầu Nậm Pồ.',
  'Chủ tọa Hà Thị Nga nói phiên chất vấn về tiến độ cầu Nậm Pồ diễn ra thẳng thắn.',
]);
const QUOTE: Quote = quoteIn(DOC, 1, {
  id: 'n1', speaker: 'Hà Thị Nga', speakerId: 'ha-thi-nga', text: 'phiên chất vấn về tiến độ cầu Nậm Pồ diễn ra thẳng thắn', kind: 'indirect',
  date: '2025-06-02', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: [DOC],
  speakers: [{ id: 'ha-thi-nga', name: 'Hà Thị Nga', aliases: ['bà Nga'], role: 'Chủ tọa' }],
  quotes: [QUOTE],
  events: [],
};
const index = createSearchIndex(EXTRACTION);

async function consoleReply(line: string): Promise<string> {
  return consoleText(createTestContext({ index }), [`${line}`]);
}

describe('a person named in the articles but never quoted', () => {
  const question = 'Giám đốc Lê Văn Tám trả lời thế nào về tiến độ cầu Nậm Pồ tại phiên chất vấn?';

  it('the console says there is no statement of theirs before the closest answer', async () => {
    const text = await consoleReply(`/ask ${question}`);
    expect(text).toContain('Không tìm thấy phát biểu nào của Lê Văn Tám về điều này');
    expect(text).toContain('cầu Nậm Pồ');
    expect(text).not.toContain('Người nói: Lê Văn Tám');
  });

  it('the Discord embed carries the same note', () => {
    const reply = buildAnswerReply({ set: answerQuestion(index, question), page: 0, lang: 'vi', state: 's' });
    expect(reply.embeds?.[0]?.description).toContain('Không tìm thấy phát biểu nào của Lê Văn Tám');
  });

  it('no note when the question asks of the person who is quoted', async () => {
    const text = await consoleReply('/ask Chủ tọa Hà Thị Nga nói gì về phiên chất vấn?');
    expect(text).toContain('Người nói: Hà Thị Nga');
    expect(text).not.toContain('Không tìm thấy');
  });
});
