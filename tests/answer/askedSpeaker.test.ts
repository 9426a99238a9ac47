/**
 * What a reader sees when a question names a speaker, or carries chat markup: composed articles, real index,
 * replies read through the console (the same command handlers and payloads as Discord).
 */
import { describe, expect, it } from 'vitest';
import type { Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, quoteIn } from '../helpers/articles.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { consoleText } from '../helpers/consoleText.js';

const doc = articlesOn('2025-03-04', { outlet: 'Báo Gió' });
const DOCS = [
  doc('h1.txt', 'Thủ tướng Aino Halvorsen bàn về hợp tác với Tổng thống Kasimir Oduya', [
    'Cố vấn Pekka Lindroos cho biết Tổng thống Kasimir Oduya đã gọi điện cho Thủ tướng Aino Halvorsen về hợp tác năng lượng.',
    'Thủ tướng Aino Halvorsen nói hợp tác năng lượng cần thêm thời gian.',
  ]),
];
const quote = (id: string, speaker: string, speakerId: string, text: string, para: number): Quote => quoteIn(DOCS[0]!, para, {
  id, speaker, speakerId, text, kind: 'indirect', date: '2025-03-03', dateSource: 'context',
});
const EXTRACTION: Extraction = {
  documents: DOCS,
  speakers: [
    { id: 'pekka-lindroos', name: 'Pekka Lindroos', aliases: ['Lindroos'], role: 'Cố vấn' },
    { id: 'aino-halvorsen', name: 'Aino Halvorsen', aliases: ['bà Halvorsen', 'Halvorsen'], role: 'Thủ tướng' },
    { id: 'kasimir-oduya', name: 'Kasimir Oduya', aliases: ['ông Oduya', 'Oduya'], role: 'Tổng thống' },
  ],
  quotes: [
    quote('l1', 'Pekka Lindroos', 'pekka-lindroos', 'Tổng thống Kasimir Oduya đã gọi điện cho Thủ tướng Aino Halvorsen về hợp tác năng lượng', 0),
    quote('h1', 'Aino Halvorsen', 'aino-halvorsen', 'hợp tác năng lượng cần thêm thời gian', 1),
  ],
  events: [],
};

async function consoleReply(line: string): Promise<string> {
  return consoleText(createTestContext({ index: createSearchIndex(EXTRACTION) }), [line]);
}

describe('a question that names its speaker', () => {
  it('"X nói gì về Y" answers with X\'s statement first, not someone else\'s words naming X', async () => {
    const text = await consoleReply('/ask Halvorsen nói gì về Oduya');
    expect(text).toMatch(/Người nói: Aino Halvorsen/);
    expect(text).not.toMatch(/Người nói: Pekka Lindroos/);
  });
});

describe('a named speaker quoted on other things only', () => {
  it('says the speaker is quoted, but on nothing of the topic, and names /quote, instead of only "nothing found"', async () => {
    const text = await consoleReply('/ask Halvorsen nói gì về bóng đá');
    expect(text).toContain('Không tìm thấy gì cho “Halvorsen nói gì về bóng đá”');
    expect(text).toContain('Aino Halvorsen có phát biểu trong các bài báo, nhưng không có phát biểu nào về điều này');
    expect(text).toContain('/quote speaker: Aino Halvorsen');
    expect(text).not.toContain('Hãy thử từ khoá khác');
  });

  it('in English for an English question', async () => {
    const text = await consoleReply('/ask What did Halvorsen say about football?');
    expect(text).toContain('Aino Halvorsen is quoted in the articles, but on nothing of this');
  });

  it('does not claim a person named in the articles but never quoted is quoted', async () => {
    const text = await consoleReply('/ask Oduya nói gì về bóng đá');
    expect(text).toContain('Không tìm thấy gì');
    expect(text).not.toContain('có phát biểu trong các bài báo');
  });
});

describe('chat markup in a question', () => {
  it('mentions, @everyone, custom emoji and channel links are left out of the question', async () => {
    const text = await consoleReply('/ask @everyone <@&123> Halvorsen nói gì? <:hay:456> <#789> 👍');
    expect(text).toContain('Người nói: Aino Halvorsen');
    expect(text).not.toContain('Không tìm thấy');
  });
});
