import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { makeDoc } from '../helpers/articles.js';

// Invented articles: a minister's interview where one of his answers is printed with no one named for it (the
// extraction cannot tell whose it is), and a report on another topic whose unnamed words must not count for him.
const EXTRACTION = extractCorpus([
  makeDoc([
    'Bộ trưởng Bộ Công Thương Lê Quang Hòa cho biết giá điện bán lẻ sẽ được điều chỉnh vào tháng 10.',
    'Nói về mùa khô, người đứng đầu ngành thẳng thắn: “Nguồn than cho các nhà máy nhiệt điện trong mùa khô năm nay đã được ký đủ, không để thiếu”- mở đầu câu chuyện.',
  ], { file: 'h1.txt', title: 'Bộ trưởng Lê Quang Hòa: Giá điện sẽ điều chỉnh', published: '2025-05-02' }),
  makeDoc([
    'Các doanh nghiệp vận tải biển than từ Úc cho biết giá cước tăng mạnh trong quý II.',
    'Giá vé máy bay dịp hè năm nay tăng khoảng 15% so với năm trước.',
  ], { file: 'h2.txt', title: 'Cước vận tải than tăng', published: '2025-05-03' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('"what did X say about Y" when X’s article prints words on Y that no one is named for', () => {
  it('gives X’s statement first, then those words, shown with no speaker', () => {
    const answers = index.ask('Ông Lê Quang Hòa nói gì về nguồn than cho nhiệt điện mùa khô?');
    expect(answers[0]?.speaker).toBe('Lê Quang Hòa');
    const unnamed = answers.find((a) => a.text.includes('Nguồn than cho các nhà máy nhiệt điện'));
    expect(unnamed).toBeDefined();
    expect(unnamed?.speaker ?? null).toBeNull();
  });

  it('does not take unnamed words of another article', () => {
    const answers = index.ask('Ông Lê Quang Hòa nói gì về giá vé máy bay dịp hè?');
    expect(answers.map((a) => a.text).join(' ')).not.toMatch(/vé máy bay/u);
  });
});
