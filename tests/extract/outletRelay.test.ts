import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const extract = extractOn('2025-05-12');

describe("an outlet that relays someone's words is not their speaker", () => {
  it('"Theo VGP, …" (the Government portal) gives no speaker; the person it reports still speaks', () => {
    const ex = extract(
      'Theo VGP, tại cuộc gặp, hai Thủ tướng bày tỏ hài lòng trước đà phát triển của quan hệ hai nước.',
      'Theo VGP, Thủ tướng Lâm Văn Hải cho biết Chính phủ sẽ hỗ trợ doanh nghiệp.',
    );
    expect(ex.quotes.map((q) => q.speaker)).not.toContain('VGP');
    expect(quoteWith(ex, 'hỗ trợ doanh nghiệp')?.speaker).toBe('Lâm Văn Hải');
  });
});
