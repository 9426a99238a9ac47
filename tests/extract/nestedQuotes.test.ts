import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quoteSpans.js';
import { extractArticle, quoteWith } from '../helpers/articles.js';

describe('straight quotes nested in a straight-quoted statement', () => {
  it('keeps the statement whole: a straight quote after a space and before a word opens, it does not close', () => {
    const p = 'Ông Hồ Văn Lâm nói: "Chúng ta cần những "con sếu đầu đàn", những doanh nghiệp dám nghĩ "lớn" để vươn ra thế giới".';
    const spans = findQuoteSpans(p);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.text).toBe('Chúng ta cần những "con sếu đầu đàn", những doanh nghiệp dám nghĩ "lớn" để vươn ra thế giới');
    // Side by side, straight-quoted words stay apart.
    expect(findQuoteSpans('Họ gọi đó là "phố đi bộ" và "chợ đêm" của thành phố.').map((s) => s.text)).toEqual(['phố đi bộ', 'chợ đêm']);
  });

  it('gives the whole statement to its speaker, not two fragments', () => {
    const ex = extractArticle([
      'Bộ trưởng Hồ Văn Lâm chia sẻ: "Tôi mong chúng ta có những "con sếu đầu đàn", dẫn dắt các doanh nghiệp nhỏ cùng vươn ra thế giới".',
    ], { published: '2024-06-12' });
    const q = quoteWith(ex, 'dẫn dắt các doanh nghiệp nhỏ');
    expect(q?.speaker).toBe('Hồ Văn Lâm');
    expect(q?.text).toContain('Tôi mong chúng ta có những');
    expect(q?.kind).toBe('direct');
  });
});

describe('a nested straight quote that ends the statement', () => {
  it('its closing mark closes both, and the attribution after it names the speaker of that paragraph', () => {
    const ex = extractArticle([
      '"Tôi không bao giờ quên những khán giả đã đến với tôi từ những ngày đầu" – Lan Phương nói.',
      '"Hồi đó hát nhạc trẻ ở phòng trà là chuyện lạ, nhiều người còn bảo chúng tôi là "nhạc lai căng", ca sĩ Ngọc Hoa kể.',
    ], { published: '2024-06-12' });
    const q = quoteWith(ex, 'hát nhạc trẻ ở phòng trà');
    expect(q?.speaker).toBe('Ngọc Hoa');
    expect(q?.text).toContain('nhạc lai căng');
  });
});
