import { describe, expect, it } from 'vitest';
import { extractArticle, quoteWith } from '../helpers/articles.js';

// Undated pages: the only day a reader has is the one in the sentence, and it is not when the words were said.
describe('a day inside someone\'s reported words is not when they spoke', () => {
  it('"X cho biết thương lái trả giá hôm 3/11" leaves X\'s next words undated', () => {
    const ex = extractArticle([
      'Giá cà phê nhân tăng mạnh ở Tây Nguyên.',
      'Ông Lý Văn Bình, nông dân ở huyện Cư Jút, cho biết thương lái trả ông 90.000 đồng/kg hôm 3/11.',
      '“Tôi bán một nửa, giữ lại một nửa chờ giá cao hơn”, ông Bình nói.',
    ]);
    expect(quoteWith(ex, 'giữ lại một nửa')?.speaker).toBe('Lý Văn Bình');
    expect(quoteWith(ex, 'giữ lại một nửa')?.date ?? null).toBeNull();
  });

  it('an English "said buyers offered him … on Nov. 3" leaves the next quotation undated', () => {
    const ex = extractArticle([
      'Coffee prices climb in the Central Highlands',
      'Ly Van Binh, a farmer in Dak Nong, said buyers offered him VND90,000 a kilogram on Nov. 3.',
      '"I sold half and kept the rest for a better price," Binh said.',
    ]);
    expect(quoteWith(ex, 'I sold half')?.date ?? null).toBeNull();
  });

  it('what they report is a meeting: its day is still when the next words were said', () => {
    const ex = extractArticle([
      'Hiệp hội ngành gỗ họp thường niên.',
      'Theo hãng tin Thời Báo Gỗ, ông Mạc Văn Hùng đã dự cuộc họp của hiệp hội ngày 2/10.',
      'Ông Hùng cho biết "thị trường đã phục hồi từ quý ba".',
    ]);
    expect(quoteWith(ex, 'thị trường đã phục hồi')?.date).toBe('--10-02');
  });
});
