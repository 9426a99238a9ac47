import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { extractArticle } from '../helpers/articles.js';
import { createTestContext } from '../helpers/botFixtures.js';
import { consoleText } from '../helpers/consoleText.js';

// One invented report: the lede dates the meeting, the first quotation dates itself, the second is dated only by the
// lede's occasion, the third by nothing but the page's stamp, the fourth by nothing at all.
const EX = extractArticle([
  'Chiều 16/4, Chủ tịch huyện Lạc Thủy Tạ Quang Vĩnh tiếp xúc cử tri xã Bình Yên.',
  'Chiều 16/4, ông Vĩnh cho biết: “Cây cầu treo sẽ được thay bằng cầu bê tông”.',
  '“Con đường liên xã sẽ được trải nhựa trước mùa mưa”, ông Vĩnh nói thêm.',
  'Hôm nay, trao đổi với phóng viên, cô giáo Lò Thị Sen cho biết: “Học sinh không còn phải lội suối đến trường”.',
  'Khi nhậm chức, ông Vĩnh từng hứa: “Mỗi xã sẽ có một trạm y tế đạt chuẩn”.',
], { published: '2025-04-18' });

async function ask(question: string, locale = 'vi'): Promise<string> {
  return consoleText(createTestContext({ index: createSearchIndex(EX) }), [`/ask question:${question}`], locale);
}

describe('a reply says how the date of a statement is known', () => {
  it('a date the sentence gives is shown as it is', async () => {
    const text = await ask('cầu treo bê tông');
    expect(text).toContain('16/4/2025');
    expect(text).not.toMatch(/16\/4\/2025 \(/);
  });

  it('a date taken from the article around the words says so', async () => {
    expect(await ask('đường liên xã trải nhựa')).toContain('16/4/2025 (suy ra từ ngữ cảnh bài báo)');
    expect(await ask('đường liên xã trải nhựa', 'en-US')).toContain("inferred from the article's context");
  });

  it('the page\'s own day ("hôm nay") is a date stated, with no note', async () => {
    const text = await ask('lội suối đến trường');
    expect(text).toContain('18/4/2025');
    expect(text).not.toContain('suy ra từ ngữ cảnh');
  });

  it('words said at an untold time show that the date is unknown', async () => {
    expect(await ask('trạm y tế đạt chuẩn')).toContain('không rõ ngày');
  });
});
